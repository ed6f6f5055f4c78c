import { describe, expect, it } from 'vitest';
import { chooseAnchor } from '../src/dates/anchor.js';
import { isoWeek, parseIsoDate, thanksgiving } from '../src/dates/calendar.js';
import { normalizeDuration, normalizeRelative, normalizeTimex, normalizeWeekday } from '../src/dates/normalize.js';

const FRIDAY = { year: 2025, month: 10, day: 17 };
const MONDAY = { year: 1990, month: 8, day: 13 };

describe('normalizeWeekday', () => {
  it('past and unknown tense: the latest such weekday on or before the anchor', () => {
    expect(normalizeWeekday(1, FRIDAY, 'past').value).toBe('2025-10-13');
    expect(normalizeWeekday(5, FRIDAY, 'past').value).toBe('2025-10-17');
    expect(normalizeWeekday(6, FRIDAY, 'unknown').value).toBe('2025-10-11');
  });
  it('future tense: the next such weekday on or after the anchor', () => {
    expect(normalizeWeekday(1, FRIDAY, 'future').value).toBe('2025-10-20');
    expect(normalizeWeekday(4, FRIDAY, 'future').value).toBe('2025-10-23');
  });
  it('last / this / next', () => {
    expect(normalizeWeekday(5, FRIDAY, 'unknown', -1).value).toBe('2025-10-10');
    expect(normalizeWeekday(5, FRIDAY, 'unknown', 1).value).toBe('2025-10-24');
    expect(normalizeWeekday(1, FRIDAY, 'unknown', 0).value).toBe('2025-10-13');
  });
  it('crosses month and year boundaries', () => {
    expect(normalizeWeekday(3, { year: 2025, month: 1, day: 1 }, 'past', -1).value).toBe('2024-12-25');
  });
  it('without an anchor: XXXX-WXX-n, unresolved', () => {
    expect(normalizeWeekday(1, undefined, 'past')).toEqual({ value: 'XXXX-WXX-1', resolved: false });
  });
});

describe('normalizeRelative', () => {
  it('writes the granularity of the unit', () => {
    expect(normalizeRelative('D', -1, FRIDAY).value).toBe('2025-10-16');
    expect(normalizeRelative('W', 1, FRIDAY).value).toBe('2025-W43');
    expect(normalizeRelative('M', -1, FRIDAY).value).toBe('2025-09');
    expect(normalizeRelative('M', -10, FRIDAY).value).toBe('2024-12');
    expect(normalizeRelative('Y', -1, FRIDAY).value).toBe('2024');
    expect(normalizeRelative('Q', -1, FRIDAY).value).toBe('2025-Q3');
    expect(normalizeRelative('Q', -4, { year: 2025, month: 2, day: 1 }).value).toBe('2024-Q1');
    expect(normalizeRelative('DE', -1, FRIDAY).value).toBe('201');
    expect(normalizeRelative('WE', -1, MONDAY).value).toBe('1990-W32-WE');
  });
  it('without an anchor: underspecified at the same granularity', () => {
    expect(normalizeRelative('W', -1, undefined)).toEqual({ value: 'XXXX-WXX', resolved: false });
    expect(normalizeRelative('Y', 1, undefined)).toEqual({ value: 'XXXX', resolved: false });
  });
});

describe('normalizeDuration', () => {
  it.each([
    [2, 'W', 'P2W'],
    [null, 'W', 'PXW'],
    [3, 'Y', 'P3Y'],
    [2, 'H', 'PT2H'],
    [30, 'MIN', 'PT30M'],
    [2, 'DE', 'P20Y'],
    [3, 'Q', 'P9M'],
    [2.5, 'Y', 'P2Y6M'],
    [1.5, 'MIN', 'PT1M30S'],
  ] as const)('%s %s → %s', (amount, unit, expected) => {
    expect(normalizeDuration(amount, unit)).toBe(expected);
  });
});

