import { makeSpan, type DocumentDraft } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { DateOptions, TimeExpression, Token } from '../types.js';
import { chooseAnchor } from './anchor.js';
import { guessDateOrder } from './date-order.js';
import { Discourse } from './discourse.js';
import type { Tense } from './meaning.js';
import { durationInterval, normalizeTimex } from './normalize.js';
import { Recognizer, type TemporalMatch } from './recognize.js';
import { tenseAround, tenseFromPreposition } from './tense.js';
import { besideUnreadDate, coveredTokens } from './unread.js';

const ORDERS: ReadonlySet<unknown> = new Set(['month-first', 'day-first']);

function orderOption(options: DateOptions | undefined): DateOptions['order'] {
  const order = options?.order;
  if (order !== undefined && !ORDERS.has(order)) {
    throw new Error(`dates.order must be 'month-first' or 'day-first', got ${JSON.stringify(order)}`);
  }
  return order;
}

/** Words before a counted length that lay it ahead of the anchor in a present or future clause: "in 5 days", "within a month". */
const AHEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'within']);

/**
 * Where a duration lies: as its determiner says ("the past two months"), else ahead after "in" or
 * "within" unless the clause is past ("finished in five days" is only a length).
 */
function durationDirection(tokens: readonly Token[], match: TemporalMatch): 'ahead' | 'back' | undefined {
  if (match.meaning.kind !== 'duration' || match.mod) return undefined;
  if (match.meaning.direction) return match.meaning.direction;
  const previous = tokens[match.first - 1];
  if (!previous || previous.sentence !== tokens[match.first]?.sentence || !AHEAD_PREPOSITIONS.has(previous.norm)) return undefined;
  return tenseAround(tokens, match.first, match.last) === 'past' ? undefined : 'ahead';
}

/**
 * Finds temporal expressions over the tokens and gives each a TIMEX3 type and value, anchored on the
 * publication date (or the caller's reference date).
 */
export function tagDates(doc: DocumentDraft): TimeExpression[] {
  const tokens = doc.tokens;
  const anchor = chooseAnchor(doc)?.date;
  const dates: TimeExpression[] = [];
  let lastQuarter: { year: number; quarter: number; sentence: number } | undefined;
  let previous: { last: number; value: string } | undefined;
  const discourse = new Discourse();
  const matches = new Recognizer(tokens, guessDateOrder(tokens, orderOption(doc.options.dates))).recognize();
  const covered = coveredTokens(matches);
  for (const match of matches) {
    const first = tokens[match.first];
    const last = tokens[match.last];
    if (!first || !last) continue;
    const tense: Tense = match.needsTense
      ? ((match.meaning.kind === 'calendar' ? tenseFromPreposition(tokens, match.first) : undefined) ??
        tenseAround(tokens, match.first, match.last))
      : 'unknown';
    // "Friday 31/31/2016": the date beside the weekday was not understood, so the weekday is not
    // counted from the anchor either: a confident wrong day is worse than an open one.
    const unread = besideUnreadDate(tokens, match, covered);
    let { value, resolved } = normalizeTimex(match.meaning, unread ? undefined : anchor, tense, match.time);
    let type = match.type;
    if (match.meaning.kind === 'anaphoric' && !unread) {
      // "that day", "two days later": told from the story's last date when it has one (discourse.ts).
      const told = discourse.resolve(match.meaning, match.time, first.sentence);
      if (told !== undefined) {
        value = told;
        resolved = true;
      } else if (match.meaning.fallback?.kind === 'duration') type = 'DURATION';
    }
    if (match.orderGuessed) resolved = false;
    // In a results story, "a year earlier" right after "the third quarter" is that quarter a year before
    // ("profit rose in the third quarter from $5 million a year earlier" → 1988-Q3).
    const meaning = match.meaning;
    // Only the comparison forms ("a year ago", "a year earlier", "year-ago"); "last year" keeps its year.
    const comparison = /\b(ago|earlier)$/i.test(doc.text.slice(first.start, last.end));
    const yearBefore =
      meaning.kind === 'relative' &&
      ((meaning.unit === 'Y' && meaning.offset === -1 && comparison) || (meaning.unit === 'Q' && meaning.offset === -5));
    const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
    if (yearBefore && lastQuarter && first.sentence - lastQuarter.sentence <= 1) {
      value = `${lastQuarter.year - 1}-Q${lastQuarter.quarter}`;
    } else if (meaning.kind === 'calendar' && meaning.period && lastQuarter && /^\d{4}$/.test(value)) {
      // "Net rose in the third quarter ... In the 1988 period, it earned ...": that year's third quarter.
      value = `${value}-Q${lastQuarter.quarter}`;
    } else if (quarter && !yearBefore && !(meaning.kind === 'calendar' && meaning.yearOffset !== undefined)) {
      // "next year's first quarter": the possessor names the year.
      const possessor = previous && previous.last === match.first - 2 && /^['’]s$/.test(tokens[match.first - 1]?.norm ?? '');
      if (possessor && previous && /^\d{4}$/.test(previous.value) && meaning.kind === 'calendar' && meaning.year === undefined) {
        value = `${previous.value}-Q${quarter[2]}`;
      }
      lastQuarter = { year: Number(value.slice(0, 4)), quarter: Number(quarter[2]), sentence: first.sentence };
    }
    previous = { last: match.last, value };
    if ((type === 'DATE' || type === 'TIME') && !unread) discourse.mention(value, first.sentence);
    const direction = type === 'DURATION' && meaning.kind === 'duration' ? durationDirection(tokens, match) : undefined;
    const interval = direction && meaning.kind === 'duration' ? durationInterval({ ...meaning, direction }, anchor) : undefined;
    const span = makeSpan(doc.text, first.start + (match.skipChars ?? 0), last.end);
    dates.push({ ...span, type, value, ...(match.mod ? { mod: match.mod } : {}), resolved, ...(interval ? { interval } : {}) });
  }
  return dates;
}

export const dateTagger: Tagger = {
  name: 'dates',
  tag(doc: DocumentDraft) {
    doc.dates = tagDates(doc);
  },
};

export { normalizeTimex, normalizeWeekday, normalizeRelative, normalizeDuration } from './normalize.js';
export { chooseAnchor } from './anchor.js';
