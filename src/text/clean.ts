import { type DocumentDraft, type DraftMeta, makeSpan } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { Span } from '../types.js';
import {
  BOILERPLATE_RULES,
  DATE_FIELD,
  DATELINE,
  NOT_A_DATELINE,
  PUBLISHER_SLUG,
  URL_DATE,
  URL_TOKEN,
} from './boilerplate.js';

interface Line {
  start: number;
  end: number;
  /** Trimmed content of the line. */
  content: string;
  contentStart: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  for (;;) {
    const match = breaks.exec(text);
    const end = match ? match.index : text.length;
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    lines.push({ start, end, content: raw.trim(), contentStart: start + leading });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return lines;
}

/**
 * Replaces every [start, end) range with spaces in one pass, keeping every offset of the string.
 * Blanking range by range copied the whole text once per boilerplate line: a 1 MB page with a few
 * hundred furniture lines took 9 s in cleaning alone.
 */
function blankRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let cursor = 0;
  for (const [start, end] of sorted) {
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    pieces.push(text.slice(cursor, from), ' '.repeat(end - from));
    cursor = end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

function hostOf(url: string): string | undefined {
  const match = /^https?:\/\/(?:www\.|m\.|amp\.)?([^/:?#\s]+)/i.exec(url);
  return match?.[1]?.toLowerCase();
}

function dateFromUrl(url: string): string | undefined {
  const match = URL_DATE.exec(url);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function isValidIsoDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A headline: short, no sentence-final period, not all lower case. */
function looksLikeHeadline(line: string): boolean {
  if (line.length < 12 || line.length > 200) return false;
  if (/[.;,]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length >= 3 && /^[\p{Lu}\p{N}“"‘']/u.test(line);
}

export interface CleanResult {
  meta: DraftMeta;
  analysisText: string;
}

/**
 * Reads metadata (date, URL, publisher, headline) and recognises boilerplate lines.
 * Metadata fields and boilerplate are blanked in the analysis text, so later stages never extract
 * from them, while every offset still points into the caller's text.
 */
export function cleanText(text: string): CleanResult {
  const meta: DraftMeta = { boilerplate: [] };
  const blanked: [number, number][] = [];
  const lines = splitLines(text);
  const nonEmpty = lines.filter((line) => line.content !== '');

  // Leading fields: "date 2025-10-17 https://... " or "date 2025-10-17 Headline words".
  const first = nonEmpty[0];
  let titleCandidate: Line | undefined;
  if (first) {
    let cursor = first.contentStart;
    const dateField = DATE_FIELD.exec(text.slice(cursor, first.end));
    if (dateField?.[1] && isValidIsoDate(dateField[1])) {
      meta.date = dateField[1];
      blanked.push([cursor, cursor + dateField[0].length]);
      cursor += dateField[0].length;
    }
    const rest = text.slice(cursor, first.end);
    const urlField = /^(https?:\/\/\S+)\s*/i.exec(rest);
    if (urlField?.[1]) {
      meta.url = urlField[1];
      blanked.push([cursor, cursor + urlField[0].length]);
      cursor += urlField[0].length;
    }
    if (cursor > first.contentStart && cursor < first.end) {
      titleCandidate = {
        start: cursor,
        end: first.end,
        content: text.slice(cursor, first.end).trim(),
        contentStart: cursor,
      };
    }
  }

  for (const line of lines.slice(0, 40)) {
    if (URL_TOKEN.test(line.content)) {
      meta.url ??= line.content;
      blanked.push([line.contentStart, line.contentStart + line.content.length]);
    }
  }
  if (meta.url) {
    meta.publisher = hostOf(meta.url);
    const urlDate = dateFromUrl(meta.url);
    if (!meta.date && urlDate && isValidIsoDate(urlDate)) meta.date = urlDate;
  }

  // Headline: the text after leading fields, else the first line when it reads as a headline.
  if (!titleCandidate && first && !URL_TOKEN.test(first.content) && looksLikeHeadline(first.content)) {
    titleCandidate = first;
  }
  if (titleCandidate?.content) meta.title = titleCandidate.content;

  // Boilerplate lines, and captions that repeat the text of the photo credit below them.
  const boilerplate: Span[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.content === '') continue;
    const before = previous;
    previous = line;
    if (line === titleCandidate) continue;
    const rule = BOILERPLATE_RULES.find((candidate) => candidate.pattern.test(line.content));
    if (!rule) continue;
    boilerplate.push(makeSpan(text, line.contentStart, line.contentStart + line.content.length));
    if (rule.name === 'photo-credit') {
      // Split on the bare bar and trim: `/\s*[|]\s*/` rescans every run of spaces (quadratic).
      const caption = (line.content.split('|')[0] ?? '').trim();
      if (caption && before && before.content === caption && before !== titleCandidate) {
        boilerplate.push(makeSpan(text, before.contentStart, before.contentStart + before.content.length));
      }
    }
  }
  // A caption line can be pushed twice (caption, then a credit repeating it, then another).
  boilerplate.sort((a, b) => a.start - b.start);
  meta.boilerplate = boilerplate.filter((span, i) => i === 0 || span.start !== boilerplate[i - 1]?.start);
  for (const span of meta.boilerplate) blanked.push([span.start, span.end]);

  // A syndication slug "(MENAFN)" names the publisher when no URL does.
  for (const line of nonEmpty.slice(0, 6)) {
    const slug = PUBLISHER_SLUG.exec(line.content);
    if (slug?.[1]) {
      meta.publisher ??= slug[1];
      const start = line.contentStart + line.content.indexOf('(');
      blanked.push([start, start + slug[1].length + 2]);
      break;
    }
  }
  let analysisText = blankRanges(text, blanked).replace(/\u00a0/g, ' ');

  // A wire dateline ("WASHINGTON (Reuters) - The Fed will …") is a unit of its own: its dash ends a
  // sentence for the later stages, so that no reported clause or quote starts with the dateline,
  // while its place and agency stay mentions.
  for (const line of nonEmpty.slice(0, 12)) {
    if (line === titleCandidate || meta.boilerplate.some((span) => span.start === line.contentStart)) continue;
    const dateline = DATELINE.exec(line.content);
    if (!dateline?.[1] || !dateline[3] || NOT_A_DATELINE.has(dateline[1])) continue;
    // A capital line is a headline with a topic slug ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"),
    // not a dateline before a story's first sentence.
    if (!/\p{Ll}/u.test(line.content.slice(dateline[0].length, dateline[0].length + 40))) continue;
    const dash = line.contentStart + dateline[0].trimEnd().length - dateline[3].length;
    meta.dateline = makeSpan(text, line.contentStart, dash + dateline[3].length);
    if (dateline[2]) meta.publisher ??= dateline[2];
    const head = analysisText.slice(0, dash);
    const tail = analysisText.slice(dash + dateline[3].length);
    analysisText = `${head}.${' '.repeat(dateline[3].length - 1)}${tail}`;
    break;
  }
  return { meta, analysisText };
}

export const cleanTagger: Tagger = {
  name: 'clean',
  tag(doc: DocumentDraft) {
    const { meta, analysisText } = cleanText(doc.text);
    doc.meta = meta;
    doc.analysisText = analysisText;
  },
};
