/**
 * Feature extraction for the named-entity tagger, shared by training (scripts/train-ner.ts) and
 * recognition (index.ts) so that both see exactly the same features for the same tokens.
 *
 * A token's static features (everything but the labels predicted to its left) are computed once per
 * document as 32-bit hashes. Document-level features follow Ratinov & Roth (2009): a capitalised word
 * that the same article also writes in lower case is probably not a name ("Police said..." /
 * "police"), and in a headline set in capitals ("LEICESTERSHIRE TAKE OVER AT TOP") a word is read in
 * the casing the article body gives it ("Leicestershire").
 */
import { longestMatchAt, isFirstName, isSurname, isTitleWord } from '../lexicon/index.js';
import { hashFeature } from './hash.js';

export interface FeatureToken {
  readonly text: string;
  readonly sentence: number;
}

/** Template ids: part of every hash, so that "w=Paris" and "w-1=Paris" differ. Never renumber. */
const enum T {
  Bias = 0,
  Word,
  Lower,
  Shape,
  LongShape,
  Prefix,
  Suffix,
  PrevWord,
  PrevWord2,
  NextWord,
  NextWord2,
  PrevShape,
  NextShape,
  ShapeTrigram,
  PrevBigram,
  NextBigram,
  Initial,
  CapsLine,
  LowerElsewhere,
  CapitalElsewhere,
  Lexicon,
  LexiconType,
  PrevLexicon,
  NextLexicon,
  PrevTitle,
  Title,
  Trained,
  Length,
  History1,
  History2,
  HistoryWord,
  HistoryShape,
  DocLabel,
  DocLabelWord,
  Name,
  PrevName,
  NextName,
  WholeLabel,
  WholeLabelWord,
}

export const HISTORY_TEMPLATES = {
  previous: T.History1,
  previousTwo: T.History2,
  previousWithWord: T.HistoryWord,
  previousWithShape: T.HistoryShape,
  documentLabel: T.DocLabel,
  documentLabelWithWord: T.DocLabelWord,
  wholeDocumentLabel: T.WholeLabel,
  wholeDocumentLabelWithWord: T.WholeLabelWord,
} as const;

export interface DocumentFeatures {
  /** Static feature hashes of token i: hashes[offsets[i] .. offsets[i + 1]). */
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  /** Per-token hashes used by the history features: the lower-cased form and the shape. */
  readonly wordKeys: Uint32Array;
  readonly shapeKeys: Uint32Array;
  /** Per-token key (lower-cased form of a capitalised word, else '') to find labels given to the same word earlier. */
  readonly formKeys: readonly string[];
  /** True for the last token of its sentence (no B/I tag there). */
  readonly sentenceEnd: Uint8Array;
  /** True for the first token of its sentence (history resets). */
  readonly sentenceStart: Uint8Array;
}

/** A gazetteer of single words seen inside training entities: bit t set when seen with type t. */
export type WordTypeLookup = (lowerCased: string) => number;

/** The key under which a lower-cased word is stored in the trained-word gazetteer. */
export function trainedWordKey(lowerCased: string): number {
  return hashFeature(999, lowerCased);
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Xxxx → Xx, U.S. → X.X., 1996-08-30 → d-d-d: character classes with runs collapsed. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    let cls: string;
    if (UPPER.test(char)) cls = 'X';
    else if (LOWER.test(char)) cls = 'x';
    else if (char >= '0' && char <= '9') cls = 'd';
    else if (LETTER.test(char)) cls = 'x';
    else cls = char;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/** Like shapeOf without collapsing, capped at 8 characters: tells "NY" from "NATO". */
function longShapeOf(word: string): string {
  let shape = '';
  for (const char of word) {
    if (shape.length >= 8) break;
    if (UPPER.test(char)) shape += 'X';
    else if (LOWER.test(char)) shape += 'x';
    else if (char >= '0' && char <= '9') shape += 'd';
    else shape += LETTER.test(char) ? 'x' : char;
  }
  return shape;
}

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && UPPER.test(first);
}

function hasLetter(word: string): boolean {
  return LETTER.test(word);
}

