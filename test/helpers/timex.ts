/**
 * The TIMEX3 value grammar (TimeML 1.2.1 guidelines, ISO-TimeML), as a checker for gold files and
 * stage outputs: calendar values with X placeholders, weeks, quarters, halves, seasons, parts of day,
 * the fuzzy references, and durations.
 */
import type { TimexType } from '../../src/types.js';

const YEAR = '(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|[0-9]XXX|XXXX)';
const MONTH_DAY = '(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?';
const WEEK = 'W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)(?:-(?:[1-7X]|WE))?';
const PART_OF_YEAR = '(?:Q[1-4X]|H[12X]|SP|SU|FA|AU|WI)';
const TIME_OF_DAY =
  'T(?:(?:[01][0-9]|2[0-4]|XX)(?::(?:[0-5][0-9]|XX)(?::[0-5][0-9](?:\\.[0-9]+)?)?)?|MO|MI|AF|EV|NI|DT)';
/** Decades and centuries alone are written by their leading digits: "the 1990s" 199, "the 20th century" 19. */
const CALENDAR = new RegExp(
  `^(?:${YEAR}(?:-(?:${MONTH_DAY}|${WEEK}|${PART_OF_YEAR}))?(?:${TIME_OF_DAY})?|[0-9]{2,3})$`,
);
const FUZZY = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/;
const AMOUNT = '(?:[0-9]+(?:\\.[0-9]+)?|X)';
const DURATION = new RegExp(
  `^P(?:(?:${AMOUNT}(?:Y|M|W|D|Q|H|DE|CE|ML))+(?:T(?:${AMOUNT}[HMS])+)?|T(?:${AMOUNT}[HMS])+)$`,
);

export function isTimexValue(type: TimexType, value: string): boolean {
  switch (type) {
    case 'DATE':
    case 'TIME':
      return CALENDAR.test(value) || FUZZY.test(value);
    case 'DURATION':
      return DURATION.test(value);
    case 'SET':
      return CALENDAR.test(value) || DURATION.test(value);
    default:
      return false;
  }
}

/** TIMEX3 `mod` values. */
export const TIMEX_MODS: ReadonlySet<string> = new Set([
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'START',
  'MID',
  'END',
  'APPROX',
]);
