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

import { plainSpelling } from '../../text/chars.js';
import { isFirstName, isSurname, isTitleWord, longestMatchAt } from '../lexicon/index.js';
import { hashFeature } from './hash.js';

/**
 * hashFeature(template, value) fed part by part, for values joined from parts ("Xx|x", prefixes):
 * FNV-1a over the parts in turn equals FNV-1a over the joined string, and saves building and
 * flattening the strings only to hash them (a third of the extraction time). The feature-hash test
 * checks these against hashFeature.
 */
const FNV_PRIME = 0x01000193;
const BAR = 124; // '|'

function seedOf(template: number): number {
  return 0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1);
}

function feed(hash: number, value: string, from = 0, to = value.length): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ value.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** hashFeature(template, `${a}|${b}`). */
export function hashPair(template: number, a: string, b: string): number {
  return feed(Math.imul(feed(seedOf(template), a) ^ BAR, FNV_PRIME), b) >>> 0;
}

/** hashFeature(template, `${a}|${b}|${c}`). */
export function hashTriple(template: number, a: string, b: string, c: string): number {
  const ab = Math.imul(feed(Math.imul(feed(seedOf(template), a) ^ BAR, FNV_PRIME), b) ^ BAR, FNV_PRIME);
  return feed(ab, c) >>> 0;
}

export interface FeatureToken {
  readonly text: string;
  readonly sentence: number;
  /** Character offsets: tell a hyphen inside a word ("Chester-le-Street") from a spaced dash. */
  readonly start: number;
  readonly end: number;
}

/** Template ids: part of every hash, so that "w=Paris" and "w-1=Paris" differ. Never renumber. */
enum T {
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
  Hyphen,
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
  /**
   * True for the sentence's closing punctuation run (". ”", "?)"), never part of a name. CoNLL ends
   * sentences with a bare period, and a period inside the sentence there is mostly an initial
   * ("A . Dale") or "Inc .": web copy's `confirmed.”` once became an ORG from the period on.
   */
  readonly closing: Uint8Array;
  /**
   * Recognition only (extractFeatures with `inside`), never in training. Per token, 1 when it cannot
   * be part of a name in any reading and is tagged O without its static features (which are then
   * left out of `hashes`): see `forceOutside`.
   */
  readonly forced?: Uint8Array;
  /**
   * Recognition only: the form each token is read in. Its form features (`formFeatures`) are then
   * left out of `hashes`, and the decoder adds their summed weights, kept per form, first.
   */
  readonly forms?: readonly string[];
}

/** A gazetteer of single words seen inside training entities: bit t set when seen with type t. */
export type WordTypeLookup = (lowerCased: string) => number;

/** The key under which a lower-cased word is stored in the trained-word gazetteer. */
export function trainedWordKey(lowerCased: string): number {
  return hashFeature(999, lowerCased);
}

/**
 * Non-capitalised words seen inside training names (lower-cased): "of", "de", "&", "'s", "1860".
 * Bits: coarse type t at bit t, as in WordTypeLookup, and position p (B, I, L, U) in the name at
 * bit 4 + p; 0 when never seen inside one.
 */
export type InsideWordLookup = (lowerCased: string) => number;

/** The key under which a non-capitalised word seen inside a training name is stored. */
export function insideWordKey(lowerCased: string): number {
  return hashFeature(998, lowerCased);
}

/** True when `form` has an upper-case letter anywhere ("iPhone", "McDonald", "U.S."). */
export function hasUpperCase(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
    if (code > 127) return UPPER.test(form);
  }
  return false;
}

/**
 * Constrained decoding, at recognition time only. A token whose form (as the tagger reads it) has
 * no capital letter and was never seen inside a training name in that casing ("said", "police";
 * "," is seen there, "1860" too) is tagged O outright: only a few connectors ("of", "de", "&",
 * "'s") sit inside names uncapitalised. On CoNLL-2003 dev the unconstrained decoder put such a
 * token inside a name 17 times in 52,753 tokens ("=", "...", "dello"), and half the tokens of
 * news text are such words. With a first-order model a forced O cuts the sentence, and its own
 * static features add the same score to every tagging: they are neither extracted nor scored.
 *
 * The connectors are forced too where the positions training saw them in rule them out: "of" was
 * only ever inside a name, never first or last, so "of" next to a forced token (or a sentence end)
 * is O ("the rest of the", "Bank of England" keeps its "of"). Connectors are a quarter of the
 * tokens of news text, and most stand next to an ordinary word.
 */
