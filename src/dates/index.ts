import { type DocumentDraft, makeSpan } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { DateOptions, DurationInterval, TimeExpression, Token } from '../types.js';
import { chooseAnchor } from './anchor.js';
import { guessDateOrder } from './date-order.js';
import { Discourse } from './discourse.js';
import { isGenericToday, storyTellsToday } from './generic-today.js';
import type { Tense } from './meaning.js';
import { durationInterval, normalizeDuration, normalizeTimex } from './normalize.js';
import { Recognizer, type TemporalMatch } from './recognize.js';
import { tenseAround, tenseFromPreposition } from './tense.js';
import { besideUnreadDate, coveredTokens } from './unread.js';

/** A clock or stamp with a full stop glued after it: "2pm.", "0am.", "00Z." (or "Z." split off). */
const GLUED_STOP = /(?:\d[ap]m|(?:^|\d)z)\.$/i;

const ORDERS: ReadonlySet<unknown> = new Set(['month-first', 'day-first']);

function orderOption(options: DateOptions | undefined): DateOptions['order'] {
  const order = options?.order;
  if (order !== undefined && !ORDERS.has(order)) {
    throw new Error(`dates.order must be 'month-first' or 'day-first', got ${JSON.stringify(order)}`);
  }
  return order;
}

/**
 * Words before a counted length that lay it ahead of the anchor in a present or future clause: "in 5 days", "within a
 * month".
 */
const AHEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'within']);

/**
 * Where a duration lies: as its determiner says ("the past two months"), else ahead after "in" or
 * "within" unless the clause is past ("finished in five days" is only a length).
 */
function durationDirection(tokens: readonly Token[], match: TemporalMatch): 'ahead' | 'back' | undefined {
  if (match.meaning.kind !== 'duration' || match.mod) return undefined;
  if (match.meaning.direction) return match.meaning.direction;
  const previous = tokens[match.first - 1];
  if (!previous || previous.sentence !== tokens[match.first]?.sentence || !AHEAD_PREPOSITIONS.has(previous.norm))
    return undefined;
  return tenseAround(tokens, match.first, match.last) === 'past' ? undefined : 'ahead';
}

/**
 * The direction of the clause around an expression whose value depends on it. A present "is on
 * Tuesday", "are on Friday" is a schedule: the coming day (a past one would be "was on Tuesday").
 */
function clauseTense(tokens: readonly Token[], match: TemporalMatch): Tense {
  const fromPreposition = match.meaning.kind === 'calendar' ? tenseFromPreposition(tokens, match.first) : undefined;
  const tense = fromPreposition ?? tenseAround(tokens, match.first, match.last);
  // "opens at 9:00 on Monday": the "on" may stand inside the expression, after its clock time.
  const on =
    tokens[match.first - 1]?.norm === 'on' || tokens.slice(match.first, match.last).some((t) => t.norm === 'on');
  if (tense === 'present' && match.meaning.kind === 'weekday' && on) return 'future';
  // "The deadline is Sunday", "the vote is Monday at noon": a copula in the present schedules the day.
  const copula = tokens[match.first - 1]?.norm;
  if (match.meaning.kind === 'weekday' && (copula === 'is' || copula === 'are')) return 'future';
  return tense;
}

/** One expression while the refiners work on it: its match, and the value and type they may change. */
interface DateDraft {
  readonly match: TemporalMatch;
  readonly first: Token;
  readonly last: Token;
  /** The date beside it was not understood ("Friday 31/31/2016"): nothing is counted from the anchor. */
  readonly unread: boolean;
  type: TimeExpression['type'];
  value: string;
  resolved: boolean;
  /** Set by a refiner for a duration laid from a date of the story ("two days later"). */
  interval?: DurationInterval;
}

/** What the refiners remember from the story's earlier expressions. */
interface StoryState {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly discourse: Discourse;
  /** The last quarter a results story named ("the third quarter"), and in which sentence. */
  lastQuarter: { year: number; quarter: number; sentence: number } | undefined;
  /** The expression before this one: where it ended and its value. */
  previous: { last: number; value: string } | undefined;
  /** Whether the story uses "today" for its day ("said today"), read once when first needed. */
  dailyToday: boolean | undefined;
}

/**
 * A step after normalization that changes a value with what the story said before, as chrono's
 * refiners fold its parsers' results. They run in REFINERS' order on each expression, left to right.
 */
interface DateRefiner {
  readonly name: string;
  refine(date: DateDraft, story: StoryState): void;
}

/**
 * "that day", "two days later": told from the story's last date when it has one (discourse.ts). A
 * counted "two days later" after a day ("On March 3 ...") stays the duration it is (P2D) and gets the
 * interval from that day, as "in two days" gets one from the anchor; after a coarser date ("In 2011
 * ... two years later") it is the date it points to (2013), as TimeBank writes it.
 */
