/**
 * webmd-1: WebMD, peanut allergy studies. The page declares no date; the article opens with a
 * dateline "Feb. 23, 2015 --".
 */
import type { RecentSpec } from '../spec.js';

export const webmd1: RecentSpec = {
  page: 'webmd-1',
  referenceDate: null,
  referenceNote:
    'truth.json has no date. The article text opens with its own dateline (Feb. 23, 2015), which a reader uses: ' +
    'the only relative expressions ("Now", "for years", "the past decade") ' +
    'do not need a calendar anchor, so no value depends on it.',
  entities: [
    {
      id: 'allen',
      type: 'PERSON',
      name: 'Katie Allen',
      roles: ['director of the Center for Food and Allergy Research'],
      forms: ['Katie Allen', 'Allen'],
    },
    { id: 'nejm', type: 'ORG', name: 'New England Journal of Medicine', forms: ['New England Journal of Medicine'] },
    {
      id: 'aaaai',
      type: 'ORG',
      name: 'American Academy of Allergy, Asthma and Immunology',
      forms: ['American Academy of Allergy, Asthma and Immunology'],
    },
    { id: 'houston', type: 'GPE', name: 'Houston', forms: ['Houston'] },
    {
      id: 'cfar',
      type: 'ORG',
      name: 'Center for Food and Allergy Research',
      forms: ['Center for Food and Allergy Research'],
    },
    {
      id: 'murdoch',
      type: 'ORG',
      name: 'Murdoch Children’s Research Institute',
      forms: ['Murdoch Children’s Research Institute'],
    },
    { id: 'melbourne', type: 'GPE', name: 'Melbourne', forms: ['Melbourne'] },
    { id: 'australia', type: 'GPE', name: 'Australia', forms: ['Australia'] },
    { id: 'viaskin', type: 'PRODUCT', name: 'Viaskin', forms: ['Viaskin'] },
    { id: 'us', type: 'GPE', name: 'U.S.', forms: ['U.S.'] },
  ],
  quotes: [
    {
      kind: 'direct',
      from: 'I think this study is',
      to: 'and groundbreaking study, really,',
      speaker: { entity: 'allen', text: 'Katie Allen' },
      cue: 'says',
    },
    {
      kind: 'indirect',
      from: 'the research should shift thinking',
      to: 'the guidance doctors give to parents',
      speaker: { entity: null, text: 'Experts' },
      cue: 'say',
    },
  ],
  dates: [
    { text: 'Feb. 23, 2015', type: 'DATE', value: '2015-02-23' },
    { text: 'the past decade', type: 'DURATION', value: 'P1DE' },
    { text: 'years', type: 'DURATION', value: 'PXY' },
    { text: 'Now', type: 'DATE', value: 'PRESENT_REF' },
    { text: '11 months', type: 'DURATION', value: 'P11M' },
    { text: 'a week', type: 'SET', value: 'P1W' },
    { text: 'a year', type: 'DURATION', value: 'P1Y' },
    { text: '1997', type: 'DATE', value: '1997' },
  ],
};
