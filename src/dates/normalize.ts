import type { DurationInterval } from '../types.js';
import {
  addDays,
  addMonths,
  type CalendarDate,
  daysBetween,
  daysInMonth,
  easterSunday,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  isValidDate,
  pad,
  quarterOf,
  thanksgiving,
} from './calendar.js';
import type { AnaphoricUnit, Season, TemporalMeaning, Tense, TimeOfDay, Unit } from './meaning.js';

export interface NormalizedValue {
  readonly value: string;
  /** False when the value needed an anchor that was not there. */
  readonly resolved: boolean;
}

/**
 * Which occurrence a bare weekday, month or season means. News reports the past: "said on Monday" is
 * the Monday before publication, and so is a bare "Monday" when the tense says nothing. Only a future
 * clause ("will meet on Monday") points forward.
 */
function pointsForward(tense: Tense): boolean {
  return tense === 'future';
}

/**
 * `Monday` → the Monday of the anchor's week that the tense points to. On the anchor's own weekday
 * ("Friday" in a Friday paper) it is the anchor itself, as TimeBank annotates it.
 */
export function normalizeWeekday(
  weekday: number,
  anchor: CalendarDate | undefined,
  tense: Tense,
  shift?: -1 | 0 | 1,
  week?: number,
): NormalizedValue {
  if (!anchor) return { value: `XXXX-WXX-${weekday}`, resolved: false };
  const today = isoWeekday(anchor);
  let delta: number;
  // "Wednesday of this week", "Friday next week": that day of the named week (ISO, Monday first).
  if (week !== undefined) delta = weekday - today + 7 * week;
  else if (shift === 0) delta = weekday - today;
  else if (shift === -1) delta = -((today - weekday + 7) % 7 || 7);
  else if (shift === 1) delta = (weekday - today + 7) % 7 || 7;
  else if (pointsForward(tense)) delta = (weekday - today + 7) % 7;
  else delta = -((today - weekday + 7) % 7);
  return { value: formatDay(addDays(anchor, delta)), resolved: true };
}

const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonOf(date: CalendarDate): Season {
  if (date.month >= 3 && date.month <= 5) return 'SP';
  if (date.month >= 6 && date.month <= 8) return 'SU';
  if (date.month >= 9 && date.month <= 11) return 'FA';
  return 'WI';
}

/** The year of a month (or season) written without one, from the anchor and the tense. */
function yearForMonth(month: number, anchor: CalendarDate, tense: Tense, shift?: -1 | 0 | 1): number {
  if (shift === 0) return anchor.year;
  if (shift === -1) return month < anchor.month ? anchor.year : anchor.year - 1;
  if (shift === 1) return month > anchor.month ? anchor.year : anchor.year + 1;
  if (tense === 'past') return month <= anchor.month ? anchor.year : anchor.year - 1;
  if (tense === 'future') return month >= anchor.month ? anchor.year : anchor.year + 1;
  // No tense to go by: news mostly looks back ("from $29.75 in March", written in October), but a
  // month early in the next year is near ahead ("is payable Jan. 2", written in November).
  const distance = month - anchor.month;
  if (distance > 2) return anchor.year - 1;
  if (distance < -9) return anchor.year + 1;
  return anchor.year;
}

function yearForSeason(season: Season, anchor: CalendarDate, tense: Tense, shift?: -1 | 0 | 1): number {
  const current = seasonOf(anchor);
  // Winter belongs to the year it starts in: January 1998 is in 1997-WI.
  const currentYear = current === 'WI' && anchor.month <= 2 ? anchor.year - 1 : anchor.year;
  const order = (s: Season): number => SEASON_START_MONTH[s];
  if (shift === 0 || (shift === undefined && tense !== 'past' && tense !== 'future')) {
    return season === current ? currentYear : anchor.year;
  }
  if (shift === -1 || tense === 'past') {
    const before = order(season) < order(current) || (shift === undefined && season === current);
    return before ? currentYear : currentYear - 1;
  }
  const after = order(season) > order(current) || (shift === undefined && season === current);
  return after ? currentYear : currentYear + 1;
}

