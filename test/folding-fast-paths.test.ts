import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, isCapitalised, isWordToken } from '../src/entities/capitals.js';
import { foldPhrase, longestMatchAt } from '../src/entities/lexicon/index.js';
import { foldNameWord, transliterationKey } from '../src/entities/names.js';
import { plainSpelling } from '../src/text/chars.js';
import type { Token } from '../src/types.js';

/**
 * The entity stage's folding functions got ASCII fast paths and caches for speed (issue #7). Each
 * must give exactly what its plain regex definition gives, for any string: these are those
 * definitions, compared on random strings mixing ASCII, punctuation and the non-ASCII characters the
 * folds treat specially.
 */
// Since issue #14 both also remove invisible characters and spell ł, ø, ß ... plainly (plainSpelling).
const regexFoldPhrase = (text: string, caseSensitive = false): string => {
  let folded = plainSpelling(text);
  folded = folded.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`]/g, "'");
  folded = folded.replace(/[.\s\u00a0]+/g, '');
  return caseSensitive ? folded : folded.toLowerCase();
};
const regexFoldName = (word: string): string =>
  plainSpelling(word)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
const regexFoldWord = (text: string): string => text.toLowerCase().replace(/['’]s$/u, '');

const special = fc.constantFrom(
  '.',
  ' ',
  '\t',
  '\n',
  '`',
  "'",
  '’',
  '‘',
  '-',
  '–',
  '\u2212',
  '\u00a0',
  'é',
  'Ö',
  'ß',
  'İ',
  'ǅ',
  'ſ',
  'ﬁ',
  '\u0301',
  'Щ',
  'ş',
  '1',
  'S',
  's',
  '\u200b',
  '\u00ad',
  '\u2011',
  'ł',
  'Ø',
);
const unit = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  special,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const text = fc.array(unit, { maxLength: 14 }).map((units) => units.join(''));

const token = (value: string, kind: Token['kind'] = 'word'): Token => ({
  start: 0,
  end: value.length,
  text: value,
  sentence: 0,
  kind,
  pos: 'PROPN',
  norm: value.toLowerCase(),
  spaceBefore: true,
});

describe('fast paths equal their regex definitions', () => {
  it('foldPhrase, both cases, asked twice (the second answer may come from the cache)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (value, caseSensitive) => {
        expect(foldPhrase(value, caseSensitive)).toBe(regexFoldPhrase(value, caseSensitive));
        expect(foldPhrase(value, caseSensitive)).toBe(regexFoldPhrase(value, caseSensitive));
      }),
      { numRuns: 3000 },
    );
  });

  it('foldNameWord and foldWord', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(foldNameWord(value)).toBe(regexFoldName(value));
        expect(foldWord(value)).toBe(regexFoldWord(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('isWordToken and isCapitalised', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(isWordToken(token(value))).toBe(/\p{L}/u.test(value));
        expect(isCapitalised(token(value))).toBe(/\p{L}/u.test(value) && /^\p{Lu}/u.test(value) && value.length > 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('transliterationKey is the same asked once or many times', () => {
    expect(transliterationKey('Zelenskyy')).toBe('zelenski');
    expect(transliterationKey('Zelenskyy')).toBe(transliterationKey('Zelensky'));
    expect(transliterationKey('Lawrow')).toBe(transliterationKey('Lavrov'));
    expect(transliterationKey('Orbán')).toBe('orban');
  });
});

describe('longestMatchAt stops early without losing matches', () => {
  it('still matches across words that fold to nothing and multi-token names', () => {
    expect(longestMatchAt(['U.S', '.', 'officials'], 0)).toMatchObject({ canonical: 'United States', length: 2 });
    expect(longestMatchAt(['Bosnia', 'and', 'Herzegovina', 'said'], 0)?.length).toBe(3);
    expect(longestMatchAt(['Peskov', 'said'], 0)).toBeUndefined();
  });
});