describe('normalizeTimex', () => {
  it('a month without a year: back in a past clause, forward in a future one', () => {
    const anchor = { year: 1989, month: 11, day: 2 };
    expect(normalizeTimex({ kind: 'calendar', month: 12 }, anchor, 'past').value).toBe('1988-12');
    expect(normalizeTimex({ kind: 'calendar', month: 12 }, anchor, 'future').value).toBe('1989-12');
    expect(normalizeTimex({ kind: 'calendar', month: 1, day: 2 }, anchor, 'unknown').value).toBe('1990-01-02');
    expect(normalizeTimex({ kind: 'calendar', month: 3 }, { year: 1989, month: 10, day: 30 }, 'unknown').value).toBe(
      '1989-03',
    );
  });
  it('last / next month names', () => {
    expect(normalizeTimex({ kind: 'calendar', month: 4, shift: -1 }, FRIDAY).value).toBe('2025-04');
    expect(normalizeTimex({ kind: 'calendar', month: 11, shift: -1 }, FRIDAY).value).toBe('2024-11');
    expect(normalizeTimex({ kind: 'calendar', month: 1, shift: 1 }, FRIDAY).value).toBe('2026-01');
  });
  it('seasons: winter belongs to the year it starts in', () => {
    expect(normalizeTimex({ kind: 'calendar', season: 'FA', shift: -1 }, { year: 1998, month: 2, day: 6 }).value).toBe(
      '1997-FA',
    );
    expect(normalizeTimex({ kind: 'calendar', season: 'SU', shift: 0 }, FRIDAY).value).toBe('2025-SU');
  });
  it('quarters, halves, decades, centuries, holidays', () => {
    expect(normalizeTimex({ kind: 'calendar', quarter: 3 }, { year: 1989, month: 11, day: 2 }).value).toBe('1989-Q3');
    expect(normalizeTimex({ kind: 'calendar', half: 2, year: 1989 }, FRIDAY).value).toBe('1989-H2');
    expect(normalizeTimex({ kind: 'calendar', decade: 199 }, undefined)).toEqual({ value: '199', resolved: true });
    expect(normalizeTimex({ kind: 'calendar', century: 20 }, undefined).value).toBe('19');
    expect(
      normalizeTimex({ kind: 'calendar', thanksgiving: true }, { year: 2000, month: 1, day: 7 }, 'past').value,
    ).toBe('1999-11-25');
  });
  it('parts of day and clock times make TIME values on the day', () => {
    expect(
      normalizeTimex({ kind: 'relative', unit: 'D', offset: -1 }, FRIDAY, 'unknown', { partOfDay: 'NI' }).value,
    ).toBe('2025-10-16TNI');
    expect(
      normalizeTimex({ kind: 'weekday', weekday: 3 }, FRIDAY, 'past', { clock: { hour: 22, minute: 0 } }).value,
    ).toBe('2025-10-15T22:00');
  });
  it('fuzzy references, durations and sets need no anchor', () => {
    expect(normalizeTimex({ kind: 'reference', value: 'PAST_REF' }, undefined)).toEqual({
      value: 'PAST_REF',
      resolved: true,
    });
    expect(normalizeTimex({ kind: 'set', value: 'XXXX-WXX-1' }, undefined).value).toBe('XXXX-WXX-1');
  });
});

describe('calendar and anchor', () => {
  it('ISO weeks at year boundaries', () => {
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
  });
  it('Thanksgiving is the fourth Thursday of November', () => {
    expect(thanksgiving(2025)).toEqual({ year: 2025, month: 11, day: 27 });
  });
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2025-02-30')).toBeUndefined();
    expect(parseIsoDate('yesterday')).toBeUndefined();
  });
  it('chooses the publication date, else the reference date, else nothing (never the clock)', () => {
    const meta = { boilerplate: [] };
    expect(chooseAnchor({ meta: { ...meta, date: '2025-10-17' }, options: { referenceDate: '2020-01-01' } })).toEqual({
      date: FRIDAY,
      source: 'publication',
    });
    expect(chooseAnchor({ meta, options: { referenceDate: '2020-01-01' } })?.source).toBe('reference');
    expect(chooseAnchor({ meta, options: { referenceDate: 'soon' } })).toBeUndefined();
    expect(chooseAnchor({ meta, options: {} })).toBeUndefined();
  });
});
