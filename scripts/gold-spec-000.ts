/** 000: Kremlin says Putin–Trump summit could take place within two weeks (no publication date). */
import type { ArticleSpec } from './gold-author.js';

export const spec000: ArticleSpec = {
  article: '000_5e81eadb501b83ed.txt',
  publicationDate: null,
  entities: [
    { id: 'kremlin', type: 'ORG', name: 'Kremlin', forms: ['Kremlin'] },
    {
      id: 'putin',
      type: 'PERSON',
      name: 'Vladimir Putin',
      roles: ['Russian President'],
      forms: ['Vladimir Putin', 'Putin'],
    },
    { id: 'trump', type: 'PERSON', name: 'Donald Trump', roles: ['U.S. President'], forms: ['Donald Trump', 'Trump'] },
    {
      id: 'peskov',
      type: 'PERSON',
      name: 'Dmitry Peskov',
      roles: ['Kremlin spokesperson'],
      forms: ['Dmitry Peskov', 'Peskov'],
    },
    { id: 'moscow', type: 'GPE', name: 'Moscow', forms: ['Moscow'] },
    { id: 'washington', type: 'GPE', name: 'Washington', forms: ['Washington'] },
    { id: 'us', type: 'GPE', name: 'U.S.', forms: ['U.S.'] },
    { id: 'russia', type: 'GPE', name: 'Russia', forms: ['Russia'] },
    { id: 'russian', type: 'NORP', name: 'Russian', forms: ['Russian'] },
    { id: 'ukraine', type: 'GPE', name: 'Ukraine', forms: ['Ukraine'] },
    { id: 'white-house', type: 'ORG', name: 'White House', forms: ['White House'] },
    { id: 'european', type: 'NORP', name: 'European', forms: ['European'] },
    { id: 'hungary', type: 'GPE', name: 'Hungary', forms: ['Hungary'] },
    { id: 'switzerland', type: 'GPE', name: 'Switzerland', forms: ['Switzerland'] },
    { id: 'nato', type: 'ORG', name: 'NATO', forms: ['NATO'] },
  ],
  quotes: [
    {
      kind: 'indirect',
      text:
        'a much-anticipated summit between Russian President Vladimir Putin and ' +
        'U.S. President Donald Trump could take place within the next two weeks, ' +
        'though several details still need to be finalized before an official announcement is made',
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: 'said',
    },
    {
      kind: 'mixed',
      text: 'both sides were in “active discussions” regarding the venue, agenda, and timing of the meeting',
      speaker: { entity: 'peskov', text: 'Dmitry Peskov' },
      cue: 'told',
    },
    {
      kind: 'direct',
      text: 'Preparations are underway, but there is still a lot of work to do,',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'said',
    },
    {
      // Continues the quote attributed in the previous sentence: same speaker mention, no cue of its own.
      kind: 'direct',
      text: 'Once all arrangements are in place, the date will be officially confirmed.',
      speaker: { entity: 'peskov', text: 'Peskov', occ: 1 },
      cue: null,
    },
    {
      kind: 'indirect',
      text:
        'it could mark one of the most significant diplomatic encounters between ' +
        'Moscow and Washington in recent years',
      speaker: { entity: null, text: 'Analysts' },
      cue: 'say',
    },
    {
      kind: 'indirect',
      text: 'the meeting could take place in a neutral European country, possibly Hungary or Switzerland',
      speaker: { entity: null, text: 'sources familiar with the discussions' },
      cue: 'said',
    },
    {
      kind: 'mixed',
      text:
        'he was open to a “constructive and direct” meeting with Putin to address ' +
        'tensions that have strained U.S.–Russia relations',
      speaker: { entity: 'trump', text: 'Trump' },
      cue: 'told',
    },
    {
      // Framing verbs attribute the quoted words to their subject.
      kind: 'partial',
      text: 'critical opportunity to reset relations,',
      speaker: { entity: null, text: 'Russian state media' },
      cue: 'framed',
    },
    {
      kind: 'indirect',
      text: 'any meeting would need to produce tangible results',
      speaker: { entity: null, text: 'U.S. officials' },
      cue: 'emphasizing',
    },
    {
      kind: 'direct',
      text: 'The presidents are ready to meet, but both teams must ensure the agenda reflects mutual interests.',
      speaker: { entity: 'peskov', text: 'Peskov' },
      cue: 'added',
    },
    {
      kind: 'indirect',
      text:
        'the potential summit could serve as a test of whether Moscow and Washington ' +
        'can find common ground on issues that have long divided them — from NATO ' +
        'expansion to energy exports and global security',
      speaker: { entity: null, text: 'observers' },
      cue: 'say',
    },
    {
      kind: 'indirect',
      text: 'Putin and Trump could make joint statements after the meeting if it goes ahead as planned',
      speaker: { entity: 'kremlin', text: 'Kremlin' },
      cue: 'has not ruled out',
    },
  ],
  dates: [
    { text: 'Monday', type: 'DATE', value: 'XXXX-WXX-1' },
    { text: 'the next two weeks', type: 'DURATION', value: 'P2W' },
    { text: 'recent years', type: 'DATE', value: 'PAST_REF' },
    { text: 'weeks', type: 'DURATION', value: 'PXW' },
    { text: 'last week', type: 'DATE', value: 'XXXX-WXX' },
    { text: 'now', type: 'DATE', value: 'PRESENT_REF' },
  ],
};
