import type { Entity, EntityType, Mention } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import { type Cluster, mentionWords } from './link.js';

/**
 * Turns linked clusters into the output's entities: the entity's type by a vote of its mentions (a
 * locked mention decides; otherwise each mention votes with its confidence), the fullest name as
 * canonical, other spellings as aliases, and titles and appositions as roles. A mention whose type is
 * ambiguous in isolation takes the type of its entity ("Trump", a word no list knows, is a PERSON
 * because "Donald Trump" is); locked mentions and mentions surely typed in context keep their own.
 */
export interface BuiltMention extends Mention {
  readonly source: string;
  readonly locked?: boolean;
}

/**
 * A mention typed this surely keeps its type (a list 0.9, a title 0.95); the model's guesses (0.85)
 * and weaker ones take their entity's: "Putin" in "the Putin-Trump summit", guessed NORP in
 * isolation, is the PERSON the rest of the article names.
 */
const SURE_TYPE = 0.9;

/**
 * What a context cue ("the game X", "X's CEO", cues.ts) weighs in the vote: a few of the model's
 * guesses (0.85 each), less than a title (10): "Mojang", read as a person four times, is the
 * organisation "developer Mojang" says it is.
 */
const CUE_WEIGHT = 3;

const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame', 'dr', 'dr.']);

function voteType(members: readonly EntityCandidate[]): EntityType | null {
  const votes = new Map<EntityType, number>();
  for (const member of members) {
    // A cue stands in for the model's guess at that mention (a list's type, 0.9, still votes too).
    if (member.cue && !member.locked) {
      votes.set(member.cue, (votes.get(member.cue) ?? 0) + CUE_WEIGHT);
      if (member.confidence < SURE_TYPE && !member.role) continue;
    }
    if (member.type === null) continue;
    // A title settles a person ("US President Donald Trump"), whatever bare "Trump" was guessed to be.
    const weight = member.locked ? 100 : member.confidence + (member.role ? 10 : 0);
    votes.set(member.type, (votes.get(member.type) ?? 0) + weight);
  }
  let best: EntityType | null = null;
  let bestWeight = 0;
  for (const [type, weight] of votes) {
    if (weight > bestWeight) {
      best = type;
      bestWeight = weight;
    }
  }
  if (best === null && members.some((member) => member.role)) return 'PERSON';
  return best;
}

const surfaceOf = (text: string, member: EntityCandidate): string =>
  text.slice(member.start, member.end).replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();

export function buildEntities(
  clusters: readonly Cluster[],
  text: string,
): { entities: Entity[]; mentions: BuiltMention[] } {
  const typed = clusters
    .map((cluster) => ({ cluster, type: voteType(cluster.members) }))
    .filter(
      (entry): entry is { cluster: Cluster; type: EntityType } =>
        entry.type !== null && entry.cluster.members.length > 0,
    )
    .sort((a, b) => (a.cluster.members[0]?.start ?? 0) - (b.cluster.members[0]?.start ?? 0));

  const entities: Entity[] = [];
  const mentions: BuiltMention[] = [];
  typed.forEach(({ cluster, type }, index) => {
    const members = [...cluster.members].sort((a, b) => a.start - b.start);
    // The fullest name the document uses: most words, then most characters ("U.S." over "US"), then
    // the most frequent ("Kyiv" in a text that writes Kyiv twice and Kiev once). A list's canonical
    // form the text never uses ("United States", "Kiev") is not the name.
    const counts = new Map<string, number>();
    for (const member of members) {
      const words = mentionWords(member, text).join(' ');
      counts.set(words, (counts.get(words) ?? 0) + 1);
    }
    let name = '';
    for (const [words, count] of counts) {
      const order =
        Math.sign(words.split(' ').length - (name ? name.split(' ').length : 0)) ||
        Math.sign(words.length - name.length) ||
        Math.sign(count - (counts.get(name) ?? 0));
      if (!name || order > 0) name = words;
    }
    const aliases: string[] = [];
    for (const member of members) {
      const surface = surfaceOf(text, member);
      if (surface && surface !== name && !aliases.includes(surface)) aliases.push(surface);
    }
    const roles: string[] = [];
    for (const member of members) {
      if (!member.role) continue;
      const role = member.role.text.replace(/\s+/g, ' ').trim();
      if (!role || HONORIFICS.has(role.toLowerCase())) continue;
      if (!roles.some((known) => known.toLowerCase() === role.toLowerCase())) roles.push(role);
    }
    // "President" says nothing "Russian President" does not: a role that ends another is dropped.
    const fullerRoles = roles.filter(
      (role) => !roles.some((other) => other !== role && other.toLowerCase().endsWith(` ${role.toLowerCase()}`)),
    );
    const entityMentions: Mention[] = members.map((member) => ({
      start: member.start,
      end: member.end,
      text: text.slice(member.start, member.end),
      type: member.type && (member.locked || member.confidence >= SURE_TYPE) ? member.type : type,
    }));
    for (const [k, member] of members.entries()) {
      const mention = entityMentions[k];
      if (mention) mentions.push({ ...mention, source: member.source, ...(member.locked ? { locked: true } : {}) });
    }
    entities.push({ id: `e${index + 1}`, type, name, aliases, roles: fullerRoles, mentions: entityMentions });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}
