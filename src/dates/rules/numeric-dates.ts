/**
 * Dates written in figures: "2025-10-17", "2012/8/10", "2015.05.25", "05/25/2015", "25/05/2015",
 * "05-25-2015", "12-30-16", "9/2012". Year-first forms are unambiguous; for the others the order of
 * month and day is told by the numbers when one exceeds 12, else taken from the document (date-order.ts).
 */
import { isValidDate } from '../calendar.js';
import type { DateOrder } from '../date-order.js';
import { MONTHS } from '../lexicon.js';
import {
  DAY_MONTH_NAME_DATE,
  ISO_DATE_TIME,
  MONTH_DAY_DATE,
  MONTH_YEAR_DATE,
  TWO_PART_DATE,
  YEAR_FIRST_DATE,
  YEAR_MONTH_NAME_DATE,
} from './grammar.js';
import type { Core, TokenView } from './view.js';

export function parseNumericDate(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  const glued = v.tokens[k + 1]?.start === v.tokens[k]?.end ? parseGluedDate(v, k) : undefined;
  if (glued) return glued;
  const yearFirst = YEAR_FIRST_DATE.exec(word);
  if (yearFirst) {
    const year = Number(yearFirst[1]);
    const month = Number(yearFirst[3]);
    const day = Number(yearFirst[4]);
    return isValidDate(year, month, day) ? { last: k, meaning: { kind: 'calendar', year, month, day } } : undefined;
  }
  const twoPart = TWO_PART_DATE.exec(word);
  if (twoPart) return readTwoPart(v.dateOrder, k, twoPart);
  // "on 3/4", "on 10/17": a month and day after "on" that nothing counts ("on 3/4 of the votes").
  if (MONTH_DAY_DATE.test(word) && v.norm(k - 1) === 'on' && v.sameSentence(k - 1, k) && word !== '9/11') {
    const next = v.at(k + 1, k);
    if (!next || next.kind === 'punctuation' || (next.pos === 'ADP' && next.norm !== 'of') || next.pos === 'CCONJ')
      return parseMonthDayAfterDay(v, k);
  }
  const monthYear = MONTH_YEAR_DATE.exec(word);
  if (monthYear) {
    const month = Number(monthYear[1]);
    const year = Number(monthYear[2]);
    if (month < 1 || month > 12 || year < 1000 || year > 2199) return undefined;
    return { last: k, meaning: { kind: 'calendar', year, month } };
  }
  return undefined;
}

/** Which of two numbers is the month, by size first, then by the document's convention. */
export function orderOf(
  first: number,
  second: number,
  separator: string,
  document: DateOrder,
): { order: DateOrder['order']; told: boolean } {
  if (first > 12 && second <= 12) return { order: 'day-first', told: true };
  if (second > 12 && first <= 12) return { order: 'month-first', told: true };
  if (first === second) return { order: 'month-first', told: true };
  // "25.05.2015": dotted dates follow the continental day-first convention unless the document says otherwise.
  if (separator === '.' && document.source === 'default') return { order: 'day-first', told: true };
  return { order: document.order, told: document.source !== 'default' };
}

function readTwoPart(document: DateOrder, k: number, parts: RegExpExecArray): Core | undefined {
  const first = Number(parts[1]);
  const separator = parts[2] ?? '/';
  const second = Number(parts[3]);
  const yearText = parts[4] ?? '';
  // "1.2.10" is a version number: dotted dates need a four-digit year.
  if (separator === '.' && yearText.length === 2) return undefined;
  const { order, told } = orderOf(first, second, separator, document);
  const month = order === 'month-first' ? first : second;
  const day = order === 'month-first' ? second : first;
  const short = yearText.length === 2;
  const year = Number(yearText);
  // A two-digit year's century is not known yet; 2000 + it has the same leap years from 1901 to 2099.
  if (!isValidDate(short ? 2000 + year : year, month, day)) return undefined;
  if (!short && (year < 1000 || year > 2199)) return undefined;
  return {
    last: k,
    meaning: { kind: 'calendar', month, day, ...(short ? { shortYear: year } : { year }) },
    ...(told ? {} : { orderGuessed: true }),
  };
}

/**
 * "Friday 12/30", "8 p.m. 12/30": a month and day without a year, read only right after a weekday or a
 * clock time, which make them a date (alone, "7/8" is as often a fraction).
 */
export function parseMonthDayAfterDay(v: TokenView, k: number): Core | undefined {
  const parts = MONTH_DAY_DATE.exec(v.norm(k));
  if (!parts) return undefined;
  const first = Number(parts[1]);
  const second = Number(parts[2]);
  const { order, told } = orderOf(first, second, '/', v.dateOrder);
  const month = order === 'month-first' ? first : second;
  const day = order === 'month-first' ? second : first;
  if (!isValidDate(2000, month, day)) return undefined;
  return { last: k, meaning: { kind: 'calendar', month, day }, ...(told ? {} : { orderGuessed: true }) };
}

/**
 * Dates written as one word that the tokenizer splits: "3-Mar-2016", "03-Mar-16", "2016-Mar-03" (month
 * names between hyphens, as logs and forms print them) and ISO stamps with a time,
 * "2016-03-04T10:30:00Z".
 */
function parseGluedDate(v: TokenView, k: number): Core | undefined {
  const stamp = v.gluedMatch(k, ISO_DATE_TIME);
  if (stamp) {
    const [, y, mo, d, h, mi, se] = stamp.match;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = se === undefined ? undefined : Number(se);
    if (!isValidDate(year, month, day) || hour > 24 || minute > 59 || (second ?? 0) > 59) return undefined;
    return {
      last: stamp.last,
      meaning: { kind: 'calendar', year, month, day },
      time: { clock: { hour, minute, ...(second !== undefined ? { second } : {}) } },
    };
  }
  const dayFirst = v.gluedMatch(k, DAY_MONTH_NAME_DATE);
  const yearFirst = dayFirst ? undefined : v.gluedMatch(k, YEAR_MONTH_NAME_DATE);
  const found = dayFirst ?? yearFirst;
  if (!found) return undefined;
  const [, a, name, b] = found.match;
  const month = MONTHS.get(name ?? '');
  const day = Number(dayFirst ? a : b);
  const yearText = (dayFirst ? b : a) ?? '';
  const short = yearText.length === 2;
  const year = Number(yearText);
  if (month === undefined || !isValidDate(short ? 2000 + year : year, month, day)) return undefined;
  if (!short && (year < 1000 || year > 2199)) return undefined;
  return { last: found.last, meaning: { kind: 'calendar', month, day, ...(short ? { shortYear: year } : { year }) } };
}
