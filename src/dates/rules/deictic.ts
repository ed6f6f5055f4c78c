/**
 * Expressions that point from the anchor: weekdays, today/yesterday/tomorrow, "last week", "this year", "next Friday",
 * "the past two months", "the past", "the future".
 */

import {
  GENERIC_TODAY,
  MONTHS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  SEASONS,
  UNITS,
  VAGUE_NUMBERS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
} from '../lexicon.js';
import { storyDay, type TemporalMeaning, type Unit } from '../meaning.js';
import { parseMonthDate, theDayAt } from './calendar-dates.js';
import { DETERMINER_OFFSET, NEUTRAL_ADJECTIVES, YEAR } from './grammar.js';
import { parseMonthDayAfterDay, parseNumericDate } from './numeric-dates.js';
import { parseOrdinalPeriod, parseOrdinalPeriodFrom } from './periods.js';
import type { Core, TokenView } from './view.js';

/** Prepositions that make "the years" an open stretch of time: "over the years". */
const STRETCH_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'throughout']);

export function parseWeekday(v: TokenView, k: number, insideClock = false): Core | undefined {
  const word = v.norm(k);
  const abbreviation = WEEKDAY_ABBREVIATIONS.get(word);
  if (abbreviation !== undefined) return v.capitalized(k) ? weekdayWithDate(v, k, abbreviation) : undefined;
  const weekday = WEEKDAYS.get(word);
  if (weekday === undefined || !v.capitalized(k)) return undefined;
  // "the Sunday Business section", "the Sunday Times": a weekday in a name.
  const after = v.at(k + 1, k);
  if (v.norm(k - 1) === 'the' && after && after.kind === 'word' && v.capitalized(k + 1) && namePart(v, k + 1))
    return undefined;
  if (word.endsWith('s') && !word.endsWith('.')) {
    // "Mondays", "on Tuesday nights" read as recurring: SET.
    return { last: k, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}` } };
  }
  const part = v.at(k + 1, k) ? PARTS_OF_DAY.get(v.norm(k + 1)) : undefined;
  if (part && !insideClock) {
    if (v.norm(k + 1).endsWith('s'))
      return { last: k + 1, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}T${part}` } };
    return { last: k + 1, meaning: { kind: 'weekday', weekday }, time: { partOfDay: part } };
  }
  const date = weekdayWithDate(v, k, weekday);
  if (date) return date;
  // "Wednesday of this week", "on Friday next week": that day of the week named.
  const weekIndex = v.norm(k + 1) === 'of' ? k + 2 : k + 1;
  const week = DETERMINER_OFFSET.get(v.norm(weekIndex));
  if (week !== undefined && v.norm(weekIndex + 1) === 'week' && v.at(weekIndex + 1, k)) {
    return { last: weekIndex + 1, meaning: { kind: 'weekday', weekday, week } };
  }
  return weekdayAfterword(v, k, weekday) ?? { last: k, meaning: { kind: 'weekday', weekday } };
}

/**
 * "Tuesday next", "Tuesday last" (the determiner after the day, as British English writes it) and
 * "Tuesday week" (a week after the coming Tuesday). Only where the word closes the phrase: "Tuesday
 * next week" is read above, "Monday last year" is no weekday of last year.
 */
function weekdayAfterword(v: TokenView, k: number, weekday: number): Core | undefined {
  const word = v.norm(k + 1);
  const after = v.at(k + 2, k);
  if (!v.at(k + 1, k) || (after && after.kind !== 'punctuation')) return undefined;
  if (word === 'next' || word === 'last')
    return { last: k + 1, meaning: { kind: 'weekday', weekday, shift: word === 'next' ? 1 : -1 } };
  if (word === 'week') {
    const base: TemporalMeaning = { kind: 'weekday', weekday, shift: 1 };
    return { last: k + 1, meaning: { kind: 'shifted', amount: 7, unit: 'D', base } };
  }
  return undefined;
}

