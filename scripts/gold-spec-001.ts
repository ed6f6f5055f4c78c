/** 001: Kremlin confirms Trump and Putin to meet in the coming days (tovima.com, no publication date). */
import type { ArticleSpec } from './gold-author.js';

export const spec001: ArticleSpec = {
  article: '001_23b18e1518e5071c.txt',
  publicationDate: null,
  entities: [
    { id: 'kremlin', type: 'ORG', name: 'Kremlin', forms: ['Kremlin'] },
    { id: 'trump', type: 'PERSON', name: 'Donald Trump', roles: ['U.S. President'], forms: ['Donald Trump', 'Trump'] },
    {
      id: 'putin',
      type: 'PERSON',
      name: 'Vladimir Putin',
      roles: ['Russian President', 'Russian leader'],
      forms: ['Vladimir Putin', 'Putin'],
    },
    {
      id: 'ushakov',
      type: 'PERSON',
      name: 'Yuri Ushakov',
      roles: ['Kremlin aide'],
      forms: ['Yuri Ushakov', 'Ushakov'],
    },
    {
      id: 'witkoff',
      type: 'PERSON',
      name: 'Steve Witkoff',
      roles: ['American envoy', 'Trump’s envoy'],
      // "SteveWitkoff" (missing space in the source) is still a mention of him.
      forms: ['Steve Witkoff', 'SteveWitkoff', 'Witkoff'],
    },
    {
      id: 'zelensky',
      type: 'PERSON',
      name: 'Volodymyr Zelensky',
      roles: ['Ukrainian President'],
      forms: ['Volodymyr Zelensky', 'Zelensky'],
    },
    { id: 'merz', type: 'PERSON', name: 'Friedrich Merz', roles: ['German Chancellor'], forms: ['Friedrich Merz'] },
    { id: 'us', type: 'GPE', name: 'U.S.', forms: ['U.S.'] },
    { id: 'russia', type: 'GPE', name: 'Russia', forms: ['Russia'] },
    { id: 'russian', type: 'NORP', name: 'Russian', forms: ['Russian'] },
    { id: 'american', type: 'NORP', name: 'American', forms: ['American'] },
    { id: 'ukrainian', type: 'NORP', name: 'Ukrainian', forms: ['Ukrainian'] },
    { id: 'ukraine', type: 'GPE', name: 'Ukraine', forms: ['Ukraine'] },
    { id: 'x', type: 'ORG', name: 'X', forms: ['X'] },
    { id: 'moscow', type: 'GPE', name: 'Moscow', forms: ['Moscow'] },
    { id: 'european', type: 'NORP', name: 'European', forms: ['European'] },
    { id: 'german', type: 'NORP', name: 'German', forms: ['German'] },
    { id: 'france', type: 'GPE', name: 'France', forms: ['France'] },
    { id: 'italy', type: 'GPE', name: 'Italy', forms: ['Italy'] },
  ],
  quotes: [
    {
      // Headline attribution: "..., Kremlin Confirms".
      kind: 'indirect',
      text: 'Trump and Putin to Meet in Coming Days',
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: 'Confirms',
    },
    {
      kind: 'indirect',
      text:
        'Russian President Vladimir Putin and U.S. President Donald Trump will ' +
        'meet in the coming days, following a proposal from the American side',
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: 'confirmed',
    },
    {
      kind: 'indirect',
      text:
        'A high-level meeting between U.S. President Donald Trump and Russian ' +
        'President Vladimir Putin has been officially confirmed',
      speaker: { entity: 'ushakov', text: 'Yuri Ushakov' },
      cue: 'according to',
    },
    {
      kind: 'direct',
      text: 'This will be a bilateral meeting at the highest level between President Vladimir Putin and Donald Trump,',
      speaker: { entity: 'ushakov', text: 'Ushakov' },
      cue: 'said',
    },
    {
      kind: 'indirect',
      text: 'the meeting could bring the conflict in Ukraine closer to resolution',
      speaker: { entity: null, text: 'the American side' },
      cue: 'suggesting',
    },
    {
      kind: 'mixed',
      text: 'a face-to-face meeting with Putin remains “a clear priority.”',
      speaker: { entity: 'zelensky', text: 'Zelensky' },
      cue: 'reiterated',
    },
    {
      // The whole reported clause is inside the quotation marks: direct, though introduced by "that".
      kind: 'direct',
      text: 'real solutions can only be achieved at the level of leaders',
      speaker: { entity: 'zelensky', text: 'he' },
      cue: 'stated',
    },
    {
      kind: 'partial',
      text: 'lasting peace',
      speaker: { entity: 'zelensky', text: 'he' },
      cue: 'emphasized',
    },
    {
      kind: 'direct',
      text: 'There will also be discussions at the level of national security advisers,',
      speaker: { entity: 'zelensky', text: 'Zelensky' },
      cue: 'added',
    },
    {
      kind: 'partial',
      text: 'taking concrete steps to end its aggression.',
      speaker: { entity: 'zelensky', text: 'Zelensky' },
      cue: 'stressing',
    },
  ],
  dates: [
    { text: 'Coming Days', type: 'DURATION', value: 'PXD' },
    { text: 'the coming days', occ: 'all', type: 'DURATION', value: 'PXD' },
    // "is currently in preparation": a temporal adverb with a referent (the present), like "now" in 000;
    // TimeBank/AQUAINT annotate "currently" as DATE PRESENT_REF in 10 of its 16 occurrences.
    { text: 'currently', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'later today', type: 'DATE', value: 'XXXX-XX-XX', mod: 'END' },
  ],
};
