/** lifehacker-working: Lifehacker, how to stop buying things you do not need. The page declares no date. */
import type { RecentSpec } from '../spec.js';

export const lifehackerWorking: RecentSpec = {
  page: 'lifehacker-working',
  referenceDate: null,
  referenceNote:
    'truth.json has no date and the text names none; no expression here needs a calendar anchor ' +
    '("every day", "the future", "right now", durations), so every value is fully specified.',
  // The photo credits line.
  ignoreLines: ['Photos by cmgirl'],
  entities: [
    { id: 'becker', type: 'PERSON', name: 'Joshua Becker', forms: ['Joshua Becker'] },
    { id: 'becoming-minimalist', type: 'ORG', name: 'Becoming Minimalist', forms: ['Becoming Minimalist'] },
    { id: 'paypal', type: 'ORG', name: 'Paypal', forms: ['Paypal'] },
    { id: 'hamm', type: 'PERSON', name: 'Trent Hamm', forms: ['Trent Hamm'] },
    { id: 'simple-dollar', type: 'ORG', name: 'The Simple Dollar', forms: ['The Simple Dollar'] },
  ],
  quotes: [
    {
      kind: 'indirect',
      from: 'you ask yourself what problem the',
      to: 'piece of tech solves',
      speaker: { entity: 'becker', text: 'Joshua Becker' },
      cue: 'suggests',
    },
    {
      kind: 'indirect',
      from: 'artificial replacement can happen when you',
      to: 'time you get with your main interests',
      speaker: { entity: 'hamm', text: 'Trent Hamm' },
      cue: 'explains',
    },
    {
      kind: 'direct',
      from: 'Whenever I consistently cut quality time',
      to: "that I do have. I'll spend money.",
      speaker: { entity: 'hamm', text: 'Trent Hamm' },
      cue: null,
      block: true,
      note: 'Hamm\'s post, set as a block quotation after "... explains, ...:"',
    },
  ],
  dates: [
    { text: 'every day', type: 'SET', value: 'P1D' },
    { text: 'the future', type: 'DATE', value: 'FUTURE_REF' },
    { text: 'a day', occ: 1, type: 'DURATION', value: 'P1D' },
    { text: 'right now', type: 'DATE', value: 'PRESENT_REF' },
    // "now's the perfect time" and "Now that you know"; the sentence-opening
    // "Now ask / take / attach / it's time" mean "next".
    { text: 'now', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'Now', occ: 0, type: 'DATE', value: 'PRESENT_REF' },
    { text: 'a week', type: 'DURATION', value: 'P1W' },
    { text: 'month', type: 'DURATION', value: 'P1M' },
    { text: 'half an hour', type: 'DURATION', value: 'PT30M' },
    { text: 'an hour', type: 'DURATION', value: 'PT1H' },
    { text: 'many years', type: 'DURATION', value: 'PXY' },
    // Added after the first run (adjudication: omissions by these guidelines, see README).
    { text: 'the morning', type: 'TIME', value: 'XXXX-XX-XXTMO' },
    { text: 'many days', type: 'DURATION', value: 'PXD' },
    { text: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  ],
};
