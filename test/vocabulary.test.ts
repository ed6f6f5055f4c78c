import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEECH_VERBS } from '../src/data/hand/cueWords.js';
import { extract } from '../src/index.js';
import {
  EVENT_HEADS_OF_MISC,
  HEAD_WORDS,
  OBJECT_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  REPORTING_FORMS,
  REPORTING_VERB_FORMS,
  SAY_TELL_FORMS,
  SUBORDINATORS,
} from '../src/vocabulary/english.js';
import { sourceFiles } from './helpers/source-files.js';

const SRC = join(import.meta.dirname, '..', 'src');

/** Three words of one closed class written out one after another: a copy of a vocabulary list. */
function listOf(words: string): RegExp {
  const word = `['"(|](?:${words})['"|)]`;
  return new RegExp(`${word}[\\s,|]*${word}[\\s,|]*${word}`);
}
const COPIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['possessive determiners', listOf('his|her|their|its|our|my|your')],
  ['subordinators', listOf('although|whereas|unless|because|while|since|though|until')],
  ['object pronouns', listOf('him|them|us|me')],
  ['reporting forms', listOf('said|says|told')],
];

describe('English vocabulary (src/vocabulary/english.ts)', () => {
  it('is the only place that writes out a closed-class word list', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file.endsWith(join('vocabulary', 'english.ts'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const [name, pattern] of COPIES) if (pattern.test(text)) found.push(`${name} in ${file}`);
    }
    expect(found).toEqual([]);
  });

  it('holds lower-case words, as Token.norm does', () => {
    for (const list of [POSSESSIVE_DETERMINERS, OBJECT_PRONOUNS, SUBORDINATORS, REPORTING_FORMS]) {
      for (const word of list) expect(word).toBe(word.toLowerCase());
    }
  });

  it('gives every core reporting verb to the quote cues and its forms to the entity rules', () => {
    for (const lemma of Object.keys(REPORTING_VERB_FORMS)) expect(SPEECH_VERBS).toContain(lemma);
    expect([...SAY_TELL_FORMS].sort()).toEqual(['said', 'says', 'told']);
    expect(REPORTING_FORMS.has('warned')).toBe(true);
  });

  it('gives the learned model and the MISC typing one list of event heads', () => {
    for (const head of ['cup', 'revolution', 'league', 'open']) expect(EVENT_HEADS_OF_MISC.has(head)).toBe(true);
    expect(HEAD_WORDS.ORG).toContain('league');
    expect(HEAD_WORDS.EVENT).not.toContain('league');
  });

  it('reads "your" as a possessive in a speaker phrase, as "his" and "their"', () => {
    for (const owner of ['His', 'Their', 'Your']) {
      const text = `${owner} spokesman said the talks would resume on Monday.`;
      const quote = extract(text).quotes[0];
      expect(quote?.speaker?.text).toBe(`${owner} spokesman`);
    }
  });
});
