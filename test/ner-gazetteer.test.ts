import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFeatures, gazetteerFeature } from '../src/entities/model/features.js';
import { GAZETTEER_KINDS, type GazetteerKind, gazetteerMatches } from '../src/entities/model/gazetteer.js';
import { tokenize } from '../src/text/tokenize.js';

const K = GAZETTEER_KINDS.length;
const PLACES = ' BILU';

/** "word kind:place" for every token in a name of some kind, the sentence being `words` alone. */
function matched(words: readonly string[], canStart = words.map((word) => /^\p{Lu}/u.test(word))): string[] {
  const end = new Uint8Array(words.length);
  end[words.length - 1] = 1;
  const matches = gazetteerMatches(words, Uint8Array.from(canStart, Number), end);
  const found: string[] = [];
  words.forEach((word, i) => {
    GAZETTEER_KINDS.forEach((kind, k) => {
      const code = matches[i * K + k] ?? 0;
      if (code) found.push(`${word} ${kind}:${PLACES[code]}`);
    });
  });
  return found;
}

describe('gazetteer features of the learned model', () => {
  it('marks the longest name of each kind with its place in it', () => {
    const words = 'Ships sailed past Heard Island and McDonald Islands to Bandar Seri Begawan .'.split(' ');
    expect(matched(words)).toEqual([
      'Heard country:B',
      'Island country:I',
      'and country:I',
      'McDonald country:I',
      'Islands country:L',
      'Bandar city:B',
      'Seri city:I',
      'Begawan city:L',
    ]);
  });

  it('reads brands, demonyms and places of a kind each on its own', () => {
    const found = matched('Germans bought Instagram ads in Georgia .'.split(' '));
    expect(found).toContain('Germans demonym:U');
    expect(found).toContain('Instagram org:U');
    expect(found.some((entry) => entry.startsWith('Georgia '))).toBe(true);
    expect(found.filter((entry) => entry.startsWith('bought') || entry.startsWith('ads'))).toEqual([]);
  });

  it('starts a name only where the caller allows it and never across a sentence end', () => {
    expect(matched('ads on instagram'.split(' '))).toEqual([]);
    const words = ['Heard', 'Island', 'and', 'McDonald', 'Islands'];
    const end = new Uint8Array(words.length);
    end[1] = 1;
    end[4] = 1;
    const matches = gazetteerMatches(words, Uint8Array.from([1, 1, 0, 1, 1]), end);
    const country = GAZETTEER_KINDS.indexOf('country');
    expect(words.map((_, i) => matches[i * K + country])).toEqual([0, 0, 0, 0, 0]);
  });

  it('ends a name on a word, not on a period that folds away', () => {
    const found = matched(['Instagram', '.']);
    expect(found).toEqual(['Instagram org:U']);
  });

  it('gives nothing for no tokens', () => {
    expect(gazetteerMatches([], new Uint8Array(0), new Uint8Array(0))).toEqual(new Uint8Array(0));
  });

  it('becomes a feature of the token in the name, in the training and the recognition features alike', () => {
    const { tokens } = tokenize('Shares of Instagram rose sharply on Monday.');
    const at = tokens.findIndex((token) => token.text === 'Instagram');
    const org = gazetteerFeature(GAZETTEER_KINDS.indexOf('org' satisfies GazetteerKind), 4);
    const training = extractFeatures(tokens, () => 0);
    const recognition = extractFeatures(
      tokens,
      () => 0,
      () => 0xff,
    );
    for (const features of [training, recognition]) {
      const own = features.hashes.subarray(features.offsets[at], features.offsets[at + 1]);
      expect(Array.from(own)).toContain(org);
      const next = features.hashes.subarray(features.offsets[at + 1], features.offsets[at + 2]);
      expect(Array.from(next)).not.toContain(org);
    }
  });

  it('reads only the generated lists, never the hand-edited ones', () => {
    const source = readFileSync(fileURLToPath(new URL('../src/entities/model/gazetteer.ts', import.meta.url)), 'utf8');
    const imports = source.match(/from '[^']+'/g) ?? [];
    expect(imports.length).toBeGreaterThan(3);
    for (const from of imports) expect(from).not.toMatch(/data\/hand/);
    expect(imports.filter((from) => from.includes('data/generated/'))).toHaveLength(5);
  });
});