function quarterYear(quarter: number, anchor: CalendarDate, tense: Tense): number {
  const current = quarterOf(anchor);
  // Results for a quarter are reported after it ends, so even "expects to report third-quarter results"
  // in November is this year's; only a past clause about a later quarter means last year's.
  if (tense === 'past' && quarter > current) return anchor.year - 1;
  return anchor.year;
}

/**
 * A decade as TimeML writes it, the first three digits of its years ("the 1990s" → 199), like a century's
 * two ("the 20th century" → 19). TimeBank writes 199 (7 of 8 decades); AQUAINT writes 199X.
 */
function decadeValue(decade: number): string {
  return pad(decade, 3);
}

/** Shifts the anchor by `offset` units and writes it at that unit's granularity. */
export function normalizeRelative(unit: Unit, offset: number, anchor: CalendarDate | undefined): NormalizedValue {
  if (!anchor) {
    const underspecified: Partial<Record<Unit, string>> = {
      Y: 'XXXX',
      M: 'XXXX-XX',
      W: 'XXXX-WXX',
      Q: 'XXXX-QX',
      DE: 'XXX',
      CE: 'XX',
      WE: 'XXXX-WXX-WE',
    };
    return { value: underspecified[unit] ?? 'XXXX-XX-XX', resolved: false };
  }
  switch (unit) {
    case 'Y':
      return { value: pad(anchor.year + offset, 4), resolved: true };
    case 'M':
      return { value: formatMonth(addMonths(anchor, offset)), resolved: true };
    case 'W':
      return { value: formatWeek(addDays(anchor, 7 * offset)), resolved: true };
    case 'WE':
      return { value: `${formatWeek(addDays(anchor, 7 * offset))}-WE`, resolved: true };
    case 'Q': {
      const index = anchor.year * 4 + quarterOf(anchor) - 1 + offset;
      const year = Math.floor(index / 4);
      return { value: `${pad(year, 4)}-Q${index - year * 4 + 1}`, resolved: true };
    }
    case 'DE':
      return { value: decadeValue(Math.floor(anchor.year / 10) + offset), resolved: true };
    case 'CE':
      return { value: pad(Math.floor(anchor.year / 100) + offset, 2), resolved: true };
    case 'ML':
      return { value: String(Math.floor(anchor.year / 1000) + offset), resolved: true };
    case 'H':
    case 'MIN':
    case 'S':
    case 'NI':
    case 'D':
      return { value: formatDay(addDays(anchor, offset)), resolved: true };
  }
}

/**
 * "The weekend" in a past report is the one before the anchor (unless the anchor is itself on a
 * weekend); in a future clause, the coming one.
 */
function normalizeWeekend(anchor: CalendarDate | undefined, tense: Tense): NormalizedValue {
  if (!anchor) return { value: 'XXXX-WXX-WE', resolved: false };
  const day = isoWeekday(anchor);
  const offset = day >= 6 || pointsForward(tense) ? 0 : -1;
  return normalizeRelative('WE', offset, anchor);
}

/**
 * "This weekend" is the weekend of the anchor's week, the coming one from a weekday ("this weekend" in
 * a Friday paper is the next day). Only early in the week and in a past clause is it the one just
 * gone ("violence flared this weekend", written on a Monday).
 */
function normalizeThisWeekend(anchor: CalendarDate | undefined, tense: Tense): NormalizedValue {
  if (!anchor) return { value: 'XXXX-WXX-WE', resolved: false };
  const offset = isoWeekday(anchor) <= 2 && tense === 'past' ? -1 : 0;
  return normalizeRelative('WE', offset, anchor);
}

