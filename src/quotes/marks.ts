/**
 * Quotation-mark pairing in one linear pass over the text.
 *
 * A quoted region runs from an opening mark to its closing mark. Three rules make news text work:
 * - A paragraph that ends inside a quote and a next paragraph that opens with a quotation mark is
 *   the journalistic convention for a quote that goes on ("…end of the first paragraph.¶“And the
 *   second…”): the region continues, as one region with one piece per paragraph.
 * - A quote that never closes stops at the end of its paragraph (`closed: false`), so one stray
 *   mark cannot swallow the rest of the article.
 * - Straight marks (`"`, and the TeX/ASCII pair ``…'') alternate open/close within a paragraph;
 *   curly marks say which side they are. Single quotes are left alone: ’ is also the apostrophe.
 *
 * Every character is visited at most twice (once by the scan, once by a look-ahead over the
 * whitespace after a line break), so 1 MB of quotation marks costs the same as 1 MB of prose.
 */

import { isLineBreakCode, isWhitespaceCode } from '../text/whitespace.js';

export interface QuotePiece {
  /** Offset of the first character inside the marks. */
  readonly start: number;
  /** Offset just past the last character inside the marks. */
  readonly end: number;
}

export interface QuotedRegion {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark, or the end of the paragraph for an unclosed quote. */
  readonly close: number;
  /** Content without the marks: from the first piece's start to the last piece's end. */
  readonly start: number;
  readonly end: number;
  /** One piece per paragraph the quote runs through. */
  readonly pieces: readonly QuotePiece[];
  readonly closed: boolean;
}

type Family = 'curly' | 'straight' | 'tex' | 'guillemet';

const LINE_BREAK = new Set(['\n', '\r', '\u2028', '\u2029']);

/** Space within a line, as the tokenizer reads it (the zero-width space and NBSP included). */
function isBlank(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return isWhitespaceCode(code) && !isLineBreakCode(code);
}

/** Quotation marks, apostrophes, backquotes and line breaks: the characters the scan acts on. */
function isInteresting(code: number): boolean {
  if (code < 0x80) return code === 0x0a || code === 0x0d || code === 0x22 || code === 0x27 || code === 0x60;
  return code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb || code === 0x2028 || code === 0x2029;
}

/** The opening mark at `at` (and its length), or null. */
function openingAt(text: string, at: number): { family: Family; length: number } | null {
  const char = text[at];
  if (char === '“' || char === '„') return { family: 'curly', length: 1 };
  if (char === '«') return { family: 'guillemet', length: 1 };
  if (char === '"') return { family: 'straight', length: 1 };
  if (char === '`' && text[at + 1] === '`') return { family: 'tex', length: 2 };
  // Some wires (and the NYT archive) write both marks as two apostrophes: ''Like this,'' he said.
  if (char === "'" && text[at + 1] === "'" && text[at + 2] !== "'") return { family: 'tex', length: 2 };
  return null;
}

/**
 * True when the text uses blank lines between paragraphs; then a single line break is a soft wrap
 * inside a paragraph and does not end a quote.
 */
export function usesBlankLineParagraphs(text: string): boolean {
  return /\n[ \t]*\r?\n/.test(text);
}

export function findQuotedRegions(text: string, blankLineParagraphs = usesBlankLineParagraphs(text)): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  let family: Family | null = null;
  let open = -1;
  let pieceStart = -1;
  let pieces: QuotePiece[] = [];

  const finish = (contentEnd: number, close: number, closed: boolean): void => {
    const lastEnd = Math.max(pieceStart, contentEnd);
    const firstStart = pieces.length > 0 ? (pieces[0] as QuotePiece).start : pieceStart;
    if (lastEnd > firstStart) {
      pieces.push({ start: pieceStart, end: lastEnd });
      regions.push({ open, close, start: firstStart, end: lastEnd, pieces, closed });
      pieces = [];
    } else if (pieces.length > 0) pieces = [];
    family = null;
    open = -1;
  };

  const length = text.length;
  let i = 0;
  while (i < length) {
    // Fast path: most characters are neither marks nor line breaks.
    if (!isInteresting(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const char = text[i] as string;
    if (LINE_BREAK.has(char)) {
      // Find where the next paragraph starts (if this break ends one).
      let j = i;
      let breaks = 0;
      while (j < length && (LINE_BREAK.has(text[j] as string) || isBlank(text[j]))) {
        if (text[j] === '\n' || text[j] === '\u2028' || text[j] === '\u2029') breaks++;
        else if (text[j] === '\r' && text[j + 1] !== '\n') breaks++;
        j++;
      }
      const endsParagraph = !blankLineParagraphs || breaks >= 2 || j >= length;
      if (family !== null && endsParagraph) {
        let contentEnd = i;
        while (contentEnd > pieceStart && isBlank(text[contentEnd - 1])) contentEnd--;
        const next = openingAt(text, j);
        if (next && next.family === family) {
          // The quote goes on in the next paragraph.
          pieces.push({ start: pieceStart, end: contentEnd });
          pieceStart = j + next.length;
          i = pieceStart;
          continue;
        }
        finish(contentEnd, contentEnd, false);
      }
      i = j;
      continue;
    }

    if (family === null) {
      const opening = openingAt(text, i);
      if (opening) {
        family = opening.family;
        open = i;
        pieceStart = i + opening.length;
        i = pieceStart;
        continue;
      }
      i++;
      continue;
    }

    // Inside a quote: look for the closing mark of the same family.
    // Mixed marks are common in copy-edited text ("There are two,” said …): a straight mark closes
    // a curly quote and a right curly mark closes a straight one.
    if ((family === 'curly' || family === 'straight') && (char === '”' || char === '"')) {
      finish(i, i + 1, true);
    } else if (family === 'curly' && char === '“' && i > pieceStart) {
      // A second opening curly mark before any close: the first quote was never closed. Close it
      // here and start again, rather than nesting (news text does not nest double quotes).
      let contentEnd = i;
      while (contentEnd > pieceStart && isBlank(text[contentEnd - 1])) contentEnd--;
      finish(contentEnd, contentEnd, false);
      continue;
    } else if (family === 'tex' && char === "'" && text[i + 1] === "'") {
      finish(i, i + 2, true);
      i += 2;
      continue;
    } else if (family === 'guillemet' && char === '»') {
      finish(i, i + 1, true);
    }
    i++;
  }
  if (family !== null) {
    let contentEnd = length;
    while (contentEnd > pieceStart && isBlank(text[contentEnd - 1])) contentEnd--;
    finish(contentEnd, contentEnd, false);
  }
  return regions;
}
