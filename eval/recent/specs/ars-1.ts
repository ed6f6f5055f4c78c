/** ars-1: Ars Technica, a Minecraft server exploit (declared 2015-04-16, a Thursday). */
import type { RecentSpec } from '../spec.js';

const askar = { entity: 'askar', text: 'Askar' } as const;
/** The excerpt of Askar's blog post (a <blockquote> on the page): one block quotation per paragraph. */
const excerpt: [string, string][] = [
  ['The vulnerability stems from the fact', 'trivial for us to generate.'],
  ['In my case, I chose', 'of what it looks like.'],
  ['rekt: { list: [', '... ] ... }'],
  ['The root of the object, rekt,', '= 30,000,000 lists.'],
  ['And this isn’t even the theoretical', 'a mere 39 kilobytes.'],
  ['Note: in previous versions of Minecraft,', 'attack has increased significantly.'],
  ['When the server will decompress our', 'causes tremendous CPU load.'],
  ['This vulnerability exists on almost all', 'Creative Inventory Action.'],
  ['The fix for this vulnerability', 'limits should be implemented.'],
  ['These were the fixes that I', 'to Mojang 2 years ago.'],
];

export const ars1: RecentSpec = {
  page: 'ars-1',
  referenceDate: '2015-04-16',
  ignoreLines: ['Biz & IT'],
  entities: [
    { id: 'minecraft', type: 'PRODUCT', name: 'Minecraft', forms: ['Minecraft'] },
    {
      id: 'askar',
      type: 'PERSON',
      name: 'Ammar Askar',
      roles: ['developer', 'computer programmer'],
      forms: ['Ammar Askar', 'Askar'],
    },
    { id: 'pakistan', type: 'GPE', name: 'Pakistan', forms: ['Pakistan'] },
    { id: 'mojang', type: 'ORG', name: 'Mojang', forms: ['Mojang'] },
    { id: 'nbt', type: 'PRODUCT', name: 'Named Binary Tag', forms: ['Named Binary Tag', 'NBT'] },
    { id: 'ars', type: 'ORG', name: 'Ars', forms: ['Ars'] },
  ],
  quotes: [
    {
      kind: 'indirect',
      from: 'A flaw in the wildly popular',
      to: 'crash the server hosting the game',
      speaker: { entity: 'askar', text: 'a computer programmer' },
      cue: 'according to',
    },
    {
      kind: 'direct',
      from: 'I thought a lot before',
      to: 'writing this post,',
      speaker: { entity: 'askar', text: 'Ammar Askar' },
      cue: 'wrote',
    },
    {
      kind: 'indirect',
      from: 'after privately reporting the bug to',
      to: 'Minecraft developer Mojang',
      speaker: { entity: 'askar', text: 'he' },
      cue: 'said',
      note: 'the parenthetical "21 months, he said, after ..." attributes the timing to him',
    },
    {
      kind: 'direct',
      from: "On the one hand I don't",
      to: 'has failed to act on it.',
      speaker: { entity: 'askar', text: 'Ammar Askar' },
      cue: null,
    },
    {
      kind: 'indirect',
      from: 'exploits the vulnerability to crash any',
      to: 'server hosting the game',
      speaker: { entity: 'askar', text: 'he' },
      cue: 'said',
      note: '"code he said exploits ...": the reported clause is the relative clause',
    },
    ...excerpt.map(([from, to]) => ({ kind: 'direct' as const, from, to, speaker: askar, cue: null, block: true })),
  ],
  dates: [
    { text: 'Thursday', type: 'DATE', value: '2015-04-16' },
    { text: '21 months', type: 'DURATION', value: 'P21M' },
    { text: 'Now', type: 'DATE', value: 'PRESENT_REF' },
    { text: '2 years ago', type: 'DATE', value: '2013' },
  ],
};