const storyDate: DateRefiner = {
  name: 'story-date',
  refine(date, story) {
    const { match } = date;
    if (match.meaning.kind !== 'anaphoric' || date.unread) return;
    const fallback = match.meaning.fallback;
    const day = story.discourse.latestDay();
    if (fallback?.kind === 'duration' && day && match.meaning.offset > 0) {
      date.type = 'DURATION';
      date.value = normalizeDuration(fallback.amount, fallback.unit);
      date.interval = durationInterval({ ...fallback, direction: 'ahead' }, day);
      return;
    }
    const told = story.discourse.resolve(match.meaning, match.time, date.first.sentence);
    if (told !== undefined) {
      date.value = told;
      date.resolved = true;
    } else if (match.meaning.fallback?.kind === 'duration') date.type = 'DURATION';
  },
};

/** Words that tie "the decade", "the century" to the anchor: "this century", "the current decade". */
const PRESENT_WORDS: ReadonlySet<string> = new Set(['this', 'current', 'present']);

/**
 * "In 1952 ... By the middle of the decade": a decade or century named without "this" is the one the
 * story is telling (195), not the anchor's; with no earlier year it stays the anchor's.
 */
const storyPeriod: DateRefiner = {
  name: 'story-period',
  refine(date, story) {
    const { match } = date;
    const meaning = match.meaning;
    if (meaning.kind !== 'relative' || meaning.offset !== 0 || (meaning.unit !== 'DE' && meaning.unit !== 'CE')) return;
    for (let k = match.first; k <= match.last; k++) if (PRESENT_WORDS.has(story.tokens[k]?.norm ?? '')) return;
    const year = story.discourse.latestYear();
    if (year === undefined) return;
    date.value =
      meaning.unit === 'DE'
        ? String(Math.floor(year / 10)).padStart(3, '0')
        : String(Math.floor(year / 100)).padStart(2, '0');
    date.resolved = true;
  },
};

/** A numeric date whose month and day order nothing told: its value is a guess, not resolved. */
const guessedOrder: DateRefiner = {
  name: 'guessed-order',
  refine(date) {
    if (date.match.orderGuessed) date.resolved = false;
  },
};

/**
 * In a results story, "a year earlier" right after "the third quarter" is that quarter a year before
 * ("profit rose in the third quarter from $5 million a year earlier" → 1988-Q3); "the 1988 period" is
 * that year's quarter; "next year's first quarter" takes the possessor's year.
 */
