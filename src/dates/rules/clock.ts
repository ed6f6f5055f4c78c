/** Clock times: "10:35 a.m.", "5 p.m. EST Nov. 9", "3pm", "noon", "midnight Friday". */
import { type ClockTime, storyDay } from '../meaning.js';
import { parseMonthDate } from './calendar-dates.js';
import { parseDayWord, parseWeekday } from './deictic.js';
import { CLOCK, GLUED_CLOCK, MERIDIEM, TIME_ZONES } from './grammar.js';
import { parseMonthDayAfterDay, parseNumericDate } from './numeric-dates.js';
import type { Core, TokenView } from './view.js';

export function parseClock(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  let clock: ClockTime | undefined;
  let last = k;
  const glued = GLUED_CLOCK.exec(word);
  const colon = CLOCK.exec(word);
  if (glued) clock = toClock(Number(glued[1]), glued[2] ? Number(glued[2]) : 0, glued[3]);
  else if (colon) {
    const meridiem = MERIDIEM.exec(v.norm(k + 1));
    if (meridiem && v.at(k + 1, k)) {
      clock = toClock(Number(colon[1]), Number(colon[2]), meridiem[1]);
      last = k + 1;
    } else clock = toClock(Number(colon[1]), Number(colon[2]), undefined);
    // "18:40:39": seconds, as machine-written stamps give them.
    if (clock && colon[3] !== undefined)
      clock = Number(colon[3]) <= 59 ? { ...clock, second: Number(colon[3]) } : undefined;
  } else if (/^\d{1,2}$/.test(word)) {
    const meridiem = MERIDIEM.exec(v.norm(k + 1));
    if (meridiem && v.at(k + 1, k)) {
      clock = toClock(Number(word), 0, meridiem[1]);
      last = k + 1;
    }
  } else if (/^\d{4}$/.test(word) && TIME_ZONES.has(v.norm(k + 1)) && v.at(k + 1, k)) {
    // "1405 GMT", "(0830 GMT)": wire services write the universal time as four digits before the zone.
    clock = toClock(Number(word.slice(0, 2)), Number(word.slice(2)), undefined);
  } else if (word === 'noon' || word === 'midday') clock = { hour: 12, minute: 0 };
  else if (word === 'midnight') clock = { hour: 24, minute: 0 };
  if (!clock) return undefined;
  if (TIME_ZONES.has(v.norm(last + 1)) && v.at(last + 1, k)) last += 1;
  // A day that follows names the day of the clock time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
  let dayStart = last + 1;
  if (v.norm(dayStart) === ',' || v.norm(dayStart) === 'on') dayStart += 1;
  const day = v.at(dayStart, k)
    ? (parseWeekday(v, dayStart, true) ??
      parseDayWord(v, dayStart, true) ??
      parseMonthDate(v, dayStart) ??
      parseNumericDate(v, dayStart) ??
      parseMonthDayAfterDay(v, dayStart))
    : undefined;
  if (day && (day.meaning.kind !== 'calendar' || day.meaning.day !== undefined)) {
    return {
      last: day.last,
      meaning: day.meaning,
      time: { clock },
      ...(day.orderGuessed ? { orderGuessed: true } : {}),
    };
  }
  // "10:35 a.m. (0735 GMT) Friday": the day after a short aside in brackets names the day; the aside
  // and the day stay out of the span (the day is an expression of its own).
  if (v.norm(last + 1) === '(') {
    let close = last + 2;
    while (close < last + 6 && v.at(close, k) && v.norm(close) !== ')') close++;
    const after =
      v.norm(close) === ')' && v.at(close + 1, k)
        ? (parseWeekday(v, close + 1, true) ?? parseDayWord(v, close + 1, true))
        : undefined;
    if (after && after.meaning.kind !== 'set') return { last, meaning: after.meaning, time: { clock } };
  }
  // No day named: the day the story is telling, else the anchor's ("at 10:35 a.m." after "Friday").
  return { last, meaning: storyDay(), time: { clock } };
}

function toClock(hour: number, minute: number, meridiem: string | undefined): ClockTime | undefined {
  if (minute > 59 || hour > 24) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  return { hour, minute };
}

/** Words between a day and the clock time that belongs to it: "Friday at 5 p.m.", "Jul 9, 8:23 AM". */
const DAY_CLOCK_JOINERS: ReadonlySet<string> = new Set([',', 'at']);

/**
 * A day followed by its clock time is one expression: "Friday at 5 p.m.", "yesterday at 4pm", "Jul 9,
 * 8:23 AM", "Sat, 17 Aug 2013 18:40:39". Only a bare clock (one that names no day of its own) joins.
 */
export function withFollowingClock(v: TokenView, k: number, core: Core): Core {
  if (core.time || !namesDay(core)) return core;
  let next = core.last + 1;
  if (DAY_CLOCK_JOINERS.has(v.norm(next))) next += 1;
  if (!v.at(next, k)) return core;
  const clock = parseClock(v, next);
  if (!clock?.time?.clock || clock.meaning.kind !== 'anaphoric') return core;
  return { ...core, last: clock.last, time: clock.time };
}

function namesDay(core: Core): boolean {
  const meaning = core.meaning;
  if (meaning.kind === 'weekday' || meaning.kind === 'shifted') return true;
  if (meaning.kind === 'relative') return meaning.unit === 'D';
  return meaning.kind === 'calendar' && meaning.day !== undefined && meaning.month !== undefined;
}
