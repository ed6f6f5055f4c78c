/**
 * Dates in the forms pages print them (issue #20): numeric and abbreviated forms, composition of a
 * weekday, a date and a time, offsets on an anchor, direction, durations that point to a day, and the
 * month-first / day-first guesser. Hand-written sentences; the reference day is Friday 2025-10-17.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';
import type { ExtractOptions, TimeExpression } from '../src/types.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });
const FRIDAY = '2025-10-17';

function datesOf(text: string, options: ExtractOptions = { referenceDate: FRIDAY }): TimeExpression[] {
  const doc = pipeline.extract(text, options);
  for (const date of doc.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  return [...doc.dates];
}

/** The one expression found: its text and value. */
function only(text: string, options?: ExtractOptions): TimeExpression {
  const found = datesOf(text, options);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0] as TimeExpression;
}

describe('dates: numeric forms', () => {
  it.each([
    ['The plant opened on 2012/8/10.', '2012/8/10', '2012-08-10'],
    ['The plant opened on 2015.05.25.', '2015.05.25', '2015-05-25'],
    ['The plant opened on 2015-5-25.', '2015-5-25', '2015-05-25'],
    ['The plant opened on 05-25-2015.', '05-25-2015', '2015-05-25'],
    ['The plant opened on 25/05/2015.', '25/05/2015', '2015-05-25'],
    ['The plant opened on 05/25/2015.', '05/25/2015', '2015-05-25'],
    ['The plant opened on 25.05.2015.', '25.05.2015', '2015-05-25'],
    ['The plant opened in 9/2012.', '9/2012', '2012-09'],
    ['The plant opened on 12-30-16.', '12-30-16', '2016-12-30'],
    ['The plant opened on 12/30/98.', '12/30/98', '1998-12-30'],
  ])('%s', (text, span, value) => {
    const date = only(text);
    expect([date.text, date.value, date.type, date.resolved]).toEqual([span, value, 'DATE', true]);
  });

  it('refuses impossible numeric dates and version numbers', () => {
    expect(datesOf('Code 13/13/2015 was rejected.')).toEqual([]);
    expect(datesOf('The firm shipped 2015/02/30 units.')).toEqual([]);
    expect(datesOf('Upgrade the app to 1.2.10 first.')).toEqual([]);
    // Nor a month alone from a day that month does not have.
    expect(datesOf('The vote ended on 31 September.')).toEqual([]);
    expect(datesOf('The vote ended on Sept. 31.')).toEqual([]);
  });
});

describe('dates: abbreviated months and two-digit years', () => {
  it.each([
    ['Sales peaked in Sep 2012.', 'Sep 2012', '2012-09'],
    ['Sales peaked in Jul 2012.', 'Jul 2012', '2012-07'],
    ['He was born on 3 Aug 96.', '3 Aug 96', '1996-08-03'],
    ['He was born on Aug 9, 96.', 'Aug 9, 96', '1996-08-09'],
    ["He was born on Aug 9, '96.", "Aug 9, '96", '1996-08-09'],
    ['The deal closed on 31st March, 2016.', '31st March, 2016', '2016-03-31'],
    ['It rained on 23rd february.', '23rd february', '2025-02-23'],
    ['It rained on february 23, 2016.', 'february 23, 2016', '2016-02-23'],
    ['It rained on 5 march 2016.', '5 march 2016', '2016-03-05'],
  ])('%s', (text, span, value) => {
    const date = only(text);
    expect([date.text, date.value]).toEqual([span, value]);
  });

  it('takes the century that puts a two-digit year nearest the anchor, at most ten years ahead', () => {
    expect(only('The law passed on 3 Aug 40.', { referenceDate: FRIDAY }).value).toBe('1940-08-03');
    expect(only('The law takes effect on 3 Aug 30.', { referenceDate: FRIDAY }).value).toBe('2030-08-03');
    expect(only('The law passed on 3 Aug 16.', { referenceDate: FRIDAY }).value).toBe('2016-08-03');
  });
});

