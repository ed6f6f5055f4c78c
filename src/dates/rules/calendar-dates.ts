/**
 * Calendar dates as written with month names (numeric ones are in numeric-dates.ts): "Oct. 16, 2025", "16 October",
 * "August 1998", "mid-November", years, decades, centuries, year-end, holidays, seasons.
 */
import { isValidDate } from '../calendar.js';
import { AMBIGUOUS_MONTHS, HOLIDAYS, MONTHS, ORDINALS, SEASONS, WEEKDAYS } from '../lexicon.js';
import type { TemporalMeaning } from '../meaning.js';
import {
  DATE_CONTEXT_WORDS,
  DECADE,
  DECADE_WORDS,
  DETERMINER_OFFSET,
  HOLIDAY_FIRST_WORDS,
  SHORT_DECADE,
} from './grammar.js';
import type { Core, TokenView } from './view.js';

export function parseMonthDate(v: TokenView, k: number): Core | undefined {
  // "the mid-1990s"
  if (v.norm(k) === 'the' && v.norm(k + 1).startsWith('mid-') && v.at(k + 1, k)) {
    const inner = parseMonthDate(v, k + 1);
    return inner && inner.meaning.kind === 'calendar' && inner.meaning.month === undefined ? inner : undefined;
  }
  const word = v.norm(k);
  // "post-October 16 call", "pre-2025 levels": the expression starts after the hyphen.
  const affix = /^(post|pre)-/.exec(word);
  if (affix) {
    const rest = word.slice(affix[0].length);
    const restText = (v.tokens[k]?.text ?? '').slice(affix[0].length);
    const month = MONTHS.get(rest);
    const capital = restText.charAt(0) !== restText.charAt(0).toLowerCase();
    if (month !== undefined && capital && !AMBIGUOUS_MONTHS.has(rest)) {
      const tail = monthTail(v, k, month, undefined);
      return tail ? { ...tail, skipChars: affix[0].length } : undefined;
    }
    const year = /^\d{4}$/.test(rest) ? Number(rest) : undefined;
    if (year !== undefined && year >= 1000 && year <= 2199) {
      return { last: k, meaning: { kind: 'calendar', year }, skipChars: affix[0].length };
    }
    return undefined;
  }
  // "mid-November": one token.
  if (word.startsWith('mid-')) {
    const month = MONTHS.get(word.slice(4));
    if (month !== undefined) return monthTail(v, k, month, 'MID');
    const year = /^mid-(\d{4})$/.exec(word);
    if (year) return { last: k, meaning: { kind: 'calendar', year: Number(year[1]) }, mod: 'MID' };
    const decade = /^mid-(\d{3})0'?s$/.exec(word);
    if (decade) return { last: k, meaning: { kind: 'calendar', decade: Number(decade[1]) }, mod: 'MID' };
    return undefined;
  }
  // Day first: "16 October 2025", "the 16th of October", "31st March, 2016", "3 Aug 96", "23rd february".
  // "the third of March", "the twenty-first of March": a day spelled out, only between "the" and "of".
  const spelled = v.norm(k - 1) === 'the' && v.sameSentence(k - 1, k) ? v.ordinalDayAt(k) : undefined;
  const spelledDay = spelled && v.norm(spelled.last + 1) === 'of' ? spelled : undefined;
  const dayFirst = spelledDay?.day ?? (/\d/.test(word) ? v.dayNumberAt(k) : undefined);
  if (dayFirst !== undefined) {
    const dayLast = spelledDay?.last ?? k;
    const monthIndex = v.norm(dayLast + 1) === 'of' ? dayLast + 2 : dayLast + 1;
    const year = v.at(monthIndex, k) ? yearAfter(v, monthIndex + 1, k) : undefined;
    const month = v.at(monthIndex, k) ? v.monthBesideDayAt(monthIndex, year !== undefined) : undefined;
    // "31 September" is no day: nothing is built from its parts.
    if (month !== undefined && !isValidDate(2000, month, dayFirst)) return undefined;
    if (month !== undefined) {
      // "the 4th of July": the article belongs to the expression, as in "the summer".
      const article = monthIndex === dayLast + 2 && v.norm(k - 1) === 'the' && v.sameSentence(k - 1, k);
      return {
        ...(article ? { first: k - 1 } : {}),
        last: year?.last ?? monthIndex,
        meaning: {
          kind: 'calendar',
          month,
          day: dayFirst,
          ...(year?.year !== undefined ? { year: year.year } : {}),
          ...(year?.shortYear !== undefined ? { shortYear: year.shortYear } : {}),
        },
      };
    }
  }
  const month = v.monthAt(k) ?? lowerCaseMonth(v, k);
  if (month === undefined) return undefined;
  return monthTail(v, k, month, undefined);
}