export function forceOutside(
  forms: readonly string[],
  lowers: readonly string[],
  closing: Uint8Array,
  sentenceStart: Uint8Array,
  sentenceEnd: Uint8Array,
  inside: InsideWordLookup,
): Uint8Array {
  const n = forms.length;
  const forced = new Uint8Array(n);
  /** Per connector: 1 when it cannot start a name, 2 when it cannot end one. */
  const needs = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (closing[i]) forced[i] = 1;
    else if (!hasUpperCase(forms[i] ?? '')) {
      const bits = inside(lowers[i] ?? '');
      if (bits === 0) forced[i] = 1;
      else {
        // Positions B, I, L, U at bits 4..7: no B or U, cannot start; no L or U, cannot end.
        needs[i] = ((bits & (BEGIN | UNIT)) === 0 ? 1 : 0) | ((bits & (LAST | UNIT)) === 0 ? 2 : 0);
      }
    }
  }
  // A connector that cannot start a name needs a token of the name before it; one that cannot end
  // it, one after it. Left to right, then right to left, so that runs ("of the") go together.
  for (let i = 0; i < n; i++) {
    if (!forced[i] && ((needs[i] ?? 0) & 1) !== 0 && (sentenceStart[i] || forced[i - 1])) forced[i] = 1;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (!forced[i] && ((needs[i] ?? 0) & 2) !== 0 && (sentenceEnd[i] || forced[i + 1])) forced[i] = 1;
  }
  return forced;
}

const BEGIN = 1 << 4;
const LAST = 1 << 6;
const UNIT = 1 << 7;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Shape class of an ASCII code unit: X, x, d, or the character itself. */
function asciiClass(code: number): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  return String.fromCharCode(code);
}

/** True when every code unit of `word` is ASCII: the shapes then need no Unicode regex per character. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** Xxxx → Xx, U.S. → X.X., 1996-08-30 → d-d-d: character classes with runs collapsed. */
export function shapeOf(word: string): string {
  if (isAscii(word)) {
    let shape = '';
    let last = '';
    for (let i = 0; i < word.length; i++) {
      const cls = asciiClass(word.charCodeAt(i));
      if (cls !== last) shape += cls;
      last = cls;
    }
    return shape;
  }
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
  if (isAscii(word)) {
    let shape = '';
    for (let i = 0; i < word.length && i < 8; i++) shape += asciiClass(word.charCodeAt(i));
    return shape;
  }
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

/** Words a title-case headline may leave in lower case: "Trump and Putin to Meet in Budapest". */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'but',
  'nor',
  'with',
  'by',
  'from',
  'as',
  'vs',
  'v',
  'via',
  'into',
  'onto',
  'over',
  'up',
  'out',
  'off',
  'per',
  'is',
  'are',
  'be',
  'than',
]);

export type HeadlineKind = 'caps' | 'title';

/**
 * Headlines: lines in capitals (CoNLL: "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP", at least two
 * words of two or more letters and no lower-case letter) and title-case lines (web news: "Kremlin
 * Confirms Putin-Trump Summit May Happen", at least three capitalised words and no lower-case word
 * but minor ones). Either casing says nothing about names, so such lines are read in the casing
 * the rest of the article gives each word. Datelines ("LONDON 1996-08-30") stay as they are.
 */
