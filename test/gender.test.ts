import { describe, expect, it } from 'vitest';
import { genderOf } from '../src/entities/gender.js';

describe('genderOf: pronoun agreement for people', () => {
  it('reads the first name, also after a party word the name kept', () => {
    expect(genderOf('Hillary Clinton')).toBe('female');
    expect(genderOf('Republican Donald Trump')).toBe('male');
  });

  it('reads courtesy titles and gendered roles', () => {
    expect(genderOf('Mrs. Schlafly')).toBe('female');
    expect(genderOf('Zakharova', ['Foreign Ministry spokeswoman'])).toBe('female');
    expect(genderOf('Peskov', ['Kremlin spokesman'])).toBe('male');
  });

  it('says nothing for a surname alone or an unknown first name', () => {
    expect(genderOf('Peskov')).toBeUndefined();
    expect(genderOf('Megyn Kelly')).toBeUndefined();
  });
});
