/**
 * Days counted from another day: "the day before yesterday", "a week after tomorrow", "2 days after
 * next Friday", "day before last Tuesday", "three days before Christmas", "a week from Friday". The
 * whole is one expression; when its base is not a day ("two days before the vote") nothing is built
 * here and the count stays a duration (quantities.ts).
 */
import type { TemporalMeaning } from '../meaning.js';
import { parseHoliday, parseMonthDate } from './calendar-dates.js';
import { parseDayWord, parseDeterminerPhrase, parseWeekday } from './deictic.js';
import { parseNumericDate } from './numeric-dates.js';
import type { Core, TokenView } from './view.js';

const DIRECTIONS: ReadonlyMap<string, 1 | -1> = new Map([
  ['before', -1],
  ['after', 1],
  ['from', 1],
  ['on', 1],
]);

type ShiftUnit = 'D' | 'W' | 'M' | 'Y';
const SHIFT_UNITS: ReadonlySet<string> = new Set<ShiftUnit>(['D', 'W', 'M', 'Y']);

export function parseShifted(v: TokenView, k: number): Core | undefined {
  const count = countAt(v, k);
  if (!count) return undefined;
  const direction = DIRECTIONS.get(v.norm(count.next));
  if (direction === undefined || !v.at(count.next + 1, k)) return undefined;
  // "the day after" alone is told from the story, not counted from a day: only "from" a named day.
  let base = baseDay(v, count.next + 1);
  if (!base) return undefined;
  const word = v.norm(count.next);
  // "a week on Tuesday" (British): only a whole week or fortnight counted on a weekday.
  if (word === 'on' && (count.unit !== 'W' || base.meaning.kind !== 'weekday')) return undefined;
  // "a week from Monday", "a week on Tuesday": counted on from the coming Monday.
  if ((word === 'from' || word === 'on') && base.meaning.kind === 'weekday' && base.meaning.shift === undefined)
    base = { ...base, meaning: { ...base.meaning, shift: 1 } };
  // "a week after Friday's vote": the day belongs to an event, and the count to the event.
  if (/^['’]s$/.test(v.norm(base.last + 1))) return undefined;
  return {
    last: base.last,
    meaning: { kind: 'shifted', amount: direction * count.amount, unit: count.unit, base: base.meaning },
    ...(base.orderGuessed ? { orderGuessed: true } : {}),
  };
}

/** "the day", "day", "2 days", "a week", "three months": a whole count of a unit. */
function countAt(v: TokenView, k: number): { amount: number; unit: ShiftUnit; next: number } | undefined {
  const day = v.norm(k) === 'the' ? k + 1 : k;
  if (v.norm(day) === 'day' && v.at(day, k)) return { amount: 1, unit: 'D', next: day + 1 };
  const number = v.parseNumber(k, k);
  if (!number || number.value === null || !Number.isInteger(number.value)) return undefined;
  // "eight trading days after Oct. 12" is not counted on the calendar: only a bare unit is.
  const unitIndex = number.next;
  const unit = v.at(unitIndex, k) ? v.countedUnit(unitIndex, v.norm(k)) : undefined;
  if (!unit || !SHIFT_UNITS.has(unit)) return undefined;
  return { amount: number.value * v.unitScale(unitIndex), unit: unit as ShiftUnit, next: unitIndex + 1 };
}

/** A day to count from: "yesterday", "Friday", "next Friday", "last Tuesday", "March 6", "12/30/2016", "Christmas". */
function baseDay(v: TokenView, k: number): Core | undefined {
  const base =
    parseDayWord(v, k, true) ??
    parseWeekday(v, k) ??
    parseMonthDate(v, k) ??
    parseNumericDate(v, k) ??
    parseHoliday(v, k) ??
    (v.norm(k) === 'next' || v.norm(k) === 'last' || v.norm(k) === 'this' ? parseDeterminerPhrase(v, k) : undefined);
  return base && namesDay(base.meaning) && !base.time ? base : undefined;
}

function namesDay(meaning: TemporalMeaning): boolean {
  if (meaning.kind === 'weekday') return true;
  if (meaning.kind === 'relative') return meaning.unit === 'D';
  // "the day after Thanksgiving": the holiday is computed to a day (normalize.ts).
  if (meaning.kind === 'calendar' && (meaning.thanksgiving || meaning.easter !== undefined || meaning.nth)) return true;
  return meaning.kind === 'calendar' && meaning.day !== undefined && meaning.month !== undefined;
}

/** Units of "the week after next", "the night before last". */
const AFTER_NEXT_UNITS: ReadonlyMap<string, 'D' | 'W' | 'M' | 'Y' | 'NI'> = new Map([
  ['day', 'D'],
  ['night', 'NI'],
  ['week', 'W'],
  ['month', 'M'],
  ['year', 'Y'],
] as const);

/** "the week after next", "the year after next", "the night before last": two units from the anchor. */
export function parseAfterNext(v: TokenView, k: number): Core | undefined {
  if (v.norm(k) !== 'the') return undefined;
  const unit = AFTER_NEXT_UNITS.get(v.norm(k + 1));
  const phrase = `${v.norm(k + 2)} ${v.norm(k + 3)}`;
  const offset = phrase === 'after next' ? 2 : phrase === 'before last' ? -2 : undefined;
  if (!unit || offset === undefined || !v.at(k + 3, k)) return undefined;
  if (unit === 'NI' || unit === 'D')
    return {
      last: k + 3,
      meaning: { kind: 'relative', unit: 'D', offset },
      ...(unit === 'NI' ? { time: { partOfDay: 'NI' } } : {}),
    };
  return { last: k + 3, meaning: { kind: 'relative', unit, offset } };
}