describe('dates: a weekday, a date and a time are one expression', () => {
  it.each([
    ['The vote was held on Sunday, March 6th 2016.', 'Sunday, March 6th 2016', '2016-03-06', 'DATE'],
    ['The vote was held on Friday 12-30-16.', 'Friday 12-30-16', '2016-12-30', 'DATE'],
    ['The vote was held on Monday 12/31/2012.', 'Monday 12/31/2012', '2012-12-31', 'DATE'],
    ['The quake struck at 8:23 AM, Jul 9.', '8:23 AM, Jul 9', '2025-07-09T08:23', 'TIME'],
    ['The quake struck at 8:23 AM, 12/30/2016.', '8:23 AM, 12/30/2016', '2016-12-30T08:23', 'TIME'],
    ['The vote was held on Wed, 10/8/2025.', 'Wed, 10/8/2025', '2025-10-08', 'DATE'],
    ['The vote was held on Sat 3 May 2014.', 'Sat 3 May 2014', '2014-05-03', 'DATE'],
    ['We met yesterday at 4 p.m.', 'yesterday at 4 p.m.', '2025-10-16T16:00', 'TIME'],
    ['The alarm rang on Jul 9, 8:23 AM.', 'Jul 9, 8:23 AM', '2025-07-09T08:23', 'TIME'],
    ['The show starts August 17th, 2013 at 6:40 pm.', 'August 17th, 2013 at 6:40 pm', '2013-08-17T18:40', 'TIME'],
    ['Sent Sat, 17 Aug 2013 18:40:39 GMT.', 'Sat, 17 Aug 2013 18:40:39 GMT', '2013-08-17T18:40:39', 'TIME'],
    // 26 December 2025 is a Friday: the weekday agrees with this year.
    ['The shops open on Friday, December 26.', 'Friday, December 26', '2025-12-26', 'DATE'],
  ])('%s', (text, span, value, type) => {
    const date = only(text);
    expect([date.text, date.value, date.type]).toEqual([span, value, type]);
  });

  it('the weekday picks the year of a date written without one', () => {
    // 30 December is a Friday in 2016; from an anchor in 2016 it is that year's.
    expect(only('The shops open on Friday 12/30.', { referenceDate: '2016-11-02' }).value).toBe('2016-12-30');
    // Anchored in January 2017, a Friday 30 December is the one just past (2016), not 2017's Saturday.
    expect(only('The shops opened on Friday, December 30.', { referenceDate: '2017-01-10' }).value).toBe('2016-12-30');
  });
});

describe('dates: offsets compose on an anchor', () => {
  it.each([
    ['We left the day before yesterday.', 'the day before yesterday', '2025-10-15'],
    ['We return the day after tomorrow.', 'the day after tomorrow', '2025-10-19'],
    ['We return a week after tomorrow.', 'a week after tomorrow', '2025-10-25'],
    ['We return 2 days after next Friday.', '2 days after next Friday', '2025-10-26'],
    ['The ban ends two weeks from today.', 'two weeks from today', '2025-10-31'],
    ['The shops close three days before Christmas.', 'three days before Christmas', '2025-12-22'],
    // Thanksgiving 2025 is Thursday 27 November.
    ['The sale starts the day after Thanksgiving.', 'the day after Thanksgiving', '2025-11-28'],
    ['The shops closed a day before 12/25/2014.', 'a day before 12/25/2014', '2014-12-24'],
    ['We met on Wednesday of this week.', 'Wednesday of this week', '2025-10-15'],
    ['We meet on Friday next week.', 'Friday next week', '2025-10-24'],
    ['We met on Monday of last week.', 'Monday of last week', '2025-10-06'],
  ])('%s', (text, span, value) => {
    const date = only(text);
    expect([date.text, date.value, date.type]).toEqual([span, value, 'DATE']);
  });

  it('a count before an event is a duration, not a shifted day', () => {
    const date = only('Two days before the election, the polls closed.');
    expect([date.text, date.value, date.type]).toEqual(['Two days', 'P2D', 'DURATION']);
  });

  it('without an anchor a shifted day stays open', () => {
    const date = only('We return a week after tomorrow.', {});
    expect([date.value, date.resolved]).toEqual(['XXXX-XX-XX', false]);
  });
});

describe('dates: direction', () => {
  it('"this weekend" on a Friday is the coming one; "last" and "next" keep theirs', () => {
    expect(only('The festival is this weekend.').value).toBe('2025-W42-WE');
    expect(only('The festival took place last weekend.').value).toBe('2025-W41-WE');
    expect(only('The festival is next weekend.').value).toBe('2025-W43-WE');
  });
  it('"this weekend" early in the week, in a past clause, is the one just gone', () => {
    expect(only('Storms hit the coast this weekend.', { referenceDate: '2025-10-20' }).value).toBe('2025-W42-WE');
  });
  it.each([
    ["Let's meet on Tuesday.", '2025-10-21'],
    ['Let us meet on Tuesday.', '2025-10-21'],
    ['We can meet on Tuesday.', '2025-10-21'],
    ['Talks may resume on Tuesday.', '2025-10-21'],
    ['Call me on Tuesday.', '2025-10-21'],
    ['They met on Tuesday.', '2025-10-14'],
    ['He should have called on Tuesday.', '2025-10-14'],
  ])('%s', (text, value) => {
    expect(only(text).value).toBe(value);
  });
});