function yearOfWeekday(year: number, month: number, day: number, weekday: number): number {
  for (const candidate of [year, year + 1, year - 1]) {
    if (isValidDate(candidate, month, day) && isoWeekday({ year: candidate, month, day }) === weekday) return candidate;
  }
  return year;
}

/**
 * A two-digit year in the century that puts it nearest the anchor, at most ten years ahead ("96" in 2025 → 1996, "16" →
 * 2016).
 */
export function expandShortYear(short: number, anchor: CalendarDate | undefined): number {
  const reference = anchor?.year ?? 2000;
  const century = Math.floor(reference / 100) * 100;
  const candidate = century + short;
  if (candidate > reference + 10) return candidate - 100;
  if (candidate < reference - 90) return candidate + 100;
  return candidate;
}

/** The day a shifted expression names: its base (a day) moved by the amount ("a week after tomorrow"). */
function normalizeShifted(
  meaning: Extract<TemporalMeaning, { kind: 'shifted' }>,
  anchor: CalendarDate | undefined,
  tense: Tense,
): NormalizedValue {
  const base = normalizeTimex(meaning.base, anchor, tense);
  const day = parseDayValue(base.value);
  if (!day || !base.resolved) return { value: 'XXXX-XX-XX', resolved: false };
  return { value: formatDay(shiftDate(day, meaning.amount, meaning.unit)), resolved: true };
}

