/** yahoo-3: ABC News via Yahoo, a veteran's flag photo (declared 2015-03-12, a Thursday). */
import type { RecentSpec } from '../spec.js';

export const yahoo3: RecentSpec = {
  page: 'yahoo-3',
  referenceDate: '2015-03-12',
  // A search widget, three related-story links and a photo button that Readability kept.
  ignoreLines: ['\'GMA\' Cookie Search', 'Pizza Man Making', 'Redesigned Scopes Fail', 'Antarctica \'Penguin', 'View photo'],
  entities: [
    { id: 'hicks', type: 'PERSON', name: 'Vanessa Hicks', roles: ['photographer', 'Navy veteran'], forms: ['Vanessa Hicks', 'Hicks'] },
    { id: 'navy', type: 'ORG', name: 'Navy', forms: ['Navy'] },
    { id: 'facebook', type: 'ORG', name: 'Facebook', forms: ['Facebook'] },
    { id: 'american', type: 'NORP', name: 'American', forms: ['American'] },
    { id: 'abc', type: 'ORG', name: 'ABC News', forms: ['ABC News'] },
    { id: 'flag-code', type: 'LAW', name: 'Federal Flag Code', forms: ['U.S. Flag Code', 'Federal Flag Code'] },
    { id: 'us', type: 'GPE', name: 'U.S.', forms: ['U.S.'] },
    { id: 'supreme-court', type: 'ORG', name: 'Supreme Court', forms: ['Supreme Court'] },
    { id: 'first-amendment', type: 'LAW', name: 'First Amendment', forms: ['First Amendment'] },
    { id: 'uso', type: 'ORG', name: 'USO', forms: ['USO'] },
  ],
  quotes: [
    { kind: 'indirect', from: 'she had no idea her photo', to: 'would be considered controversial', speaker: { entity: 'hicks', text: 'Vanessa Hicks' }, cue: 'said' },
    { kind: 'indirect', from: 'her intention was to honor', to: 'military service in the photo shoot', speaker: { entity: 'hicks', text: 'Hicks' }, cue: 'said' },
    { kind: 'direct', from: 'This is what he was', to: 'wrapped in an American flag,', speaker: { entity: 'hicks', text: 'Hicks' }, cue: 'told' },
    {
      kind: 'mixed',
      from: 'they found it was “disrespectful',
      to: 'against the U.S. Flag Code.”',
      speaker: { entity: null, text: 'an unidentified poster' },
      cue: 'wrote',
    },
    { kind: 'indirect', from: 'she was surprised when messages', to: 'own website criticizing her photos', speaker: { entity: 'hicks', text: 'Hicks' }, cue: 'said' },
    { kind: 'indirect', from: 'she stayed up until 4', to: 'nothing to do with the flag', speaker: { entity: 'hicks', text: 'She' }, cue: 'said' },
    { kind: 'direct', from: 'I know how low I felt', to: 'those first few hours,', speaker: { entity: 'hicks', text: 'Hicks' }, cue: 'said' },
    {
      kind: 'direct',
      from: '[I felt] am I not',
      to: 'can’t help but watch.',
      speaker: { entity: 'hicks', text: 'Hicks' },
      cue: null,
      note: 'continues the previous quote, after its attribution',
    },
    {
      kind: 'indirect',
      from: 'they did not find the picture offensive',
      speaker: { entity: null, text: 'many people, both military and civilian' },
      cue: 'told',
      note: '"Hicks found that ..." is cognition, not speech: the statement is the people\'s',
    },
    { kind: 'direct', from: 'I have seen first-hand what', to: 'desecration of the flag,', speaker: { entity: 'hicks', text: 'Hicks' }, cue: 'said' },
    {
      kind: 'direct',
      from: 'At the end of the day',
      to: 'disrespected this flag.',
      speaker: { entity: 'hicks', text: 'Hicks' },
      cue: null,
    },
    { kind: 'indirect', from: 'the flag is a symbol', to: 'right to free speech', speaker: { entity: 'hicks', text: 'Hicks' }, cue: 'said' },
    { kind: 'direct', from: '[My husband] wouldn’t die for', to: 'that this country offers,', speaker: { entity: 'hicks', text: 'she' }, cue: 'told' },
    { kind: 'indirect', from: 'she plans to give 15', to: 'these shoots to the USO', speaker: { entity: 'hicks', text: 'she' }, cue: 'said' },
  ],
  dates: [
    { text: '4 a.m.', type: 'TIME', value: 'XXXX-XX-XXT04:00' },
    { text: 'recently', type: 'DATE', value: 'PAST_REF' },
    { text: 'those first few hours', type: 'DURATION', value: 'PTXH' },
    { text: 'the past', type: 'DATE', value: 'PAST_REF' },
  ],
};
