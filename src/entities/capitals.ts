import type { Token } from '../types.js';
import type { RecognizerInput } from './candidate.js';
import type { PhraseLookup } from './lookup.js';
import { hasWordClass, isCommonWord, wordClasses } from './words.js';

/**
 * What a capital letter says about a token. A capital inside a body sentence marks a name; at a
 * sentence start, after an opening quote or an ellipsis, or anywhere in a Title Case or ALL CAPS
 * headline ("Putin-Trump Summit May Happen Within Two Weeks") it says nothing, and such a word counts
 * as a name only when it is known: listed, a name in compromise's lexicon, or written capitalised
 * inside a body sentence elsewhere in the same document. Both the rules and the filter on the learned
 * model's spans read this, so neither takes "May", "Summit" or "Everything" for a name.
 */
const UPPER_START = /^[\p{Lu}]/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
/**
 * Tokens after which a capital is positional, not a name: opening quotes, colons, bullets, and
 * sentence-final marks wink-nlp did not split at ("Peskov said.They", "all the questions...
 * Everything"). Dashes are not among them: "Putin-Trump" capitalises Trump for its own sake (a spaced
 * dash is, see isPositional).
 */
const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', ':', '•', '*', '«', '.', '!', '?', '...', '…']);
/** Marks after which a clause opens inside a line: "Fission M2 – Making DevTools compatible". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['–', '—', ':']);
/** Closed-class words are never names by themselves, capitalised or not ("The", "But", "He"). */
export const CLOSED_POS: ReadonlySet<string> = new Set([
  'DET',
  'PRON',
  'ADP',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'NUM',
  'INTJ',
]);

export function isWordToken(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'word' || token.kind === 'other') && hasLetter(token.text);
}

/** `/\p{L}/u.test(text)`, without the regex for ASCII (this runs several times per token). */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return /\p{L}/u.test(text);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  }
  return false;
}

/** `UPPER_START.test(text)`, without the regex when the first character is ASCII. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code <= 0x7f) return code >= 0x41 && code <= 0x5a;
  return UPPER_START.test(text);
}

/** `text === text.toUpperCase()`, without the copy for ASCII. */
function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return text === text.toUpperCase();
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  return true;
}

export function isCapitalised(token: Token | undefined): token is Token {
  return isWordToken(token) && startsUpper(token.text) && token.text.length > 1;
}

export function isAcronym(text: string): boolean {
  return ACRONYM.test(text);
}

export interface SentenceShape {
  readonly start: number;
  readonly end: number;
  readonly headline: boolean;
  /** An ALL CAPS line ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"). */
  readonly allCaps: boolean;
}

/**
 * Title Case and ALL CAPS lines ("Putin-Trump Summit May Happen Within Two Weeks") capitalise every
 * word, so capitals say nothing there. Lines with two numbers or more are results tables ("6. Steve
 * Brown ( U.S. ) 13.53"), where the capitals are names.
 */
export function headlineShape(
  tokens: readonly Token[],
  start: number,
  end: number,
): { headline: boolean; allCaps: boolean } {
  let words = 0;
  let capitalised = 0;
  let upper = 0;
  let numbers = 0;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token?.kind === 'number') numbers += 1;
    if (!isWordToken(token) || token.text.length < 4) continue;
    words += 1;
    if (startsUpper(token.text)) capitalised += 1;
    if (isUpperCase(token.text)) upper += 1;
  }
  const allCaps = words >= 3 && numbers < 2 && upper / words >= 0.7;
  // A Title Case line ending in a period is a sentence full of names ("Shares of General Motors rose
  // on Tuesday in New York."), not a headline.
  const last = tokens[end - 1];
  const closed = last !== undefined && (last.text === '.' || last.text === '!' || last.text === '?');
  const headline = allCaps || (words >= 4 && numbers < 2 && !closed && capitalised / words >= 0.8);
  return { headline, allCaps };
}

