/**
 * Quotation-mark pairing in one linear pass over the text. The rule (docs/EVALUATION.md, "Robustness to characters"):
 *
 * 1. A quote opens at an opening mark and closes at the first closing mark of its own kind:
 *    “…” (a straight " also closes it), "…" (or ”), „…“ or „…”, «…», »…« (the German order),
 *    ``…'' and ''…''. Any other mark inside it is a quote inside the quote and opens or closes
 *    nothing. Single marks (‘ ’ ‚ ‹ ›) never open a quote of their own: ’ is also the apostrophe,
 *    and in news they are the quote inside a quote.
 * 2. An open quote stops, unclosed (`closed: false`), at whichever comes first:
 *    - a second opening mark of its own kind: the first one was left open;
 *    - the end of its line, when it opened on a short line (under SHORT_LINE characters) that
 *      does not end a sentence (no final . ! ? or comma) and is not followed by a lower-case
 *      continuation: a teaser, a headline, a link label ("Read more: «big…");
 *    - the end of its paragraph, unless the next paragraph opens with a mark of its own kind: the
 *      journalistic convention for a quote that goes on ("…end of the first paragraph.¶“And the
 *      second…”), kept as one region with one piece per paragraph.
 * So one stray mark cannot swallow the rest of the article, whatever its kind.
 *
 * A paragraph ends at a blank line, or at every line break in a text that has no blank lines.
 * Every character is visited at most twice (once by the scan, once by a look-ahead over the
 * whitespace after a line break or back over the line a quote opened on), so 1 MB of quotation
 * marks costs the same as 1 MB of prose.
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
  /**
   * True for a quote left open on a label line (a teaser, a link label), ended with the line: no statement of the
   * story.
   */
  readonly label?: boolean;
}

type Family = 'curly' | 'straight' | 'low' | 'tex' | 'guillemet' | 'reversed';

const LINE_BREAK = new Set(['\n', '\r', '\u2028', '\u2029']);

/** A line this short (trimmed) that does not end a sentence is a teaser or a label, not a wrapped line of prose. */
const SHORT_LINE = 60;

/** Space within a line, as the tokenizer reads it (the zero-width space and NBSP included). */
function isBlank(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return isWhitespaceCode(code) && !isLineBreakCode(code);
}

/** Quotation marks, apostrophes, backquotes and line breaks: the characters the scan acts on. */
function isInteresting(code: number): boolean {
  if (code < 0x80) return code === 0x0a || code === 0x0d || code === 0x22 || code === 0x27 || code === 0x60;
  return (
    code === 0x201c ||
    code === 0x201d ||
    code === 0x201e ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** The opening mark at `at` (and its length), or null. */
function openingAt(text: string, at: number): { family: Family; length: number } | null {
  const char = text[at];
  if (char === '“') return { family: 'curly', length: 1 };
  if (char === '„') return { family: 'low', length: 1 };
  if (char === '«') return { family: 'guillemet', length: 1 };
  // »Wir schaffen das«: German order, the mark glued to the word it opens. A » after a word or
  // before a space closes a «…» quote instead (or is stray).
  if (char === '»' && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) {
    return { family: 'reversed', length: 1 };
  }
  if (char === '"') return { family: 'straight', length: 1 };
  if (char === '`' && text[at + 1] === '`') return { family: 'tex', length: 2 };
  // Some wires (and the NYT archive) write both marks as two apostrophes: ''Like this,'' he said.
  if (char === "'" && text[at + 1] === "'" && text[at + 2] !== "'") return { family: 'tex', length: 2 };
  return null;
}

/** The length of the closing mark of `family` at `at`, or 0. */
function closingAt(text: string, at: number, family: Family): number {
  const char = text[at];
  switch (family) {
    // Mixed marks are common in copy-edited text ("There are two,” said …): a straight mark closes
    // a curly quote and a right curly mark closes a straight one.
    case 'curly':
    case 'straight':
      return char === '”' || char === '"' ? 1 : 0;
    case 'low':
      return char === '“' || char === '”' ? 1 : 0;
    case 'guillemet':
      return char === '»' ? 1 : 0;
    case 'reversed':
      return char === '«' ? 1 : 0;
    case 'tex':
      return char === "'" && text[at + 1] === "'" ? 2 : 0;
  }
}

/** The mark that opens a quote of `family` again while it is open: the first was left open. */
const REOPENER: Record<Family, string | undefined> = {
  curly: '“',
  straight: undefined,
  low: '„',
  guillemet: '«',
  reversed: undefined,
  tex: undefined,
};

/**
 * True when the text from `start` to `end` (one line) is a short line that is no sentence of the
 * story: under SHORT_LINE characters, not ending in . ! ? or a comma, colon or semicolon (perhaps
 * before closing marks and brackets). A teaser, a headline, a link label ("Read more: «big…").
 */
export function isLabelLine(text: string, start: number, end: number): boolean {
  while (end > start && isBlank(text[end - 1])) end--;
  while (start < end && isBlank(text[start])) start++;
  if (end - start >= SHORT_LINE) return false;
  let last = end - 1;
  while (last > start && /["”’'»)\]]/.test(text[last] ?? '')) last--;
  return !/[.!?,;:]/.test(text[last] ?? '');
}

/**
 * True when a quote opened on the line from `lineStart` to `lineEnd` ends with it: the line is a
 * label and the text after it (from `next`) does not continue it in lower case.
 */
function endsAsLabel(text: string, lineStart: number, lineEnd: number, next: number): boolean {
  return isLabelLine(text, lineStart, lineEnd) && !/\p{Ll}/u.test(text[next] ?? '');
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
  /** Start of the current line, and of the line the open quote opened on. */
  let lineStart = 0;
  let openLine = -1;

  const finish = (contentEnd: number, close: number, closed: boolean, label = false): void => {
    const lastEnd = Math.max(pieceStart, contentEnd);
    const firstStart = pieces.length > 0 ? (pieces[0] as QuotePiece).start : pieceStart;
    if (lastEnd > firstStart) {
      pieces.push({ start: pieceStart, end: lastEnd });
      regions.push({ open, close, start: firstStart, end: lastEnd, pieces, closed, ...(label ? { label } : {}) });
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
      const label = family !== null && openLine === lineStart && endsAsLabel(text, lineStart, i, j);
      if (family !== null && (endsParagraph || label)) {
        let contentEnd = i;
        while (contentEnd > pieceStart && isBlank(text[contentEnd - 1])) contentEnd--;
        const next = label ? null : openingAt(text, j);
        if (next && next.family === family) {
          // The quote goes on in the next paragraph.
          pieces.push({ start: pieceStart, end: contentEnd });
          pieceStart = j + next.length;
          lineStart = j;
          i = pieceStart;
          continue;
        }
        finish(contentEnd, contentEnd, false, label);
      }
      lineStart = j;
      i = j;
      continue;
    }

    if (family === null) {
      const opening = openingAt(text, i);
      if (opening) {
        family = opening.family;
        open = i;
        openLine = lineStart;
        pieceStart = i + opening.length;
        i = pieceStart;
        continue;
      }
      i++;
      continue;
    }

    // Inside a quote: look for its closing mark; a second opening mark of its kind means it was left open.
    const closing = closingAt(text, i, family);
    if (closing > 0) {
      finish(i, i + closing, true);
      i += closing;
      continue;
    }
    if (char === REOPENER[family] && i > pieceStart) {
      let contentEnd = i;
      while (contentEnd > pieceStart && isBlank(text[contentEnd - 1])) contentEnd--;
      finish(contentEnd, contentEnd, false);
      continue;
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
