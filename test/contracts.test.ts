import { describe, expect, it } from 'vitest';
import { PARSERS } from '../src/dates/recognize.js';
import { createRuleRecognizer } from '../src/entities/rules.js';
import { tokenize } from '../src/text/tokenize.js';

describe('dates: the rule families are an ordered list', () => {
  it('names each parser once, clock before numbers and shifted forms before quantities', () => {
    const names = PARSERS.map((parser) => parser.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf('clock')).toBeLessThan(names.indexOf('numeric-date'));
    expect(names.indexOf('shifted')).toBeLessThan(names.indexOf('quantity'));
    expect(names.at(-1)).toBe('fuzzy');
  });
});

describe('entities: a title is a flag, not a confidence value', () => {
  it('marks the name after a title as titled, and a bare name not', () => {
    const text = 'Foreign Minister Sergey Lavrov met Dunmarrow Quillby on Tuesday.';
    const { tokens, sentences } = tokenize(text);
    const recognizer = createRuleRecognizer(() => undefined);
    const candidates = recognizer.recognize({ text, analysisText: text, tokens, sentences });
    const lavrov = candidates.find((candidate) => text.slice(candidate.start, candidate.end) === 'Sergey Lavrov');
    const other = candidates.find((candidate) => text.slice(candidate.start, candidate.end) === 'Dunmarrow Quillby');
    expect(lavrov?.titled).toBe(true);
    expect(lavrov?.type).toBe('PERSON');
    expect(other).toBeDefined();
    expect(other?.titled).toBeUndefined();
  });
});
