/**
 * Calendar arithmetic on plain year/month/day triples, in UTC so that no time zone leaks in.
 * ISO 8601 weeks (Monday first, week 1 holds the first Thursday) as TIMEX3 uses them (2025-W43).
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD`; undefined for anything else or an impossible date (2025-02-30). */
export function parseIsoDate(value: string | undefined): CalendarDate | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toTime(date: CalendarDate): number {
  const d = new Date(Date.UTC(2000, date.month - 1, date.day));
  d.setUTCFullYear(date.year);
  return d.getTime();
}

function fromTime(time: number): CalendarDate {
  const d = new Date(time);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Adds months, keeping the day when it exists (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(toTime(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO week-numbering year and week. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1: CalendarDate = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toTime(thursday) - toTime(jan1)) / DAY_MS / 7) + 1;
  return { year: thursday.year, week };
}

export function pad(value: number, width = 2): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
}

export function formatDay(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatMonth(date: Pick<CalendarDate, 'year' | 'month'>): string {
  return `${pad(date.year, 4)}-${pad(date.month)}`;
}

export function formatWeek(date: CalendarDate): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(date: CalendarDate): number {
  return Math.floor((date.month - 1) / 3) + 1;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The US Thanksgiving: fourth Thursday of November. */
export function thanksgiving(year: number): CalendarDate {
  const first: CalendarDate = { year, month: 11, day: 1 };
  const offset = (4 - isoWeekday(first) + 7) % 7;
  return { year, month: 11, day: 1 + offset + 21 };
}

/** Western Easter Sunday (the anonymous Gregorian computus, as in Meeus, Astronomical Algorithms). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
