/**
 * A table of everyday date forms, written by hand from the classes of issue #20 (numeric and abbreviated
 * forms, composition, offsets, direction, durations that point to a day, month/day order, unread
 * neighbours), each with the value a reader expects. Not taken from any other project's tests.
 *
 *   npm run eval:dates -- --cases            # score the table
 *   npm run eval:dates -- --cases --verbose  # also list every case that is not exact
 *
 * A case is `found` when an expression overlaps the expected span, `exact` when that expression has the
 * expected value (and, for durations, the expected interval). The "unread" class checks the opposite
 * promise: beside a date the stage cannot read, nothing may take the reference day.
 */
import { createPipeline } from '../src/index.js';
import type { ExtractOptions, TimeExpression } from '../src/types.js';

export interface DateCase {
  readonly kind:
    | 'numeric'
    | 'abbreviated'
    | 'composition'
    | 'offset'
    | 'direction'
    | 'interval'
    | 'order'
    | 'unread'
    | 'era'
    | 'period'
    | 'compound'
    | 'spelled'
    | 'glued'
    | 'clock'
    | 'counted'
    | 'holiday'
    | 'relative';
  readonly text: string;
  /** The expected expression as written in `text`. */
  readonly span: string;
  readonly value: string;
  /** Expected for durations laid from the anchor. */
  readonly interval?: { readonly start: string; readonly end: string };
  /** Reference day; Friday 2025-10-17 unless given. */
  readonly reference?: string;
  readonly options?: ExtractOptions;
}

