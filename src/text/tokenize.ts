import { type DocumentDraft, makeSpan } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { Span, Token, TokenKind } from '../types.js';
import { SAY_TELL_FORMS } from '../vocabulary/english.js';
import { visibleForm } from './chars.js';
import { isLineBreakCode, isWhitespaceCode } from './whitespace.js';
import { wink } from './wink.js';
import { originalRange, winkView } from './wink-view.js';

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreakCode(text.charCodeAt(i))) return true;
  return false;
}

/** A word glued to a possessive "'s" (straight or curly apostrophe), as wink-nlp sometimes leaves it. */
const POSSESSIVE_END = /[\p{L}\p{N}.][\u0027\u2019][sS]$/u;

const KIND_BY_WINK_TYPE: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  quoted_phrase: 'word',
  url: 'url',
  email: 'email',
  symbol: 'symbol',
  currency: 'symbol',
  emoji: 'symbol',
  emoticon: 'symbol',
  hashtag: 'word',
  mention: 'word',
  time: 'number',
};

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’', '‹', '›', '``', "''"]);
/** First characters of QUOTE_CHARS: most tokens are settled by their first character, without hashing the text. */
const QUOTE_FIRST_CODES = new Set([...QUOTE_CHARS].map((quote) => quote.charCodeAt(0)));

function isQuoteToken(text: string): boolean {
  return text.length <= 2 && QUOTE_FIRST_CODES.has(text.charCodeAt(0)) && QUOTE_CHARS.has(text);
}

/** `text.toLowerCase()`, without a copy when the text is ASCII with no capital (most tokens). */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) return text.toLowerCase();
  }
  return text;
}

/** `value.trim() === ''`, without the trim when the first character is visible ASCII. */
function isBlank(value: string): boolean {
  const code = value.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? false : value.trim() === '';
}

export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
}

/**
 * Tokenizes `analysisText` with wink-nlp and maps every token back to exact offsets in `original`
 * (the two strings have the same length). Sentences are wink-nlp's, further split at line breaks,
 * because a line break in a plain-text article ends a headline or a paragraph even without a period.
 */
export function tokenize(original: string, analysisText: string = original): Tokenized {
  const nlp = wink();
  const its = nlp.its;
  const view = winkView(analysisText);
  const read = view.text;
  const breaks = longRunBreaks(read);
  const doc = nlp.readDoc(breaks.at.length > 0 ? withBreaks(read, breaks) : read);
  const values = doc.tokens().out(its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const sentenceRanges = doc.sentences().out(its.span) as unknown as [number, number][];

  // Character offsets of each wink token; -1 for tokens that are whitespace or could not be aligned.
  const starts = new Int32Array(values.length).fill(-1);
  const ends = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    while (cursor < read.length && isWhitespaceCode(read.charCodeAt(cursor))) cursor++;
    if (types[i] === 'tabCRLF' || (isBlank(value) && !/[\u200b\u00ad]/.test(value))) continue;
    // Look a few characters ahead only: an unbounded indexOf rescanned the rest of the text for each
    // token wink-nlp had normalised (quadratic on long inputs).
    let at = cursor;
    while (at <= cursor + 8 && at < read.length && !read.startsWith(value, at)) at++;
    // wink-nlp may normalise a character it reads; fall back to taking the token's length in place.
    if (at > cursor + 8 || at >= read.length) at = cursor;
    let end = Math.min(read.length, at + value.length);
    if (end <= at) continue;
    // A piece of a long run ends where the run was broken for wink-nlp: it keeps that character.
    if (breaks.at.length > 0) end += breakWidthAt(breaks, end);
    cursor = end;
    // Back to offsets in the original text: over the invisible characters and marks the view left out.
    const [from, to] = originalRange(view, at, end);
    starts[i] = from;
    ends[i] = to;
  }

  // wink-nlp closes a sentence after an opening quote glued to the next word (`said."As long`);
  // the quote mark opens the next sentence.
  for (let k = 0; k + 1 < sentenceRanges.length; k++) {
    const range = sentenceRanges[k];
    const next = sentenceRanges[k + 1];
    if (!range || !next || range[1] <= range[0]) continue;
    const last = range[1];
    const quoteEnd = ends[last] ?? -1;
    if ((values[last] === '"' || values[last] === '“') && quoteEnd >= 0 && quoteEnd === starts[next[0]]) {
      range[1] = last - 1;
      next[0] = last;
    }
  }

  const tokens: MutableToken[] = [];
  const sentences: Span[] = [];
  const sentenceOfToken = new Int32Array(values.length).fill(-1);
  for (const [first, last] of sentenceRanges) {
    // Split the wink sentence at line breaks between its tokens.
    let pieceStart = -1;
    let pieceEnd = -1;
    const flush = (): void => {
      if (pieceStart >= 0) sentences.push(makeSpan(original, pieceStart, pieceEnd));
      pieceStart = -1;
    };
    for (let i = first; i <= last; i++) {
      const start = starts[i] ?? -1;
      if (start < 0) continue;
      if (pieceStart >= 0 && hasLineBreak(analysisText, pieceEnd, start)) flush();
      if (pieceStart < 0) pieceStart = start;
      pieceEnd = ends[i] ?? start;
      sentenceOfToken[i] = sentences.length;
    }
    flush();
  }

  for (let i = 0; i < values.length; i++) {
    const start = starts[i] ?? -1;
    if (start < 0) continue;
    const end = ends[i] ?? start;
    const text = original.slice(start, end);
    const kind: TokenKind = isQuoteToken(text) ? 'quote' : (KIND_BY_WINK_TYPE[types[i] ?? ''] ?? 'other');
    const sentence = sentenceOfToken[i] ?? 0;
    const spaceBefore = start > 0 && isWhitespaceCode(original.charCodeAt(start - 1));
    const pos = tags[i] ?? 'X';
    // wink-nlp learns "Trump's" as one word the first time it meets it before a period or comma, and
    // from then on never splits it again in that process: the same article was tokenized differently
    // depending on what was read before it. Splitting every possessive here makes tokens independent
    // of the documents before.
    if (kind === 'word' && text.length > 2 && POSSESSIVE_END.test(text)) {
      const cut = end - 2;
      const stem = original.slice(start, cut);
      tokens.push({
        start,
        end: cut,
        text: stem,
        sentence,
        kind,
        pos,
        norm: lowerCase(visibleForm(stem)),
        spaceBefore,
      });
      const suffix = original.slice(cut, end);
      tokens.push({
        start: cut,
        end,
        text: suffix,
        sentence,
        kind,
        pos: 'PART',
        norm: lowerCase(visibleForm(suffix)),
        spaceBefore: false,
      });
      continue;
    }
    tokens.push({ start, end, text, sentence, kind, pos, norm: lowerCase(visibleForm(text)), spaceBefore });
  }
  repairReportingTags(tokens);
  return { tokens, sentences };
}