function headlineSentences(tokens: readonly FeatureToken[]): Map<number, HeadlineKind> {
  const upper = new Map<number, number>();
  const capitalised = new Map<number, number>();
  const mixed = new Set<number>();
  const lowerWord = new Set<number>();
  for (const token of tokens) {
    if (!hasLetter(token.text)) continue;
    const s = token.sentence;
    if (LOWER.test(token.text)) mixed.add(s);
    else if (token.text.length >= 2) upper.set(s, (upper.get(s) ?? 0) + 1);
    if (isCapitalised(token.text)) capitalised.set(s, (capitalised.get(s) ?? 0) + 1);
    else if (!MINOR_WORDS.has(token.text.toLowerCase())) lowerWord.add(s);
  }
  const kinds = new Map<number, HeadlineKind>();
  for (const [sentence, count] of upper) if (count >= 2 && !mixed.has(sentence)) kinds.set(sentence, 'caps');
  for (const [sentence, count] of capitalised) {
    if (count >= 3 && !lowerWord.has(sentence) && !kinds.has(sentence)) kinds.set(sentence, 'title');
  }
  return kinds;
}

const CLOSERS = new Set(['"', "'", ')', ']', '}', '.', '?', '!', '...', ':', ';']);

/**
 * CoNLL-2003 is typed on a 1996 wire: straight quotes, "-" for dashes, round brackets. Web news uses
 * curly quotes, real dashes and editorial square brackets ("Foreign Minister [Annalena] Baerbock"),
 * which the tagger would otherwise meet as unknown tokens: the unknown "]" once turned that
 * minister into an ORG.
 */
export function plainTypography(word: string): string {
  if (word === '[') return '(';
  if (word === ']') return ')';
  if (isAscii(word)) return word;
  if (word === '“' || word === '”' || word === '„' || word === '«' || word === '»') return '"';
  // The tagger learnt from ASCII text: a name is read in its plain spelling ("Erdoğan" as "Erdogan",
  // "Netan\u00ADyahu" with its soft hyphen as "Netanyahu"), so that its features are the ones learnt.
  return plainSpelling(word).replace(/[‘’ʼ]/g, "'").replace(/[–—]/g, '-').replace(/…/g, '...');
}

/** True when tokens a and b touch: no space between them. */
function touching(tokens: readonly FeatureToken[], a: number, b: number): boolean {
  const left = tokens[a];
  const right = tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start && left.sentence === right.sentence;
}

/**
 * The features that depend on a token's form alone, in the order every token lists them first:
 * bias, form, lower-cased form (`wordKey`), shape (`shapeKey`), long shape, prefixes and suffixes.
 * Being first, their weights summed from 0 in this order are what a sum over all the token's
 * features starts with, so the decoder may keep that sum per form.
 */
export function formFeatures(
  form: string,
  lower: string,
  wordKey: number,
  shapeKey: number,
  emit: (hash: number) => void,
): void {
  emit(BIAS);
  emit(hashFeature(T.Word, form));
  emit(wordKey);
  emit(shapeKey);
  emit(hashFeature(T.LongShape, longShapeOf(form)));
  // Prefixes and suffixes of 1..4 code units: lower.slice(0, k) and lower.slice(-k).
  let prefix = seedOf(T.Prefix);
  const suffix = seedOf(T.Suffix);
  for (let k = 1; k <= 4 && k <= lower.length; k++) {
    prefix = Math.imul(prefix ^ lower.charCodeAt(k - 1), FNV_PRIME);
    emit(prefix >>> 0);
    emit(feed(suffix, lower, lower.length - k) >>> 0);
  }
}

const BIAS = hashFeature(T.Bias, '');
/** hashFeature(T.Length, String(length)) for lengths 0..6, and of T.Trained for type bits 0..15. */
const LENGTHS = Array.from({ length: 7 }, (_, length) => hashFeature(T.Length, String(length)));
const TRAINED_BITS = Array.from({ length: 16 }, (_, bits) => hashFeature(T.Trained, String(bits)));

/** The per-token history keys: the lower-cased form's and the shape's. */
export function wordKeyOf(lower: string): number {
  return hashFeature(T.Lower, lower);
}

export function shapeKeyOf(shape: string): number {
  return hashFeature(T.Shape, shape);
}