function parseDayValue(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

function shiftDate(date: CalendarDate, amount: number, unit: 'D' | 'W' | 'M' | 'Y'): CalendarDate {
  if (unit === 'D') return addDays(date, amount);
  if (unit === 'W') return addDays(date, 7 * amount);
  return addMonths(date, unit === 'M' ? amount : 12 * amount);
}

/** Days and months of a duration's units; units below a day or without a fixed length have none. */
const INTERVAL_UNITS: Partial<Record<Unit, { months: number; days: number }>> = {
  D: { months: 0, days: 1 },
  W: { months: 0, days: 7 },
  M: { months: 1, days: 0 },
  Q: { months: 3, days: 0 },
  Y: { months: 12, days: 0 },
  DE: { months: 120, days: 0 },
  CE: { months: 1200, days: 0 },
};

/**
 * "in 5 days" (ahead) on 2025-10-17 → 2025-10-17 … 2025-10-22; "the past two months" (back) →
 * 2025-08-17 … 2025-10-17. Undefined without an anchor, an amount, a direction or a unit of days.
 */
export function durationInterval(
  meaning: Extract<TemporalMeaning, { kind: 'duration' }>,
  anchor: CalendarDate | undefined,
): DurationInterval | undefined {
  const size = INTERVAL_UNITS[meaning.unit];
  if (!anchor || !size || meaning.amount === null || !meaning.direction || meaning.amount <= 0) return undefined;
  const sign = meaning.direction === 'ahead' ? 1 : -1;
  const months = meaning.amount * size.months;
  const wholeMonths = Math.trunc(months);
  // "2 1/2 years": whole months, then the rest in days of 30 as TIMEX3 writes the fraction (P2Y6M).
  const days = Math.round(meaning.amount * size.days + (months - wholeMonths) * 30);
  const other = addDays(addMonths(anchor, sign * wholeMonths), sign * days);
  const [start, end] = sign > 0 ? [anchor, other] : [other, anchor];
  return { start: formatDay(start), end: formatDay(end) };
}

const UNDERSPECIFIED_ANAPHORIC: Record<AnaphoricUnit, string> = {
  DE: 'XXX',
  D: 'XXXX-XX-XX',
  W: 'XXXX-WXX',
  M: 'XXXX-XX',
  Q: 'XXXX-QX',
  Y: 'XXXX',
};

const DURATION_TIME_UNITS = new Set<Unit>(['H', 'MIN', 'S']);

/** `P2W`, `PXY`, `PT5H`, `P20Y` (decades and centuries in years, as TimeBank writes "two decades"; vague ones PXY). */
export function normalizeDuration(amount: number | null, unit: Unit): string {
  let letter: string = unit;
  let scaled = amount;
  if (unit === 'DE' || unit === 'CE' || unit === 'ML') {
    const years = unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1000;
    // "for decades", "the following centuries": an unknown number of them (PXDE, PXCE, as TIMEX3 writes
    // its units); "decades-long" is read as years by the quantity rule (TimeBank's PXY).
    if (amount === null) return `PX${unit}`;
    letter = 'Y';
    scaled = amount * years;
  } else if (unit === 'Q') {
    letter = 'M';
    scaled = amount === null ? null : amount * 3;
  } else if (unit === 'WE' || unit === 'NI') {
    letter = 'D';
    scaled = amount === null ? null : unit === 'WE' ? amount * 2 : amount;
  } else if (unit === 'MIN') letter = 'M';
  // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: TIMEX3 writes fractions in the next smaller unit.
  if (scaled !== null && !Number.isInteger(scaled)) {
    const smaller: Partial<Record<Unit, [string, number, boolean]>> = {
      Y: ['M', 12, false],
      M: ['D', 30, false],
      W: ['D', 7, false],
      D: ['H', 24, true],
      H: ['M', 60, true],
      MIN: ['S', 60, true],
    };
    const step = smaller[unit];
    if (step) {
      const whole = Math.floor(scaled);
      const rest = Math.round((scaled - whole) * step[1]);
      const head = whole > 0 ? `${whole}${letter}` : '';
      if (DURATION_TIME_UNITS.has(unit)) return `PT${head}${rest}${step[0]}`;
      return step[2] ? `P${head}T${rest}${step[0]}` : `P${head}${rest}${step[0]}`;
    }
  }
  const count = scaled === null ? 'X' : String(Math.round(scaled * 100) / 100);
  return DURATION_TIME_UNITS.has(unit) ? `PT${count}${letter}` : `P${count}${letter}`;
}

export function withTimeOfDay(value: string, time: TimeOfDay | undefined): string {
  if (!time || !/^(\d{4}|XXXX)-[\dX]{2}-[\dX]{2}$/.test(value)) return value;
  if (time.clock) {
    const seconds = time.clock.second !== undefined ? `:${pad(time.clock.second)}` : '';
    return `${value}T${pad(time.clock.hour)}:${pad(time.clock.minute ?? 0)}${seconds}`;
  }
  if (time.partOfDay) return `${value}T${time.partOfDay}`;
  return value;
}

/**
 * "on the 25th", "Friday the 24th": a day of a month the text does not name. The anchor's month, or the
 * one before or after as the tense points ("closed on the 28th" written on the 17th is last month's);
 * with a weekday, the nearest month whose day falls on it, within three months, else left open.
 */
function normalizeDayOfMonth(
  day: number,
  weekday: number | undefined,
  anchor: CalendarDate | undefined,
  tense: Tense,
): NormalizedValue {
  const open: NormalizedValue = { value: `XXXX-XX-${pad(day)}`, resolved: false };
  if (!anchor) return open;
  const candidates: CalendarDate[] = [];
  for (let offset = -3; offset <= 3; offset++) {
    const month = addMonths({ ...anchor, day: 1 }, offset);
    const date = { ...month, day };
    if (!isValidDate(date.year, date.month, day)) continue;
    if (weekday !== undefined && isoWeekday(date) !== weekday) continue;
    if (weekday === undefined && Math.abs(offset) > 1) continue;
    candidates.push(date);
  }
  const distance = (date: CalendarDate): number => daysBetween(anchor, date);
  let pick: CalendarDate | undefined;
  if (tense === 'past') pick = candidates.filter((d) => distance(d) <= 0).at(-1);
  else if (tense === 'future') pick = candidates.find((d) => distance(d) >= 0);
  else if (weekday === undefined) pick = candidates.find((d) => d.month === anchor.month);
  else pick = [...candidates].sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0];
  return pick ? { value: formatDay(pick), resolved: true } : open;
}

