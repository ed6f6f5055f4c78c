/**
 * The recent-news annotation specs (eval/recent/specs/*.ts) and their resolution to offsets in the
 * page's expected.txt (../shared/datasets/webpages/<page>/expected.txt). Guidelines: eval/recent/README.md.
 *
 * The articles are third-party journalism and are never copied into this repository: a spec names
 * quotes by short anchors (their first and last few words and an occurrence index), and names, cues
 * and date phrases by their surface text. `resolveSpec` finds every anchor in the article, computes
 * the offsets and refuses anything missing or ambiguous, as scripts/gold-author.ts does for the
 * golden corpus (whose entity, cue, speaker and date resolution it reuses).
 */

import {
  buildGold,
  type DateSpec,
  type EntitySpec,
  type GoldDocument,
  type GoldSpan,
  occurrences,
  type QuoteSpec,
  type SpeakerSpec,
} from '../../scripts/gold-author.js';
import { cleanText } from '../../src/text/clean.js';
import type { QuoteKind } from '../../src/types.js';

/** A quote located by anchors: the content runs from the start of `from` to the end of `to`. */
export interface QuoteAnchor {
  kind: QuoteKind;
  /** The content's first words (at most about six). With no `to`, the whole content. */
  from: string;
  /** The content's last words (at most about six): the first occurrence ending after `from`, in the same line. */
  to?: string;
  /** Which occurrence of `from` (0-based); required when `from` occurs more than once. */
  occ?: number;
  speaker: SpeakerSpec | null;
  cue: QuoteSpec['cue'];
  /**
   * A block quotation: a paragraph of the speaker's words that the page sets apart (a <blockquote>,
   * a pull quote) and the plain text prints with neither quotation marks nor a cue. Scored in a row
   * of its own (recall and speaker), not in the main quote figures.
   */
  block?: boolean;
  /** Why the annotation is what it is, when the reading was not obvious. */
  note?: string;
}

export interface RecentSpec {
  /** Folder name under ../shared/datasets/webpages/. */
  page: string;
  /** The date relative expressions are resolved against: the page's declared date (truth.json), or null. */
  referenceDate: string | null;
  /** How the reference date was chosen, when the page declares none. */
  referenceNote?: string;
  /**
   * Lines of expected.txt that are not article text (related-story links, widget labels), named by
   * their opening words: nothing is annotated there and predictions inside them are not scored.
   */
  ignoreLines?: string[];
  entities: EntitySpec[];
  quotes: QuoteAnchor[];
  dates: DateSpec[];
}

export type RecentQuote = GoldDocument['quotes'][number] & { block: boolean };

export interface RecentGold extends Omit<GoldDocument, 'quotes'> {
  page: string;
  quotes: RecentQuote[];
  /** Whole lines excluded from scoring. */
  ignored: GoldSpan[];
}

const MAX_ANCHOR_WORDS = 8;

const lineOf = (text: string, at: number): [number, number] => {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
};

