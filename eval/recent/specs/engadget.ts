/** engadget: Engadget, Xbox One X review (declared 2017-11-03, a Friday). */
import type { RecentSpec } from '../spec.js';

type T = 'PERSON' | 'ORG' | 'PRODUCT' | 'WORK_OF_ART';
const e = (id: string, type: T, forms: string[], name = forms[0] as string) => ({ id, type, name, forms });
const microsoft = { entity: 'microsoft', text: 'Microsoft' } as const;

export const engadget: RecentSpec = {
  page: 'engadget',
  referenceDate: '2017-11-03',
  // Gallery buttons, the price widget, the score, and the photo credits.
  ignoreLines: ['Gallery: Xbox One X', 'from $610.00', '87', 'Devindra Hardawar/AOL'],
  entities: [
    e('xbox-one-x', 'PRODUCT', ['Xbox One X', 'One X']),
    e('sony', 'ORG', ['Sony']),
    e('ps4-pro', 'PRODUCT', ['PlayStation 4 Pro', 'PS4 Pro']),
    e('ps4', 'PRODUCT', ['PlayStation 4']),
    e('microsoft', 'ORG', ['Microsoft']),
    e('xbox-one-s', 'PRODUCT', ['Xbox One S', 'One S']),
    e('xbox-one', 'PRODUCT', ['Xbox One']),
    e('xbox', 'PRODUCT', ['Xbox']),
    e('xbox-live', 'PRODUCT', ['Xbox Live']),
    e('xbox-360', 'PRODUCT', ['Xbox 360']),
    e('amd', 'ORG', ['AMD']),
    e('kinect', 'PRODUCT', ['Kinect']),
    e('gears', 'PRODUCT', ['Gears of War 4']),
    e('killer-instinct', 'PRODUCT', ['Killer Instinct']),
    e('super-lucky', 'PRODUCT', ["Super Lucky's Tale"]),
    e('dolby', 'ORG', ['Dolby']),
    e('atmos', 'PRODUCT', ['Dolby Atmos', 'Atmos']),
    e('dolby-vision', 'PRODUCT', ['Dolby Vision']),
    e('intel', 'ORG', ['Intel']),
    e('nvidia', 'ORG', ['NVIDIA']),
    e('forza', 'PRODUCT', ['Forza Motorsport 7']),
    e('assassins-creed', 'PRODUCT', ["Assassin's Creed Origins"]),
    e('cod', 'PRODUCT', ['Call of Duty: WW2']),
    e('halo', 'PRODUCT', ['Halo 3']),
    e('fallout', 'PRODUCT', ['Fallout 3']),
    e('planet-earth', 'WORK_OF_ART', ['Planet Earth II']),
    e('netflix', 'ORG', ['Netflix']),
    e('wmr', 'PRODUCT', ['Windows Mixed Reality']),
    e('psvr', 'PRODUCT', ['PlayStation VR']),
  ],
  quotes: [
    {
      kind: 'indirect',
      from: "it's come up with a few",
      to: 'downloading them more efficient',
      speaker: microsoft,
      cue: 'says',
    },
    {
      kind: 'indirect',
      from: 'over 130 Xbox One X-enhanced titles',
      to: 'are in the works',
      speaker: microsoft,
      cue: 'says',
    },
    { kind: 'indirect', from: 'you might still see some performance improvements', speaker: microsoft, cue: 'says' },
    {
      kind: 'indirect',
      from: 'the console will offer some sort',
      to: 'of mixed reality',
      speaker: microsoft,
      cue: 'has mentioned',
    },
  ],
  dates: [
    { text: 'now', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'Now', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'a year', occ: 'all', type: 'DURATION', value: 'P1Y' },
    { text: '2017', type: 'DATE', value: '2017' },
    { text: 'the past year', type: 'DURATION', value: 'P1Y' },
    { text: 'this fall', type: 'DATE', value: '2017-FA' },
    { text: 'last year', type: 'DATE', value: '2016' },
  ],
};
