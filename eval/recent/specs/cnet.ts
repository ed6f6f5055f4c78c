/** cnet: CNET, Zuckerberg's testimony on acquisitions (declared 2017-01-18, a Wednesday; UTC 2017-01-19). */
import type { RecentSpec } from '../spec.js';

const zuckerberg = { entity: 'zuckerberg', text: 'Zuckerberg' } as const;

export const cnet: RecentSpec = {
  page: 'cnet',
  referenceDate: '2017-01-18',
  // The photo credit and two promotion lines of the site.
  ignoreLines: ['Photo by James Martin', 'Tech Enabled:', 'Technically Literate:'],
  entities: [
    { id: 'facebook', type: 'ORG', name: 'Facebook', forms: ['Facebook'] },
    { id: 'zuckerberg', type: 'PERSON', name: 'Mark Zuckerberg', roles: ['Facebook CEO'], forms: ['Mark Zuckerberg', 'Zuckerberg'] },
    { id: 'whatsapp', type: 'ORG', name: 'WhatsApp', forms: ['WhatsApp'] },
    { id: 'instagram', type: 'ORG', name: 'Instagram', forms: ['Instagram'] },
    { id: 'oculus', type: 'ORG', name: 'Oculus VR', forms: ['Oculus VR', 'Oculus'] },
    { id: 'zenimax', type: 'ORG', name: 'ZeniMax Media', forms: ['ZeniMax Media'] },
    { id: 'business-insider', type: 'ORG', name: 'Business Insider', forms: ['Business Insider'] },
    { id: 'snapchat', type: 'ORG', name: 'Snapchat', forms: ['Snapchat'] },
    { id: 'spiegel', type: 'PERSON', name: 'Evan Spiegel', roles: ['Snapchat CEO'], forms: ['Evan Spiegel'] },
  ],
  quotes: [
    {
      kind: 'indirect',
      from: 'you don\'t go in without a',
      to: 'well thought out plan',
      speaker: { entity: null, text: 'Anyone who has ever been involved in closing a billion-dollar acquisition deal' },
      cue: 'tell',
      note: 'a generic speaker ("Anyone who ... will tell you that ...")',
    },
    { kind: 'partial', from: 'misappropriating', speaker: { entity: 'zenimax', text: 'ZeniMax Media' }, cue: 'accuses' },
    { kind: 'indirect', from: 'A key Facebook approach is building', to: 'relationship with your target', speaker: zuckerberg, cue: 'said' },
    {
      kind: 'indirect',
      from: 'These deals don\'t just pop up over night',
      speaker: { entity: 'zuckerberg', text: 'he' },
      cue: 'said',
      note: 'the transcript Business Insider reviewed is where it is read, not who said it',
    },
    { kind: 'direct', from: 'I\'ve been building relationships, at least', to: 'had gotten instead.', speaker: zuckerberg, cue: null, block: true },
    { kind: 'indirect', from: 'this was reason Facebook was able', to: 'original $4 billion asking price', speaker: zuckerberg, cue: 'said' },
    { kind: 'direct', from: 'If this [deal] is going to', to: 'going to help their mission.', speaker: zuckerberg, cue: null, block: true },
    { kind: 'indirect', from: 'scare tactics is an effective, if', to: 'rather than going it alone', speaker: zuckerberg, cue: 'said' },
    { kind: 'direct', from: 'That\'s less my thing, but I', to: 'is a valuable tactic.', speaker: zuckerberg, cue: null, block: true },
    { kind: 'indirect', from: 'It also pays to be weary', to: 'suitors for your startup', speaker: zuckerberg, cue: 'said' },
    {
      kind: 'indirect',
      from: 'be willing to move fast to',
      to: 'get the deal done',
      speaker: zuckerberg,
      cue: 'said',
      note: 'second half of a statement split by its attribution',
    },
    { kind: 'direct', from: 'Often, if a company knows we\'re', to: 'the process drags out.', speaker: zuckerberg, cue: null, block: true },
  ],
  dates: [
    { text: 'Tuesday', type: 'DATE', value: '2017-01-17' },
    { text: 'today', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'years', type: 'DURATION', value: 'PXY' },
    { text: '2013', type: 'DATE', value: '2013' },
  ],
};
