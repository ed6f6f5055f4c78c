import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';
import type { TimeExpression } from '../src/types.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });

const FRIDAY = '2025-10-17';

/** Dates of `text` anchored on `referenceDate` (default 2025-10-17, a Friday; null: no anchor). */
function dates(text: string, referenceDate: string | null = FRIDAY): TimeExpression[] {
  const doc = pipeline.extract(text, referenceDate ? { referenceDate } : {});
  for (const date of doc.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  return [...doc.dates];
}

function only(text: string, referenceDate: string | null = FRIDAY): TimeExpression {
  const found = dates(text, referenceDate);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0] as TimeExpression;
}

function brief(date: TimeExpression): string {
  return `${date.text}|${date.type}|${date.value}${date.mod ? `|${date.mod}` : ''}`;
}

describe('dates: absolute expressions', () => {
  it.each([
    ['The talks were held on October 16.', 'October 16|DATE|2025-10-16'],
    ['The deal was signed on Oct. 3, 2024, in Paris.', 'Oct. 3, 2024|DATE|2024-10-03'],
    ['The report is dated 2025-10-17 in the archive.', '2025-10-17|DATE|2025-10-17'],
    ['It was released on 16 October 2025 by the agency.', '16 October 2025|DATE|2025-10-16'],
    ['Prices fell sharply in August 1998 across Asia.', 'August 1998|DATE|1998-08'],
    ['Elections were held in 1998 and again later.', '1998|DATE|1998'],
    ['The firm earned $5 million in fiscal 1989.', 'fiscal 1989|DATE|1989'],
    ['Growth slowed in the 1990s for most makers.', 'the 1990s|DATE|199'],
    ['The plan dates from the beginning of 2025 and runs on.', 'the beginning of 2025|DATE|2025|START'],
    ['Sales rose in early December as expected.', 'early December|DATE|2024-12|START'],
    ['The economy shrank in mid-1996 after the crisis.', 'mid-1996|DATE|1996|MID'],
    ['Profit rose in the third quarter of 1989 at the bank.', 'the third quarter of 1989|DATE|1989-Q3'],
    ['The stadium will open in the summer of 2026 at last.', 'the summer of 2026|DATE|2026-SU'],
    ['He was convicted in nineteen ninety-one by a jury.', 'nineteen ninety-one|DATE|1991'],
    ['Rents peaked in the mid-1990s in the city.', 'the mid-1990s|DATE|199|MID'],
    ['The deal should close around Nov. 1, the firm said.', 'around Nov. 1|DATE|2025-11-01|APPROX'],
    ['Officials reviewed the post-October 16 call notes.', 'October 16|DATE|2025-10-16'],
    ['Output is back at pre-2020 levels.', '2020|DATE|2020'],
    ['He promised to halve unemployment by the year two thousand.', 'the year two thousand|DATE|2000'],
  ])('%s', (text, expected) => {
    expect(brief(only(text))).toBe(expected);
  });
});

describe('dates: relative expressions anchored on the reference date', () => {
  it.each([
    ['The minister spoke yesterday.', 'yesterday|DATE|2025-10-16'],
    ["He recalled yesterday's conversation with the president.", 'yesterday|DATE|2025-10-16'],
    ['The results are due today.', 'today|DATE|2025-10-17'],
    ['They will travel tomorrow.', 'tomorrow|DATE|2025-10-18'],
    ['Inflation rose last week.', 'last week|DATE|2025-W41'],
    ['The leaders will meet next week.', 'next week|DATE|2025-W43'],
    ['Sales jumped last year.', 'last year|DATE|2024'],
    ['The bank expects profits to fall this month.', 'this month|DATE|2025-10'],
    // Up to four weeks back people count to the day (TimeBank: "two weeks ago" 1998-03-08); six weeks is a week.
    ['Prices rose two weeks ago.', 'two weeks ago|DATE|2025-10-03'],
    ['Prices rose six weeks ago.', 'six weeks ago|DATE|2025-W36'],
    ['The party won five years ago.', 'five years ago|DATE|2020'],
    ['The law was passed earlier this year.', 'earlier this year|DATE|2025|START'],
    ['Talks stalled last night.', 'last night|TIME|2025-10-16TNI'],
    ['The vote is expected this morning.', 'this morning|TIME|2025-10-17TMO'],
    ['A statement will be issued later today.', 'later today|DATE|2025-10-17|END'],
    ['Protesters gathered over the weekend.', 'the weekend|DATE|2025-W41-WE'],
    ['The strike began last April.', 'last April|DATE|2025-04'],
    ['The rally took place in June last year.', 'June last year|DATE|2024-06'],
    ["Net income rose in this year's third quarter.", "this year's third quarter|DATE|2025-Q3"],
    ["The rule takes effect in next year's first quarter.", "next year's first quarter|DATE|2026-Q1"],
    ['The trial opens on Christmas Eve.', 'Christmas Eve|DATE|2025-12-24'],
  ])('%s', (text, expected) => {
    expect(brief(only(text))).toBe(expected);
  });

  it('"a year earlier" after a quarter in a results story is that quarter a year before', () => {
    expect(dates('Profit rose in the third quarter from $5 million a year earlier.').map(brief)).toEqual([
      'the third quarter|DATE|2025-Q3',
      'a year earlier|DATE|2024-Q3',
    ]);
  });

  it('reads the anchor from the publication date before the caller reference date', () => {
    const doc = pipeline.extract('date 2025-10-17\nThe minister spoke yesterday.', { referenceDate: '2020-01-01' });
    expect(doc.dates.map(brief)).toEqual(['yesterday|DATE|2025-10-16']);
  });
});