/** What a token's features need of its form alone, worked out once per form. */
interface FormFacts {
  readonly lower: string;
  readonly shape: string;
  readonly wordKey: number;
  readonly shapeKey: number;
  /** A person title ("spokesman", "Sen."). */
  readonly title: boolean;
  /** 'first', 'sur', 'firstsur' or '' (capitalised words only: "Will", "Rose" and "Bush" are words too). */
  readonly name: string;
}

/**
 * Facts per form, kept across documents (the lexicon lookups fold every word: a third of the
 * extraction time when done per token); cleared between documents past MAX_FACTS forms.
 */
const FACTS = new Map<string, FormFacts>();
const MAX_FACTS = 20_000;

/** Longer forms are worked out each time: the caches hold short words, never a page of text. */
export const MAX_CACHED_FORM = 48;

/**
 * A copy of `text` that shares no memory with the string it was cut from. Engines keep a longer
 * substring as a view of its parent (V8 from 13 characters): a token's text kept in a cache across
 * documents would keep its whole article alive.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : text.split('').join('');
}

function factsOf(form: string): FormFacts {
  let fact = FACTS.get(form);
  if (fact) return fact;
  if (form.length <= MAX_CACHED_FORM) form = detached(form);
  const lower = form.toLowerCase();
  const shape = shapeOf(form);
  fact = {
    lower,
    shape,
    wordKey: wordKeyOf(lower),
    shapeKey: shapeKeyOf(shape),
    title: isTitleWord(lower),
    name: isCapitalised(form) ? (isFirstName(form) ? 'first' : '') + (isSurname(form) ? 'sur' : '') : '',
  };
  if (form.length <= MAX_CACHED_FORM) FACTS.set(form, fact);
  return fact;
}

/**
 * The document's features. `inside` is for recognition only (training needs every token's
 * features): with it, tokens that cannot be part of a name are marked `forced` and get no static
 * features, and the form features are left to the decoder's per-form sums (`forms`).
 */