/**
 * The year after a day and month, with or without a comma: four digits, or two where the sentence pauses ("Aug 9,
 * 96.").
 */
function yearAfter(
  v: TokenView,
  index: number,
  from: number,
): { year?: number; shortYear?: number; last: number } | undefined {
  const at = v.norm(index) === ',' ? index + 1 : index;
  if (!v.at(at, from)) return undefined;
  const year = v.yearAt(at);
  if (year !== undefined) return { year, last: at };
  const short = v.shortYearAt(at, from);
  return short ? { shortYear: short.year, last: short.last } : undefined;
}

/** "february 23", "february 23, 2016", "february 2016": a lower-case month with a day or a year after it. */
function lowerCaseMonth(v: TokenView, k: number): number | undefined {
  if (v.capitalized(k) || !v.at(k + 1, k)) return undefined;
  const next = v.norm(k + 1);
  const yearNext = v.yearAt(k + 1) !== undefined;
  const dayNext = /^\d{1,2}(?:st|nd|rd|th)?$/.test(next) && v.dayNumberAt(k + 1) !== undefined;
  if (!yearNext && !dayNext) return undefined;
  const yearLater = yearNext || yearAfter(v, k + 2, k) !== undefined;
  return v.monthBesideDayAt(k, yearLater);
}

/**
 * The day after a month name: "Oct. 16", "March 3rd", "March third", "March twenty-first", "March the
 * 3rd" (the article only before a day that ends the phrase: "In May the first thing ..." is no date).
 */
