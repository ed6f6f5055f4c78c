/**
 * Clock times: "10:35 a.m.", "5 p.m. EST Nov. 9", "3pm", "10.30am", "noon", "midnight Friday", "5 o'clock",
 * "7 in the evening", "3:30 this afternoon", "between 2 and 4 pm".
 */
import { PARTS_OF_DAY } from '../lexicon.js';
import { type ClockTime, type PartOfDay, storyDay } from '../meaning.js';
import { parseMonthDate } from './calendar-dates.js';
import { parseDayWord, parseDeterminerPhrase, parseWeekday } from './deictic.js';
import { CLOCK, DOTTED_CLOCK, GLUED_CLOCK, GLUED_DOTTED_CLOCK, MERIDIEM, TIME_ZONES } from './grammar.js';
import { parseMonthDayAfterDay, parseNumericDate } from './numeric-dates.js';
import type { Core, TokenView } from './view.js';

/** A clock time as written, before the day: the hour, the meridiem when written, the last token. */
interface ClockReading {
  readonly clock: ClockTime;
  readonly last: number;
  /** Whether a.m./p.m. (or a 24-hour form) fixed the half of the day. */
  readonly fixed: boolean;
}

/** Day words that may follow a bare hour after "at": "at 9 tonight", "at 8 tomorrow morning". */
const DAY_AFTER_BARE_HOUR: ReadonlySet<string> = new Set(['tonight', 'tomorrow', 'today', 'this']);

/** Hours written as words before "o'clock": "five o'clock". */
const HOUR_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, index) => [word, index + 1],
  ),
);

/** "in the morning", "in the evening", "at night": the half of the day of a clock time written without a.m./p.m. */
function partAfter(v: TokenView, k: number, from: number): { part: PartOfDay; last: number } | undefined {
  const first = v.norm(k);
  if (first === 'at' && v.norm(k + 1) === 'night' && v.at(k + 1, from)) return { part: 'NI', last: k + 1 };
  if (first !== 'in' || v.norm(k + 1) !== 'the' || !v.at(k + 2, from)) return undefined;
  const part = PARTS_OF_DAY.get(v.norm(k + 2));
  // "5 in the morning session": the part of the day describes a noun.
  if (v.at(k + 3, from)?.pos === 'NOUN') return undefined;
  return part && part !== 'MI' && !v.norm(k + 2).endsWith('s') ? { part, last: k + 2 } : undefined;
}

/** The hour in the half of the day a part of the day names: "7 in the evening" is 19:00, "12 at night" 0:00. */
function inPartOfDay(clock: ClockTime, part: PartOfDay | undefined): ClockTime {
  if (!part || clock.hour > 12) return clock;
  if (part === 'MO') return clock.hour === 12 ? { ...clock, hour: 0 } : clock;
  if (part === 'NI' && clock.hour < 5) return clock;
  if (part === 'NI' && clock.hour === 12) return { ...clock, hour: 0 };
  return clock.hour === 12 ? clock : { ...clock, hour: clock.hour + 12 };
}

