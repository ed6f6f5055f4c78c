import type { NewsDocument, Span, TimeExpression } from '../types.js';
import type { DateMention, TimelineEntry } from './types.js';

/**
 * The story's timeline: every date mention grouped by its TIMEX3 value (and type and modifier),
 * anchored values sorted earliest first, the rest (unresolved, durations, sets, PRESENT_REF and
 * other vague references) listed apart in order of first appearance.
 */
export function buildTimeline(docs: readonly NewsDocument[]): {
  timeline: TimelineEntry[];
  unresolved: TimelineEntry[];
} {
  const groups = new Map<
    string,
    { value: string; type: TimeExpression['type']; mod?: string; mentions: DateMention[]; anchored: boolean }
  >();
  for (const doc of docs) {
    for (const date of doc.dates) {
      const key = `${date.type}|${date.value}|${date.mod ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = { value: date.value, type: date.type, mentions: [], anchored: isAnchored(date) };
        if (date.mod) group.mod = date.mod;
        groups.set(key, group);
      }
      const sentence = sentenceAround(doc.sentences, date);
      group.mentions.push({ article: doc.id, start: date.start, end: date.end, text: date.text, sentence });
    }
  }
  const toEntry = ({ anchored: _anchored, ...entry }: { anchored: boolean } & TimelineEntry): TimelineEntry => entry;
  const all = [...groups.values()];
  const timeline = all
    .filter((group) => group.anchored)
    .map((group) => ({ group, key: timexSortKey(group.value)! }))
    .sort((a, b) =>
      a.key.start < b.key.start ? -1 : a.key.start > b.key.start ? 1 : a.key.precision - b.key.precision,
    )
    .map(({ group }) => toEntry(group));
  return { timeline, unresolved: all.filter((group) => !group.anchored).map(toEntry) };
}

function isAnchored(date: TimeExpression): boolean {
  return date.resolved && (date.type === 'DATE' || date.type === 'TIME') && timexSortKey(date.value) !== null;
}

/** The sentence that contains a span, found by binary search over the sorted sentences. */
export function sentenceAround(sentences: readonly Span[], span: Span): Span | null {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (span.start < sentence.start) high = middle - 1;
    else if (span.start >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return null;
}

/**
 * Where a TIMEX3 value starts, as a sortable `YYYY-MM-DDTHH:MM` string, and how coarse it is (smaller
 * is coarser, so "2025-10" sorts before "2025-10-01"). Null for values with no calendar anchor
 * ("XXXX-WXX-1", "PRESENT_REF", "P2W").
 */
export function timexSortKey(value: string): { start: string; precision: number } | null {
  let match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):?(\d{2})?)?)?)?$/.exec(value);
  if (match) {
    const [, year, month, day, hour, minute] = match;
    const precision = [month, day, hour].filter(Boolean).length;
    return { start: `${year}-${month ?? '01'}-${day ?? '01'}T${hour ?? '00'}:${minute ?? '00'}`, precision };
  }
  match = /^(\d{4})-W(\d{2})(?:-(\d))?$/.exec(value);
  if (match) {
    const [, year, week, weekday] = match;
    const date = isoWeekStart(Number(year), Number(week));
    date.setUTCDate(date.getUTCDate() + (weekday ? Number(weekday) - 1 : 0));
    return { start: `${date.toISOString().slice(0, 10)}T00:00`, precision: weekday ? 2 : 1 };
  }
  match = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)$/.exec(value);
  if (match) {
    const [, year, part] = match;
    const month = SEASON_START_MONTH[part!]!;
    return { start: `${year}-${month}-01T00:00`, precision: 0.5 };
  }
  return null;
}

/** Where a quarter, half or season of a TIMEX3 value ("2025-Q3", "2025-SU") starts. */
const SEASON_START_MONTH: Readonly<Record<string, string>> = {
  Q1: '01',
  Q2: '04',
  Q3: '07',
  Q4: '10',
  H1: '01',
  H2: '07',
  SP: '03',
  SU: '06',
  FA: '09',
  AU: '09',
  WI: '12',
};

function isoWeekStart(year: number, week: number): Date {
  const fourthOfJanuary = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(fourthOfJanuary);
  monday.setUTCDate(fourthOfJanuary.getUTCDate() - ((fourthOfJanuary.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday;
}