/** Tokens while they are built: the tag repairs below change `pos`. */
type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/**
 * wink-nlp's tagger reads a surname that is also a verb, and the reporting verb after it, as verb and
 * adjective: "Tim Cook/VERB said/ADJ", which hides the most common attribution in news from every
 * later stage. After a capitalised word or a pronoun, "said", "says" and "told" are the verb, and a
 * capitalised word inside the sentence before them is a name. ("The said agreement": no capital.)
 */
function repairReportingTags(tokens: MutableToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as MutableToken;
    const before = tokens[i - 1] as MutableToken;
    if (!SAY_TELL_FORMS.has(token.norm) || before.sentence !== token.sentence) continue;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(before.text);
    if (token.pos !== 'VERB' && (capitalised || before.pos === 'PRON' || before.pos === 'PROPN')) token.pos = 'VERB';
    const inside =
      i >= 2 && (tokens[i - 2] as Token).sentence === before.sentence && (tokens[i - 2] as Token).kind === 'word';
    if (capitalised && inside && (before.pos === 'VERB' || before.pos === 'ADJ')) before.pos = 'PROPN';
  }
}

/**
 * wink-nlp's tokenizer takes time quadratic in the length of a run without whitespace (a 200 KB
 * "word" took 70 s). Runs longer than this are cut into pieces for wink-nlp, by reading one
 * character (or surrogate pair) every MAX_RUN as a space; that character is given back to the piece
 * before it, so the pieces are contiguous tokens of the original text. Real words and most URLs are far shorter.
 */
const MAX_RUN = 500;

interface RunBreaks {
  /** Offsets, ascending, where a long run is cut. */
  readonly at: number[];
  /** Code units read as spaces at each cut: 2 for a surrogate pair, which is never split. */
  readonly width: number[];
}

function longRunBreaks(text: string): RunBreaks {
  const breaks: RunBreaks = { at: [], width: [] };
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespaceCode(code)) {
      run = 0;
      continue;
    }
    run += 1;
    if (run <= MAX_RUN || (code >= 0xdc00 && code <= 0xdfff)) continue;
    const next = text.charCodeAt(i + 1);
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    breaks.at.push(i);
    breaks.width.push(pair ? 2 : 1);
    if (pair) i += 1;
    run = 0;
  }
  return breaks;
}

function withBreaks(text: string, breaks: RunBreaks): string {
  const pieces: string[] = [];
  let cursor = 0;
  breaks.at.forEach((at, k) => {
    const width = breaks.width[k] ?? 1;
    pieces.push(text.slice(cursor, at), ' '.repeat(width));
    cursor = at + width;
  });
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

/** The width of the cut at `offset`, or 0 when the text is not cut there. */
function breakWidthAt(breaks: RunBreaks, offset: number): number {
  let low = 0;
  let high = breaks.at.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = breaks.at[mid] ?? -1;
    if (value === offset) return breaks.width[mid] ?? 1;
    if (value < offset) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

export const tokenizeTagger: Tagger = {
  name: 'tokenize',
  tag(doc: DocumentDraft) {
    const { tokens, sentences } = tokenize(doc.text, doc.analysisText);
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};