/** The clock time written at k, without the day: "10:35 a.m.", "3pm", "10.30am", "noon", "5 o'clock". */
function readClock(v: TokenView, k: number): ClockReading | undefined {
  const word = v.norm(k);
  const glued = GLUED_CLOCK.exec(word);
  if (glued) {
    const clock = toClock(Number(glued[1]), glued[2] ? Number(glued[2]) : 0, glued[3]);
    return clock && { clock, last: k, fixed: true };
  }
  const colon = CLOCK.exec(word);
  const dotted = colon ? null : DOTTED_CLOCK.exec(word);
  const meridiem = v.at(k + 1, k) ? MERIDIEM.exec(v.norm(k + 1)) : null;
  // "08.30 BST": a point clock with its zone.
  const zoned = !!dotted && TIME_ZONES.has(v.norm(k + 1)) && !!v.at(k + 1, k);
  if (colon || (dotted && (meridiem || zoned))) {
    const parts = (colon ?? dotted) as RegExpExecArray;
    let clock = toClock(Number(parts[1]), Number(parts[2]), meridiem?.[1]);
    // "18:40:39": seconds, as machine-written stamps give them.
    if (clock && colon?.[3] !== undefined)
      clock = Number(colon[3]) <= 59 ? { ...clock, second: Number(colon[3]) } : undefined;
    return clock && { clock, last: meridiem ? k + 1 : k, fixed: !!meridiem || zoned || Number(parts[1]) > 12 };
  }
  // "10.30am": the tokenizer splits it after the decimal point.
  const gluedDotted = v.tokens[k + 1]?.start === v.tokens[k]?.end ? v.gluedMatch(k, GLUED_DOTTED_CLOCK) : undefined;
  if (gluedDotted) {
    const [, hour, minute, half] = gluedDotted.match;
    const clock = toClock(Number(hour), Number(minute), half);
    return clock && { clock, last: gluedDotted.last, fixed: true };
  }
  const hour = /^\d{1,2}$/.test(word) ? Number(word) : HOUR_WORDS.get(word);
  if (hour !== undefined) {
    if (meridiem && /^\d/.test(word)) {
      const clock = toClock(hour, 0, meridiem[1]);
      return clock && { clock, last: k + 1, fixed: true };
    }
    // "5 o'clock", "five o'clock"
    if (v.norm(k + 1) === "o'clock" && v.at(k + 1, k) && hour >= 1 && hour <= 12)
      return { clock: { hour, minute: 0 }, last: k + 1, fixed: false };
    // "7 in the evening", "4 in the morning": a bare hour only with its part of the day.
    const part = /^\d/.test(word) && hour >= 1 && hour <= 12 ? partAfter(v, k + 1, k) : undefined;
    if (part) return { clock: { hour, minute: 0 }, last: k, fixed: false };
    // "12 noon", "12 midnight"
    if (hour === 12 && (v.norm(k + 1) === 'noon' || v.norm(k + 1) === 'midnight') && v.at(k + 1, k))
      return { clock: { hour: v.norm(k + 1) === 'noon' ? 12 : 24, minute: 0 }, last: k + 1, fixed: true };
    // "at 9 tonight", "at 8 tomorrow morning": the day after it gives the half (dayAfterClock).
    const dayNext = DAY_AFTER_BARE_HOUR.has(v.norm(k + 1)) && v.at(k + 1, k);
    if (/^\d/.test(word) && hour >= 1 && hour <= 12 && v.norm(k - 1) === 'at' && dayNext)
      return { clock: { hour, minute: 0 }, last: k, fixed: false };
    return undefined;
  }
  if (/^\d{4}$/.test(word) && v.at(k + 1, k)) {
    // "1405 GMT", "(0830 GMT)": wire services write the universal time as four digits before the zone;
    // "at 1030 hours" is the military clock.
    const zone = TIME_ZONES.has(v.norm(k + 1));
    const hours = v.norm(k + 1) === 'hours' && v.norm(k - 1) === 'at';
    if (!zone && !hours) return undefined;
    const clock = toClock(Number(word.slice(0, 2)), Number(word.slice(2)), undefined);
    return clock && { clock, last: hours ? k + 1 : k, fixed: true };
  }
  if (word === 'noon' || word === 'midday') return { clock: { hour: 12, minute: 0 }, last: k, fixed: true };
  if (word === 'midnight') return { clock: { hour: 24, minute: 0 }, last: k, fixed: true };
  return undefined;
}

/**
 * "between 2 and 4 pm", "from 9 to 11 a.m.": the first hour of a range takes the half of the day
 * written after the second.
 */
function rangeStart(v: TokenView, k: number): ClockReading | undefined {
  const opener = v.norm(k - 1);
  if ((opener !== 'between' && opener !== 'from') || !v.sameSentence(k - 1, k)) return undefined;
  const hour = /^\d{1,2}$/.test(v.norm(k)) ? Number(v.norm(k)) : undefined;
  const joiner = v.norm(k + 1);
  if (hour === undefined || !(joiner === 'and' || joiner === 'to' || joiner === '-' || joiner === '–'))
    return undefined;
  const end = v.at(k + 2, k) ? readClock(v, k + 2) : undefined;
  const half = end && v.at(end.last, k) ? MERIDIEM.exec(v.norm(end.last)) : null;
  if (!end || !half) return undefined;
  const clock = toClock(hour, 0, half[1]);
  return clock && { clock, last: k, fixed: true };
}

