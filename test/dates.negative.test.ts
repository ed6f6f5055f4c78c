import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });

function dateTexts(text: string): string[] {
  return pipeline.extract(text, { referenceDate: '2025-10-17' }).dates.map((date) => date.text);
}

/** Words and numbers that look temporal but are not: none of these sentences holds a date. */
describe('dates: negative cases', () => {
  it.each([
    ['may the verb', 'The leaders may meet again, officials said.'],
    ['May at the start of a sentence', 'May I ask a question about the deal?'],
    ['march the noun', 'Thousands joined the march through the city centre.'],
    ['March as a verb', 'Protesters plan to march on parliament.'],
    ['a second summit (ordinal, not a unit)', 'Officials discussed a second summit in Budapest.'],
    ['sat the verb', 'The delegates sat in silence for the anthem.'],
    ['fractions', 'Turnout rose by 1/2 point among young voters.'],
    ['counts that are not years', 'About 2000 soldiers and 1500 police were deployed.'],
    ['money that looks like a year', 'The ticket cost $1999 at the door.'],
    ['percentages', 'Support reached 2010 percent in the satirical poll.'],
    ['ages', 'The 52 years old chairman will retire.'],
    ['names that are months', 'April Ryan asked the first question.'],
    ['"as soon as" is a conjunction', 'Trading resumed as soon as the report appeared.'],
    ['a quarter of something is a fraction', 'A quarter of the shares changed hands.'],
    ['"last" the verb', 'The ceasefire will last.'],
    ['attributive frequency adjectives', 'The firm raised its quarterly dividend and daily output.'],
    ['the fall of a city', 'Historians studied the fall of Constantinople.'],
    ['current as a noun', 'The swimmer was caught in a strong current.'],
    ['temporal adjectives without a referent', 'He described his recent conversation and the current system.'],
    ['adverbs without a temporal referent', 'Officials previously said they would act immediately and shortly.'],
  ])('%s', (_name, text) => {
    expect(dateTexts(text)).toEqual([]);
  });

  it('keeps the real date next to a false friend', () => {
    expect(dateTexts('The leaders may meet in May, a spokesman said.')).toEqual(['May']);
    expect(dateTexts('The march was held on March 3.')).toEqual(['March 3']);
  });
});

/** Numbers, abbreviations and counts that look like the new forms of issue #20 but are not dates. */
describe('dates: negative cases for numeric and composed forms', () => {
  it.each([
    ['a score', 'The home side led 3-2 at half time.'],
    ['a fraction', 'Turnout rose 7/8 of a point.'],
    ['a decimal', 'Sales rose 12.5 percent.'],
    ['a version number', 'The firm shipped version 2.0.1 of the app.'],
    ['a phone number', 'Call the desk on 555-1234 for details.'],
    ['a three-digit last part', 'The parcel was left in room 12-30-160.'],
    ['an impossible day and month', 'The form was stamped 31/31/2016 by mistake.'],
    ['"march" lower case with a day but no year', 'The scouts march 5 miles to camp.'],
    ['"mar" the verb', 'Protests could mar the opening.'],
    ['an abbreviation as a name', 'Jun Li and Jan Smit spoke first.'],
    ['short weekday names without a date', 'The Sun reported it. Sat in the sun, he said they would wed.'],
  ])('%s', (_name, text) => {
    expect(dateTexts(text)).toEqual([]);
  });

  it('keeps a count after a date a count', () => {
    expect(dateTexts('On Aug 9, 10 people were hurt.')).toEqual(['Aug 9']);
  });

  it('does not compose a count with a day that belongs to an event', () => {
    expect(dateTexts("The talks ended a week after Friday's vote.")).toEqual(['a week', 'Friday']);
    expect(dateTexts('The price fell eight trading days after Oct. 12.')).toEqual(['eight trading days', 'Oct. 12']);
  });
});

/** TIMEX3 values the stage may produce: calendar values at any granularity, durations, references. */
const TIMEX_DURATION = String.raw`P(?:[\dX.]+(?:Y|M|W|D|Q|DE|CE|ML))*(?:T(?:[\dX.]+[HMS])+)?`;
const TIMEX_YEAR = String.raw`(?:\d{4}|XXXX|\d{3}X?|XXX|\d{2}|XX)`;
const TIMEX_DAY = String.raw`-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?`;
const TIMEX_WEEK = String.raw`-W(?:\d{2}|XX)(?:-(?:\d|WE))?`;
const TIMEX_PART = `(?:${TIMEX_DAY}|${TIMEX_WEEK}|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?`;
const TIMEX_TIME = String.raw`(?:T(?:\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI|MI))?`;
const TIMEX_VALUE = new RegExp(
  `^(?:PRESENT_REF|PAST_REF|FUTURE_REF|${TIMEX_DURATION}|${TIMEX_YEAR}${TIMEX_PART}${TIMEX_TIME})$`,
);

describe('dates: robustness on word soup', () => {
  // Sentences drawn from temporal and ordinary words with a fixed seed: whatever the grammar makes of
  // them, it must not throw, every span must be a slice of the input, and every value a TIMEX3 value.
  const words = [
    'the',
    'last',
    'next',
    'this',
    'past',
    'two',
    'a',
    'few',
    'weeks',
    'week',
    'year',
    'years',
    'ago',
    'earlier',
    'Monday',
    'Friday',
    'May',
    'March',
    'October',
    '16',
    '2025',
    '1998',
    'the',
    'beginning',
    'of',
    'early',
    'late',
    'mid-November',
    'quarter',
    'third',
    '-',
    'every',
    'each',
    'day',
    'night',
    'morning',
    'now',
    'recently',
    'soon',
    'will',
    'said',
    'meet',
    'on',
    'in',
    'by',
    'since',
    'until',
    'or',
    'so',
    'to',
    'three',
    'twenty',
    'four',
    ',',
    '.',
    "'s",
    'nearly',
    'more',
    'than',
    '10:35',
    'a.m.',
    'Christmas',
    'Thanksgiving',
    'summer',
    'fall',
    'year-end',
    'nineteen',
    'ninety',
    'the',
    '1990s',
    "'80s",
    '1/2',
    '5',
    'hours',
    'second',
    'decade',
    'centuries',
    'daily',
    // the forms of issue #20
    '12-30-16',
    '25/05/2015',
    '2012/8/10',
    '05/06/2015',
    '31/31/2016',
    '9/2012',
    '12/30',
    'Sep',
    'Wed',
    'Sat',
    'february',
    'march',
    '3rd',
    '96',
    "'",
    'before',
    'after',
    'from',
    'yesterday',
    'tomorrow',
    'at',
    '18:40:39',
    'weekend',
    "Let's",
    'can',
    'within',
  ];
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sentences = Array.from({ length: 300 }, () =>
    Array.from({ length: 4 + Math.floor(random() * 14) }, () => words[Math.floor(random() * words.length)]).join(' '),
  );

  it.each([['2025-10-17'], [null]])('anchor %s', (referenceDate) => {
    let found = 0;
    for (const text of sentences) {
      const doc = pipeline.extract(text, referenceDate ? { referenceDate } : {});
      for (const date of doc.dates) {
        found += 1;
        expect(text.slice(date.start, date.end)).toBe(date.text);
        expect(date.value, `${date.text} in "${text}"`).toMatch(TIMEX_VALUE);
        // An interval is two days, the first not after the last, and only on a duration.
        if (date.interval) {
          expect(date.type).toBe('DURATION');
          expect(date.interval.start <= date.interval.end, JSON.stringify(date.interval)).toBe(true);
          expect(date.interval.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
    expect(found).toBeGreaterThan(300);
  });
});