function dayAfterMonth(v: TokenView, k: number): { day: number; last: number } | undefined {
  if (!v.at(k + 1, k)) return undefined;
  const number = v.dayNumberAt(k + 1);
  if (number !== undefined) return { day: number, last: k + 1 };
  const spelled = v.ordinalDayAt(k + 1);
  if (spelled) return spelled;
  // "Tuesday, Nov, 29, 2016": a comma after the month, only where a year follows the day.
  const afterComma = v.norm(k + 1) === ',' && v.at(k + 2, k) ? v.dayNumberAt(k + 2) : undefined;
  if (afterComma !== undefined && v.norm(k + 3) === ',' && v.yearAt(k + 4) !== undefined && v.at(k + 4, k))
    return { day: afterComma, last: k + 2 };
  if (v.norm(k + 1) !== 'the' || !v.at(k + 2, k)) return undefined;
  const after = v.norm(k + 2);
  const day = /\d/.test(after) ? v.dayNumberAt(k + 2) : undefined;
  const found = day !== undefined ? { day, last: k + 2 } : v.ordinalDayAt(k + 2);
  const next = found ? v.at(found.last + 1, k) : undefined;
  if (!found || (next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN'))) return undefined;
  return found;
}

function monthTail(v: TokenView, k: number, month: number, mod: string | undefined): Core | undefined {
  const found = dayAfterMonth(v, k);
  const day = found?.day;
  const dayLast = found?.last ?? k + 1;
  // "Oct. 16" but not "May 5,000": a day number is a short number.
  if (day !== undefined && !(v.norm(dayLast + 1) === ',' && /^\d{3}$/.test(v.norm(dayLast + 2)))) {
    // "Sept. 31" is no day, and "Sept." alone would be a value built from a part of it.
    if (!isValidDate(2000, month, day)) return undefined;
    const year = yearAfter(v, dayLast + 1, k);
    return {
      last: year?.last ?? dayLast,
      meaning: {
        kind: 'calendar',
        month,
        day,
        ...(year?.year !== undefined ? { year: year.year } : {}),
        ...(year?.shortYear !== undefined ? { shortYear: year.shortYear } : {}),
      },
      ...(mod ? { mod } : {}),
    };
  }
  let yearIndex = k + 1;
  if (v.norm(yearIndex) === ',' || v.norm(yearIndex) === 'of') yearIndex += 1;
  const year = v.at(yearIndex, k) ? v.yearAt(yearIndex) : undefined;
  if (year !== undefined)
    return { last: yearIndex, meaning: { kind: 'calendar', year, month }, ...(mod ? { mod } : {}) };
  // "Oct '18": a two-digit year needs its apostrophe after a month alone.
  const short = /^['’]$/.test(v.norm(k + 1)) ? v.shortYearAt(k + 1, k) : undefined;
  if (short)
    return { last: short.last, meaning: { kind: 'calendar', shortYear: short.year, month }, ...(mod ? { mod } : {}) };
  // "January nineteen ninety-seven" (broadcast transcripts)
  const spoken = v.at(k + 1, k) ? v.spokenYear(k + 1) : undefined;
  if (spoken)
    return { last: spoken.last, meaning: { kind: 'calendar', year: spoken.year, month }, ...(mod ? { mod } : {}) };
  // "June last year", "January this year": one expression, the year fixed by the determiner.
  const yearShift = DETERMINER_OFFSET.get(v.norm(k + 1));
  if (yearShift !== undefined && v.norm(k + 2) === 'year' && v.at(k + 2, k)) {
    return { last: k + 2, meaning: { kind: 'calendar', month, yearOffset: yearShift }, ...(mod ? { mod } : {}) };
  }
  // "31 September": the day before was tried and is no day of this month; the month alone would be a part.
  if (mod === undefined && k > 0 && v.sameSentence(k - 1, k) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(v.norm(k - 1)))
    return undefined;
  // A month alone: "May" the verb and "March" the noun need a date context; "April Ryan" is a name.
  const word = v.norm(k);
  const previous = v.tokens[k - 1];
  const hasContext =
    mod !== undefined || (!!previous && v.sameSentence(k - 1, k) && DATE_CONTEXT_WORDS.has(previous.norm));
  if (AMBIGUOUS_MONTHS.has(word) && !hasContext) return undefined;
  const next = v.at(k + 1, k);
  if (!hasContext && next && next.pos === 'PROPN' && v.capitalized(k + 1)) return undefined;
  if (!hasContext && k > 0 && !v.sameSentence(k - 1, k) && word === 'may') return undefined;
  return { last: k, meaning: { kind: 'calendar', month }, ...(mod ? { mod } : {}) };
}

/** "the 80s" without an apostrophe: only after "the" ("in their 80s" is an age). */
const BARE_SHORT_DECADE = /^([1-9])0s$/;

export function parseYearOrDecade(v: TokenView, k: number): Core | undefined {
  let start = k;
  const word = v.norm(k);
  if ((word === 'fiscal' || word === 'calendar') && v.at(k + 1, k)) start = k + 1;
  else if (word === 'the' && v.at(k + 1, k)) start = k + 1;
  const w = v.norm(start);
  const decade = DECADE.exec(w);
  if (decade) {
    // "the 1900s", "the early 1800s": a round hundred is read as its century (the 20th, 19th).
    const first = Number(decade[1]);
    const article = word === 'the' || v.norm(start - 1) === 'the' || v.norm(start - 2) === 'the';
    if (first % 10 === 0 && first < 200 && article)
      return { last: start, meaning: { kind: 'calendar', century: first / 10 + 1 } };
    return { last: start, meaning: { kind: 'calendar', decade: first } };
  }
  const short = SHORT_DECADE.exec(w) ?? (word === 'the' ? BARE_SHORT_DECADE.exec(w) : null);
  if (short) return { last: start, meaning: { kind: 'calendar', decade: 190 + Number(short[1]) } };
  const decadeWord = DECADE_WORDS.get(w);
  if (decadeWord !== undefined && word === 'the')
    return { last: start, meaning: { kind: 'calendar', decade: decadeWord } };
  // "the year 2000 problem": the year named after "the year".
  if (word === 'the' && w === 'year' && v.at(start + 1, k)) {
    const named = v.yearAt(start + 1);
    if (named !== undefined) return { last: start + 1, meaning: { kind: 'calendar', year: named } };
  }
  // "the year two thousand" (broadcast transcripts)
  if (
    word === 'the' &&
    w === 'year' &&
    v.norm(start + 1) === 'two' &&
    v.norm(start + 2) === 'thousand' &&
    v.at(start + 2, k)
  ) {
    return { last: start + 2, meaning: { kind: 'calendar', year: 2000 } };
  }
  // "the 1988 period", "the 1989 quarter": that year's reporting period.
  if (word === 'the' && (v.norm(start + 1) === 'period' || v.norm(start + 1) === 'quarter') && v.at(start + 1, k)) {
    const year = v.yearAt(start);
    if (year !== undefined) return { last: start + 1, meaning: { kind: 'calendar', year, period: true } };
  }
  if (word === 'the') {
    // "the 20th century", "the 21st century"
    const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
    if (ordinal && /^centur/.test(v.norm(start + 1)) && v.at(start + 1, k)) {
      return { last: start + 1, meaning: { kind: 'calendar', century: Number(ordinal[1]) } };
    }
    return undefined;
  }
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (ordinal && /^century$/.test(v.norm(start + 1)) && v.at(start + 1, k)) {
    return { last: start + 1, meaning: { kind: 'calendar', century: Number(ordinal[1]) } };
  }
  const spoken = v.spokenYear(start);
  if (spoken) return { last: spoken.last, meaning: { kind: 'calendar', year: spoken.year } };
  const year = v.yearAt(start);
  if (year === undefined || !v.looksLikeYear(start)) return undefined;
  return { last: start, meaning: { kind: 'calendar', year } };
}

export function parseYearEnd(v: TokenView, k: number): Core | undefined {
  if (v.norm(k) !== 'year') return undefined;
  const joiner = v.norm(k + 1);
  const endIndex = joiner === '-' || /^['’]s$/.test(joiner) ? k + 2 : k + 1;
  if (v.norm(endIndex) !== 'end' || !v.at(endIndex, k)) return undefined;
  // "by year's end", "by year end": the end of the year, as "the end of the year" (TimeBank: 1989 END).
  if (joiner !== '-') return { last: endIndex, meaning: { kind: 'relative', unit: 'Y', offset: 0 }, mod: 'END' };
  // "year-end": the closing day. The year follows the tense like a month's: "since year-end" (in
  // October) is last year's.
  return { last: endIndex, meaning: { kind: 'calendar', month: 12, day: 31 } };
}

export function parseHoliday(v: TokenView, k: number): Core | undefined {
  if (!v.capitalized(k)) return undefined;
  if (v.norm(k) === 'thanksgiving') {
    const last = v.norm(k + 1) === 'day' && v.at(k + 1, k) ? k + 1 : k;
    const year = v.at(last + 1, k) ? v.yearAt(last + 1) : undefined;
    if (year !== undefined) return { last: last + 1, meaning: { kind: 'calendar', thanksgiving: true, year } };
    return { last, meaning: { kind: 'calendar', thanksgiving: true } };
  }
  if (!HOLIDAY_FIRST_WORDS.has(v.norm(k))) return undefined;
  let phrase = '';
  let best: Core | undefined;
  for (let j = k; j < k + 6 && v.at(j, k); j++) {
    const w = v.norm(j);
    phrase = j === k ? w : w === "'s" || w === '’s' ? `${phrase}'s` : `${phrase} ${w}`;
    const date = HOLIDAYS.get(phrase);
    const meaning = date ? holidayMeaning(date) : undefined;
    if (meaning) best = { last: j, meaning };
  }
  // "neon Valentine's Day hearts", "Easter eggs": the holiday names a kind of thing, not a day.
  if (best && v.at(best.last + 1, k)?.pos === 'NOUN') return undefined;
  if (best) {
    // "Christmas 1998", "Labor Day 2026"
    const year = v.at(best.last + 1, k) ? v.yearAt(best.last + 1) : undefined;
    if (year !== undefined && best.meaning.kind === 'calendar') {
      return { last: best.last + 1, meaning: { ...best.meaning, year } };
    }
  }
  return best;
}

/** A holiday's date as lexicon.json writes it: "12-25", "09-#1-1" (first Monday of September), "E-2" (Easter). */
function holidayMeaning(date: string): TemporalMeaning | undefined {
  const easter = /^E([+-]\d+)$/.exec(date);
  if (easter) return { kind: 'calendar', easter: Number(easter[1]) };
  const counted = /^(\d{2})-#([1-5L])-([1-7])$/.exec(date);
  if (counted) {
    const ordinal = counted[2] === 'L' ? -1 : Number(counted[2]);
    return { kind: 'calendar', month: Number(counted[1]), nth: { ordinal, weekday: Number(counted[3]) } };
  }
  const fixed = /^(\d{2})-(\d{2})$/.exec(date);
  return fixed ? { kind: 'calendar', month: Number(fixed[1]), day: Number(fixed[2]) } : undefined;
}

export function parseSeason(v: TokenView, k: number): Core | undefined {
  const season = SEASONS.get(v.norm(k));
  if (!season) return undefined;
  const previous = v.norm(k - 1);
  const year = v.at(k + 1, k) ? v.yearAt(k + 1) : undefined;
  if (year !== undefined) return { last: k + 1, meaning: { kind: 'calendar', season, year } };
  if (!['in', 'since', 'by', 'until', 'this', 'during', 'early', 'late', 'mid'].includes(previous)) return undefined;
  if (v.tokens[k]?.pos === 'VERB') return undefined;
  return { last: k, meaning: { kind: 'calendar', season } };
}

/** "25th", "3rd": a day of the month written with its ordinal ending. */
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * "on the 25th", "by the 3rd": a day of the month without its month, which the anchor and the tense
 * give (normalize.ts). Only after a preposition of time and where nothing follows that the ordinal
 * could count ("on the 25th anniversary", "the 3rd Infantry").
 */
export function parseDayOfMonth(v: TokenView, k: number): Core | undefined {
  if (v.norm(k) !== 'the' || !DAY_OF_MONTH_PREPOSITIONS.has(v.norm(k - 1)) || !v.sameSentence(k - 1, k))
    return undefined;
  const day = theDayAt(v, k);
  return day === undefined ? undefined : { last: k + 1, meaning: { kind: 'calendar', day } };
}

/** Prepositions before "the 25th" that make it a day: "on the 25th", "until the 3rd". */
const DAY_OF_MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'since', 'from']);

/** The day in "the 25th" at k (the article), unless a noun or "of" follows ("the 25th anniversary"). */
export function theDayAt(v: TokenView, k: number): number | undefined {
  const number = ORDINAL_DAY.exec(v.norm(k + 1));
  if (v.norm(k) !== 'the' || !number || !v.at(k + 1, k)) return undefined;
  const day = Number(number[1]);
  const next = v.at(k + 2, k);
  if (day < 1 || day > 31) return undefined;
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.norm === 'of'))
    return undefined;
  return day;
}