export function extractFeatures(
  input: readonly FeatureToken[],
  trained?: WordTypeLookup,
  inside?: InsideWordLookup,
): DocumentFeatures {
  const tokens: FeatureToken[] = input.map((token) => ({
    text: plainTypography(token.text),
    sentence: token.sentence,
    start: token.start,
    end: token.end,
  }));
  const n = tokens.length;
  const headlines = headlineSentences(tokens);
  const sentenceStart = new Uint8Array(n);
  const sentenceEnd = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const sentence = tokens[i]?.sentence;
    if (i === 0 || tokens[i - 1]?.sentence !== sentence) sentenceStart[i] = 1;
    if (i === n - 1 || tokens[i + 1]?.sentence !== sentence) sentenceEnd[i] = 1;
  }
  const closing = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (!sentenceEnd[i]) continue;
    for (let j = i; j >= 0 && CLOSERS.has(tokens[j]?.text ?? ''); j--) {
      closing[j] = 1;
      if (sentenceStart[j]) break;
    }
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
  // The casings are read for the words of capital and title lines only: kept for those alone (a
  // map per word of the article was most of the extraction's garbage).
  const headlineWords = new Set<string>();
  if (headlines.size > 0) {
    for (const token of tokens) if (headlines.has(token.sentence)) headlineWords.add(token.text.toLowerCase());
  }
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as FeatureToken;
    if (headlines.has(token.sentence) || !hasLetter(token.text)) continue;
    const lower = token.text.toLowerCase();
    if (token.text === lower) lowerSeen.add(lower);
    if (!initial[i] && isCapitalised(token.text)) capitalMid.add(lower);
    if (headlineWords.has(lower) && (!initial[i] || !casing.has(lower))) {
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
    if (headlines.has(token.sentence) && hasLetter(form)) {
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

  if (FACTS.size > MAX_FACTS) FACTS.clear();
  const facts = forms.map(factsOf);
  const names = facts.map((fact) => fact.name);
  const lowers = facts.map((fact) => fact.lower);
  const shapes = facts.map((fact) => fact.shape);
  // Growable: a token has 25 to 40 features.
  const forced = inside ? forceOutside(forms, lowers, closing, sentenceStart, sentenceEnd, inside) : undefined;
  let scored = n;
  if (forced) for (let i = 0; i < n; i++) scored -= forced[i] ?? 0;
  let hashes = new Uint32Array(scored * 32 + 64);
  let count = 0;
  const push = (hash: number): void => {
    if (count === hashes.length) {
      const grown = new Uint32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[count++] = hash;
  };
  const add = (template: number, value: string): void => push(hashFeature(template, value));
  const titles = facts.map((fact) => fact.title);
  const offsets = new Uint32Array(n + 1);
  const wordKeys = new Uint32Array(n);
  const shapeKeys = new Uint32Array(n);
  const formKeys: string[] = new Array(n);
  const BOS = '<s>';
  const EOS = '</s>';
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
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
    const fact = facts[i] as FormFacts;
    const wordKey = fact.wordKey;
    const shapeKey = fact.shapeKey;
    wordKeys[i] = wordKey;
    shapeKeys[i] = shapeKey;
    if (forced?.[i]) {
      // Tagged O whatever its features say (closing punctuation always was): none needed.
      forced[i] = 1;
      formKeys[i] = '';
      continue;
    }
    if (!forced) formFeatures(form, lower, wordKey, shapeKey, push);
    add(T.PrevWord, prev);
    add(T.PrevWord2, prev2);
    add(T.NextWord, next);
    add(T.NextWord2, next2);
    push(hashPair(T.PrevShape, prevShape, shape));
    push(hashPair(T.NextShape, shape, nextShape));
    push(hashTriple(T.ShapeTrigram, prevShape, shape, nextShape));
    push(hashPair(T.PrevBigram, prev, lower));
    push(hashPair(T.NextBigram, lower, next));
    const capitalised = isCapitalised(form);
    if (initial[i]) add(T.Initial, capitalised ? 'cap' : 'low');
    const headline = headlines.get(token.sentence);
    if (headline && hasLetter(form)) add(T.CapsLine, `${headline}-${casing.has(lower) ? 'known' : 'unknown'}`);
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
    // The title before a name, looking past an opening bracket or quote ("Minister [Annalena] Baerbock").
    let before = i - 1;
    while (before >= 0 && !sentenceEnd[before] && (lowers[before] === '(' || lowers[before] === '"')) before--;
    if (!first && before >= 0 && !sentenceEnd[before] && titles[before]) add(T.PrevTitle, capitalised ? 'cap' : 'low');
    if (titles[i]) add(T.Title, capitalised ? 'cap' : 'low');
    if (trained && (capitalised || isAllCaps(form))) {
      const bits = trained(lower);
      if (bits)
        push(bits < TRAINED_BITS.length ? (TRAINED_BITS[bits] as number) : hashFeature(T.Trained, String(bits)));
    }
    push(LENGTHS[Math.min(form.length, 6)] as number);
    // The tokenizer splits "Chester-le-Street" at its hyphens; a spaced dash ("Moscow — a meeting")
    // separates. Which one a "-" is, only the spacing says.
    const hyphenBefore = !first && lowers[i - 1] === '-';
    const hyphenAfter = !last && lowers[i + 1] === '-';
    if (lower === '-' || hyphenBefore || hyphenAfter) {
      const glue = `${i > 0 && touching(tokens, i - 1, i) ? 'L' : ''}${touching(tokens, i, i + 1) ? 'R' : ''}`;
      add(T.Hyphen, `${lower === '-' ? 'dash' : hyphenBefore ? 'after' : 'before'}-${glue}`);
    }
    if (capitalised) add(T.Name, names[i] ?? '');
    if (!first) add(T.PrevName, names[i - 1] ?? '');
    if (!last) add(T.NextName, names[i + 1] ?? '');
    formKeys[i] = capitalised || isAllCaps(form) ? lower : '';
  }
  offsets[n] = count;
  return {
    hashes: hashes.slice(0, count),
    offsets,
    wordKeys,
    shapeKeys,
    formKeys,
    sentenceEnd,
    sentenceStart,
    closing,
    ...(forced ? { forced, forms } : {}),
  };
}