function isAllCaps(word: string): boolean {
  return hasLetter(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '``', '-', '—', '–']);

/**
 * A line in capitals: at least two words of two or more letters and no word with a lower-case letter.
 * Datelines ("LONDON 1996-08-30") have one such word and keep their own casing.
 */
function capsSentences(tokens: readonly FeatureToken[]): Set<number> {
  const upper = new Map<number, number>();
  const mixed = new Set<number>();
  for (const token of tokens) {
    if (!hasLetter(token.text)) continue;
    if (LOWER.test(token.text)) mixed.add(token.sentence);
    else if (token.text.length >= 2) upper.set(token.sentence, (upper.get(token.sentence) ?? 0) + 1);
  }
  const caps = new Set<number>();
  for (const [sentence, count] of upper) if (count >= 2 && !mixed.has(sentence)) caps.add(sentence);
  return caps;
}

export function extractFeatures(tokens: readonly FeatureToken[], trained?: WordTypeLookup): DocumentFeatures {
  const n = tokens.length;
  const caps = capsSentences(tokens);
  const sentenceStart = new Uint8Array(n);
  const sentenceEnd = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const sentence = tokens[i]?.sentence;
    if (i === 0 || tokens[i - 1]?.sentence !== sentence) sentenceStart[i] = 1;
    if (i === n - 1 || tokens[i + 1]?.sentence !== sentence) sentenceEnd[i] = 1;
  }
  // "Initial": the first word of a sentence, or the first after an opening quote or bracket there.
  const initial = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i]) {
      let j = i;
      while (j < n && !sentenceEnd[j] && OPENERS.has(tokens[j]?.text ?? '')) j++;
      initial[j] = 1;
    }
  }

  // How the document writes each word outside capital lines and sentence starts.
  const lowerSeen = new Set<string>();
  const capitalMid = new Set<string>();
  const casing = new Map<string, Map<string, number>>();
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as FeatureToken;
    if (caps.has(token.sentence) || !hasLetter(token.text)) continue;
    const lower = token.text.toLowerCase();
    if (token.text === lower) lowerSeen.add(lower);
    if (!initial[i] && isCapitalised(token.text)) capitalMid.add(lower);
    if (!initial[i] || !casing.has(lower)) {
      const forms = casing.get(lower) ?? new Map<string, number>();
      forms.set(token.text, (forms.get(token.text) ?? 0) + (initial[i] ? 0.5 : 1));
      casing.set(lower, forms);
    }
  }
  // The form a token is read in: its own, or in a capital line the document's usual casing.
  const forms: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as FeatureToken;
    let form = token.text;
    if (caps.has(token.sentence) && hasLetter(form)) {
      const known = casing.get(form.toLowerCase());
      if (known) {
        let best = -1;
        for (const [candidate, count] of known) {
          if (count > best) {
            best = count;
            form = candidate;
          }
        }
      }
    }
    forms[i] = form;
  }

  // Lexicon matches, longest first, over capitalised starts only ("us" is not the United States).
  const lexicon: string[] = new Array(n).fill('');
  const lexiconType: string[] = new Array(n).fill('');
  for (let i = 0; i < n; ) {
    const form = forms[i] ?? '';
    const match = isCapitalised(form) || isAllCaps(form) ? longestMatchAt(forms, i) : undefined;
    if (!match) {
      i++;
      continue;
    }
    for (let k = 0; k < match.length; k++) {
      const position = match.length === 1 ? 'U' : k === 0 ? 'B' : k === match.length - 1 ? 'L' : 'I';
      lexicon[i + k] = `${position}-${match.source}`;
      lexiconType[i + k] = match.type;
    }
    i += match.length;
  }

  // Given names and family names, for capitalised words only: "Will", "Rose" and "Bush" are words too.
  const names = forms.map((form) =>
    isCapitalised(form) ? (isFirstName(form) ? 'first' : '') + (isSurname(form) ? 'sur' : '') : '',
  );
  const lowers = forms.map((form) => form.toLowerCase());
  const shapes = forms.map(shapeOf);
  const hashes: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const wordKeys = new Uint32Array(n);
  const shapeKeys = new Uint32Array(n);
  const formKeys: string[] = new Array(n);
  const BOS = '<s>';
  const EOS = '</s>';
  for (let i = 0; i < n; i++) {
    offsets[i] = hashes.length;
    const token = tokens[i] as FeatureToken;
    const form = forms[i] ?? '';
    const lower = lowers[i] ?? '';
    const shape = shapes[i] ?? '';
    const first = sentenceStart[i] === 1;
    const last = sentenceEnd[i] === 1;
    const prev = first ? BOS : (lowers[i - 1] ?? BOS);
    const prev2 = first || sentenceStart[i - 1] ? BOS : (lowers[i - 2] ?? BOS);
    const next = last ? EOS : (lowers[i + 1] ?? EOS);
    const next2 = last || sentenceEnd[i + 1] ? EOS : (lowers[i + 2] ?? EOS);
    const prevShape = first ? BOS : (shapes[i - 1] ?? BOS);
    const nextShape = last ? EOS : (shapes[i + 1] ?? EOS);
    const add = (template: number, value: string): void => {
      hashes.push(hashFeature(template, value));
    };
    add(T.Bias, '');
    add(T.Word, form);
    add(T.Lower, lower);
    add(T.Shape, shape);
    add(T.LongShape, longShapeOf(form));
    for (let k = 1; k <= 4 && k <= lower.length; k++) {
      add(T.Prefix, lower.slice(0, k));
      add(T.Suffix, lower.slice(-k));
    }
    add(T.PrevWord, prev);
    add(T.PrevWord2, prev2);
    add(T.NextWord, next);
    add(T.NextWord2, next2);
    add(T.PrevShape, `${prevShape}|${shape}`);
    add(T.NextShape, `${shape}|${nextShape}`);
    add(T.ShapeTrigram, `${prevShape}|${shape}|${nextShape}`);
    add(T.PrevBigram, `${prev}|${lower}`);
    add(T.NextBigram, `${lower}|${next}`);
    const capitalised = isCapitalised(form);
    if (initial[i]) add(T.Initial, capitalised ? 'cap' : 'low');
    if (caps.has(token.sentence)) add(T.CapsLine, form === token.text ? 'unknown' : 'recased');
    if (capitalised || isAllCaps(form)) {
      if (lowerSeen.has(lower)) add(T.LowerElsewhere, initial[i] ? 'initial' : 'mid');
      if (capitalMid.has(lower)) add(T.CapitalElsewhere, initial[i] ? 'initial' : 'mid');
    }
    const lex = lexicon[i] ?? '';
    if (lex) {
      add(T.Lexicon, lex);
      add(T.LexiconType, `${lex[0]}-${lexiconType[i]}`);
    }
    if (!first && lexicon[i - 1]) add(T.PrevLexicon, lexicon[i - 1] ?? '');
    if (!last && lexicon[i + 1]) add(T.NextLexicon, lexicon[i + 1] ?? '');
    if (!first && isTitleWord(lowers[i - 1] ?? '')) add(T.PrevTitle, capitalised ? 'cap' : 'low');
    if (isTitleWord(lower)) add(T.Title, capitalised ? 'cap' : 'low');
    if (trained && (capitalised || isAllCaps(form))) {
      const bits = trained(lower);
      if (bits) add(T.Trained, String(bits));
    }
    add(T.Length, String(Math.min(form.length, 6)));
    if (capitalised) add(T.Name, names[i] ?? '');
    if (!first) add(T.PrevName, names[i - 1] ?? '');
    if (!last) add(T.NextName, names[i + 1] ?? '');
    wordKeys[i] = hashFeature(T.Lower, lower);
    shapeKeys[i] = hashFeature(T.Shape, shape);
    formKeys[i] = capitalised || isAllCaps(form) ? lower : '';
  }
  offsets[n] = hashes.length;
  return {
    hashes: Uint32Array.from(hashes),
    offsets,
    wordKeys,
    shapeKeys,
    formKeys,
    sentenceEnd,
    sentenceStart,
  };
}
