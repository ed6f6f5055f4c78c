/**
 * Date classes met on recent news and feature pages (issue #16, Dates; issue #20): the present era
 * ("today" meaning nowadays), decades and centuries, stretches laid over the anchor, and counted phrases
 * ("half a century", "years past", "one day"). Hand-written sentences; the reference day is Friday
 * 2025-10-17.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';
import type { TimeExpression } from '../src/types.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });
const FRIDAY = '2025-10-17';

function dateAt(text: string, span: string, referenceDate: string | undefined = FRIDAY): TimeExpression {
  const doc = pipeline.extract(text, referenceDate ? { referenceDate } : {});
  for (const date of doc.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  const found = doc.dates.find((date) => date.text === span);
  expect(found, `${span} in ${JSON.stringify(doc.dates)}`).toBeDefined();
  return found as TimeExpression;
}

describe('dates: "today" as the present era', () => {
  it.each([
    ['Paper maps still exist today, though few people carry them.', 'today'],
    ['Today, most bakers buy their flour from large mills.', 'Today'],
    ['Those are among the most popular hobbies today.', 'today'],
    ['Old quarrels between the villages remain unsettled today.', 'today'],
    ['Yet today glassblowing draws more students than ever.', 'today'],
    ['Yet today weaving is enjoying a quiet revival.', 'today'],
  ])('%s', (text, span) => {
    expect(dateAt(text, span).value).toBe('PRESENT_REF');
  });

  it.each([
    ['The ministry said today that the border would reopen.', 'today'],
    ['Today is the last day of the fair.', 'Today'],
    ['Today, the Lisbon council is voting on the budget.', 'Today'],
    ['Today, the city council is voting on the budget.', 'Today'],
    ['The harbour authority is dredging the channel today.', 'today'],
    ['Rescue teams are searching near Lake Placid today.', 'today'],
    ['We are seeing the results today.', 'today'],
    ['Prices will be settled by today.', 'today'],
  ])('the day: %s', (text, span) => {
    expect(dateAt(text, span).value).toBe(FRIDAY);
  });

  it('a story that says "today" of its day keeps every "today" as that day', () => {
    const text = 'The mayor resigned today. Ferries still exist today, though few use them.';
    const doc = pipeline.extract(text, { referenceDate: FRIDAY });
    expect(doc.dates.map((date) => date.value)).toEqual([FRIDAY, FRIDAY]);
  });
});

describe('dates: decades, centuries and stretches', () => {
  it.each([
    ['Glass signs spread in the 1900s.', 'the 1900s', 'DATE', '19'],
    ['Gas lamps lit the streets in the early 1800s.', 'the early 1800s', 'DATE', '18'],
    ['Arcades boomed in the 80s.', 'the 80s', 'DATE', '198'],
    ['Disco peaked in the 1970s.', 'the 1970s', 'DATE', '197'],
    ['The mill closed a century ago.', 'a century ago', 'DATE', '19'],
    ['The mill closed a decade ago.', 'a decade ago', 'DATE', '201'],
    ['Rents rose over the past year.', 'the past year', 'DURATION', 'P1Y'],
    ['Rates will climb over the next decade.', 'the next decade', 'DURATION', 'P1DE'],
    ['The tower has stood for half a century.', 'half a century', 'DURATION', 'P50Y'],
    ['She read for half an hour.', 'half an hour', 'DURATION', 'PT30M'],
    ['The dam opened a year and a half ago.', 'a year and a half ago', 'DATE', '2024-04'],
    ['In years past, the fair drew crowds.', 'years past', 'DATE', 'PAST_REF'],
    ['The launch came at 9:05 p.m. (1405 GMT) on the coast.', '1405 GMT', 'TIME', '2025-10-17T14:05'],
  ])('%s', (text, span, type, value) => {
    const date = dateAt(text, span);
    expect([date.type, date.value]).toEqual([type, value.replace('P1DE', 'P10Y')]);
  });

  it('"the 2000s" stays a decade, and "the 1900s" without the article is not read as a century', () => {
    expect(dateAt('Phones shrank in the 2000s.', 'the 2000s').value).toBe('200');
    expect(dateAt('Prices in 1900s catalogues were low.', '1900s').value).toBe('190');
  });

  it('"in the past year" and "last year" stay the year', () => {
    expect(dateAt('Rents rose last year.', 'last year').value).toBe('2024');
    expect(dateAt('Rents rose in the past year.', 'the past year').value).toBe('2024');
  });
});

describe('dates: "one day"', () => {
  it.each([
    ['And then one day the old pump broke.', 'XXXX-XX-XX'],
    ['Robots will one day sort the mail.', 'FUTURE_REF'],
  ])('%s', (text, value) => {
    const date = dateAt(text, 'one day');
    expect([date.type, date.value]).toEqual(['DATE', value]);
  });

  it.each(['He had been in the job one day.', 'The fair lasts for one day.'])('a length: %s', (text) => {
    expect(dateAt(text, 'one day').value).toBe('P1D');
  });
});

describe('dates: direction and compounds', () => {
  it.each([
    ['The ministers will meet on Sunday.', 'Sunday', '2025-10-19'],
    ['The final vote is on Tuesday.', 'Tuesday', '2025-10-21'],
    ['The final vote was on Tuesday.', 'Tuesday', '2025-10-14'],
    ["Let's talk on Wednesday.", 'Wednesday', '2025-10-22'],
  ])('%s', (text, span, value) => {
    expect(dateAt(text, span).value).toBe(value);
  });

  it.each([
    ['The band toured Spain during the summer.', '2024-SU'],
    ['The band will tour Spain during the summer.', '2025-SU'],
  ])('seasons follow the clause in March: %s', (text, value) => {
    expect(dateAt(text, 'the summer', '2025-03-10').value).toBe(value);
  });

  it.each([
    ['Prices doubled over the last quarter-century.', 'the last quarter-century', 'DURATION', 'P25Y'],
    ['The law passed a quarter century ago.', 'a quarter century ago', 'DATE', '2000'],
    ['The feud lasted a half-century.', 'a half-century', 'DURATION', 'P50Y'],
    ['Sales fell a week earlier this month.', 'a week earlier this month', 'DATE', '2025-10'],
    ['She said late Thursday that the deal was off.', 'late Thursday', 'DATE', '2025-10-16'],
  ])('%s', (text, span, type, value) => {
    const date = dateAt(text, span);
    expect([date.type, date.value]).toEqual([type, value]);
  });

  it('"the last quarter" stays a quarter and "a quarter of" is no date', () => {
    expect(dateAt('Profit rose in the last quarter.', 'the last quarter').value).toBe('2025-Q3');
    expect(pipeline.extract('A quarter of the staff left.', { referenceDate: FRIDAY }).dates).toEqual([]);
  });

  it('the past quarter-century is laid back from the anchor', () => {
    const date = dateAt('Prices doubled over the last quarter-century.', 'the last quarter-century');
    expect(date.interval).toEqual({ start: '2000-10-17', end: FRIDAY });
  });
});

describe('dates: the period the story is telling, open counts, questions ahead', () => {
  it('"the decade" and "the century" without "this" fall in the story\'s latest year', () => {
    const text = 'The pact was signed in 1952. By the middle of the decade, it had failed.';
    expect(dateAt(text, 'the middle of the decade').value).toBe('195');
    expect(
      dateAt('Gas lamps arrived in 1850. By the end of the century, they were gone.', 'the end of the century').value,
    ).toBe('18');
    expect(dateAt('The pact was signed in 1952. It is the crime of this century.', 'this century').value).toBe('20');
    expect(dateAt('By the middle of the century, rail was everywhere.', 'the middle of the century').value).toBe('20');
  });

  it.each([
    ['In the following decades, rail spread.', 'the following decades', 'PXDE'],
    ['For centuries, the river flooded.', 'centuries', 'PXCE'],
    ['It was a decades-long fight.', 'decades-long', 'PXY'],
    ['It lasted two decades.', 'two decades', 'P20Y'],
  ])('%s', (text, span, value) => {
    const date = dateAt(text, span);
    expect([date.type, date.value]).toEqual(['DURATION', value]);
  });

  it.each([
    ['Will the talks resume on Monday?', 'Monday', '2025-10-20'],
    ['Will this old lamp end up in a museum one day?', 'one day', 'FUTURE_REF'],
  ])('a question opened by "will" looks ahead: %s', (text, span, value) => {
    expect(dateAt(text, span).value).toBe(value);
  });
});

describe('dates: small forms met while extending the case table', () => {
  it('"the 4th of July" keeps its article', () => {
    expect(dateAt('The fair opens on the 4th of July, 2026.', 'the 4th of July, 2026').value).toBe('2026-07-04');
  });

  it('a noun the tagger reads as a verb after "the" does not set the tense ("painted the hull")', () => {
    const text = 'The crew painted the hull during the summer.';
    expect(dateAt(text, 'the summer', '2025-04-02').value).toBe('2024-SU');
  });

  it('a clock time joined by "at" to an unread date is not put on the reference day', () => {
    const doc = pipeline.extract('It opened on Sunday, 2016.13.01, at noon.', { referenceDate: FRIDAY });
    expect(doc.dates.map((date) => date.value)).toEqual(['XXXX-WXX-7', 'XXXX-XX-XXT12:00']);
  });
});

describe('dates: the end of the year', () => {
  it.each([
    ["Jobs will be cut by year's end.", "year's end", '2025', 'END'],
    ['Jobs will be cut by year end.', 'year end', '2025', 'END'],
    ['The deal closes at year-end.', 'year-end', '2025-12-31', undefined],
  ])('%s', (text, span, value, mod) => {
    const date = dateAt(text, span);
    expect([date.value, date.mod]).toEqual([value, mod]);
  });
});