describe('dates: durations that point to a day', () => {
  it.each([
    ['The vote is in 5 days.', '5 days', 'P5D', { start: '2025-10-17', end: '2025-10-22' }],
    ['The board will decide within a month.', 'a month', 'P1M', { start: '2025-10-17', end: '2025-11-17' }],
    ['Prices rose over the past two months.', 'the past two months', 'P2M', { start: '2025-08-17', end: '2025-10-17' }],
    [
      'Talks continue for the next three weeks.',
      'the next three weeks',
      'P3W',
      { start: '2025-10-17', end: '2025-11-07' },
    ],
  ])('%s', (text, span, value, interval) => {
    const date = only(text);
    expect([date.text, date.type, date.value, date.interval]).toEqual([span, 'DURATION', value, interval]);
  });

  it('a length that lies nowhere has no interval', () => {
    expect(only('The crew finished the job in five days.').interval).toBeUndefined();
    expect(only('The strike lasted five days.').interval).toBeUndefined();
    expect(only('Talks continue for the next few weeks.').interval).toBeUndefined();
    expect(only('The vote is in 5 days.', {}).interval).toBeUndefined();
  });
});

describe('dates: month-first or day-first', () => {
  it('an order the numbers cannot tell is read month-first and marked unresolved', () => {
    const date = only('The plant opened on 05/06/2015.');
    expect([date.value, date.resolved]).toEqual(['2015-05-06', false]);
  });
  it("the document's other numeric dates tell the order", () => {
    const found = datesOf('The plant opened on 05/06/2015 and closed on 25/12/2015.');
    expect(found.map((d) => [d.text, d.value, d.resolved])).toEqual([
      ['05/06/2015', '2015-06-05', true],
      ['25/12/2015', '2015-12-25', true],
    ]);
    const us = datesOf('The plant opened on 05/06/2015 and closed on 12/25/2015.');
    expect(us.map((d) => d.value)).toEqual(['2015-05-06', '2015-12-25']);
  });
  it("the document's written dates tell the order when no numeric date does", () => {
    const british = datesOf('The plant opened on 05/06/2015. It closed on 25 December.');
    expect(british.map((d) => [d.value, d.resolved])).toEqual([
      ['2015-06-05', true],
      ['2024-12-25', true],
    ]);
  });
  it('dates.order fixes the order', () => {
    const date = only('The plant opened on 05/06/2015.', { referenceDate: FRIDAY, dates: { order: 'day-first' } });
    expect([date.value, date.resolved]).toEqual(['2015-06-05', true]);
    const fixed = datesOf('Opened 05/06/2015, closed 25/12/2015.', { dates: { order: 'month-first' } });
    expect(fixed.map((d) => [d.value, d.resolved])).toEqual([
      ['2015-05-06', true],
      ['2015-12-25', true],
    ]);
  });
  it('rejects an unknown order with a clear error', () => {
    expect(() => pipeline.extract('On 05/06/2015.', { dates: { order: 'year-first' as 'day-first' } })).toThrow(
      /dates\.order/,
    );
    expect(() => createPipeline({ dates: { order: 'ymd' as 'day-first' } })).toThrow(/dates\.order/);
  });
  it('createPipeline({ dates }) sets the order for every document; a call can override it', () => {
    const dayFirst = createPipeline({ disable: ['entities', 'quotes'], dates: { order: 'day-first' } });
    const read = (options?: ExtractOptions) =>
      dayFirst.extract('The plant opened on 05/06/2015.', options).dates.map((d) => [d.value, d.resolved]);
    expect(read()).toEqual([['2015-06-05', true]]);
    expect(read({ dates: { order: 'month-first' } })).toEqual([['2015-05-06', true]]);
  });
});

describe('dates: never a value from a part when the whole was not understood', () => {
  it.each([
    ['The vote was held on Friday 31/31/2016.', 'Friday', 'XXXX-WXX-5'],
    ['The vote was held on Friday, 2016.13.01.', 'Friday', 'XXXX-WXX-5'],
    // No Friday fell on a 13th in the three months before 2025-10-17: the day stays open, the weekday too.
    ['The vote was held on Friday the 13th.', 'Friday the 13th', 'XXXX-XX-13'],
    ['The quake struck at 8:23 AM, 31/31/2016.', '8:23 AM', 'XXXX-XX-XXT08:23'],
    ['The vote was held on Friday, Sept. 31.', 'Friday', 'XXXX-WXX-5'],
  ])('%s', (text, span, value) => {
    const date = only(text);
    expect([date.text, date.value, date.resolved]).toEqual([span, value, false]);
  });
});
