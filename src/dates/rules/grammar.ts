/** Closed word classes and token shapes shared by the rule families (the open lists are in lexicon.json). */
import { HOLIDAYS } from '../lexicon.js';

export const DETERMINER_OFFSET: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['this', 0],
  ['current', 0],
  ['present', 0],
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['preceding', -1],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
  ['upcoming', 1],
]);

/** Adjectives between "the" and a unit that leave the offset to the determiner ("the current fiscal year"). */
export const NEUTRAL_ADJECTIVES = new Set(['fiscal', 'calendar', 'full', 'financial', 'same']);

/** Nouns counted without a plural ending: "1500 police". */
export const COLLECTIVE_NOUNS = new Set(['people', 'police', 'personnel', 'staff', 'cattle', 'military', 'infantry']);

export const TIME_ZONES = new Set([
  'est',
  'edt',
  'et',
  'gmt',
  'utc',
  'pst',
  'pdt',
  'pt',
  'cst',
  'cdt',
  'ct',
  'mst',
  'mdt',
  'bst',
  'cet',
  'cest',
]);

/** Words before a bare month or year that make it a date ("in May", "since 1998", "last March"). */
export const DATE_CONTEXT_WORDS = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'through',
  'of',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'during',
  'from',
  'to',
  'between',
  'on',
  'for',
  'that',
  'each',
  'every',
  'around',
  'fiscal',
]);

/** Tokens after which "a year" / "a day" is a rate ("$5 a day", "twice a week"): TIMEX3 SET. */
export const RATE_CONTEXT_WORDS = new Set([
  'times',
  'once',
  'twice',
  'thrice',
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'dollars',
  'cents',
  'percent',
  '%',
  'euros',
  'pounds',
  'barrels',
  'tons',
  'yen',
]);

/** "the nineties": decades spelled out, as the first three digits of their years. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 192],
  ['thirties', 193],
  ['forties', 194],
  ['fifties', 195],
  ['sixties', 196],
  ['seventies', 197],
  ['eighties', 198],
  ['nineties', 199],
]);

export const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
export const GLUED_CLOCK = /^(\d{1,2})(?::(\d{2}))?([ap])\.?m\.?$/;
/** "10.30" before "a.m.": the British clock with a point. */
export const DOTTED_CLOCK = /^(\d{1,2})\.(\d{2})$/;
/** "10.30am", "9.15p.m.": split by the tokenizer, read over the glued tokens (TokenView.gluedMatch). */
export const GLUED_DOTTED_CLOCK = /^(\d{1,2})\.(\d{2})([ap])\.?m\.?/;
export const MERIDIEM = /^([ap])\.?m\.?$/;
/** "2025-10-17", "2012/8/10", "2015.05.25": year first, then month and day, one separator throughout. */
export const YEAR_FIRST_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
/** "05/25/2015", "25/05/2015", "05-25-2015", "25.05.2015", "12-30-16": month and day in either order. */
export const TWO_PART_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
/** "12/30": a month and a day, only read beside a weekday or a clock time. */
export const MONTH_DAY_DATE = /^(\d{1,2})\/(\d{1,2})$/;
/** "3-Mar-2016", "03-Mar-16", "17-sept.-2013": day, month name and year between hyphens. */
export const DAY_MONTH_NAME_DATE = /^(\d{1,2})-([a-z]{3,9}\.?)-(\d{4}|\d{2})/;
/** "2016-Mar-03": year, month name and day. */
export const YEAR_MONTH_NAME_DATE = /^(\d{4})-([a-z]{3,9}\.?)-(\d{1,2})/;
/** "2016-03-04T10:30:00Z", "2016-03-04T10:30+02:00": an ISO 8601 date and time (the zone is read past). */
export const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})t(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?/;
/** "9/2012", "09-2012": a month of a year. */
export const MONTH_YEAR_DATE = /^(\d{1,2})[-/](\d{4})$/;
export const YEAR = /^\d{4}$/;
export const DECADE = /^(\d{3})0'?s$/;
export const SHORT_DECADE = /^['’](\d)0s$/;
export const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
export const INTEGER = /^\d+(?:\.\d+)?$/;
export const FRACTION = /^(\d)\/(\d)$/;

/** First words of the multi-word holidays: the holiday rule runs only after one of them. */
export const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set(
  // "valentine's day" starts with the token "valentine": the possessive is a token of its own.
  [...HOLIDAYS.keys()].map((phrase) => (phrase.split(' ')[0] ?? '').replace(/['’]s?$/, '')),
);
