/** 002: Putin–Trump summit may happen within two weeks (date field 2025-10-17, a Friday). */
import type { ArticleSpec } from './gold-author.js';

export const spec002: ArticleSpec = {
  article: '002_21979369e48d99d7.txt',
  publicationDate: '2025-10-17',
  entities: [
    {
      id: 'putin',
      type: 'PERSON',
      name: 'Vladimir Putin',
      roles: ['Russian President'],
      forms: ['Vladimir Putin', 'Putin'],
    },
    { id: 'trump', type: 'PERSON', name: 'Donald Trump', roles: ['US President'], forms: ['Donald Trump', 'Trump'] },
    { id: 'kremlin', type: 'ORG', name: 'Kremlin', forms: ['Kremlin'] },
    { id: 'budapest', type: 'GPE', name: 'Budapest', forms: ['Budapest'] },
    { id: 'alaska', type: 'GPE', name: 'Alaska', forms: ['Alaska'] },
    { id: 'us', type: 'GPE', name: 'U.S.', forms: ['U.S.', 'US'] },
    { id: 'tomahawk', type: 'PRODUCT', name: 'Tomahawk', forms: ['Tomahawk'] },
    { id: 'kyiv', type: 'GPE', name: 'Kyiv', forms: ['Kyiv'] },
    { id: 'europe', type: 'LOC', name: 'Europe', forms: ['Europe'] },
    { id: 'russia', type: 'GPE', name: 'Russia', forms: ['Russia'] },
    { id: 'hungary', type: 'GPE', name: 'Hungary', forms: ['Hungary'] },
    { id: 'orban', type: 'PERSON', name: 'Viktor Orban', forms: ['Viktor Orban', 'Orban'] },
    { id: 'icc', type: 'ORG', name: 'ICC', forms: ['ICC'] },
    {
      id: 'zelenskiy',
      type: 'PERSON',
      name: 'Volodymyr Zelenskiy',
      roles: ['Ukrainian President'],
      forms: ['Volodymyr Zelenskiy', 'Zelenskiy'],
    },
    { id: 'russian', type: 'NORP', name: 'Russian', forms: ['Russian'] },
    { id: 'ukraine', type: 'GPE', name: 'Ukraine', forms: ['Ukraine'] },
    { id: 'peskov', type: 'PERSON', name: 'Dmitry Peskov', roles: ['Spokesman'], forms: ['Dmitry Peskov', 'Peskov'] },
    { id: 'european', type: 'NORP', name: 'European', forms: ['European'] },
    // "the West accuses Moscow": the geopolitical bloc, a region rather than one government.
    { id: 'west', type: 'LOC', name: 'West', forms: ['West'] },
    { id: 'moscow', type: 'GPE', name: 'Moscow', forms: ['Moscow'] },
    {
      id: 'lavrov',
      type: 'PERSON',
      name: 'Sergei Lavrov',
      roles: ['Russian Foreign Minister'],
      forms: ['Sergei Lavrov'],
    },
    { id: 'rubio', type: 'PERSON', name: 'Marco Rubio', roles: ['US Secretary of State'], forms: ['Marco Rubio'] },
    { id: 'ukrainian', type: 'NORP', name: 'Ukrainian', forms: ['Ukrainian'] },
  ],
  quotes: [
    {
      // Headline attribution by a trailing colon: "...: Kremlin" (no cue word).
      kind: 'indirect',
      text: "Putin-Trump Summit May Happen Within Two Weeks, But There's A Lot To Do First",
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: null,
    },
    {
      kind: 'indirect',
      text:
        'a summit between Russian President Vladimir Putin and US President Donald ' +
        'Trump could occur within two weeks or slightly later, focusing on resolving ' +
        'the Ukraine war, though significant logistical and diplomatic preparations remain',
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: 'indicated',
    },
    {
      kind: 'indirect',
      text: 'they would sabotage peace efforts and strain bilateral ties',
      speaker: { entity: 'putin', text: 'Putin' },
      cue: 'warning',
    },
  ],
  dates: [
    { text: 'Two Weeks', type: 'DURATION', value: 'P2W' },
    { text: 'two weeks', occ: 'all', type: 'DURATION', value: 'P2W' },
    { text: 'October 16', occ: 'all', type: 'DATE', value: '2025-10-16' },
  ],
};
