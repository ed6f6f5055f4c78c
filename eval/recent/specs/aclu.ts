/** aclu: ACLU blog, "Facebook Is Tracking Me Even Though I’m Not on Facebook" (declared 2018-04-05, a Thursday). */
import type { RecentSpec } from '../spec.js';

type T = 'ORG' | 'PRODUCT';
const e = (id: string, type: T, forms: string[], name = forms[0] as string) => ({ id, type, name, forms });

export const aclu: RecentSpec = {
  page: 'aclu',
  referenceDate: '2018-04-05',
  entities: [
    e('facebook', 'ORG', ['Facebook']),
    e('cambridge-analytica', 'ORG', ['Cambridge Analytica']),
    e('aclu', 'ORG', ['ACLU']),
    e('chromium', 'PRODUCT', ['Chromium']),
    e('netlog', 'PRODUCT', ['NetLog']),
    e('tor', 'PRODUCT', ['Tor Browser']),
    e('firefox', 'PRODUCT', ['Firefox']),
    e('chrome', 'PRODUCT', ['Chrome']),
    e('instagram', 'ORG', ['Instagram']),
    e('atlas', 'ORG', ['Atlas']),
    e('whatsapp', 'ORG', ['WhatsApp']),
    e('google', 'ORG', ['Google']),
  ],
  quotes: [
    {
      kind: 'direct',
      from: 'We use the information we have',
      to: 'reach of ads and services.',
      speaker: { entity: 'facebook', text: 'Facebook' },
      cue: 'claim',
      block: true,
      note: 'Facebook\'s data policy, set as a block quotation after "the goals they claim for data collection:"',
    },
    {
      kind: 'indirect',
      from: 'they harvest and use data with',
      to: 'consent of the users involved',
      speaker: { entity: null, text: 'Facebook and other tech companies' },
      cue: 'arguing',
    },
    {
      kind: 'mixed',
      from: 'you can "opt out" of their',
      to: 'targeted advertising',
      speaker: { entity: null, text: 'Some advertisers' },
      cue: 'claim',
    },
  ],
  dates: [
    { text: 'the early 1990s', type: 'DATE', value: '199', mod: 'START' },
    { text: 'last week', type: 'DATE', value: '2018-W13' },
    { text: 'every day', type: 'SET', value: 'P1D' },
  ],
};