/** "15th" at k ending the phrase (no noun after it: "Wednesday 15th anniversary" is none). */
function dayOfMonthAlone(v: TokenView, k: number): number | undefined {
  const day = Number(/^(\d{1,2})/.exec(v.norm(k))?.[1] ?? 0);
  const next = v.at(k + 1, k);
  if (day < 1 || day > 31 || (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')))
    return undefined;
  return day;
}

/** A calendar day after "of": "the morning of October 3", "the week of March 6". */
function dayAfterOf(v: TokenView, k: number, from: number): Core | undefined {
  if (!v.at(k, from)) return undefined;
  const date = parseMonthDate(v, k) ?? parseNumericDate(v, k);
  if (date?.meaning.kind !== 'calendar' || date.meaning.day === undefined || date.meaning.month === undefined)
    return undefined;
  return { last: date.last, meaning: date.meaning };
}

/** A capitalised word after a weekday that continues a name rather than the date ("Business", not "Oct."). */
function namePart(v: TokenView, k: number): boolean {
  const word = v.norm(k);
  return !MONTHS.has(word) && !PARTS_OF_DAY.has(word) && !DETERMINER_OFFSET.has(word) && !/\d/.test(word);
}

/**
 * "Friday, Oct. 16", "Friday 12-30-16", "Wed, 10/8/2025", "Monday the 13th of October": the calendar date
 * fixes the day. "Friday the 24th" names no month: the month near the anchor whose 24th is a Friday.
 */
function weekdayWithDate(v: TokenView, k: number, weekday: number): Core | undefined {
  let dateStart = k + 1;
  // "Tues., Oct. 21": the abbreviation's point is a token of its own.
  if (v.norm(dateStart) === '.' && v.tokens[dateStart]?.start === v.tokens[k]?.end) dateStart += 1;
  if (v.norm(dateStart) === ',') dateStart += 1;
  if (v.norm(dateStart) === 'the' && v.at(dateStart + 1, k)) {
    const date = parseMonthDate(v, dateStart + 1);
    if (date?.meaning.kind === 'calendar' && date.meaning.day !== undefined)
      return { last: date.last, meaning: { ...date.meaning, weekday } };
    const day = theDayAt(v, dateStart);
    return day === undefined ? undefined : { last: dateStart + 1, meaning: { kind: 'calendar', day, weekday } };
  }
  const date = v.at(dateStart, k)
    ? (parseMonthDate(v, dateStart) ?? parseNumericDate(v, dateStart) ?? parseMonthDayAfterDay(v, dateStart))
    : undefined;
  // "Wednesday 15th": the day of the month without its article.
  if (!date && /^\d{1,2}(?:st|nd|rd|th)$/.test(v.norm(dateStart)) && dateStart === k + 1) {
    const day = dayOfMonthAlone(v, dateStart);
    if (day !== undefined) return { last: dateStart, meaning: { kind: 'calendar', day, weekday } };
  }
  if (date?.meaning.kind !== 'calendar' || date.meaning.day === undefined || date.last < k) return undefined;
  return { ...date, meaning: { ...date.meaning, weekday } };
}

export function parseDayWord(v: TokenView, k: number, insideClock = false): Core | undefined {
  const word = v.norm(k);
  const offset =
    word === 'today' ? 0 : word === 'tonight' ? 0 : word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : undefined;
  if (offset === undefined || v.inTitle(k)) return undefined;
  // "today's world", "today's youth": nowadays, not the publication day (neither corpus annotates it).
  if (word === 'today' && /^['’]s$/.test(v.norm(k + 1)) && GENERIC_TODAY.has(v.norm(k + 2)) && v.at(k + 2, k))
    return undefined;
  const meaning: TemporalMeaning = { kind: 'relative', unit: 'D', offset };
  if (word === 'tonight') return { last: k, meaning, time: insideClock ? {} : { partOfDay: 'NI' } };
  const part = v.at(k + 1, k) ? PARTS_OF_DAY.get(v.norm(k + 1)) : undefined;
  if (part && !insideClock && !v.norm(k + 1).endsWith('s')) return { last: k + 1, meaning, time: { partOfDay: part } };
  return { last: k, meaning };
}

export function parseDeterminerPhrase(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  let j = k;
  let offset: -1 | 0 | 1 | undefined;
  let sawThe = false;
  let latest = false;
  if (word === 'the') {
    sawThe = true;
    j += 1;
    const reference = parseReferencePhrase(v, k);
    if (reference) return reference;
  }
  if (word === 'these' && v.norm(k + 1) === 'days' && v.at(k + 1, k)) {
    return { last: k + 1, meaning: { kind: 'reference', value: 'PRESENT_REF' } };
  }
  // "last" the verb: "talks will last two weeks", "to last all year"; but "was last month", "is last
  // Friday" are the adjective before the unit or day it points back from.
  const pointsBack =
    UNITS.has(v.norm(k + 1)) || (WEEKDAYS.has(v.norm(k + 1)) && v.capitalized(k + 1)) || v.monthAt(k + 1) !== undefined;
  const verbBefore = v.tokens[k - 1]?.pos === 'AUX' || v.tokens[k - 1]?.pos === 'PART';
  if (word === 'last' && verbBefore && !(pointsBack && v.norm(k - 1) !== 'to' && v.norm(k - 1) !== 'will'))
    return undefined;
  for (let steps = 0; steps < 3 && v.at(j, k); steps++) {
    const w = v.norm(j);
    const det = DETERMINER_OFFSET.get(w);
    if (det !== undefined) {
      // "this coming Sunday", "this past Monday": the coming or the past one. "following last month's
      // vote": two phrases.
      if (offset !== undefined && !(offset === 0 && det !== 0)) break;
      offset = det;
      j += 1;
    } else if (w === 'latest' || w === 'recent' || w === 'most') {
      latest = true;
      j += 1;
    } else if (NEUTRAL_ADJECTIVES.has(w)) j += 1;
    else break;
  }
  if (j === k || !v.at(j, k)) return undefined;
  const w = v.norm(j);
  if (!sawThe && offset === undefined && !latest) return undefined;

  // "the last quarter-century", "the past half century": a stretch of years from the anchor.
  const share = offset === -1 || offset === 1 ? v.centuryShare(j, k) : undefined;
  if (share) {
    const direction = offset === -1 ? 'back' : 'ahead';
    return {
      last: share.last,
      meaning: { kind: 'duration', amount: share.years, unit: 'Y', direction },
      quantity: true,
    };
  }

  // "the past two months", "the next few days", "the first nine months", "the nine months": durations.
  const ordinalFirst = w === 'first' || w === 'last' ? j + 1 : j;
  const number = YEAR.test(v.norm(ordinalFirst)) ? undefined : v.parseNumber(ordinalFirst, k);
  if (number && (number.value === null || number.value !== 1 || v.norm(ordinalFirst) !== 'a')) {
    const unitIndex = v.unitIndexAfter(number.next);
    const unit = v.at(unitIndex, k) ? v.countedUnit(unitIndex, v.norm(ordinalFirst)) : undefined;
    if (unit && unit !== 'WE') {
      // "the two-week talks", "the 30-day period": the determiner belongs to the noun, not the duration.
      const adjectival =
        sawThe && j === k + 1 && v.norm(unitIndex - 1) === '-' && v.at(unitIndex + 1, k)?.pos === 'NOUN';
      return {
        ...(adjectival ? { first: j } : {}),
        last: unitIndex,
        // "the past two months" lies back from the anchor, "the next two weeks" ahead (an interval, normalize.ts).
        meaning: {
          kind: 'duration',
          amount: number.value,
          unit,
          ...(offset === -1 ? { direction: 'back' } : offset === 1 ? { direction: 'ahead' } : {}),
        },
        quantity: true,
      };
    }
  }

  // "recent years": a fuzzy reference to the past; "the coming days", "coming weeks": an open stretch
  // ahead, a duration (TimeBank writes "coming weeks"/"coming years" as PXW/PXY, 2 of 3).
  const unit = UNITS.get(w);
  if (unit && w.endsWith('s') && unit !== 'NI') {
    if (latest) return { last: j, meaning: { kind: 'reference', value: 'PAST_REF' } };
    if (offset === 1) return { last: j, meaning: { kind: 'duration', amount: null, unit }, quantity: true };
    if (offset === -1 && !sawThe) return { last: j, meaning: { kind: 'reference', value: 'PAST_REF' } };
    if (sawThe && offset === undefined && !latest && j === k + 1) {
      // "in the weeks ahead": an open stretch ahead, like "the coming weeks".
      if (v.norm(j + 1) === 'ahead' && v.at(j + 1, k))
        return { last: j + 1, meaning: { kind: 'duration', amount: null, unit }, quantity: true };
      // "over the years", "throughout the decades": an open stretch.
      if (STRETCH_PREPOSITIONS.has(v.norm(k - 1)) && v.sameSentence(k - 1, k)) {
        return { last: j, meaning: { kind: 'duration', amount: null, unit }, quantity: true };
      }
    }
    return undefined;
  }

  // "the third quarter", "the first half of 1989"
  if (sawThe || offset !== undefined) {
    const period = parseOrdinalPeriod(v, j);
    if (period) return period;
  }

  // "over the past year", "throughout the next decade": the stretch from the anchor, a duration.
  if (unit && sawThe && (offset === -1 || offset === 1) && unit !== 'WE' && unit !== 'NI' && unit !== 'Q') {
    if (STRETCH_PREPOSITIONS.has(v.norm(k - 1)) && v.sameSentence(k - 1, k)) {
      const direction = offset === -1 ? 'back' : 'ahead';
      return { last: j, meaning: { kind: 'duration', amount: 1, unit, direction }, quantity: true };
    }
  }
  // "the week of October 6", "the weekend of Oct. 11": the week that day falls in (TimeBank: 2000-W10).
  const weekOf =
    (unit === 'W' || unit === 'WE') && sawThe && offset === undefined && v.norm(j + 1) === 'of'
      ? dayAfterOf(v, j + 2, k)
      : undefined;
  if (weekOf?.meaning.kind === 'calendar')
    return { last: weekOf.last, meaning: { ...weekOf.meaning, weekOf: unit === 'W' ? 'W' : 'WE' } };
  if (unit) return relativeUnit(v, k, j, unit, offset, sawThe, latest);
  // "the latest period" in a results story: the last reported quarter.
  if (w === 'period' && latest) return { last: j, meaning: { kind: 'relative', unit: 'Q', offset: -1 } };

  const part = PARTS_OF_DAY.get(w);
  // "the morning of October 3", "the night of 3 October": that day's part.
  const ofDay = part && sawThe && offset === undefined && v.norm(j + 1) === 'of' ? dayAfterOf(v, j + 2, k) : undefined;
  if (part && ofDay) return { last: ofDay.last, meaning: ofDay.meaning, time: { partOfDay: part } };
  if (part && !w.endsWith('s') && w !== 'noon') {
    // "this morning", "last night", "the morning"
    const dayOffset = offset === -1 && w === 'night' ? -1 : offset === 1 ? 1 : 0;
    if (offset === -1 && w !== 'night') return undefined;
    const today: TemporalMeaning = { kind: 'relative', unit: 'D', offset: dayOffset };
    // "the morning" (no "this"): the morning of the day the story is telling, else the anchor's.
    if (offset === undefined) {
      return {
        last: j,
        meaning: storyDay(today),
        time: { partOfDay: part },
      };
    }
    return { last: j, meaning: today, time: { partOfDay: part } };
  }
  if (offset === undefined && !sawThe) return undefined;
  const month = v.monthAt(j);
  if (month !== undefined && offset !== undefined) {
    return { last: j, meaning: { kind: 'calendar', month, shift: offset } };
  }
  const weekday = WEEKDAYS.get(w);
  if (weekday !== undefined && offset !== undefined && v.capitalized(j)) {
    // "next Wednesday morning", "last Friday night"
    const part = v.at(j + 1, k) ? PARTS_OF_DAY.get(v.norm(j + 1)) : undefined;
    const meaning: TemporalMeaning = { kind: 'weekday', weekday, shift: offset };
    if (part && !v.norm(j + 1).endsWith('s')) return { last: j + 1, meaning, time: { partOfDay: part } };
    return { last: j, meaning };
  }
  const season = SEASONS.get(w);
  if (season) {
    if (offset === undefined && !sawThe) return undefined;
    // "the fall of Rome": a season needs "this/last/next" or "the ... of <year>".
    let last = j;
    let year: number | undefined;
    if (v.norm(j + 1) === 'of' && v.at(j + 2, k)) {
      year = v.yearAt(j + 2);
      const spoken = year === undefined ? v.spokenYear(j + 2) : undefined;
      if (year !== undefined) last = j + 2;
      else if (spoken) {
        year = spoken.year;
        last = spoken.last;
      } else if (sawThe && offset === undefined) return undefined;
    }
    return {
      last,
      meaning: {
        kind: 'calendar',
        season,
        ...(year !== undefined ? { year } : {}),
        ...(offset !== undefined ? { shift: offset } : {}),
      },
    };
  }
  return undefined;
}

/** "the past", "the future", "the present", "the near future" (without a unit after them). */
function parseReferencePhrase(v: TokenView, k: number): Core | undefined {
  const j = k + 1;
  const w = v.norm(j);
  if (!v.at(j, k)) return undefined;
  const next = v.at(j + 1, k);
  const nextIsTemporal =
    !!next &&
    (UNITS.has(next.norm) ||
      NUMBER_WORDS.has(next.norm) ||
      next.kind === 'number' ||
      VAGUE_NUMBERS.has(next.norm) ||
      next.norm === 'couple');
  if (w === 'past' && !nextIsTemporal) return { last: j, meaning: { kind: 'reference', value: 'PAST_REF' } };
  if (w === 'future' && v.norm(j + 1) !== 'of') return { last: j, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
  // "the near future", "the far future", "the distant past"
  if ((w === 'near' || w === 'far' || w === 'distant') && v.norm(j + 1) === 'future' && next)
    return { last: j + 1, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
  if ((w === 'distant' || w === 'recent') && v.norm(j + 1) === 'past' && next)
    return { last: j + 1, meaning: { kind: 'reference', value: 'PAST_REF' } };
  // "in the near term", "in the short term"
  if ((w === 'near' || w === 'short') && v.norm(j + 1) === 'term' && next)
    return { last: j + 1, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
  if (w === 'present' && !next?.pos.startsWith('N') && !next?.pos.startsWith('ADJ')) {
    return { last: j, meaning: { kind: 'reference', value: 'PRESENT_REF' } };
  }
  return undefined;
}

function relativeUnit(
  v: TokenView,
  k: number,
  j: number,
  unit: Unit,
  offset: -1 | 0 | 1 | undefined,
  sawThe: boolean,
  latest: boolean,
): Core | undefined {
  const w = v.norm(j);
  // "ABC's \"This Week\"", "Next Year in Jerusalem": a capitalised unit after the determiner is a title
  // (in TimeBank and AQUAINT no time expression capitalises its unit word).
  if (j > k && v.capitalized(j) && !isAllCaps(v.tokens[j]?.text ?? '')) return undefined;
  if (unit === 'H' || unit === 'MIN' || unit === 'S' || unit === 'ML') {
    if (offset === undefined) return undefined;
    return { last: j, meaning: { kind: 'duration', amount: 1, unit }, quantity: true };
  }
  if (unit === 'NI') {
    if (offset === -1)
      return { last: j, meaning: { kind: 'relative', unit: 'D', offset: -1 }, time: { partOfDay: 'NI' } };
    if (offset === 0)
      return { last: j, meaning: { kind: 'relative', unit: 'D', offset: 0 }, time: { partOfDay: 'NI' } };
    return undefined;
  }
  // "this weekend" is the anchor week's, "the weekend" follows the clause (normalize.ts).
  if (unit === 'WE')
    return {
      last: j,
      meaning: { kind: 'relative', unit: 'WE', offset: offset ?? 0, ...(offset === 0 ? { explicit: true } : {}) },
    };
  // "the day" alone is too often "the day of the attack"; keep it for "this day" only.
  if (unit === 'D' && offset === undefined) return undefined;
  // "the next day" is told from the story (anaphoric.ts); "the last day of school" is no yesterday.
  if (unit === 'D' && (offset === 1 || offset === -1)) return undefined;
  // "the year of the dragon", "the month of Ramadan": not the anchor's.
  if (sawThe && offset === undefined && !latest && v.norm(j + 1) === 'of') return undefined;
  // "the quarter", "the latest quarter" in a results story: the last reported quarter.
  const resolvedOffset =
    unit === 'Q' && offset === undefined ? -1 : latest && offset === undefined ? -1 : (offset ?? 0);
  // "the quarter a year ago", "the same quarter a year earlier": the year-ago quarter.
  if (
    unit === 'Q' &&
    !w.endsWith('s') &&
    v.norm(j + 1) === 'a' &&
    v.norm(j + 2) === 'year' &&
    /^(ago|earlier)$/.test(v.norm(j + 3)) &&
    v.at(j + 3, k)
  ) {
    return { last: j + 3, meaning: { kind: 'relative', unit: 'Q', offset: -5 } };
  }
  // "the year" after "the past/last": TimeBank reads "the past year" as the previous calendar year.
  if (w.endsWith('s')) return undefined;
  // "the year ended March 31", "the fiscal year ending June 30": a twelve-month period.
  if (offset === undefined && /^(ended|ending|ends)$/.test(v.norm(j + 1)) && unit === 'Y') {
    return { last: j, meaning: { kind: 'duration', amount: 1, unit }, quantity: true };
  }
  // "this year's"/"year-end"/"year-ago" are handled elsewhere; "the year-ago quarter" must not stop at "year".
  if (v.norm(j + 1) === '-' && /^(ago|earlier|end|long|old)$/.test(v.norm(j + 2))) return undefined;
  // "this year's third quarter", "last year's quarter": the quarter of that year.
  if (unit === 'Y' && /^['’]s$/.test(v.norm(j + 1)) && v.at(j + 2, k)) {
    const period = parseOrdinalPeriodFrom(v, j + 2);
    if (period && period.meaning.kind === 'calendar' && period.meaning.year === undefined) {
      return { last: period.last, meaning: { ...period.meaning, yearOffset: resolvedOffset } };
    }
    if (v.norm(j + 2) === 'quarter')
      return { last: j + 2, meaning: { kind: 'relative', unit: 'Q', offset: -1 + 4 * resolvedOffset } };
  }
  return { last: j, meaning: { kind: 'relative', unit, offset: resolvedOffset } };
}

/** "WEEK" in an all-capitals headline says nothing about a title. */
function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}
