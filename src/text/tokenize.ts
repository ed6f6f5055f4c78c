import { makeSpan, type DocumentDraft } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { Span, Token, TokenKind } from '../types.js';
import { wink } from './wink.js';

const WHITESPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

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
  const doc = nlp.readDoc(analysisText);
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
    while (cursor < analysisText.length && WHITESPACE.test(analysisText[cursor] ?? '')) cursor++;
    if (types[i] === 'tabCRLF' || value.trim() === '' && !/[\u200b\u00ad]/.test(value)) continue;
    let at = analysisText.startsWith(value, cursor) ? cursor : analysisText.indexOf(value, cursor);
    // wink-nlp may normalise a character it reads; fall back to taking the token's length in place.
    if (at < 0 || at > cursor + 8) at = cursor;
    const end = Math.min(analysisText.length, at + value.length);
    if (end <= at) continue;
    starts[i] = at;
    ends[i] = end;
    cursor = end;
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

  const tokens: Token[] = [];
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
      if (pieceStart >= 0 && /[\n\r\u2028\u2029]/.test(analysisText.slice(pieceEnd, start))) flush();
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
    const kind: TokenKind = QUOTE_CHARS.has(text) ? 'quote' : (KIND_BY_WINK_TYPE[types[i] ?? ''] ?? 'other');
    tokens.push({
      start,
      end,
      text,
      sentence: sentenceOfToken[i] ?? 0,
      kind,
      pos: tags[i] ?? 'X',
      norm: text.toLowerCase(),
      spaceBefore: start > 0 && WHITESPACE.test(original[start - 1] ?? ''),
    });
  }
  return { tokens, sentences };
}

export const tokenizeTagger: Tagger = {
  name: 'tokenize',
  tag(doc: DocumentDraft) {
    const { tokens, sentences } = tokenize(doc.text, doc.analysisText);
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};