export const CASES: readonly DateCase[] = [
  // Numeric forms
  { kind: 'numeric', text: 'The store opened on 2012/8/10.', span: '2012/8/10', value: '2012-08-10' },
  { kind: 'numeric', text: 'Filed 2015.05.25 in Bern.', span: '2015.05.25', value: '2015-05-25' },
  { kind: 'numeric', text: 'The deadline was 05-25-2015.', span: '05-25-2015', value: '2015-05-25' },
  { kind: 'numeric', text: 'Posted 25/05/2015 by the editor.', span: '25/05/2015', value: '2015-05-25' },
  { kind: 'numeric', text: 'Posted 05/25/2015 by the editor.', span: '05/25/2015', value: '2015-05-25' },
  { kind: 'numeric', text: 'Issued on 2025-10-03.', span: '2025-10-03', value: '2025-10-03' },
  { kind: 'numeric', text: 'Printed 17.10.2024 in Vienna.', span: '17.10.2024', value: '2024-10-17' },
  { kind: 'numeric', text: 'Expires 9/2012.', span: '9/2012', value: '2012-09' },
  { kind: 'numeric', text: 'Expires 11/2027 unless renewed.', span: '11/2027', value: '2027-11' },
  { kind: 'numeric', text: 'Signed 12-30-16 at the office.', span: '12-30-16', value: '2016-12-30' },
  { kind: 'numeric', text: 'Signed 1/15/99 at the office.', span: '1/15/99', value: '1999-01-15' },
  { kind: 'numeric', text: 'The match on 2016/02/29 was replayed.', span: '2016/02/29', value: '2016-02-29' },
  // Abbreviated months, two-digit years, lower case
  { kind: 'abbreviated', text: 'Revenue peaked in Sep 2012.', span: 'Sep 2012', value: '2012-09' },
  { kind: 'abbreviated', text: 'Revenue peaked in Sept 2012.', span: 'Sept 2012', value: '2012-09' },
  { kind: 'abbreviated', text: 'The shop closed on Jun 3, 2019.', span: 'Jun 3, 2019', value: '2019-06-03' },
  { kind: 'abbreviated', text: 'The shop closed on 3 Aug 96.', span: '3 Aug 96', value: '1996-08-03' },
  { kind: 'abbreviated', text: 'The shop closed on Aug 9, 96.', span: 'Aug 9, 96', value: '1996-08-09' },
  { kind: 'abbreviated', text: "The shop closed on Dec 1, '04.", span: "Dec 1, '04", value: '2004-12-01' },
  { kind: 'abbreviated', text: 'The deal closed on 31st March, 2016.', span: '31st March, 2016', value: '2016-03-31' },
  {
    kind: 'abbreviated',
    text: 'The fair opens on the 4th of July, 2026.',
    span: 'the 4th of July, 2026',
    value: '2026-07-04',
  },
  { kind: 'abbreviated', text: 'We arrived on 23rd february.', span: '23rd february', value: '2025-02-23' },
  { kind: 'abbreviated', text: 'We arrived on february 23, 2014.', span: 'february 23, 2014', value: '2014-02-23' },
  { kind: 'abbreviated', text: 'We arrived on 2 september 2013.', span: '2 september 2013', value: '2013-09-02' },
  { kind: 'abbreviated', text: 'We arrived on 5 march 2016.', span: '5 march 2016', value: '2016-03-05' },
  { kind: 'abbreviated', text: 'Rates rose in Oct. 2008.', span: 'Oct. 2008', value: '2008-10' },
  { kind: 'abbreviated', text: 'The vote is on Nov 4.', span: 'Nov 4', value: '2025-11-04' },
  // Composition: weekday + date + time
  {
    kind: 'composition',
    text: 'It opened on Sunday, March 6th 2016.',
    span: 'Sunday, March 6th 2016',
    value: '2016-03-06',
  },
  { kind: 'composition', text: 'It opened on Friday 12-30-16.', span: 'Friday 12-30-16', value: '2016-12-30' },
  {
    kind: 'composition',
    text: 'It opened on Tuesday, 2 June 2015.',
    span: 'Tuesday, 2 June 2015',
    value: '2015-06-02',
  },
  { kind: 'composition', text: 'It opened on Wed, 10/8/2025.', span: 'Wed, 10/8/2025', value: '2025-10-08' },
  { kind: 'composition', text: 'The alarm rang at 8:23 AM, Jul 9.', span: '8:23 AM, Jul 9', value: '2025-07-09T08:23' },
  { kind: 'composition', text: 'The alarm rang at 6 p.m. Sunday.', span: '6 p.m. Sunday', value: '2025-10-12T18:00' },
  {
    kind: 'composition',
    text: 'The alarm rang at 10:15 a.m. 12/30/2016.',
    span: '10:15 a.m. 12/30/2016',
    value: '2016-12-30T10:15',
  },
  {
    kind: 'composition',
    text: 'Doors open at 7pm on Friday, Dec 26.',
    span: '7pm on Friday, Dec 26',
    value: '2025-12-26T19:00',
  },
  {
    kind: 'composition',
    text: 'The plane left on Friday, October 10, 2025 at noon.',
    span: 'Friday, October 10, 2025 at noon',
    value: '2025-10-10T12:00',
  },
  {
    kind: 'composition',
    text: 'It opened on Friday 12/30.',
    span: 'Friday 12/30',
    value: '2016-12-30',
    reference: '2016-11-02',
  },
  // Added with the date-then-time rule (a day followed by its clock time).
  {
    kind: 'composition',
    text: 'The train left yesterday at 4 p.m.',
    span: 'yesterday at 4 p.m.',
    value: '2025-10-16T16:00',
  },
  { kind: 'composition', text: 'The alarm rang on Jul 9, 8:23 AM.', span: 'Jul 9, 8:23 AM', value: '2025-07-09T08:23' },
  {
    kind: 'composition',
    text: 'Sent Sat, 17 Aug 2013 18:40:39 GMT.',
    span: 'Sat, 17 Aug 2013 18:40:39 GMT',
    value: '2013-08-17T18:40:39',
  },
  // Offsets composing on an anchor
  {
    kind: 'offset',
    text: 'They left the day before yesterday.',
    span: 'the day before yesterday',
    value: '2025-10-15',
  },
  { kind: 'offset', text: 'They return the day after tomorrow.', span: 'the day after tomorrow', value: '2025-10-19' },
  { kind: 'offset', text: 'They return a week after tomorrow.', span: 'a week after tomorrow', value: '2025-10-25' },
  {
    kind: 'offset',
    text: 'They return 2 days after next Friday.',
    span: '2 days after next Friday',
    value: '2025-10-26',
  },
  {
    kind: 'offset',
    text: 'They returned three days after Monday.',
    span: 'three days after Monday',
    value: '2025-10-16',
  },
  { kind: 'offset', text: 'The ban ends two weeks from today.', span: 'two weeks from today', value: '2025-10-31' },
  { kind: 'offset', text: 'The ban ends a month from tomorrow.', span: 'a month from tomorrow', value: '2025-11-18' },
  {
    kind: 'offset',
    text: 'Shops will shut two days before Christmas.',
    span: 'two days before Christmas',
    value: '2025-12-23',
  },
  { kind: 'offset', text: 'We met on Wednesday of this week.', span: 'Wednesday of this week', value: '2025-10-15' },
  { kind: 'offset', text: 'We meet on Friday next week.', span: 'Friday next week', value: '2025-10-24' },
  { kind: 'offset', text: 'We meet on Tuesday of next week.', span: 'Tuesday of next week', value: '2025-10-21' },
  { kind: 'offset', text: 'We met on Monday of last week.', span: 'Monday of last week', value: '2025-10-06' },
  {
    kind: 'offset',
    text: 'We met on the day before last Tuesday.',
    span: 'the day before last Tuesday',
    value: '2025-10-13',
  },
  { kind: 'offset', text: 'The fair ends a day after 5/20/2026.', span: 'a day after 5/20/2026', value: '2026-05-21' },
  // Direction
  { kind: 'direction', text: 'The fair is this weekend.', span: 'this weekend', value: '2025-W42-WE' },
  { kind: 'direction', text: 'The fair is next weekend.', span: 'next weekend', value: '2025-W43-WE' },
  { kind: 'direction', text: 'The fair ended last weekend.', span: 'last weekend', value: '2025-W41-WE' },
  { kind: 'direction', text: "Let's meet on Tuesday.", span: 'Tuesday', value: '2025-10-21' },
  { kind: 'direction', text: 'Let us talk on Monday.', span: 'Monday', value: '2025-10-20' },
  { kind: 'direction', text: 'We can sign on Wednesday.', span: 'Wednesday', value: '2025-10-22' },
  { kind: 'direction', text: 'You should call on Thursday.', span: 'Thursday', value: '2025-10-23' },
  { kind: 'direction', text: 'Call me on Tuesday.', span: 'Tuesday', value: '2025-10-21' },
  { kind: 'direction', text: 'Join us Saturday for the launch.', span: 'Saturday', value: '2025-10-18' },
  { kind: 'direction', text: 'The council will vote on Monday.', span: 'Monday', value: '2025-10-20' },
  { kind: 'direction', text: 'The council voted on Monday.', span: 'Monday', value: '2025-10-13' },
  { kind: 'direction', text: 'He should have called on Tuesday.', span: 'Tuesday', value: '2025-10-14' },
  {
    kind: 'direction',
    text: 'Floods hit the town this weekend.',
    span: 'this weekend',
    value: '2025-W42-WE',
    reference: '2025-10-20',
  },
  { kind: 'direction', text: 'The recount is on Thursday.', span: 'Thursday', value: '2025-10-23' },
  { kind: 'direction', text: 'The recount was on Thursday.', span: 'Thursday', value: '2025-10-16' },
  { kind: 'direction', text: 'Will the ferry sail on Sunday?', span: 'Sunday', value: '2025-10-19' },
  {
    kind: 'direction',
    text: 'The crew painted the hull during the summer.',
    span: 'the summer',
    value: '2024-SU',
    reference: '2025-04-02',
  },
  {
    kind: 'direction',
    text: 'The crew will paint the hull during the summer.',
    span: 'the summer',
    value: '2025-SU',
    reference: '2025-04-02',
  },
  { kind: 'direction', text: 'Some of us will retire there one day.', span: 'one day', value: 'FUTURE_REF' },
  { kind: 'direction', text: 'Then one day the well ran dry.', span: 'one day', value: 'XXXX-XX-XX' },
  // "today": the present era, or the day
  { kind: 'era', text: 'Typewriters still exist today.', span: 'today', value: 'PRESENT_REF' },
  { kind: 'era', text: 'Today, most farmers sell online.', span: 'Today', value: 'PRESENT_REF' },
  { kind: 'era', text: 'They are among the busiest ports today.', span: 'today', value: 'PRESENT_REF' },
  { kind: 'era', text: 'The regulator said today that fares would rise.', span: 'today', value: '2025-10-17' },
  { kind: 'era', text: 'Today is the last day to apply.', span: 'Today', value: '2025-10-17' },
  { kind: 'era', text: 'Crews are clearing roads around Kyoto today.', span: 'today', value: '2025-10-17' },
  { kind: 'era', text: 'The council votes today on the budget.', span: 'today', value: '2025-10-17' },
  { kind: 'era', text: 'The board meets today to decide.', span: 'today', value: '2025-10-17' },
  { kind: 'era', text: 'The old mill still stands today.', span: 'today', value: 'PRESENT_REF' },
  { kind: 'direction', text: 'Will said on Monday that the plan was dead.', span: 'Monday', value: '2025-10-13' },
  { kind: 'direction', text: 'Will you sign on Monday?', span: 'Monday', value: '2025-10-20' },
  // Decades, centuries and stretches
  { kind: 'period', text: 'Trams ran here in the 1900s.', span: 'the 1900s', value: '19' },
  { kind: 'period', text: 'Trams ran here in the late 1800s.', span: 'the late 1800s', value: '18' },
  { kind: 'period', text: 'Trams ran here in the 1990s.', span: 'the 1990s', value: '199' },
  { kind: 'period', text: 'Trams ran here in the 60s.', span: 'the 60s', value: '196' },
  { kind: 'period', text: 'The last tram ran a century ago.', span: 'a century ago', value: '19' },
  { kind: 'period', text: 'The last tram ran a decade ago.', span: 'a decade ago', value: '201' },
  {
    kind: 'period',
    text: 'Fares fell over the past decade.',
    span: 'the past decade',
    value: 'P10Y',
    interval: { start: '2015-10-17', end: '2025-10-17' },
  },
  { kind: 'period', text: 'In the following decades, fares fell.', span: 'the following decades', value: 'PXDE' },
  { kind: 'period', text: 'The line ran for half a century.', span: 'half a century', value: 'P50Y' },
  { kind: 'period', text: 'In years past, the line ran at night.', span: 'years past', value: 'PAST_REF' },
  {
    kind: 'period',
    text: 'The line opened in 1962. By the end of the decade, it was closed.',
    span: 'the end of the decade',
    value: '196',
  },
  // Compounds
  { kind: 'compound', text: 'The plant will reopen by year’s end.', span: 'year’s end', value: '2025' },
  {
    kind: 'compound',
    text: 'Fares doubled over the last quarter-century.',
    span: 'the last quarter-century',
    value: 'P25Y',
    interval: { start: '2000-10-17', end: '2025-10-17' },
  },
  {
    kind: 'compound',
    text: 'The line closed a week earlier this month.',
    span: 'a week earlier this month',
    value: '2025-10',
  },
  { kind: 'compound', text: 'The mayor spoke late Thursday.', span: 'late Thursday', value: '2025-10-16' },
  { kind: 'compound', text: 'The line closed a year and a half ago.', span: 'a year and a half ago', value: '2024-04' },
  { kind: 'compound', text: 'The launch came at 9:05 p.m. (1405 GMT).', span: '1405 GMT', value: '2025-10-17T14:05' },
  // Durations that point to a day
  {
    kind: 'interval',
    text: 'The vote is in 5 days.',
    span: '5 days',
    value: 'P5D',
    interval: { start: '2025-10-17', end: '2025-10-22' },
  },
  {
    kind: 'interval',
    text: 'A ruling is due within a month.',
    span: 'a month',
    value: 'P1M',
    interval: { start: '2025-10-17', end: '2025-11-17' },
  },
  {
    kind: 'interval',
    text: 'We will know in two weeks.',
    span: 'two weeks',
    value: 'P2W',
    interval: { start: '2025-10-17', end: '2025-10-31' },
  },
  {
    kind: 'interval',
    text: 'Prices rose over the past two months.',
    span: 'the past two months',
    value: 'P2M',
    interval: { start: '2025-08-17', end: '2025-10-17' },
  },
  {
    kind: 'interval',
    text: 'Talks go on for the next three weeks.',
    span: 'the next three weeks',
    value: 'P3W',
    interval: { start: '2025-10-17', end: '2025-11-07' },
  },
  {
    kind: 'interval',
    text: 'Sales fell in the last 3 years.',
    span: 'the last 3 years',
    value: 'P3Y',
    interval: { start: '2022-10-17', end: '2025-10-17' },
  },
  { kind: 'interval', text: 'The crew finished the job in five days.', span: 'five days', value: 'P5D' },
  {
    kind: 'interval',
    text: 'The dam burst on June 2, 2024. Three days later, the river crested.',
    span: 'Three days later',
    value: 'P3D',
    interval: { start: '2024-06-02', end: '2024-06-05' },
  },
  {
    kind: 'interval',
    text: 'The bridge opened on 3 May 2021. Two weeks later, it was closed.',
    span: 'Two weeks later',
    value: 'P2W',
    interval: { start: '2021-05-03', end: '2021-05-17' },
  },
  // Month-first or day-first
  { kind: 'order', text: 'Opened 05/06/2015 and closed 25/12/2015.', span: '05/06/2015', value: '2015-06-05' },
  { kind: 'order', text: 'Opened 05/06/2015 and closed 12/25/2015.', span: '05/06/2015', value: '2015-05-06' },
  { kind: 'order', text: 'Opened 05/06/2015. It closed on 25 December.', span: '05/06/2015', value: '2015-06-05' },
  { kind: 'order', text: 'Opened 05/06/2015. It closed on December 25.', span: '05/06/2015', value: '2015-05-06' },
  {
    kind: 'order',
    text: 'Opened 05/06/2015.',
    span: '05/06/2015',
    value: '2015-06-05',
    options: { dates: { order: 'day-first' } },
  },
  // Beside a date the stage cannot read, nothing takes the reference day
  { kind: 'unread', text: 'It opened on Friday 31/31/2016.', span: 'Friday', value: 'XXXX-WXX-5' },
  // No Friday fell on a 13th in the three months before the reference: the day stays open.
  { kind: 'unread', text: 'It opened on Friday the 13th.', span: 'Friday the 13th', value: 'XXXX-XX-13' },
  {
    kind: 'unread',
    text: 'The dam burst on 31/31/2016. Two days later, the river crested.',
    span: 'Two days later',
    value: 'P2D',
  },
  { kind: 'unread', text: 'It opened on Sunday, 2016.13.01, at noon.', span: 'Sunday', value: 'XXXX-WXX-7' },
  { kind: 'unread', text: 'The alarm rang at 8:23 AM, 2016.13.01.', span: '8:23 AM', value: 'XXXX-XX-XXT08:23' },
  // Everyday forms (added with issue #20's second pass): spelled days, glued words, clock phrases,
  // days counted in a month, holidays by rule, relative offsets.
  { kind: 'spelled', text: 'It opened on the 3rd of March.', span: 'the 3rd of March', value: '2025-03-03' },
  { kind: 'spelled', text: 'It opened on March the 3rd.', span: 'March the 3rd', value: '2025-03-03' },
  { kind: 'spelled', text: "It opened on 3rd of Mar. '16.", span: "3rd of Mar. '16", value: '2016-03-03' },
  { kind: 'spelled', text: 'It opened on the third of March.', span: 'the third of March', value: '2025-03-03' },
  { kind: 'spelled', text: 'It opened on March third.', span: 'March third', value: '2025-03-03' },
  {
    kind: 'spelled',
    text: 'It opened on the twenty-first of March.',
    span: 'the twenty-first of March',
    value: '2025-03-21',
  },
  { kind: 'spelled', text: 'It closes on the 25th.', span: 'the 25th', value: '2025-10-25' },
  { kind: 'spelled', text: 'It closed on the 3rd.', span: 'the 3rd', value: '2025-10-03' },
  { kind: 'spelled', text: 'It leaves on Friday the 24th.', span: 'Friday the 24th', value: '2025-10-24' },
  {
    kind: 'spelled',
    text: 'It opened on Monday the 13th of October.',
    span: 'Monday the 13th of October',
    value: '2025-10-13',
  },
  { kind: 'spelled', text: 'It opened on Tuesday, 3rd March.', span: 'Tuesday, 3rd March', value: '2026-03-03' },
  { kind: 'spelled', text: 'The meeting was on Tues., Oct. 14.', span: 'Tues., Oct. 14', value: '2025-10-14' },
  { kind: 'spelled', text: 'The meeting is on Weds, Oct 22.', span: 'Weds, Oct 22', value: '2025-10-22' },
  { kind: 'spelled', text: "The meeting was in Oct '18.", span: "Oct '18", value: '2018-10' },
  { kind: 'spelled', text: 'It opened on 3/4.', span: '3/4', value: '2025-03-04' },
  { kind: 'spelled', text: 'It opened on 10/17, late.', span: '10/17', value: '2025-10-17' },
  { kind: 'glued', text: 'It opened on 3-Mar-2016.', span: '3-Mar-2016', value: '2016-03-03' },
  { kind: 'glued', text: 'It opened on 03-Mar-16.', span: '03-Mar-16', value: '2016-03-03' },
  { kind: 'glued', text: 'It opened on 2016-Mar-03.', span: '2016-Mar-03', value: '2016-03-03' },
  {
    kind: 'glued',
    text: 'It opened on 2016-03-04T10:30:00Z.',
    span: '2016-03-04T10:30:00Z',
    value: '2016-03-04T10:30:00',
  },
  { kind: 'glued', text: 'Posted: 2025-10-15 08:30:00', span: '2025-10-15 08:30:00', value: '2025-10-15T08:30:00' },
  { kind: 'glued', text: 'It opened at 10.30am.', span: '10.30am', value: '2025-10-17T10:30' },
  {
    kind: 'glued',
    text: 'It opened on 13 October at 9.15am.',
    span: '13 October at 9.15am',
    value: '2025-10-13T09:15',
  },
  {
    kind: 'glued',
    text: 'Published Wed 15 Oct 2025 08.30 BST',
    span: 'Wed 15 Oct 2025 08.30 BST',
    value: '2025-10-15T08:30',
  },
  {
    kind: 'clock',
    text: "We meet at 5 o'clock in the evening.",
    span: "5 o'clock in the evening",
    value: '2025-10-17T17:00',
  },
  { kind: 'clock', text: 'We meet at 7 in the evening.', span: '7 in the evening', value: '2025-10-17T19:00' },
  { kind: 'clock', text: 'They landed at 4 in the morning.', span: '4 in the morning', value: '2025-10-17T04:00' },
  { kind: 'clock', text: 'The meeting was at 9:30 at night.', span: '9:30 at night', value: '2025-10-17T21:30' },
  { kind: 'clock', text: 'We met at 3:30 this afternoon.', span: '3:30 this afternoon', value: '2025-10-17T15:30' },
  { kind: 'clock', text: 'It opened at 10:30 this morning.', span: '10:30 this morning', value: '2025-10-17T10:30' },
  { kind: 'clock', text: 'We meet tomorrow at 7.', span: 'tomorrow at 7', value: '2025-10-18T07:00' },
  { kind: 'clock', text: 'We meet this evening at 8.', span: 'this evening at 8', value: '2025-10-17T20:00' },
  { kind: 'clock', text: 'We meet tomorrow evening at 6.', span: 'tomorrow evening at 6', value: '2025-10-18T18:00' },
  {
    kind: 'clock',
    text: 'We will meet at 9 a.m. tomorrow morning.',
    span: '9 a.m. tomorrow morning',
    value: '2025-10-18T09:00',
  },
  { kind: 'clock', text: 'The meeting is at 9 tonight.', span: '9 tonight', value: '2025-10-17T21:00' },
  {
    kind: 'clock',
    text: 'The meeting is at 8 tomorrow morning.',
    span: '8 tomorrow morning',
    value: '2025-10-18T08:00',
  },
  {
    kind: 'clock',
    text: "The meeting is tomorrow at 8 o'clock.",
    span: "tomorrow at 8 o'clock",
    value: '2025-10-18T08:00',
  },
  { kind: 'clock', text: 'The meeting was at 12 noon.', span: '12 noon', value: '2025-10-17T12:00' },
  { kind: 'clock', text: 'It runs between 2 and 4 pm.', span: '2', value: '2025-10-17T14:00' },
  { kind: 'clock', text: 'The round ran at 1030 hours.', span: '1030 hours', value: '2025-10-17T10:30' },
  { kind: 'clock', text: 'We will meet Monday at 9am.', span: 'Monday at 9am', value: '2025-10-20T09:00' },
  { kind: 'clock', text: 'It was last Wednesday at 2pm.', span: 'last Wednesday at 2pm', value: '2025-10-15T14:00' },
  { kind: 'clock', text: 'It is next Wednesday morning.', span: 'next Wednesday morning', value: '2025-10-22TMO' },
  { kind: 'clock', text: 'The meeting was 2 days ago at 3pm.', span: '2 days ago at 3pm', value: '2025-10-15T15:00' },
  {
    kind: 'counted',
    text: 'It opens on the first Monday in May 2026.',
    span: 'the first Monday in May 2026',
    value: '2026-05-04',
  },
  {
    kind: 'counted',
    text: 'It opens on the last Friday of the month.',
    span: 'the last Friday of the month',
    value: '2025-10-31',
  },
  {
    kind: 'counted',
    text: 'It opens on the second Tuesday of November.',
    span: 'the second Tuesday of November',
    value: '2025-11-11',
  },
  { kind: 'counted', text: 'We met on the first of the month.', span: 'the first of the month', value: '2025-10-01' },
  {
    kind: 'counted',
    text: 'The meeting is on the 1st of next month.',
    span: 'the 1st of next month',
    value: '2025-11-01',
  },
  {
    kind: 'counted',
    text: 'Rent is due on the last day of February 2024.',
    span: 'the last day of February 2024',
    value: '2024-02-29',
  },
  {
    kind: 'counted',
    text: 'The meeting is on the last day of the month.',
    span: 'the last day of the month',
    value: '2025-10-31',
  },
  {
    kind: 'counted',
    text: 'The meeting was on the first day of 2024.',
    span: 'the first day of 2024',
    value: '2024-01-01',
  },
  { kind: 'counted', text: 'The meeting was in Q3 2024.', span: 'Q3 2024', value: '2024-Q3' },
  { kind: 'holiday', text: "It closed on Valentine's Day.", span: "Valentine's Day", value: '2025-02-14' },
  { kind: 'holiday', text: 'It closed on Easter Sunday 2024.', span: 'Easter Sunday 2024', value: '2024-03-31' },
  { kind: 'holiday', text: 'Shops shut on Good Friday.', span: 'Good Friday', value: '2025-04-18' },
  { kind: 'holiday', text: 'It closes on Labor Day 2026.', span: 'Labor Day 2026', value: '2026-09-07' },
  { kind: 'holiday', text: 'It closed on Memorial Day 2024.', span: 'Memorial Day 2024', value: '2024-05-27' },
  { kind: 'holiday', text: 'The meeting was on Thanksgiving 2024.', span: 'Thanksgiving 2024', value: '2024-11-28' },
  { kind: 'holiday', text: 'Shops shut two days before Easter.', span: 'two days before Easter', value: '2025-04-18' },
  { kind: 'relative', text: 'It left a fortnight ago.', span: 'a fortnight ago', value: '2025-10-03' },
  { kind: 'relative', text: 'It closed two weeks ago.', span: 'two weeks ago', value: '2025-10-03' },
  { kind: 'relative', text: 'It closes 3 weeks from now.', span: '3 weeks from now', value: '2025-11-07' },
  { kind: 'relative', text: 'It closed a month ago today.', span: 'a month ago today', value: '2025-09-17' },
  { kind: 'relative', text: 'It leaves this coming Tuesday.', span: 'this coming Tuesday', value: '2025-10-21' },
  { kind: 'relative', text: 'It leaves Tuesday week.', span: 'Tuesday week', value: '2025-10-28' },
  { kind: 'relative', text: 'It leaves a week on Tuesday.', span: 'a week on Tuesday', value: '2025-10-28' },
  { kind: 'relative', text: 'It opens a week from Monday.', span: 'a week from Monday', value: '2025-10-27' },
  { kind: 'relative', text: 'It closes on Tuesday next.', span: 'Tuesday next', value: '2025-10-21' },
  { kind: 'relative', text: 'It closed on Tuesday last.', span: 'Tuesday last', value: '2025-10-14' },
  { kind: 'relative', text: 'It opens the week after next.', span: 'the week after next', value: '2025-W44' },
  { kind: 'relative', text: 'It closed the night before last.', span: 'the night before last', value: '2025-10-15TNI' },
  { kind: 'relative', text: 'The meeting was last month.', span: 'last month', value: '2025-09' },
  { kind: 'relative', text: 'The meeting was last year.', span: 'last year', value: '2024' },
  {
    kind: 'relative',
    text: 'The meeting is one week from tomorrow.',
    span: 'one week from tomorrow',
    value: '2025-10-25',
  },
  {
    kind: 'composition',
    text: 'We spoke yesterday, at 5:45pm.',
    span: 'yesterday, at 5:45pm',
    value: '2025-10-16T17:45',
  },
  {
    kind: 'composition',
    text: 'We spoke on the morning of October 3.',
    span: 'the morning of October 3',
    value: '2025-10-03TMO',
  },
  {
    kind: 'composition',
    text: 'We spoke on the evening of Oct. 3.',
    span: 'the evening of Oct. 3',
    value: '2025-10-03TEV',
  },
  { kind: 'composition', text: 'We spoke on Wednesday 15th.', span: 'Wednesday 15th', value: '2025-10-15' },
  {
    kind: 'period',
    text: 'We spoke on the weekend of October 11.',
    span: 'the weekend of October 11',
    value: '2025-W41-WE',
  },
  { kind: 'period', text: 'We spoke in the week of October 6.', span: 'the week of October 6', value: '2025-W41' },
  { kind: 'relative', text: 'We spoke this past weekend.', span: 'this past weekend', value: '2025-W41-WE' },
  { kind: 'relative', text: 'We spoke this past Monday.', span: 'this past Monday', value: '2025-10-13' },
  {
    kind: 'direction',
    text: 'The deadline is Sunday at 11:59 p.m.',
    span: 'Sunday at 11:59 p.m.',
    value: '2025-10-19T23:59',
  },
  {
    kind: 'direction',
    text: 'The deadline is 11:59 p.m. Sunday.',
    span: '11:59 p.m. Sunday',
    value: '2025-10-19T23:59',
  },
  { kind: 'holiday', text: 'We spoke on Xmas Day.', span: 'Xmas Day', value: '2024-12-25' },
  { kind: 'counted', text: 'We spoke on the 15th of last month.', span: 'the 15th of last month', value: '2025-09-15' },
  {
    kind: 'relative',
    text: 'The meeting was three days before yesterday.',
    span: 'three days before yesterday',
    value: '2025-10-13',
  },
];

