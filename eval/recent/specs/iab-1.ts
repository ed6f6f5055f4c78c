/** iab-1: IAB, an opinion piece launching L.E.A.N. Ads (declared 2015-10-15, a Thursday). */
import type { RecentSpec } from '../spec.js';

export const iab1: RecentSpec = {
  page: 'iab-1',
  referenceDate: '2015-10-15',
  ignoreLines: ['Read more about ad blocking here.', 'About the author'],
  entities: [
    { id: 'tech-lab', type: 'ORG', name: 'IAB Tech Lab', forms: ['IAB Tech Lab'] },
    { id: 'iab', type: 'ORG', name: 'IAB', forms: ['IAB'] },
    { id: 'lean', type: 'PRODUCT', name: 'L.E.A.N. Ads', forms: ['L.E.A.N. Ads', 'L.E.A.N.'] },
    {
      id: 'cunningham',
      type: 'PERSON',
      name: 'Scott Cunningham',
      roles: ['Senior Vice President of Technology and Ad Operations at IAB'],
      forms: ['Scott Cunningham'],
    },
  ],
  quotes: [
    {
      kind: 'indirect',
      from: 'our startups were gone or that',
      to: 'needed to be in the black',
      speaker: null,
      cue: 'were told',
      note: 'an agentless passive: a reported clause with no speaker',
    },
  ],
  dates: [
    { text: 'Twenty years ago', type: 'DATE', value: '1995' },
    { text: '2000', type: 'DATE', value: '2000' },
    { text: 'right now', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'now', occ: 'all', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'Today', type: 'DATE', value: '2015-10-15' },
  ],
};