export function sentenceShapes(tokens: readonly Token[]): SentenceShape[] {
  const shapes: SentenceShape[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]?.sentence !== tokens[start]?.sentence) {
      shapes.push({ start, end: i, ...headlineShape(tokens, start, i) });
      start = i;
    }
  }
  return shapes;
}

/** True when the token's capital comes from its position: first word, or after an opening quote. */
export function isPositional(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= sentenceStart; k--) {
    const previous = tokens[k];
    if (!previous) break;
    const { kind, text } = previous;
    if (kind === 'number' || isWordToken(previous)) return false;
    if (OPENERS.has(text) || kind === 'quote') return true;
    // "DevTools Fission M2 – Making DevTools Fission compatible": a spaced dash opens a clause (an
    // unspaced one joins names: "Putin–Trump").
    if ((text === '–' || text === '—') && tokens[k]?.spaceBefore && tokens[k + 1]?.spaceBefore) return true;
  }
  return true;
}

/** Lower case, without a possessive: "Putin's" → "putin" (`toLowerCase().replace(/['’]s$/u, '')`). */
export const foldWord = (text: string): string => {
  const lower = text.toLowerCase();
  const last = lower.length - 1;
  if (last >= 1 && lower.charCodeAt(last) === 0x73) {
    const mark = lower.charCodeAt(last - 1);
    if (mark === 0x27 || mark === 0x2019) return lower.slice(0, -2);
  }
  return lower;
};

export interface CapitalReader {
  readonly shapes: readonly SentenceShape[];
  /** The sentence shape of token `i`. */
  shapeOf(i: number): SentenceShape | undefined;
  /** Whether the capitalised token `i` may start or continue a name here. */
  acceptable(i: number, shape?: SentenceShape): boolean;
  /** A capitalised closed-class word opening a sentence ("Everything", "The"): not a name's start. */
  distrustedAtStart(i: number): boolean;
  /** A dictionary word capitalised by its place at a sentence start, and known nowhere as a name. */
  positionalCommon(i: number): boolean;
  /** A dictionary word in a Title Case headline, nothing else supporting it: not a name's end. */
  distrustedAtEnd(i: number): boolean;
}

const readers = new WeakMap<RecognizerInput, CapitalReader>();

