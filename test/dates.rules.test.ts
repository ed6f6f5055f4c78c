/** Rules added in the second dates pass: cue words for direction, decades; hand-written sentences. */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';
import type { TimeExpression } from '../src/types.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });

function datesOf(text: string, referenceDate: string | null): TimeExpression[] {
  const doc = pipeline.extract(text, referenceDate ? { referenceDate } : {});
  for (const date of doc.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  return [...doc.dates];
}

function dateValueOf(text: string, referenceDate: string | null): string {
  const found = datesOf(text, referenceDate);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return (found[0] as TimeExpression).value;
}

describe('dates: words before a date that fix its direction', () => {
  it('"payable" and "effective" point ahead even in a past clause', () => {
    expect(dateValueOf('The bakery declared a dividend of ten cents, payable Dec. 4.', '2025-10-20')).toBe(
      '2025-12-04',
    );
    expect(dateValueOf('The board approved new rules, effective Feb. 1.', '2025-10-20')).toBe('2026-02-01');
    expect(dateValueOf('The board named a new chairman, effective June 1.', '2025-10-20')).toBe('2026-06-01');
  });
  it('"through" follows the clause: a past clause looks back', () => {
    expect(dateValueOf('The club had sold 400 tickets through Sept. 12.', '2025-10-20')).toBe('2025-09-12');
    expect(dateValueOf('The loan will run through January.', '2025-10-20')).toBe('2026-01');
  });
  it('"is to" and "planning to" announce what lies ahead', () => {
    // Anchor Wednesday 2025-10-22: a past Tuesday would be 10-21, the coming one 10-28.
    expect(dateValueOf('The ferry is to resume sailing on Tuesday.', '2025-10-22')).toBe('2025-10-28');
    expect(dateValueOf('The growers were planning to march on Tuesday.', '2025-10-22')).toBe('2025-10-28');
    expect(dateValueOf('The ferry resumed sailing on Tuesday.', '2025-10-22')).toBe('2025-10-21');
    // "is" alone is no future: "the ferry is late" says nothing of Tuesday's direction.
    expect(dateValueOf('The ferry that sailed on Tuesday is late.', '2025-10-22')).toBe('2025-10-21');
  });
  it('an intention in the past perfect is past ("had been scheduled to")', () => {
    // Anchor Monday 2025-10-20: the Friday before is 10-17, the coming one 10-24.
    expect(dateValueOf('The vote had been scheduled to close on Friday.', '2025-10-20')).toBe('2025-10-17');
    expect(dateValueOf('The vote is scheduled to close on Friday.', '2025-10-20')).toBe('2025-10-24');
  });
  it('without such a word, the tense of the clause decides', () => {
    expect(dateValueOf('The bakery paid its suppliers on Dec. 4.', '2025-10-20')).toBe('2024-12-04');
  });
});

describe('dates: decades and centuries by their leading digits', () => {
  it.each([
    ['Growth slowed in the 1990s for most makers.', '199'],
    ['The band was famous in the eighties.', '198'],
    ["Sales boomed in the '60s.", '196'],
    ['Rents peaked in the mid-1970s in the city.', '197'],
    ['The bridge was built in the 19th century.', '18'],
  ])('%s → %s', (text, value) => {
    expect(dateValueOf(text, '2025-10-20')).toBe(value);
  });
  it('"the last decade" is the decade before the anchor\'s', () => {
    expect(dateValueOf('Wages fell in the last decade.', '2025-10-20')).toBe('201');
  });
});

describe('dates: a part of the day under a modifier', () => {
  function brief(text: string, referenceDate = '2025-10-22'): string[] {
    return datesOf(text, referenceDate).map((d) => `${d.text}|${d.type}|${d.value}${d.mod ? `|${d.mod}` : ''}`);
  }
  it.each([
    ['Prices steadied by mid afternoon.', 'mid afternoon|TIME|2025-10-22TAF|MID'],
    ['Prices steadied at mid-afternoon yesterday.', 'mid-afternoon yesterday|TIME|2025-10-21TAF|MID'],
    ['The ferry left in the late evening.', 'the late evening|TIME|2025-10-22TEV|END'],
    ['The ferry left early Tuesday morning.', 'early Tuesday morning|TIME|2025-10-21TMO|START'],
  ])('%s → %s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
  it.each([
    ['Good afternoon, everyone.'],
    ['The late-night show ended.'],
    ['Early morning flights were cancelled.'],
    ['She had afternoon tea with the mayor.'],
  ])('%s has no time of day', (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('dates: "one day" ahead versus one day long', () => {
  it.each([
    ['Islam will one day be the largest faith in the town.', 'one day|DATE|FUTURE_REF'],
    ['She hopes to one day run the firm.', 'one day|DATE|FUTURE_REF'],
    ['It could someday lead to peace.', 'someday|DATE|FUTURE_REF'],
    ['The strike lasted one day and ended.', 'one day|DURATION|P1D'],
    ['They were paid for one day.', 'one day|DURATION|P1D'],
  ])('%s → %s', (text, expected) => {
    expect(datesOf(text, '2025-10-22').map((d) => `${d.text}|${d.type}|${d.value}`)).toEqual([expected]);
  });
});

describe('dates: counts with a word before the unit, and lengths', () => {
  it.each([
    ['The lease may run for an additional year.', 'an additional year|DURATION|P1Y'],
    ['Prices recovered within eight trading days.', 'eight trading days|DURATION|P8D'],
    ['Refunds take ten business days.', 'ten business days|DURATION|P10D'],
    ['The decades-long feud ended in court.', 'decades-long|DURATION|PXY'],
    ['The city stood for centuries.', 'centuries|DURATION|PXCE'],
    ['Analysts expect fiscal 2024 sales to fall.', 'fiscal 2024|DATE|2024'],
  ])('%s → %s', (text, expected) => {
    expect(datesOf(text, '2025-10-22').map((d) => `${d.text}|${d.type}|${d.value}`)).toContain(expected);
  });
  it.each([
    ['The two business partners met.'],
    ['Traders bought 2000 shares of the fund.'],
    ['Sales rose by 1500 units.'],
  ])('%s has no date', (text) => {
    expect(datesOf(text, '2025-10-22')).toEqual([]);
  });
});

describe('dates: mods from the words around an expression', () => {
  function withMod(text: string): string[] {
    return datesOf(text, '2025-10-22').map((d) => `${d.text}|${d.value}|${d.mod ?? '-'}`);
  }
  it.each([
    ['The plant will not be profitable until 2027 or later.', '2027 or later|2027|ON_OR_AFTER'],
    ['Forecasts cover 2026 and beyond.', '2026 and beyond|2026|ON_OR_AFTER'],
    ['Prices may stay high for a couple of years.', 'a couple of years|P2Y|APPROX'],
    ['Prices may rise over the next couple of weeks.', 'the next couple of weeks|P2W|APPROX'],
    ['He has lived there for nearly two years.', 'nearly two years|P2Y|EQUAL_OR_LESS'],
    ['The talks have run for almost three weeks.', 'almost three weeks|P3W|LESS_THAN'],
  ])('%s → %s', (text, expected) => {
    expect(withMod(text)).toContain(expected);
  });
  it('"or" and "and" after a year start no bound of their own', () => {
    expect(withMod('Sales fell in 2019 or 2020.')).not.toContain('2019 or later|2019|ON_OR_AFTER');
    expect(withMod('Sales fell in 2019 and rose later.').some((d) => d.startsWith('2019 and'))).toBe(false);
  });
});

describe('dates: reporting periods in a results story', () => {
  function values(text: string): string[] {
    return datesOf(text, '2025-10-22').map((d) => `${d.text}|${d.value}`);
  }
  it('"the 2024 period" after a quarter is that year\'s same quarter', () => {
    const text = 'The bakery earned $5 million in the third quarter. In the 2024 period, it earned $4 million.';
    expect(values(text)).toContain('the 2024 period|2024-Q3');
  });
  it('without a quarter in the story, "the 2024 period" is the year', () => {
    expect(values('In the 2024 period, the bakery earned $4 million.')).toContain('the 2024 period|2024');
  });
  it('"the quarter a year ago" is the year-ago quarter, one expression', () => {
    const text = 'The bakery earned $5 million in the third quarter. For the quarter a year ago, it earned $4 million.';
    expect(values(text)).toContain('the quarter a year ago|2024-Q3');
  });
});

describe('dates: "today\'s" as nowadays', () => {
  it('"today\'s world" and "today\'s youth" are not the publication day', () => {
    expect(datesOf("Cars shape today's world.", '2025-10-22')).toEqual([]);
    expect(datesOf("The book speaks to today's youth.", '2025-10-22')).toEqual([]);
  });
  it('"today\'s vote" is', () => {
    expect(datesOf("Polls close before today's vote.", '2025-10-22').map((d) => `${d.text}|${d.value}`)).toEqual([
      'today|2025-10-22',
    ]);
  });
});

describe('dates: titles that look like dates', () => {
  it('"This Week" as a programme title is not this week; "this week" is', () => {
    expect(datesOf('The minister spoke on ABC\'s "This Week" programme.', '2025-10-22')).toEqual([]);
    expect(datesOf('The minister spoke this week.', '2025-10-22').map((d) => d.value)).toEqual(['2025-W43']);
    expect(datesOf('This week the minister spoke.', '2025-10-22').map((d) => d.value)).toEqual(['2025-W43']);
  });
});

describe('dates: "the year 2000"', () => {
  it('is one expression, the year named', () => {
    expect(
      datesOf('Polls show that the year 2000 problem is real.', '1999-06-01').map((d) => `${d.text}|${d.value}`),
    ).toEqual(['the year 2000|2000']);
  });
});

describe('dates: open stretches with "the"', () => {
  it.each([
    ['Prices may fall in the weeks ahead.', 'the weeks ahead|DURATION|PXW'],
    ['Over the years, the town grew.', 'the years|DURATION|PXY'],
  ])('%s → %s', (text, expected) => {
    expect(datesOf(text, '2025-10-22').map((d) => `${d.text}|${d.type}|${d.value}`)).toEqual([expected]);
  });
  it('"the years" elsewhere is no date', () => {
    expect(datesOf('He read the years on the coins.', '2025-10-22')).toEqual([]);
  });
});
