/**
 * The character perturbation of `npm run eval:robust` (eval/robust.ts; also `--robust` on
 * eval/ner.ts and eval/quotes.ts): the same articles with real-world characters in them.
 *
 * 1. Names: every whole-word, case-sensitive occurrence of a name in NAME_REPLACEMENTS is replaced
 *    by a real diacritic-rich name of the same kind (a surname by a surname, a given name by a given
 *    name, a listed city by a listed city). The list is fixed: the most frequent person and city names
 *    of CoNLL-2003 dev and PolNeAR dev. Countries are left alone (their spellings do not vary). One replacement,
 *    Nguyễn, is written in NFD (a base letter and combining marks), as some publishing systems emit it.
 * 2. Invisible characters: inside every word of 8 or more ASCII letters (after the names), one
 *    character is inserted at the middle, in turn: soft hyphen U+00AD, zero-width space U+200B,
 *    zero-width non-joiner U+200C, zero-width joiner U+200D, word joiner U+2060.
 *
 * Gold spans are carried over through `mapOffset`, so the perturbed articles are scored exactly as the
 * unchanged ones.
 */

import { plainSpelling } from '../src/text/chars.js';

export const NAME_REPLACEMENTS: Readonly<Record<string, string>> = {
  // Surnames.
  Clinton: 'Erdoğan',
  Trump: 'Wałęsa',
  Yeltsin: 'Babiš',
  Lebed: 'Đoković',
  Obama: 'Nguyễn'.normalize('NFD'),
  Dole: 'Ngũgĩ',
  Arafat: 'Şahin',
  Edberg: 'Øvergaard',
  Clarke: 'Čapek',
  Cruz: 'Mărculescu',
  Sanders: 'Håkansson',
  Machado: 'Kovačević',
  Wang: 'Nowaķ',
  // Given names.
  Hillary: 'Zoë',
  Donald: 'Jiří',
  Michael: 'Łukasz',
  Peter: 'Søren',
  David: 'Dāvids',
  John: 'Jón',
  Mark: 'Mátyás',
  Paul: 'Pál',
  // Cities: listed cities by listed cities (the gazetteers list them in their plain spelling).
  Moscow: 'Kraków',
  London: 'Zürich',
  Jerusalem: 'Reykjavík',
  Chicago: 'Bogotá',
  Berlin: 'Gdańsk',
  Arbil: 'Timișoara',
  Charlotte: 'Medellín',
};

export const INVISIBLES = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060'] as const;

const LONG_WORD_LETTERS = 8;
const PATTERN = new RegExp(
  `\\b(?:${Object.keys(NAME_REPLACEMENTS).join('|')})\\b|[A-Za-z]{${LONG_WORD_LETTERS},}`,
  'g',
);

interface Edit {
  /** Original range replaced. */
  readonly start: number;
  readonly end: number;
  /** Where the replacement starts in the new text, and its length. */
  readonly newStart: number;
  readonly length: number;
}

export interface Perturbed {
  readonly text: string;
  /** The offset in the perturbed text of an offset of the original text (a span boundary). */
  mapOffset(offset: number): number;
  readonly names: number;
  readonly invisibles: number;
}

/**
 * What to change: `all` (names and invisible characters, the evaluation), `names` or `invisibles`
 * alone, or `plain-names`: the same replacement names in their plain spelling ("Erdogan",
 * "Walesa"), the control that tells what the characters cost from what a new name costs.
 */
export type PerturbMode = 'all' | 'names' | 'invisibles' | 'plain-names';
export const PERTURB_MODES: readonly PerturbMode[] = ['all', 'names', 'invisibles', 'plain-names'];

export function perturb(original: string, mode: PerturbMode = 'all'): Perturbed {
  const pieces: string[] = [];
  const edits: Edit[] = [];
  let cursor = 0;
  let shift = 0;
  let names = 0;
  let invisibles = 0;
  for (const match of original.matchAll(PATTERN)) {
    const at = match.index;
    const word = match[0];
    const name = NAME_REPLACEMENTS[word];
    let start: number;
    let end: number;
    let replacement: string;
    if (name !== undefined) {
      if (mode === 'invisibles') continue;
      [start, end, replacement] = [at, at + word.length, mode === 'plain-names' ? plainSpelling(name) : name];
      names++;
    } else {
      if (mode !== 'all' && mode !== 'invisibles') continue;
      const middle = at + Math.floor(word.length / 2);
      const mark = INVISIBLES[invisibles % INVISIBLES.length] as string;
      [start, end, replacement] = [middle, middle, mark];
      invisibles++;
    }
    pieces.push(original.slice(cursor, start), replacement);
    edits.push({ start, end, newStart: start + shift, length: replacement.length });
    shift += replacement.length - (end - start);
    cursor = end;
  }
  pieces.push(original.slice(cursor));
  const mapOffset = (offset: number): number => {
    let delta = 0;
    for (const edit of edits) {
      if (offset < edit.start || (offset === edit.start && edit.end > edit.start)) break;
      // Inside a replaced name (never a gold boundary): clamp into the replacement.
      if (offset < edit.end) return edit.newStart + Math.min(offset - edit.start, edit.length);
      delta = edit.newStart + edit.length - edit.end;
    }
    return offset + delta;
  };
  return { text: pieces.join(''), mapOffset, names, invisibles };
}
