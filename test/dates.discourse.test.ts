/** Dates told from an earlier date of the story (discourse.ts, rules/anaphoric.ts); hand-written sentences. */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';
import type { TimeExpression } from '../src/types.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });
const ANCHOR = '2025-10-20';

function dates(text: string, referenceDate: string | null = ANCHOR): TimeExpression[] {
  const doc = pipeline.extract(text, referenceDate ? { referenceDate } : {});
  for (const date of doc.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  return [...doc.dates];
}

/** The expression whose text is `phrase`, as "text|type|value". */
function find(text: string, phrase: string, referenceDate: string | null = ANCHOR): string {
  const date = dates(text, referenceDate).find((d) => d.text === phrase);
  return date ? `${date.text}|${date.type}|${date.value}${date.resolved ? '' : '|unresolved'}` : `(no "${phrase}")`;
}

describe('dates: told from the last date of the story', () => {
  it.each([
    ['The mill closed on March 3, 2019. The owners sold the land the next day.', 'the next day', 'DATE|2019-03-04'],
    ['The mill closed on March 3, 2019. That day, the owners sold the land.', 'That day', 'DATE|2019-03-03'],
    ['The mill closed on March 3, 2019. The owners sold the land the same day.', 'the same day', 'DATE|2019-03-03'],
    [
      'The mill closed on March 3, 2019. Later that day, the owners sold the land.',
      'Later that day',
      'DATE|2019-03-03',
    ],
    ['The mill closed on March 3, 2019. That night the owners sold the land.', 'That night', 'TIME|2019-03-03TNI'],
    [
      'The mill closed on March 3, 2019. The following morning the owners left.',
      'The following morning',
      'TIME|2019-03-04TMO',
    ],
    ['The mill opened in 1961. The following year, a second shed was built.', 'The following year', 'DATE|1962'],
    ['The mill opened in 1961. A second shed was built that year.', 'that year', 'DATE|1961'],
    ['The mill opened in 1961. A year later, a second shed was built.', 'A year later', 'DATE|1962'],
    [
      'The mill opened in June 1961. The following month, a second shed was built.',
      'The following month',
      'DATE|1961-07',
    ],
    [
      'Shares rose on Friday, Oct. 17, 2025, after falling from the previous Friday.',
      'the previous Friday',
      'DATE|2025-10-10',
    ],
    ['Sales fell in the second quarter of 2024. Costs rose that quarter too.', 'that quarter', 'DATE|2024-Q2'],
  ])('%s → %s', (text, phrase, expected) => {
    expect(find(text, phrase)).toBe(`${phrase}|${expected}`);
  });

  it('"two days later" after a day keeps its duration, with the interval from that day (issue #20)', () => {
    const text = 'The mill closed on March 3, 2019. Two days later, the owners sold the land. The next day, they left.';
    const later = dates(text).find((date) => date.text === 'Two days later');
    expect(later).toMatchObject({
      type: 'DURATION',
      value: 'P2D',
      interval: { start: '2019-03-03', end: '2019-03-05' },
    });
    // The story has moved on to the day the duration ends.
    expect(find(text, 'The next day')).toBe('The next day|DATE|2019-03-06');
  });

  it('after a year only, "two years later" is the year it points to', () => {
    expect(find('The paper launched in 2011. Two years later, it closed.', 'Two years later')).toBe(
      'Two years later|DATE|2013',
    );
  });

  it('takes the latest date mentioned before it, not the first', () => {
    const text = 'The strike began on May 2, 2018. Talks resumed on June 9, 2018. Two days later, a deal was signed.';
    const later = dates(text).find((date) => date.text === 'Two days later');
    expect(later?.interval).toEqual({ start: '2018-06-09', end: '2018-06-11' });
  });

  it('a date resolved from the anchor is a date of the story too', () => {
    // "Monday" in a past report is 2025-10-13 (anchor: Monday 2025-10-20 is itself "Monday"), so use Tuesday.
    const text = 'The council voted on Tuesday. The next day, the mayor resigned.';
    expect(find(text, 'Tuesday')).toBe('Tuesday|DATE|2025-10-14');
    expect(find(text, 'The next day')).toBe('The next day|DATE|2025-10-15');
  });

  it('after a coarser mention, "that same day" keeps what is known and leaves the day open', () => {
    const text =
      'Guards were hurt twice, the last time in March 2019 when a fire broke out. The alarm was fixed that same day.';
    expect(find(text, 'that same day')).toBe('that same day|DATE|2019-03-XX');
    // A shift cannot be counted from a month: "the next day" falls back (underspecified).
    const next = 'Guards were hurt in March 2019. The alarm was fixed the next day.';
    expect(find(next, 'the next day')).toBe('the next day|DATE|XXXX-XX-XX|unresolved');
  });
});

describe('dates: a time of day without a day belongs to the day being told', () => {
  it('a clock time or "the morning" right after a day takes that day', () => {
    const text = 'The bridge closed on Friday, Oct. 10, 2025. Traffic stopped at 9:40 a.m.';
    expect(find(text, '9:40 a.m.')).toBe('9:40 a.m.|TIME|2025-10-10T09:40');
    const morning = 'Shares fell on Friday, Oct. 10, 2025. Buyers came back in the morning.';
    expect(find(morning, 'the morning')).toBe('the morning|TIME|2025-10-10TMO');
  });
  it('a day after a bracketed aside names the day of the clock time, and stays its own expression', () => {
    const text = 'The dam burst at 9:40 a.m. (0740 GMT) Friday, flooding the valley.';
    expect(find(text, '9:40 a.m.')).toBe('9:40 a.m.|TIME|2025-10-17T09:40');
    expect(find(text, 'Friday')).toBe('Friday|DATE|2025-10-17');
  });
  it('a day told several sentences earlier does not carry: the anchor does', () => {
    const text =
      'The bridge opened on June 3, 1950. It was rebuilt twice. Repairs are slow. Traffic stopped at 9:40 a.m.';
    expect(find(text, '9:40 a.m.')).toBe('9:40 a.m.|TIME|2025-10-20T09:40');
  });
  it('"this morning" is always the anchor\'s', () => {
    const text = 'Shares fell on Friday, Oct. 10, 2025. Buyers came back this morning.';
    expect(find(text, 'this morning')).toBe('this morning|TIME|2025-10-20TMO');
  });
});

describe('dates: anaphoric expressions without an earlier date', () => {
  it('"that day" and "the next day" stay underspecified and unresolved', () => {
    expect(find('The owners sold the land that day.', 'that day')).toBe('that day|DATE|XXXX-XX-XX|unresolved');
    expect(find('The owners sold the land the next day.', 'the next day')).toBe(
      'the next day|DATE|XXXX-XX-XX|unresolved',
    );
  });
  it('"the following year" falls back to the year after the anchor, as before', () => {
    expect(find('The following year will be hard for farmers.', 'The following year')).toBe(
      'The following year|DATE|2026',
    );
  });
  it('"two days later" falls back to a duration', () => {
    expect(find('Two days later, the owners sold the land.', 'Two days later')).toBe('Two days later|DURATION|P2D');
  });
  it('an earlier date without an anchor still resolves "the next day"', () => {
    expect(find('The mill closed on March 3, 2019. The owners left the next day.', 'the next day', null)).toBe(
      'the next day|DATE|2019-03-04',
    );
  });
});

describe('dates: what is not anaphoric', () => {
  it.each([
    ['She said that days of rain had ruined the harvest.'],
    ['The centre offers that day care to every family.'],
    ['He argued that years of neglect had done the damage.'],
    ['They hoped that the day would never come.'],
    ['He said that may change soon.'],
    ['The second half of that second period was dull.'],
    ['The next 2000 people will win a prize.'],
  ])('%s: "that"/"the" starts no date', (text) => {
    // "days of rain" alone may be a duration (PXD); the determiner never makes it a point of the story.
    for (const date of dates(text)) expect(date.text).not.toMatch(/^(that|the)\b/i);
  });
  it('"the next year" keeps its reading from the anchor (the coming year)', () => {
    expect(find('The mill opened in 1961. Prices should rise in the next year.', 'the next year')).not.toBe(
      'the next year|DATE|1962',
    );
  });
});
