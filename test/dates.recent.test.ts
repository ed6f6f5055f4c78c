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
    ['The rivalry stems from quarrels that remain unresolved today.', 'today'],
    ['Yet today glassblowing is enjoying a quiet revival.', 'today'],
  ])('%s', (text, span) => {
    expect(dateAt(text, span).value).toBe('PRESENT_REF');
  });

  it.each([
    ['The ministry said today that the border would reopen.', 'today'],
    ['Today is the last day of the fair.', 'Today'],
    ['Today, the Lisbon council is voting on the budget.', 'Today'],
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
