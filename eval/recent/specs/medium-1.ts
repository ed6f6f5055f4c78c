/** medium-1: Medium, "The Open Journalism Project: Better Student Journalism" (declared 2015-03-17, a Tuesday). */
import type { RecentSpec } from '../spec.js';

type T = 'PERSON' | 'ORG' | 'GPE';
const e = (id: string, type: T, forms: string[], name = forms[0] as string) => ({ id, type, name, forms });

export const medium1: RecentSpec = {
  page: 'medium-1',
  referenceDate: '2015-03-17',
  // A photo credit and the author's e-mail address.
  ignoreLines: ['topleftpixel.com', 'pippin@pippinlee.com'],
  entities: [
    e('open-journalism', 'ORG', ['Open Journalism']),
    e('hudson', 'PERSON', ['Kate Hudson']),
    e('rose', 'PERSON', ['Brent Rose']),
    e('maronese', 'PERSON', ['Nicholas Maronese']),
    e('flickr', 'ORG', ['Flickr']),
    e('canada', 'GPE', ['Canada']),
    e('us', 'GPE', ['United States']),
    e('google', 'ORG', ['Google']),
    e('nyt', 'ORG', ['The New York Times', 'New York Times']),
    e('globe', 'ORG', ['Globe and Mail']),
    e('queens-journal', 'ORG', ['Queen’s Journal']),
  ],
  quotes: [
    {
      kind: 'mixed',
      from: 'It was, we were told, all',
      to: '“becoming a journalist.”',
      speaker: null,
      cue: { text: 'were told', occ: 0 },
      note: 'an agentless passive inside the clause; one quote over the whole clause',
    },
    {
      kind: 'direct',
      from: 'print advertising is keeping us afloat',
      to: 'we can’t abandon it',
      speaker: { entity: null, text: 'They' },
      cue: 'followed with',
      note: '"They" are the students at other papers',
    },
    {
      kind: 'indirect',
      from: 'newsrooms need to be reorganized',
      speaker: { entity: null, text: 'Our rough research' },
      cue: 'has told',
    },
  ],
  dates: [
    { text: 'January', type: 'DATE', value: '2015-01' },
    { text: 'now', occ: 'all', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'Circa 2011', type: 'DATE', value: '2011', mod: 'APPROX' },
    { text: 'late 2011', type: 'DATE', value: '2011', mod: 'END' },
    { text: '2011', occ: 'all', type: 'DATE', value: '2011' },
    { text: '40+ years', type: 'DURATION', value: 'P40Y', mod: 'EQUAL_OR_MORE' },
    { text: 'every year', type: 'SET', value: 'P1Y' },
    { text: 'the 80s', type: 'DATE', value: '198' },
    { text: 'once a week', type: 'SET', value: 'P1W' },
    { text: 'the future', occ: 'all', type: 'DATE', value: 'FUTURE_REF' },
    { text: 'The future', type: 'DATE', value: 'FUTURE_REF' },
    { text: '2013', occ: 'all', type: 'DATE', value: '2013' },
    { text: 'Two years later', type: 'DATE', value: '2013' },
    { text: '20 minutes', type: 'DURATION', value: 'PT20M' },
    { text: 'each week', type: 'SET', value: 'P1W' },
    { text: 'this week', type: 'DATE', value: '2015-W12' },
    { text: '40 years', type: 'DURATION', value: 'P40Y' },
    { text: 'a few years', type: 'DURATION', value: 'PXY' },
    { text: '2012', occ: 'all', type: 'DATE', value: '2012' },
    { text: 'the next 5 years', type: 'DURATION', value: 'P5Y' },
    { text: '10 years', type: 'DURATION', value: 'P10Y' },
    { text: 'every week', type: 'SET', value: 'P1W' },
    { text: 'the beginning of the summer', type: 'DATE', value: '2015-SU', mod: 'START' },
  ],
};
