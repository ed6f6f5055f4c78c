/** medicalnewstoday: Medical News Today, the brain's "a-ha!" moment (declared 2017-07-27). */
import type { RecentSpec } from '../spec.js';

const shadlen = { entity: 'shadlen', text: 'Dr. Shadlen' } as const;

export const medicalnewstoday: RecentSpec = {
  page: 'medicalnewstoday',
  referenceDate: '2017-07-27',
  entities: [
    { id: 'freud', type: 'PERSON', name: 'Freud', forms: ['Freud'] },
    { id: 'columbia', type: 'ORG', name: 'Columbia University', forms: ['Columbia University'] },
    { id: 'nyc', type: 'GPE', name: 'New York City', forms: ['New York City'] },
    { id: 'ny', type: 'GPE', name: 'NY', forms: ['NY'] },
    { id: 'shadlen', type: 'PERSON', name: 'Michael Shadlen', roles: ['Ph.D.'], forms: ['Michael Shadlen', 'Shadlen'] },
    {
      id: 'zuckerman',
      type: 'ORG',
      name: 'Mortimer B. Zuckerman Mind Brain Behavior Institute',
      forms: ['Mortimer B. Zuckerman Mind Brain Behavior Institute'],
    },
    { id: 'current-biology', type: 'ORG', name: 'Current Biology', forms: ['Current Biology'] },
  ],
  quotes: [
    {
      kind: 'indirect',
      from: 'most of the work done by',
      to: 'happens on an unconscious level',
      speaker: { entity: null, text: 'Neuroscience' },
      cue: 'tells',
    },
    {
      kind: 'indirect',
      from: 'the brain does a lot of',
      to: 'solutions to complex problems',
      speaker: { entity: null, text: 'A large body of neuroscientific studies' },
      cue: 'has pointed out',
    },
    {
      kind: 'mixed',
      from: 'research conducted in both monkeys and',
      to: 'information has been accumulated',
      speaker: { entity: null, text: 'the authors' },
      cue: 'explain',
    },
    {
      kind: 'direct',
      from: 'Could the moment when the brain',
      to: "important 'a-ha!' moment?",
      speaker: { entity: 'shadlen', text: 'Shadlen' },
      cue: 'words',
      note: '"In Dr. Shadlen\'s words, “...”"',
    },
    {
      kind: 'direct',
      from: 'The moment in time indicated by',
      to: 'to make that decision,',
      speaker: shadlen,
      cue: 'says',
    },
    {
      kind: 'direct',
      from: 'And because it was purely subjective,',
      to: 'ought to be unverifiable.',
      speaker: shadlen,
      cue: null,
    },
    {
      kind: 'direct',
      from: 'If the time reported to us',
      to: 'accuracy of the decision,',
      speaker: shadlen,
      cue: 'explains',
    },
    {
      kind: 'direct',
      from: 'We incorporated a kind of mathematical',
      to: 'by the same brain function.',
      speaker: shadlen,
      cue: null,
    },
    {
      kind: 'direct',
      from: 'Essentially, the act of becoming consciously',
      to: 'to turn left or right.',
      speaker: { entity: 'shadlen', text: 'Michael Shadlen' },
      cue: null,
      note: 'a pull quote, credited on the next line',
    },
    {
      kind: 'indirect',
      from: 'The findings provide unique insights into',
      to: 'the biology of consciousness',
      speaker: { entity: null, text: 'the researchers' },
      cue: 'say',
    },
    {
      kind: 'indirect',
      from: 'they bring us closer to understanding',
      to: 'and, generally, the human mind',
      speaker: { entity: null, text: 'the researchers' },
      cue: 'say',
    },
  ],
  dates: [],
};