export function parseClock(v: TokenView, k: number): Core | undefined {
  const reading = readClock(v, k) ?? rangeStart(v, k);
  if (!reading) return undefined;
  let clock: ClockTime = reading.clock;
  let last = reading.last;
  // "7 in the evening", "5 o'clock in the morning": the part of the day fixes the half and joins the time.
  const part = partAfter(v, last + 1, k);
  if (part) {
    if (!reading.fixed) clock = inPartOfDay(clock, part.part);
    last = part.last;
  }
  if (TIME_ZONES.has(v.norm(last + 1)) && v.at(last + 1, k)) last += 1;
  // A day that follows names the day of the clock time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
  let dayStart = last + 1;
  if (v.norm(dayStart) === ',' || v.norm(dayStart) === 'on') dayStart += 1;
  const day = v.at(dayStart, k) ? dayAfterClock(v, dayStart) : undefined;
  if (day) {
    // "3:30 this afternoon", "9 tomorrow evening": the part of the day fixes the half of a bare hour.
    const time = { clock: reading.fixed || part ? clock : inPartOfDay(clock, day.time?.partOfDay) };
    return { last: day.last, meaning: day.meaning, time, ...(day.orderGuessed ? { orderGuessed: true } : {}) };
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

/**
 * The day written after a clock time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "9:15 on the 13th of
 * October", "3:30 this afternoon", "9 a.m. tomorrow morning". Undefined unless it names a day.
 */
function dayAfterClock(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  const day =
    parseWeekday(v, k) ??
    parseDayWord(v, k) ??
    (word === 'the' && v.at(k + 1, k) ? parseMonthDate(v, k + 1) : undefined) ??
    parseMonthDate(v, k) ??
    parseNumericDate(v, k) ??
    parseMonthDayAfterDay(v, k) ??
    (word === 'this' ? parseDeterminerPhrase(v, k) : undefined);
  if (!day || day.time?.clock || !namesDay(day)) return undefined;
  return day;
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
  if (core.time?.clock || !namesDay(core)) return core;
  const part = core.time?.partOfDay;
  let next = core.last + 1;
  // "yesterday, at 5:45pm": a comma and then "at".
  if (v.norm(next) === ',' && v.norm(next + 1) === 'at') next += 1;
  const joiner = v.norm(next);
  if (DAY_CLOCK_JOINERS.has(joiner)) next += 1;
  if (!v.at(next, k)) return core;
  const clock = parseClock(v, next);
  if (clock?.time?.clock && clock.meaning.kind === 'anaphoric') {
    // "this evening at 8:30": the part of the day fixes the half of a clock written without a.m./p.m.
    const written = clock.time.clock;
    const fixed = written.hour > 12 || /[ap]\.?m\.?$|^noon$|^midnight$/.test(v.norm(clock.last));
    return { ...core, last: clock.last, time: { clock: fixed ? written : inPartOfDay(written, part) } };
  }
  // "tomorrow at 7", "this evening at 8": a bare hour after "at" that closes the phrase.
  const hour = /^\d{1,2}$/.test(v.norm(next)) ? Number(v.norm(next)) : undefined;
  const after = v.at(next + 1, k);
  // "at 7." closes it; "at 9.15am" (split by the tokenizer at the point) goes on.
  const closes = !after || (after.kind === 'punctuation' && v.tokens[next + 2]?.start !== after.end);
  if (joiner === 'at' && hour !== undefined && hour >= 1 && hour <= 12 && closes)
    return { ...core, last: next, time: { clock: inPartOfDay({ hour, minute: 0 }, part) } };
  return core;
}

function namesDay(core: Core): boolean {
  const meaning = core.meaning;
  if (meaning.kind === 'weekday' || meaning.kind === 'shifted') return true;
  if (meaning.kind === 'relative') return meaning.unit === 'D';
  // "Friday the 24th" names a day without its month (normalize.ts finds the month).
  return meaning.kind === 'calendar' && meaning.day !== undefined && (meaning.month !== undefined || !!meaning.weekday);
}