const resultsQuarter: DateRefiner = {
  name: 'results-quarter',
  refine(date, story) {
    const { match, first, last } = date;
    const meaning = match.meaning;
    const { lastQuarter, previous } = story;
    // Only the comparison forms ("a year ago", "a year earlier", "year-ago"); "last year" keeps its year.
    const comparison = /\b(ago|earlier)$/i.test(story.text.slice(first.start, last.end));
    const yearBefore =
      meaning.kind === 'relative' &&
      ((meaning.unit === 'Y' && meaning.offset === -1 && comparison) ||
        (meaning.unit === 'Q' && meaning.offset === -5));
    const quarter = /^(\d{4})-Q([1-4])$/.exec(date.value);
    if (yearBefore && lastQuarter && first.sentence - lastQuarter.sentence <= 1) {
      date.value = `${lastQuarter.year - 1}-Q${lastQuarter.quarter}`;
    } else if (meaning.kind === 'calendar' && meaning.period && lastQuarter && /^\d{4}$/.test(date.value)) {
      // "Net rose in the third quarter ... In the 1988 period, it earned ...": that year's third quarter.
      date.value = `${date.value}-Q${lastQuarter.quarter}`;
    } else if (quarter && !yearBefore && !(meaning.kind === 'calendar' && meaning.yearOffset !== undefined)) {
      // "next year's first quarter": the possessor names the year.
      const tokens = story.tokens;
      const possessor =
        previous && previous.last === match.first - 2 && /^['’]s$/.test(tokens[match.first - 1]?.norm ?? '');
      if (
        possessor &&
        previous &&
        /^\d{4}$/.test(previous.value) &&
        meaning.kind === 'calendar' &&
        meaning.year === undefined
      ) {
        date.value = `${previous.value}-Q${quarter[2]}`;
      }
      story.lastQuarter = {
        year: Number(date.value.slice(0, 4)),
        quarter: Number(quarter[2]),
        sentence: first.sentence,
      };
    }
  },
};

/** "Paper maps still exist today": the present era (PRESENT_REF), not the day; generic-today.ts says when. */
const genericToday: DateRefiner = {
  name: 'generic-today',
  refine(date, story) {
    const { match } = date;
    const meaning = match.meaning;
    if (match.first !== match.last || match.time || meaning.kind !== 'relative' || meaning.unit !== 'D') return;
    if (meaning.offset !== 0 || !isGenericToday(story.tokens, match.first)) return;
    story.dailyToday ??= storyTellsToday(story.tokens);
    if (story.dailyToday) return;
    date.value = 'PRESENT_REF';
    date.resolved = true;
  },
};

/** Words before "one day" that leave it a day, not a length: "and then one day it broke", "will one day be". */
const ONE_DAY_OPENERS: ReadonlySet<string> = new Set(['then', 'and', 'but', ',', 'that', 'until', 'when', 'so']);

/**
 * "And then one day it broke", "Islam will one day be the second religion": an unnamed day, in the past
 * (XXXX-XX-XX) or ahead (FUTURE_REF), not a length ("in the job one day", "for one day").
 */
const oneDay: DateRefiner = {
  name: 'one-day',
  refine(date, story) {
    const { match } = date;
    const { tokens } = story;
    if (match.last !== match.first + 1 || tokens[match.first]?.norm !== 'one' || tokens[match.last]?.norm !== 'day')
      return;
    const previous = tokens[match.first - 1];
    const opens = !previous || previous.sentence !== date.first.sentence;
    const tense = tenseAround(tokens, match.first, match.last);
    const next = tokens[match.last + 1];
    const closesClause = !next || next.sentence !== date.first.sentence || next.kind === 'punctuation';
    if (opens || (previous && (ONE_DAY_OPENERS.has(previous.norm) || previous.pos === 'AUX'))) {
      if (tense === 'future') date.value = 'FUTURE_REF';
      else if (tense === 'past' || opens || previous?.norm === 'then') {
        date.value = 'XXXX-XX-XX';
        date.resolved = false;
      } else return;
    } else if (tense === 'future' && closesClause) date.value = 'FUTURE_REF';
    else return;
    date.type = 'DATE';
  },
};

/** Remembers the expression for the ones after it: the previous value, and a date for the discourse. */
const remember: DateRefiner = {
  name: 'remember',
  refine(date, story) {
    story.previous = { last: date.match.last, value: date.value };
    // "Common problems in student newsrooms (2013)": a date alone in brackets labels, it does not move the story.
    const { tokens } = story;
    const bracketed = tokens[date.match.first - 1]?.norm === '(' && tokens[date.match.last + 1]?.norm === ')';
    if (bracketed) return;
    if ((date.type === 'DATE' || date.type === 'TIME') && !date.unread)
      story.discourse.mention(date.value, date.first.sentence);
    // "Two days later, ... the next day": the story has moved on to the day the duration ends.
    else if (date.interval) story.discourse.mention(date.interval.end, date.first.sentence);
  },
};

/** The refiners in the order they run on each expression. */
const REFINERS: readonly DateRefiner[] = [
  storyDate,
  storyPeriod,
  guessedOrder,
  resultsQuarter,
  genericToday,
  oneDay,
  remember,
];

/**
 * Finds temporal expressions over the tokens and gives each a TIMEX3 type and value, anchored on the
 * publication date (or the caller's reference date).
 */
export function tagDates(doc: DocumentDraft): TimeExpression[] {
  const tokens = doc.tokens;
  const anchor = chooseAnchor(doc)?.date;
  const dates: TimeExpression[] = [];
  const story: StoryState = {
    text: doc.text,
    tokens,
    discourse: new Discourse(),
    lastQuarter: undefined,
    previous: undefined,
    dailyToday: undefined,
  };
  const matches = new Recognizer(tokens, guessDateOrder(tokens, orderOption(doc.options.dates))).recognize();
  const covered = coveredTokens(matches);
  for (const match of matches) {
    const first = tokens[match.first];
    const last = tokens[match.last];
    if (!first || !last) continue;
    const tense: Tense = match.needsTense ? clauseTense(tokens, match) : 'unknown';
    // "Friday 31/31/2016": the date beside the weekday was not understood, so the weekday is not
    // counted from the anchor either: a confident wrong day is worse than an open one.
    const unread = besideUnreadDate(tokens, match, covered);
    const { value, resolved } = normalizeTimex(match.meaning, unread ? undefined : anchor, tense, match.time);
    const date: DateDraft = { match, first, last, unread, type: match.type, value, resolved };
    for (const refiner of REFINERS) refiner.refine(date, story);
    const meaning = match.meaning;
    const direction =
      date.type === 'DURATION' && meaning.kind === 'duration' ? durationDirection(tokens, match) : undefined;
    const interval =
      date.interval ??
      (direction && meaning.kind === 'duration' ? durationInterval({ ...meaning, direction }, anchor) : undefined);
    // "at 2pm.", "…T10:30:00Z.": the tokenizer keeps a sentence's full stop on a clock written without
    // points; it is the sentence's, not the expression's ("p.m." keeps its own).
    const stop = GLUED_STOP.test(last.text) ? 1 : 0;
    const span = makeSpan(doc.text, first.start + (match.skipChars ?? 0), last.end - stop);
    dates.push({
      ...span,
      type: date.type,
      value: date.value,
      ...(match.mod ? { mod: match.mod } : {}),
      resolved: date.resolved,
      ...(interval ? { interval } : {}),
    });
  }
  return dates;
}

export const dateTagger: Tagger = {
  name: 'dates',
  tag(doc: DocumentDraft) {
    doc.dates = tagDates(doc);
  },
};

export { chooseAnchor } from './anchor.js';
export { normalizeDuration, normalizeRelative, normalizeTimex, normalizeWeekday } from './normalize.js';
