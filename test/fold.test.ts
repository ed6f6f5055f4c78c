import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldAccents, foldName } from '../src/text/fold.js';
import { sourceFiles } from './helpers/source-files.js';

const SRC = join(import.meta.dirname, '..', 'src');

describe('one accent fold (src/text/fold.ts)', () => {
  it('folds diacritics, letters without a decomposition and compatibility forms, keeping case', () => {
    expect(foldAccents('Wałęsa')).toBe('Walesa');
    expect(foldAccents('Øvergaard Orbán')).toBe('Overgaard Orban');
    expect(foldAccents('\uFB01nance')).toBe('finance');
    expect(foldAccents('Netan\u00ADyahu')).toBe('Netanyahu');
    expect(foldAccents('Plain ASCII, kept.')).toBe('Plain ASCII, kept.');
  });

  it('folds a name for comparison across stories', () => {
    expect(foldName('The U.S. Navy')).toBe('us navy');
    expect(foldName('Orbán’s')).toBe('orbans');
    expect(foldName('Putin–Trump')).toBe('putin trump');
  });

  it('is the only place that strips combining marks after a Unicode decomposition', () => {
    const allowed = new Set(['text/chars.ts', 'text/fold.ts']);
    const found = sourceFiles(SRC)
      .filter((file) => !allowed.has(relative(SRC, file).split('\\').join('/')))
      .filter((file) => /normalize\('NFK?D'\)\s*\.replace\(/.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