/**
 * The month a day is counted in: the written one (its year from the anchor and tense when unwritten),
 * or the anchor's month moved by `monthOffset` ("next month", "the month").
 */
function periodMonth(
  meaning: Extract<TemporalMeaning, { kind: 'calendar' }>,
  anchor: CalendarDate | undefined,
  tense: Tense,
  shift?: -1 | 0 | 1,
): { year: number | undefined; month: number | undefined } {
  const { year, month } = meaning;
  if (month === undefined && anchor) return addMonths({ ...anchor, day: 1 }, meaning.monthOffset ?? 0);
  if (year === undefined && anchor && month !== undefined)
    return { year: yearForMonth(month, anchor, tense, shift), month };
  return { year, month };
}

/** "the 1st of next month", "the last day of September", "the last day of the month": a day of a month. */
function normalizeDayOfPeriod(
  meaning: Extract<TemporalMeaning, { kind: 'calendar' }>,
  anchor: CalendarDate | undefined,
  tense: Tense,
): NormalizedValue {
  const { year, month } = periodMonth(meaning, anchor, tense);
  if (year === undefined || month === undefined) return { value: 'XXXX-XX-XX', resolved: false };
  const day = meaning.lastDay ? daysInMonth(year, month) : (meaning.day ?? 1);
  if (!isValidDate(year, month, day)) return { value: `${pad(year, 4)}-${pad(month)}-XX`, resolved: false };
  return { value: formatDay({ year, month, day }), resolved: true };
}

/** "the first Monday in May 2026" → 2026-05-04; "the last Friday of the month" in October 2025 → 2025-10-31. */
function normalizeNthWeekday(
  meaning: Extract<TemporalMeaning, { kind: 'calendar' }>,
  anchor: CalendarDate | undefined,
  tense: Tense,
): NormalizedValue {
  const nth = meaning.nth as { ordinal: number; weekday: number };
  const { year, month } = periodMonth(meaning, anchor, tense, meaning.shift);
  if (year === undefined || month === undefined)
    return { value: `XXXX-${month === undefined ? 'XX' : pad(month)}-XX`, resolved: false };
  const first = isoWeekday({ year, month, day: 1 });
  let day = 1 + ((nth.weekday - first + 7) % 7) + 7 * (nth.ordinal - 1);
  if (nth.ordinal === -1) {
    const lastDay = daysInMonth(year, month);
    day = lastDay - ((isoWeekday({ year, month, day: lastDay }) - nth.weekday + 7) % 7);
  }
  if (!isValidDate(year, month, day)) return { value: `${pad(year, 4)}-${pad(month)}-XX`, resolved: false };
  return { value: formatDay({ year, month, day }), resolved: true };
}

