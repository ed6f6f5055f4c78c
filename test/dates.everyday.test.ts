/**
 * Everyday date forms (issue #20, second pass): every hand-written case of the evaluation table
 * (eval/dates-cases.ts) must come out exact, and the new rules must not read the look-alikes below.
 * Reference day Friday 2025-10-17 unless a case gives its own.
 */
import { describe, expect, it } from 'vitest';
import { CASES, scoreCase } from '../eval/dates-cases.js';
import { createPipeline } from '../src/index.js';
import type { ExtractOptions, TimeExpression } from '../src/types.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });

function extract(text: string, options: ExtractOptions): readonly TimeExpression[] {
  const dates = pipeline.extract(text, options).dates;
  for (const date of dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  return dates;
}

describe('dates: the everyday case table is exact', () => {
  it.each(CASES.map((c) => [`${c.kind}: ${c.text}`, c] as const))('%s', (_name, c) => {
    const outcome = scoreCase(extract, c);
    const got = outcome.got ? `${outcome.got.text} ${outcome.got.value}` : 'nothing';
    expect(outcome.exact, `want ${c.span} ${c.value}, got ${got}`).toBe(true);
  });
});

describe('dates: look-alikes of the everyday forms', () => {
  it.each([
    // a fraction, and the name of an event, are no month and day
    ['The cut fell on 3/4 of the votes.', []],
    ['The memorial honours those who died on 9/11.', []],
    // a holiday that names a kind of thing
    ['We bought Easter eggs.', []],
    // "last" the verb, and "the last day of" an event
    ['The talks will last weeks.', []],
    ['The last day of school was fun.', []],
    // an ordinal that counts a noun, and a month followed by an ordinal that starts a phrase
    ['The band played on the 25th anniversary.', []],
    ['In May the first thing we did was paint.', ['May']],
    // a four-digit count of hours without "at"
    ['It took 1030 hours of work.', ['1030']],
  ])('%s', (text, spans) => {
    const dates = extract(text, { referenceDate: '2025-10-17' });
    expect(dates.filter((d) => d.type !== 'DURATION').map((d) => d.text)).toEqual(spans);
  });

  it('a part of the day that describes a noun makes no clock time', () => {
    const dates = extract('He won 5 in the morning session.', { referenceDate: '2025-10-17' });
    expect(dates.filter((d) => d.type === 'TIME' && /T\d/.test(d.value))).toEqual([]);
  });

  it('a weekday and a day of the month that never meet near the anchor stay open', () => {
    // Fridays fell on the 24th only in October 2025 around the reference: "was" points back, so no day fits.
    const [date] = extract('Friday the 24th was fun.', { referenceDate: '2025-10-17' });
    expect([date?.value, date?.resolved]).toEqual(['XXXX-XX-24', false]);
  });

  it('holidays counted by weekday or from Easter follow the year written', () => {
    const values = (text: string) => extract(text, { referenceDate: '2025-10-17' }).map((d) => d.value);
    expect(values('Offices shut on Labor Day 2030.')).toEqual(['2030-09-02']);
    expect(values('Offices shut on Good Friday 2030.')).toEqual(['2030-04-19']);
    expect(values('Offices shut on Mother’s Day 2026.')).toEqual(['2026-05-10']);
  });
});

describe('dates: names, titles and idioms that spell a date word (recent news)', () => {
  const read = (text: string) =>
    extract(text, { referenceDate: '2025-10-17' }).map((d) => `${d.text}|${d.value}${d.mod ? `|${d.mod}` : ''}`);

  it.each([
    // a day word inside a title, and "now" opening an instruction
    ['The fair was billed as “The City of Tomorrow.”', []],
    ['Read our guide, Ten Habits That Make You Calm Now', []],
    ['Now add the totals in the last column.', []],
    ['Now officials are investigating the leak.', ['Now|PRESENT_REF']],
    ['Now research shows the opposite.', ['Now|PRESENT_REF']],
    // a weekday in a name, and a model number after a name in capitals
    ['She wrote for the Sunday Review section.', []],
    ['The rig runs an AMD RX 5700 card.', []],
    ['Revenue in FY 2016 rose.', ['2016|2016']],
    // idioms of "a day"
    ['We fix it on a day to day basis.', []],
    ['A day of judgment is coming for the banks.', []],
    // a comma after the month when a year follows, and the far future
    ['In this photo dated Monday, Oct, 13, 2025 the crew waves.', ['Monday, Oct, 13, 2025|2025-10-13']],
    ['Nobody can forecast the far future.', ['the far future|FUTURE_REF']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('counts "a decade later" from the story year, as a decade', () => {
    expect(read('The mill opened in 1962. About a decade later, it closed.')).toEqual([
      '1962|1962',
      'About a decade later|197|APPROX',
    ]);
  });

  it('a year in brackets labels a heading and does not move the story', () => {
    expect(read('We surveyed newsrooms in 2011.\nCommon problems (2013)\nTwo years later, we went back.')).toEqual([
      '2011|2011',
      '2013|2013',
      'Two years later|2013',
    ]);
  });
});