const REFERENCE = '2025-10-17';

interface Outcome {
  readonly found: boolean;
  readonly exact: boolean;
  readonly got?: TimeExpression;
}

export function scoreCase(
  extract: (text: string, options: ExtractOptions) => readonly TimeExpression[],
  c: DateCase,
): Outcome {
  const at = c.text.indexOf(c.span);
  if (at < 0) throw new Error(`case span ${JSON.stringify(c.span)} is not in ${JSON.stringify(c.text)}`);
  const dates = extract(c.text, { referenceDate: c.reference ?? REFERENCE, ...c.options });
  const got = dates.find((d) => d.start < at + c.span.length && at < d.end);
  if (c.kind === 'unread') {
    // Passes when nothing overlapping takes a calendar day.
    const anchored = dates.some((d) => /^\d{4}-\d{2}-\d{2}/.test(d.value));
    return { found: true, exact: !anchored && (!got || got.value === c.value), ...(got ? { got } : {}) };
  }
  if (!got) return { found: false, exact: false };
  const interval = JSON.stringify(got.interval ?? null) === JSON.stringify(c.interval ?? null);
  return { found: true, exact: got.value === c.value && interval && got.text === c.span, got };
}

export function runDateCases(verbose: boolean): void {
  const pipeline = createPipeline({ disable: ['entities', 'quotes'] });
  const extract = (text: string, options: ExtractOptions): readonly TimeExpression[] =>
    pipeline.extract(text, options).dates;
  const byKind = new Map<string, { total: number; found: number; exact: number }>();
  const misses: string[] = [];
  for (const c of CASES) {
    const outcome = scoreCase(extract, c);
    const row = byKind.get(c.kind) ?? { total: 0, found: 0, exact: 0 };
    row.total += 1;
    if (outcome.found) row.found += 1;
    if (outcome.exact) row.exact += 1;
    byKind.set(c.kind, row);
    if (!outcome.exact) {
      const got = outcome.got
        ? `${JSON.stringify(outcome.got.text)} ${outcome.got.value}` +
          `${outcome.got.interval ? ` ${JSON.stringify(outcome.got.interval)}` : ''}`
        : 'nothing';
      misses.push(
        `${c.kind.padEnd(11)} ${JSON.stringify(c.text)}: want ${JSON.stringify(c.span)} ${c.value}, got ${got}`,
      );
    }
  }
  const total = { total: 0, found: 0, exact: 0 };
  const lines = ['class        cases  found  exact', '-----------  -----  -----  -----'];
  for (const [kind, row] of byKind) {
    lines.push(
      `${kind.padEnd(11)}  ${String(row.total).padStart(5)}  ${String(row.found).padStart(5)}` +
        `  ${String(row.exact).padStart(5)}`,
    );
    total.total += row.total;
    total.found += row.found;
    total.exact += row.exact;
  }
  lines.push(
    `${'all'.padEnd(11)}  ${String(total.total).padStart(5)}  ${String(total.found).padStart(5)}` +
      `  ${String(total.exact).padStart(5)}`,
  );
  console.log(
    'news-extract dates on the hand-written format and composition cases (eval/dates-cases.ts), ' +
      'reference Friday 2025-10-17',
  );
  console.log(lines.join('\n'));
  console.log(
    `exact: ${((100 * total.exact) / total.total).toFixed(1)}% of ${total.total}; ` +
      `found: ${((100 * total.found) / total.total).toFixed(1)}%`,
  );
  if (verbose) for (const miss of misses) console.log(miss);
}

if (process.argv[1] && /dates-cases\.ts$/.test(process.argv[1])) runDateCases(process.argv.includes('--verbose'));