function normalizeCalendar(
  meaning: Extract<TemporalMeaning, { kind: 'calendar' }>,
  anchor: CalendarDate | undefined,
  tense: Tense,
): NormalizedValue {
  const { month, day, quarter, half, season, decade, century } = meaning;
  if (century !== undefined) return { value: pad(century - 1, 2), resolved: true };
  if (decade !== undefined) return { value: decadeValue(decade), resolved: true };
  let year = meaning.year;
  let resolved = true;
  if (meaning.thanksgiving) {
    if (year === undefined && anchor) year = yearForMonth(11, anchor, tense, meaning.shift);
    if (year === undefined) return { value: 'XXXX-11-XX', resolved: false };
    return { value: formatDay(thanksgiving(year)), resolved: true };
  }
  if (meaning.nth) return normalizeNthWeekday(meaning, anchor, tense);
  if (meaning.monthOffset !== undefined || meaning.lastDay) return normalizeDayOfPeriod(meaning, anchor, tense);
  if (meaning.easter !== undefined) {
    const easterYear = year ?? (anchor ? yearForMonth(4, anchor, tense, meaning.shift) : undefined);
    if (easterYear === undefined) return { value: 'XXXX-XX-XX', resolved: false };
    return { value: formatDay(addDays(easterSunday(easterYear), meaning.easter)), resolved: true };
  }
  if (month === undefined && day !== undefined && year === undefined)
    return normalizeDayOfMonth(day, meaning.weekday, anchor, tense);
  if (year === undefined && meaning.shortYear !== undefined) year = expandShortYear(meaning.shortYear, anchor);
  if (year === undefined && meaning.yearOffset !== undefined && anchor) year = anchor.year + meaning.yearOffset;
  if (year === undefined) {
    if (!anchor) resolved = false;
    else if (month !== undefined) year = yearForMonth(month, anchor, tense, meaning.shift);
    else if (season !== undefined) year = yearForSeason(season, anchor, tense, meaning.shift);
    else if (quarter !== undefined) year = quarterYear(quarter, anchor, tense);
    else year = anchor.year;
  }
  // "Friday 12/30" written in October 2025: the 30 December that is a Friday, this year, last or next.
  if (
    meaning.weekday !== undefined &&
    meaning.year === undefined &&
    meaning.shortYear === undefined &&
    year !== undefined &&
    month !== undefined &&
    day !== undefined
  ) {
    year = yearOfWeekday(year, month, day, meaning.weekday);
  }
  const y = year === undefined ? 'XXXX' : pad(year, 4);
  if (month !== undefined && day !== undefined && meaning.weekOf && year !== undefined) {
    const week = formatWeek({ year, month, day });
    return { value: meaning.weekOf === 'WE' ? `${week}-WE` : week, resolved };
  }
  if (month !== undefined && day !== undefined) return { value: `${y}-${pad(month)}-${pad(day)}`, resolved };
  if (month !== undefined) return { value: `${y}-${pad(month)}`, resolved };
  if (quarter !== undefined) return { value: `${y}-Q${quarter}`, resolved };
  if (half !== undefined) return { value: `${y}-H${half}`, resolved };
  if (season !== undefined) return { value: `${y}-${season}`, resolved };
  return { value: y, resolved };
}

/** The TIMEX3 value of a meaning, anchored on `anchor` (undefined: underspecified, resolved false). */
export function normalizeTimex(
  meaning: TemporalMeaning,
  anchor: CalendarDate | undefined,
  tense: Tense = 'unknown',
  time?: TimeOfDay,
): NormalizedValue {
  let result: NormalizedValue;
  switch (meaning.kind) {
    case 'calendar':
      result = normalizeCalendar(meaning, anchor, tense);
      break;
    case 'weekday':
      result = normalizeWeekday(meaning.weekday, anchor, tense, meaning.shift, meaning.week);
      break;
    case 'relative':
      result =
        meaning.unit === 'WE' && meaning.offset === 0
          ? meaning.explicit
            ? normalizeThisWeekend(anchor, tense)
            : normalizeWeekend(anchor, tense)
          : normalizeRelative(meaning.unit, meaning.offset, anchor);
      break;
    case 'shifted':
      result = normalizeShifted(meaning, anchor, tense);
      break;
    case 'reference':
      return { value: meaning.value, resolved: true };
    case 'duration':
      return { value: normalizeDuration(meaning.amount, meaning.unit), resolved: true };
    case 'set':
      return { value: meaning.value, resolved: true };
    case 'anaphoric':
      // Reached only when the story has no earlier date to tell it from (discourse.ts).
      if (meaning.fallback) return normalizeTimex(meaning.fallback, anchor, tense, time);
      result = { value: UNDERSPECIFIED_ANAPHORIC[meaning.unit], resolved: false };
      break;
  }
  return { value: withTimeOfDay(result.value, time), resolved: result.resolved };
}
