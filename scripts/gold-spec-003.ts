/** 003: Kremlin verifies Putin–Trump meeting in Hungary (MENAFN syndication, no publication date). */
import type { ArticleSpec } from './gold-author.js';

export const spec003: ArticleSpec = {
  article: '003_3ae1a21b16b637e7.txt',
  publicationDate: null,
  entities: [
    { id: 'kremlin', type: 'ORG', name: 'Kremlin', forms: ['Kremlin'] },
    {
      id: 'putin',
      type: 'PERSON',
      name: 'Vladimir Putin',
      roles: ['Russian President', 'Russia’s leader'],
      forms: ['Vladimir Putin', 'Putin'],
    },
    { id: 'trump', type: 'PERSON', name: 'Donald Trump', roles: ['U.S. President'], forms: ['Donald Trump', 'Trump'] },
    { id: 'hungary', type: 'GPE', name: 'Hungary', forms: ['Hungary'] },
    { id: 'russian', type: 'NORP', name: 'Russian', forms: ['Russian'] },
    { id: 'us', type: 'GPE', name: 'U.S.', forms: ['U.S.', 'US'] },
    {
      id: 'peskov',
      type: 'PERSON',
      name: 'Dmitry Peskov',
      roles: ['Kremlin spokesperson'],
      forms: ['Dmitry Peskov', 'Peskov'],
    },
    { id: 'moscow', type: 'GPE', name: 'Moscow', forms: ['Moscow'] },
    { id: 'budapest', type: 'GPE', name: 'Budapest', forms: ['Budapest'] },
    { id: 'ushakov', type: 'PERSON', name: 'Yuri Ushakov', roles: ['Kremlin aide'], forms: ['Yuri Ushakov'] },
    { id: 'nato', type: 'ORG', name: 'NATO', forms: ['NATO'] },
    { id: 'eu', type: 'ORG', name: 'European Union', forms: ['European Union'] },
    {
      id: 'lavrov',
      type: 'PERSON',
      name: 'Sergey Lavrov',
      roles: ['Russian Foreign Minister'],
      forms: ['Sergey Lavrov', 'Lavrov'],
    },
    {
      id: 'rubio',
      type: 'PERSON',
      name: 'Marco Rubio',
      roles: ['U.S. Secretary of State'],
      forms: ['Marco Rubio', 'Rubio'],
    },
    { id: 'russia', type: 'GPE', name: 'Russia', forms: ['Russia'] },
    { id: 'ukraine', type: 'GPE', name: 'Ukraine', forms: ['Ukraine'] },
    { id: 'tomahawk', type: 'PRODUCT', name: 'Tomahawk', forms: ['Tomahawk'] },
    { id: 'middle-east', type: 'LOC', name: 'Middle East', forms: ['Middle East'] },
    { id: 'new-start', type: 'LAW', name: 'New START Treaty', forms: ['New START Treaty'] },
  ],
  quotes: [
    {
      kind: 'indirect',
      text:
        'a potential meeting between U.S. President Donald Trump and Russian President ' +
        'Vladimir Putin could be held in Hungary in the near future, possibly within ' +
        'the next two weeks',
      speaker: { entity: null, text: 'Russian officials' },
      cue: 'confirmed',
    },
    {
      kind: 'indirect',
      text: 'there is mutual interest in holding the summit soon',
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: 'According to',
    },
    {
      kind: 'direct',
      text:
        "It could indeed take place within two weeks or a little later. There's " +
        "a general understanding that there's no need to put anything off,",
      speaker: { entity: 'peskov', text: 'Dmitry Peskov' },
      cue: 'said',
    },
    {
      kind: 'indirect',
      text:
        'Budapest could host the meeting shortly, following discussions between ' +
        'top-level officials scheduled for next week',
      speaker: { entity: 'trump', text: 'Trump' },
      cue: 'indicated',
    },
    {
      // "describe/characterize X as “...”": the quoted words are the speaker's, the sentence the writer's.
      kind: 'partial',
      text: 'very productive.',
      speaker: { entity: 'trump', text: 'He' },
      cue: 'described',
    },
    {
      kind: 'partial',
      text: 'very substantive, yet also extremely frank and confidential.',
      speaker: { entity: 'ushakov', text: 'Yuri Ushakov' },
      cue: 'characterized',
    },
    {
      kind: 'indirect',
      text:
        'both presidents agreed in principle to organize another direct meeting ' +
        'and instructed their respective teams to begin preparations immediately, ' +
        'with Budapest considered a leading option',
      speaker: { entity: 'ushakov', text: 'He' },
      cue: 'noted',
    },
    {
      kind: 'indirect',
      text: 'Hungary had been jointly selected as the preferred location for the summit',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'confirmed',
    },
    {
      kind: 'indirect',
      text: 'careful, step-by-step planning is essential',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'emphasized',
    },
    {
      kind: 'direct',
      text: 'There are many questions – we need to determine the negotiating teams,',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'explained',
    },
    {
      kind: 'indirect',
      text: 'the two diplomats would manage the negotiations and disclose details themselves',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'stated',
    },
    {
      // One reported clause with two quoted fragments: one mixed quote.
      kind: 'mixed',
      text:
        'such deliveries would “destroy” US-Russian ties and lead to a “completely ' +
        'new, qualitatively new stage of escalation.”',
      speaker: { entity: 'putin', text: 'Putin' },
      cue: 'warned',
    },
    {
      kind: 'indirect',
      text: 'it was initiated by Moscow, following Trump’s recent diplomatic visit to the Middle East',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'confirmed',
    },
    {
      kind: 'direct',
      text: "President Putin's first thought was to congratulate Trump on this success.",
      speaker: { entity: 'peskov', text: 'He' },
      cue: 'added',
    },
  ],
  dates: [
    { text: 'the near future', type: 'DATE', value: 'FUTURE_REF' },
    { text: 'the next two weeks', type: 'DURATION', value: 'P2W' },
    { text: 'soon', type: 'DATE', value: 'FUTURE_REF' },
    { text: 'two weeks', type: 'DURATION', value: 'P2W' },
    { text: 'next week', type: 'DATE', value: 'XXXX-WXX' },
  ],
};