export function readCapitals(input: RecognizerInput, lookup: PhraseLookup): CapitalReader {
  const cached = readers.get(input);
  if (cached) return cached;
  const { tokens, text } = input;
  const shapes = sentenceShapes(tokens);
  const shapeIndex = new Int32Array(tokens.length);
  for (const [k, shape] of shapes.entries()) shapeIndex.fill(k, shape.start, shape.end);

  // Words seen capitalised where the capital means something: inside body sentences.
  const seenAsName = new Set<string>();
  for (const shape of shapes) {
    if (shape.headline) continue;
    for (let i = shape.start; i < shape.end; i++) {
      const token = tokens[i];
      if (isCapitalised(token) && !isPositional(tokens, i, shape.start)) seenAsName.add(foldWord(token.text));
    }
  }

  // Words the document itself writes in lower case are ordinary words there, whatever the lexicon
  // lacks ("summit" in the body makes the headline's "Summit" a common noun).
  const seenLowercase = new Set<string>();
  for (const token of tokens) {
    if (isWordToken(token) && token.text === token.norm) seenLowercase.add(token.norm);
  }
  const isCommon = (word: string): boolean => seenLowercase.has(word) || isCommonWord(word);

  const isKnownName = (token: Token): boolean => {
    const word = foldWord(token.text);
    if (seenAsName.has(word)) return true;
    if (lookup(token.text)) return true;
    const classes = wordClasses(word);
    return classes.length > 0 && !classes.includes('common');
  };

  /** "White House officials": a sentence-initial common word that starts a listed name. */
  const startsKnownPhrase = (i: number, shape: SentenceShape): boolean => {
    const first = tokens[i];
    if (!first) return false;
    for (let n = 2; n <= 4 && i + n <= shape.end; n++) {
      const last = tokens[i + n - 1];
      if (!isCapitalised(last)) return false;
      if (lookup(text.slice(first.start, last.end))) return true;
    }
    return false;
  };

  const shapeOf = (i: number): SentenceShape | undefined => shapes[shapeIndex[i] ?? -1];

  // The answer for each token in its own sentence, once computed (0 not yet, 1 yes, 2 no): the rules
  // ask about the same token several times (the run loop, readRun, brackets, headline ends).
  const acceptedInOwnSentence = new Uint8Array(tokens.length);
  const acceptable = (i: number, given?: SentenceShape): boolean => {
    const own = shapeOf(i);
    if (own === undefined || (given !== undefined && given !== own)) return decideAcceptable(i, given ?? own);
    const known = acceptedInOwnSentence[i];
    if (known) return known === 1;
    const answer = decideAcceptable(i, own);
    acceptedInOwnSentence[i] = answer ? 1 : 2;
    return answer;
  };

  const decideAcceptable = (i: number, shape: SentenceShape | undefined): boolean => {
    const token = tokens[i];
    if (!shape || !isCapitalised(token)) return false;
    if (isAcronym(token.text) && !shape.headline) return true;
    if (CLOSED_POS.has(token.pos) && !isKnownName(token)) return false;
    const word = foldWord(token.text);
    if (hasWordClass(word, 'month') || hasWordClass(word, 'weekday')) return false;
    // In a headline or a results table every word is capitalised: a dictionary word needs support,
    // an unknown word ("Isel Lopez ( Cuba )") is still a name by its shape.
    if (shape.headline) return isKnownName(token) || (!isCommon(word) && wordClasses(word).length === 0);
    if (isPositional(tokens, i, shape.start)) {
      if (isKnownName(token) || startsKnownPhrase(i, shape)) return true;
      return wordClasses(word).length === 0 && !isCommon(word) && token.pos === 'PROPN';
    }
    return true;
  };

  const reader: CapitalReader = {
    shapes,
    shapeOf,
    acceptable,
    // For the model's spans, measured on CoNLL dev (trimming every unsupported positional capital
    // cost 0.9 F1 there: "Frank Busemann", "Old Trafford" start with dictionary words). At a span's
    // start only closed-class words go ("Everything", "The"); at its end, dictionary words of a Title
    // Case headline ("Putin-Trump Summit May Happen ..." → "Putin-Trump").
    distrustedAtStart: (i) => {
      const token = tokens[i];
      // A dictionary adverb opening a sentence too: "Even de Miranda's own example" (recent news: a
      // split person, "Even" being also a Norwegian first name).
      // And a gerund opening a clause after a dash or colon: "M2 – Making DevTools Fission compatible"
      // (recent news: a product name the model began with "Making"); not a line's first word ("Racing
      // Club 0 Rosario Central 2", CoNLL-2003 train).
      const gerund = token?.pos === 'VERB' && /ing$/.test(token.text) && CLAUSE_OPENERS.has(tokens[i - 1]?.text ?? '');
      const closed =
        token !== undefined &&
        (CLOSED_POS.has(token.pos) || ((token.pos === 'ADV' || gerund) && isCommon(foldWord(token.text))));
      const shape = shapeOf(i);
      if (shape && token?.pos === 'ADV' && startsKnownPhrase(i, shape)) return false;
      return isCapitalised(token) && closed && !isKnownName(token) && isPositional(tokens, i, shape?.start ?? 0);
    },
    positionalCommon: (i) => {
      const token = tokens[i];
      const shape = shapeOf(i);
      if (!isCapitalised(token) || !shape || isKnownName(token) || !isPositional(tokens, i, shape.start)) return false;
      return isCommon(foldWord(token.text));
    },
    distrustedAtEnd: (i) => {
      const token = tokens[i];
      const shape = shapeOf(i);
      if (!isCapitalised(token) || !shape?.headline || shape.allCaps || acceptable(i)) return false;
      return isCommon(foldWord(token.text)) || CLOSED_POS.has(token.pos);
    },
  };
  readers.set(input, reader);
  return reader;
}