/**
 * "the first Monday in May", "the last Friday of the month", "the second Tuesday of November 2026",
 * "the third Thursday of next month": a weekday counted within a month.
 */
export function parseNthWeekday(v: TokenView, k: number): Core | undefined {
  if (v.norm(k) !== 'the') return undefined;
  const ordinal = ORDINALS.get(v.norm(k + 1));
  const weekday = WEEKDAYS.get(v.norm(k + 2));
  const joiner = v.norm(k + 3);
  if (ordinal === undefined || ordinal > 5 || weekday === undefined || v.norm(k + 2).endsWith('s')) return undefined;
  if ((joiner !== 'in' && joiner !== 'of') || !v.capitalized(k + 2) || !v.at(k + 4, k)) return undefined;
  const nth = { ordinal, weekday };
  const month = v.monthAt(k + 4);
  if (month !== undefined) {
    const year = v.at(k + 5, k) ? v.yearAt(k + 5) : undefined;
    return {
      last: year !== undefined ? k + 5 : k + 4,
      meaning: { kind: 'calendar', month, nth, ...(year !== undefined ? { year } : {}) },
    };
  }
  // "of the month", "of this month", "of next month"
  const shift = v.norm(k + 4) === 'the' ? 0 : DETERMINER_OFFSET.get(v.norm(k + 4));
  if (shift === undefined || v.norm(k + 5) !== 'month' || !v.at(k + 5, k)) return undefined;
  return { last: k + 5, meaning: { kind: 'calendar', nth, monthOffset: shift } };
}

