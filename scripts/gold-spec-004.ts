/** 004: Sputnik, Putin–Trump meeting may take place within two weeks (date field and URL: 2025-10-17, a Friday). */
import type { ArticleSpec } from './gold-author.js';

export const spec004: ArticleSpec = {
  article: '004_f658a7a708eed7e6.txt',
  publicationDate: '2025-10-17',
  entities: [
    {
      id: 'putin',
      type: 'PERSON',
      name: 'Vladimir Putin',
      roles: ['Russian President'],
      forms: ['Vladimir Putin', 'Putin'],
    },
    {
      id: 'trump',
      type: 'PERSON',
      name: 'Donald Trump',
      roles: ['US President', 'US leader'],
      forms: ['Donald Trump', 'Trump'],
    },
    { id: 'kremlin', type: 'ORG', name: 'Kremlin', forms: ['Kremlin'] },
    {
      id: 'peskov',
      type: 'PERSON',
      name: 'Dmitry Peskov',
      roles: ['Kremlin spokesman'],
      // "peskov said" (lower case in the source) is still a mention of him.
      forms: ['Dmitry Peskov', 'Peskov', 'peskov'],
    },
    { id: 'russia', type: 'GPE', name: 'Russia', forms: ['Russia'] },
    { id: 'us', type: 'GPE', name: 'US', forms: ['US'] },
    { id: 'middle-east', type: 'LOC', name: 'Middle East', forms: ['Middle East'] },
    { id: 'russian', type: 'NORP', name: 'Russian', forms: ['Russian'] },
    {
      id: 'lavrov',
      type: 'PERSON',
      name: 'Sergey Lavrov',
      roles: ['Russian Foreign minister', 'Foreign Minister'],
      // "[Sergey] Lavrov": the editor's bracketed insertion is left out; the mention is "Lavrov".
      forms: ['Sergey Lavrov', 'Lavrov'],
    },
    {
      id: 'rubio',
      type: 'PERSON',
      name: 'Marco Rubio',
      roles: ['US Secretary of State', 'Secretary of State'],
      forms: ['Marco Rubio', 'Rubio'],
    },
    { id: 'tomahawk', type: 'PRODUCT', name: 'Tomahawk', forms: ['Tomahawk'] },
    { id: 'washington', type: 'GPE', name: 'Washington', forms: ['Washington'] },
    { id: 'kiev', type: 'GPE', name: 'Kiev', forms: ['Kiev'] },
    { id: 'hungary', type: 'GPE', name: 'Hungary', forms: ['Hungary'] },
    { id: 'nato', type: 'ORG', name: 'NATO', forms: ['NATO'] },
    { id: 'eu', type: 'ORG', name: 'EU', forms: ['EU'] },
    { id: 'hungarian', type: 'NORP', name: 'Hungarian', forms: ['Hungarian'] },
    { id: 'orban', type: 'PERSON', name: 'Viktor Orban', roles: ['Hungarian Prime Minister'], forms: ['Viktor Orban'] },
    { id: 'budapest', type: 'GPE', name: 'Budapest', forms: ['Budapest'] },
  ],
  quotes: [
    {
      // Headline attribution by a trailing dash: "... - Kremlin" (no cue word).
      kind: 'indirect',
      text: 'Putin-Trump Meeting May Take Place Within 2 Weeks or Little Later',
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: null,
    },
    {
      kind: 'indirect',
      text:
        'A meeting between Russian President Vladimir Putin and US President Donald ' +
        'Trump could take place within two weeks or a little later',
      speaker: { entity: 'peskov', text: 'Dmitry Peskov' },
      cue: 'said',
    },
    {
      kind: 'direct',
      text: 'It really could take place within two weeks or a little later,',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'told',
    },
    {
      kind: 'indirect',
      text: "the leaders did not deny possibility of continuing dialogue before yesterday's conversation",
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'adding',
    },
    {
      // A descriptive speaker phrase gets the entity it refers to.
      kind: 'indirect',
      text: "Russia proposed it following the US leader's successful trip to the Middle East",
      speaker: { entity: 'peskov', text: 'the official' },
      cue: 'said',
    },
    {
      kind: 'indirect',
      text:
        'Russian Foreign minister Sergey Lavrov and US Secretary of State Marco ' +
        'Rubio will independently announce the location of their future meeting',
      speaker: { entity: 'peskov', text: 'Dmitry Peskov' },
      cue: 'said',
    },
    {
      kind: 'indirect',
      text:
        'They will conduct a phone call and meet to work out issues related to ' +
        'the organization of the top-level Russia-US summit',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'added',
    },
    {
      kind: 'indirect',
      text:
        'Vladimir Putin has made it very clear to US leader Donald Trump that ' +
        "the Russian side's position on Tomahawk supplies",
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'said',
    },
    {
      // First-person speech without quotation marks (a wire-copy habit) is indirect: kind follows the marks.
      kind: 'indirect',
      text:
        'We need to ask Washington, whether the conversation between Putin and ' +
        'Trump has reduced the threat of Tomahawk supplies to Kiev',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'added',
    },
    {
      kind: 'indirect',
      text: "The Russia-US summit will be organized in stages, and the presidents' will to meet has been confirmed",
      speaker: { entity: 'peskov', text: 'Dmitry Peskov' },
      cue: 'said',
    },
    {
      kind: 'direct',
      text:
        'As long as there is the will of the presidents to hold such a meeting. ' +
        'But first, we are talking about the fact that Foreign Minister [Sergey] ' +
        'Lavrov and Secretary of State [Marco] Rubio will start working on the ' +
        'issue. First, they will call and meet, discuss and begin to discuss the ' +
        'whole topic, all the questions... Everything will be done in stages, but, ' +
        'of course, the will of the presidents is there, it is fixed. And this ' +
        "was discussed during yesterday's telephone conversation,",
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'told',
    },
    {
      kind: 'indirect',
      text:
        'There are many questions about the organization of the Putin-Trump meeting, ' +
        'negotiating teams need to be determined',
      speaker: { entity: 'peskov', text: 'peskov' },
      cue: 'said',
    },
    {
      kind: 'indirect',
      text: 'such decisions are made mutually',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'said',
    },
    {
      kind: 'direct',
      text: 'Such decisions are made mutually. It is a two-way process in developing such decisions about the venue,',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'told',
    },
    {
      kind: 'indirect',
      text: 'Putin held a phone conversation with Hungarian Prime Minister Viktor Orban',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'said',
    },
    {
      kind: 'indirect',
      text: 'he would hold a meeting with Putin in Budapest',
      speaker: { entity: 'trump', text: 'Trump' },
      cue: 'said',
    },
  ],
  dates: [
    { text: '2 Weeks', type: 'DURATION', value: 'P2W' },
    { text: 'two weeks', occ: 'all', type: 'DURATION', value: 'P2W' },
    { text: 'Friday', type: 'DATE', value: '2025-10-17' },
    { text: 'yesterday', occ: 'all', type: 'DATE', value: '2025-10-16' },
    { text: 'Thursday', type: 'DATE', value: '2025-10-16' },
    { text: 'the beginning of 2025', type: 'DATE', value: '2025', mod: 'START' },
  ],
};