describe('dates: weekday direction follows the tense', () => {
  // 2025-10-17 is a Friday.
  it('past report: the Monday before the anchor', () => {
    expect(brief(only('The minister said on Monday that talks had stalled.'))).toBe('Monday|DATE|2025-10-13');
  });
  it('future clause: the next Monday', () => {
    expect(brief(only('The two leaders will meet on Monday in Geneva.'))).toBe('Monday|DATE|2025-10-20');
  });
  it("contracted future ('ll) and intention verbs point forward", () => {
    expect(only("They'll vote on Tuesday.").value).toBe('2025-10-21');
    expect(only('The board is expected to decide on Wednesday.').value).toBe('2025-10-22');
  });
  it("the anchor's own weekday in a past report is the anchor itself", () => {
    expect(only('Officials confirmed the plan on Friday.').value).toBe('2025-10-17');
  });
  it('"last" and "next" override the tense', () => {
    expect(only('They will remember last Tuesday.').value).toBe('2025-10-14');
    expect(only('He said it happens next Thursday.').value).toBe('2025-10-23');
  });
  it('a month without a year follows the tense too', () => {
    expect(only('The company reported losses in March.', '2025-02-10').value).toBe('2024-03');
    expect(only('The company will report results in March.', '2025-02-10').value).toBe('2025-03');
  });
  it('"since" looks back and "until" names a deadline near the anchor', () => {
    expect(only('No inspections were allowed to go ahead since Jan. 13.', '2025-03-06').value).toBe('2025-01-13');
    expect(only('The offer was extended until Nov. 16.', '2025-10-30').value).toBe('2025-11-16');
  });
});

describe('dates: durations, fuzzy references and sets', () => {
  it.each([
    ['The summit may take place within two weeks or a little later.', 'two weeks|DURATION|P2W'],
    ['It ended weeks of speculation in the capital.', 'weeks|DURATION|PXW'],
    ['The talks lasted the past three months.', 'the past three months|DURATION|P3M'],
    ['They signed a five-year contract.', 'five-year|DURATION|P5Y'],
    ['The flight took 5 1/2 hours.', '5 1/2 hours|DURATION|PT5H30M'],
    ['He has lived there for nearly two years.', 'nearly two years|DURATION|P2Y|EQUAL_OR_LESS'],
    ['The strike could last for more than a decade.', 'more than a decade|DURATION|P10Y|MORE_THAN'],
    ['The ministry is now reviewing the plan.', 'now|DATE|PRESENT_REF'],
    ['Prices have risen in recent years.', 'recent years|DATE|PAST_REF'],
    ['The envoy recently visited Kyiv.', 'recently|DATE|PAST_REF'],
    ['A decision is expected in the coming days.', 'the coming days|DURATION|PXD'],
    ['The court will rule soon.', 'soon|DATE|FUTURE_REF'],
    ['The council meets every Monday.', 'every Monday|SET|XXXX-WXX-1'],
    ['The paper is published daily.', 'daily|SET|P1D'],
    ['The plant produces 10,000 units a year.', 'a year|SET|P1Y'],
    ['The market opened at 10:35 a.m. Wednesday.', '10:35 a.m. Wednesday|TIME|2025-10-15T10:35'],
    ['Deliveries resume within two to three weeks.', 'two to three weeks|DURATION|PXW'],
    ['The two-week talks ended.', 'two-week|DURATION|P2W'],
    ['Profit fell from a year-earlier level.', 'year-earlier|DATE|2024'],
    ['The family is waiting right now.', 'right now|DATE|PRESENT_REF'],
  ])('%s', (text, expected) => {
    expect(brief(only(text))).toBe(expected);
  });

  it('durations need no anchor and stay resolved', () => {
    expect(only('The talks lasted two weeks.', null)).toMatchObject({ value: 'P2W', resolved: true });
  });
});

describe('dates: without any anchor', () => {
  it('weekdays and days of the month are underspecified and unresolved; never today', () => {
    const found = dates('Officials met on Monday and again on October 16.', null);
    expect(found.map((d) => [d.text, d.value, d.resolved])).toEqual([
      ['Monday', 'XXXX-WXX-1', false],
      ['October 16', 'XXXX-10-16', false],
    ]);
  });
  it('relative expressions keep only their granularity', () => {
    expect(only('Inflation rose last week.', null)).toMatchObject({ value: 'XXXX-WXX', resolved: false });
    expect(only('The minister spoke yesterday.', null)).toMatchObject({ value: 'XXXX-XX-XX', resolved: false });
  });
  it('a full date needs no anchor', () => {
    expect(only('It was signed on Oct. 3, 2024.', null)).toMatchObject({ value: '2024-10-03', resolved: true });
  });
});

describe('dates: span rules', () => {
  it('leaves prepositions out and keeps determiners and modifiers', () => {
    expect(only('The index fell in the last week of trading.').text).toBe('the last week');
    expect(only('Officials met on Thursday.').text).toBe('Thursday');
    expect(only('Profit fell in late last year.').text).toBe('late last year');
  });
  it('is linear on long input and never crashes on odd input', () => {
    const long = 'On Monday, prices rose 5% in 1998 and two weeks later fell. '.repeat(2000);
    const started = performance.now();
    expect(dates(long).length).toBeGreaterThan(4000);
    expect(performance.now() - started).toBeLessThan(20_000);
    for (const odd of ['', '   ', '2025-13-45', '99/99/9999', 'the the the', '-- -- --', '1/2', 'Monday'.repeat(50)]) {
      expect(() => dates(odd)).not.toThrow();
    }
  });
});
