import type { Token } from '../types.js';
import { isLabelLine, usesBlankLineParagraphs } from './marks.js';

/** What the quote rules read: the tokens, and where paragraphs and sentences break between them. */
export interface QuoteContext {
  /**
   * The analysis text (`NewsDocument.analysisText`: the caller's text with invisible characters and
   * look-alikes replaced, same length), which the tokens' offsets index. Not the caller's text.
   */
  readonly analysisText: string;
  readonly tokens: readonly Token[];
  /** Paragraph number of each token. */
  readonly paragraph: Int32Array;
  /**
   * Paragraph number of each token counting only the story's paragraphs: a label line (a teaser,
   * a link label; marks.ts isLabelLine) takes the number of the paragraph before it, so that a
   * quote paragraph after it still follows the quote before it.
   */
  readonly storyParagraph: Int32Array;
  /** For each token, the index of the quoted region it lies inside (its marks included), or -1. */
  readonly region: Int32Array;
  /** `statements` (corpus guidelines) or `attributions` (PARC/PolNeAR); see `QuoteOptions`. */
  readonly scope: QuoteScope;
}

export type QuoteScope = 'statements' | 'attributions';

const LINE_BREAK = /[\n\r\u2028\u2029]/;

export function buildContext(
  analysisText: string,
  tokens: readonly Token[],
  scope: QuoteScope = 'statements',
): QuoteContext {
  const paragraph = new Int32Array(tokens.length);
  const blankLines = usesBlankLineParagraphs(analysisText);
  let current = 0;
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1] as Token;
    const token = tokens[i] as Token;
    const gap = analysisText.slice(previous.end, token.start);
    if (LINE_BREAK.test(gap)) {
      const breaks = gap.split(/\r\n|[\n\r\u2028\u2029]/).length - 1;
      if (!blankLines || breaks >= 2) current++;
    }
    paragraph[i] = current;
  }
  const storyParagraph = storyParagraphs(analysisText, tokens, paragraph);
  return { analysisText, tokens, paragraph, storyParagraph, region: new Int32Array(tokens.length).fill(-1), scope };
}

function storyParagraphs(text: string, tokens: readonly Token[], paragraph: Int32Array): Int32Array {
  const story = new Int32Array(tokens.length);
  let number = 0;
  for (let first = 0; first < tokens.length; ) {
    let last = first;
    while (last + 1 < tokens.length && paragraph[last + 1] === paragraph[first]) last++;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    const label = first > 0 && !LINE_BREAK.test(text.slice(start, end)) && isLabelLine(text, start, end);
    if (first > 0 && !label) number++;
    story.fill(number, first, last + 1);
    first = last + 1;
  }
  return story;
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before `offset` (-1 when none). */
export function tokenEndingBy(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && words.includes(token.norm);
}

export function isSentenceFinal(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punctuation' && /^[.!?]+$|^…$|^\.\.\.$/.test(token.text);
}

export function isComma(token: Token | undefined): boolean {
  return token !== undefined && token.text === ',';
}

export function isDash(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '--' || token.text === '—' || token.text === '–');
}