/** The occurrence of `needle` nearest `anchor`, outside `content`, in the content's line if any is. */
function nearestIn(
  text: string,
  needle: string,
  anchor: { start: number; end: number },
  content: { start: number; end: number },
): number | undefined {
  const [lineStart, lineEnd] = lineOf(text, content.start);
  const gap = (at: number): number =>
    at + needle.length <= anchor.start ? anchor.start - at - needle.length : at >= anchor.end ? at - anchor.end : 0;
  const all = occurrences(text, needle).filter((at) => at + needle.length <= content.start || at >= content.end);
  const inLine = all.filter((at) => at >= lineStart && at + needle.length <= lineEnd);
  if (inLine.length > 0) return inLine.sort((a, b) => gap(a) - gap(b))[0];
  // Outside the line (a continuation or block paragraph): the last mention before it, by news convention.
  const before = all.filter((at) => at < content.start);
  return before.length > 0 ? before[before.length - 1] : all.sort((a, b) => gap(a) - gap(b))[0];
}
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Resolves a spec against the article text; throws, listing every problem, when an anchor is missing or ambiguous. */
export function resolveSpec(spec: RecentSpec, original: string): RecentGold {
  const problems: string[] = [];
  // Search where buildGold searches: the analysis text (boilerplate lines blanked, offsets kept).
  const text = cleanText(original).analysisText;
  const quotes: QuoteSpec[] = [];
  const blockStarts = new Set<number>();
  for (const q of spec.quotes) {
    const label = `quote «${q.from}»`;
    if (words(q.from) > MAX_ANCHOR_WORDS || (q.to !== undefined && words(q.to) > MAX_ANCHOR_WORDS)) {
      problems.push(
        `${label}: an anchor has more than ${MAX_ANCHOR_WORDS} words (articles are not copied into the repository)`,
      );
      continue;
    }
    const starts = occurrences(text, q.from);
    if (q.occ === undefined && starts.length !== 1) {
      problems.push(`${label}: ${starts.length} occurrences and no occ`);
      continue;
    }
    const start = starts[q.occ ?? 0];
    if (start === undefined) {
      problems.push(`${label}: occurrence ${q.occ} of ${starts.length} not found`);
      continue;
    }
    let end = start + q.from.length;
    if (q.to !== undefined) {
      const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
      const to = occurrences(text, q.to).find(
        (at) => at + q.to!.length >= end && at >= start && at + q.to!.length <= lineEnd,
      );
      if (to === undefined) {
        problems.push(`${label}: end «${q.to}» not found after it in the same line`);
        continue;
      }
      end = to + q.to.length;
    }
    const content = text.slice(start, end);
    // buildGold locates quotes by their full text: pass the occurrence index of this one.
    const occ = occurrences(text, content).indexOf(start);
    // Cue and speaker: unless an occurrence is given, the one nearest the content (the cue) within
    // the content's line (paragraph), else anywhere; never inside the content.
    const range = { start, end };
    const cueText = typeof q.cue === 'string' ? q.cue : q.cue?.text;
    let cue: QuoteSpec['cue'] = q.cue;
    let cueAt: { start: number; end: number } = range;
    if (cueText !== undefined) {
      const at =
        typeof q.cue === 'object' && q.cue
          ? occurrences(text, cueText)[q.cue.occ]
          : nearestIn(text, cueText, range, range);
      if (at === undefined) problems.push(`${label}: cue «${cueText}» not found`);
      else {
        cue = { text: cueText, occ: occurrences(text, cueText).indexOf(at) };
        cueAt = { start: at, end: at + cueText.length };
      }
    }
    let speaker = q.speaker;
    if (q.speaker && q.speaker.occ === undefined) {
      const at = nearestIn(text, q.speaker.text, cueAt, range);
      if (at === undefined) problems.push(`${label}: speaker «${q.speaker.text}» not found`);
      else speaker = { ...q.speaker, occ: occurrences(text, q.speaker.text).indexOf(at) };
    }
    quotes.push({ kind: q.kind, text: content, occ, speaker, cue });
    if (q.block) blockStarts.add(start);
  }
  const ignored: GoldSpan[] = [];
  for (const opening of spec.ignoreLines ?? []) {
    const found = occurrences(text, opening).filter((at) => at === 0 || text[at - 1] === '\n');
    if (found.length === 0) problems.push(`ignored line «${opening}»: no line starts with it`);
    for (const at of found) {
      const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      ignored.push({ start: at, end: lineEnd, text: original.slice(at, lineEnd) });
    }
  }
  if (problems.length > 0) throw new Error(`${spec.page}:\n  ${problems.join('\n  ')}`);
  const gold = buildGold(
    {
      article: `${spec.page}/expected.txt`,
      publicationDate: spec.referenceDate,
      entities: spec.entities,
      quotes,
      dates: spec.dates,
    },
    original,
  );
  const inIgnored = (s: GoldSpan): boolean => ignored.some((line) => s.start < line.end && line.start < s.end);
  // Names in ignored lines are not mentions; a quote there is a mistake in the spec.
  const entities = gold.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inIgnored(m)) }));
  const stray = [...gold.quotes.filter(inIgnored).map((q) => `quote «${q.text.slice(0, 30)}»`)];
  // Likewise dates: `occ: 'all'` means every occurrence in article text.
  const dates = gold.dates.filter((d) => !inIgnored(d));
  if (stray.length > 0) throw new Error(`${spec.page}: annotations inside ignored lines:\n  ${stray.join('\n  ')}`);
  const recentQuotes = gold.quotes.map((q) => ({ ...q, block: blockStarts.has(q.start) }));
  return { ...gold, entities, dates, quotes: recentQuotes, page: spec.page, ignored };
}