/**
 * "the first of the month", "the 1st of next month", "the last day of September", "the first day of
 * 2024", "the last day of the month": a day counted from the start or the end of a month or year.
 */
export function parseDayOfPeriod(v: TokenView, k: number): Core | undefined {
  if (v.norm(k) !== 'the') return undefined;
  const word = v.norm(k + 1);
  const lastDay = word === 'last' || word === 'final';
  const ordinal = lastDay ? undefined : (v.ordinalDayAt(k + 1) ?? dayNumberWithSuffix(v, k + 1));
  if (!lastDay && !ordinal) return undefined;
  let next = lastDay ? k + 2 : (ordinal?.last ?? k + 1) + 1;
  const withDay = v.norm(next) === 'day';
  if (withDay) next += 1;
  if (lastDay && !withDay) return undefined;
  if (v.norm(next) !== 'of' || !v.at(next + 1, k)) return undefined;
  const day = lastDay ? {} : { day: ordinal?.day ?? 1 };
  const last = lastDay ? { lastDay: true } : {};
  const month = v.monthAt(next + 1);
  // "the 9th of October, 2024" is parseMonthDate's, from the day on.
  if (month !== undefined && !withDay) return undefined;
  if (month !== undefined) {
    const year = v.at(next + 2, k) ? v.yearAt(next + 2) : undefined;
    const meaning = { kind: 'calendar' as const, month, ...day, ...last, ...(year !== undefined ? { year } : {}) };
    return { last: year !== undefined ? next + 2 : next + 1, meaning };
  }
  // "the first day of 2024": only the first or last day of a year.
  const year = withDay ? v.yearAt(next + 1) : undefined;
  if (year !== undefined && (lastDay || ordinal?.day === 1))
    return { last: next + 1, meaning: { kind: 'calendar', year, month: lastDay ? 12 : 1, day: lastDay ? 31 : 1 } };
  const shift = v.norm(next + 1) === 'the' ? 0 : DETERMINER_OFFSET.get(v.norm(next + 1));
  if (shift === undefined || v.norm(next + 2) !== 'month' || !v.at(next + 2, k)) return undefined;
  return { last: next + 2, meaning: { kind: 'calendar', monthOffset: shift, ...day, ...last } };
}

/** "1st", "15th" at k: a day number with its ordinal ending. */
function dayNumberWithSuffix(v: TokenView, k: number): { day: number; last: number } | undefined {
  const match = ORDINAL_DAY.exec(v.norm(k));
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? { day, last: k } : undefined;
}
