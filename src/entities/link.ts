import type { EntityType } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import type { PhraseLookup } from './lookup.js';
import { foldName, transliterationKey } from './names.js';

/**
 * Within-document linking: one cluster per real-world thing. Rules, in the order they are tried:
 * 1. same key: the words' transliteration keys are equal ("Zelensky" / "Zelenskiy", "peskov" /
 *    "Peskov", "SteveWitkoff" / "Steve Witkoff"), or a word list gives both the same canonical name
 *    ("U.S." / "US" / "United States");
 * 2. part of a person's name: a shorter name whose words are the last word(s) or the first word of a
 *    longer person name already seen ("Peskov" → "Dmitry Peskov", "President Putin" → "Vladimir
 *    Putin"); when several people share it, the one mentioned most recently before it;
 * 3. acronym: an all-capitals word made of the initials of a longer organisation or place name
 *    ("EU" → "European Union").
 * Longer names are linked first, so a surname finds its full name wherever the full name appears.
 */
export interface Cluster {
  readonly members: EntityCandidate[];
  /** Keys of the fullest name in the cluster, one per word. */
  nameKeys: string[];
  canonical?: string;
  type: EntityType | null;
}

export interface LinkedMention {
  readonly candidate: EntityCandidate;
  readonly words: readonly string[];
  readonly keys: readonly string[];
  readonly canonical?: string;
}

const typeCompatible = (a: EntityType | null, b: EntityType | null): boolean => a === null || b === null || a === b;

function isPersonLike(cluster: Cluster): boolean {
  return cluster.type === 'PERSON' || cluster.type === null;
}

function initials(words: readonly string[]): string {
  return words
    .filter((word) => !['of', 'the', 'and', 'for', '&'].includes(word.toLowerCase()))
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

/** The words of a mention: recogniser-provided, or its text split on spaces, brackets removed. */
export function mentionWords(candidate: EntityCandidate, text: string): string[] {
  if (candidate.words && candidate.words.length > 0) return candidate.words;
  return text
    .slice(candidate.start, candidate.end)
    .replace(/[[\]]/g, '')
    .replace(/['’]s$/u, '')
    .split(/\s+/)
    .filter(Boolean);
}

export function linkMentions(candidates: readonly EntityCandidate[], text: string, lookup: PhraseLookup): Cluster[] {
  const mentions: LinkedMention[] = candidates.map((candidate) => {
    const words = mentionWords(candidate, text);
    const canonical = lookup(words.join(' '))?.canonical;
    return { candidate, words, keys: words.map(transliterationKey).filter(Boolean), ...(canonical ? { canonical } : {}) };
  });
  const order = [...mentions].sort(
    (a, b) => b.keys.length - a.keys.length || a.candidate.start - b.candidate.start,
  );

  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster[]>();
  const keyOf = (mention: LinkedMention): string =>
    mention.canonical ? `=${foldName(mention.canonical)}` : mention.keys.join(' ');

  for (const mention of order) {
    const { candidate, keys } = mention;
    if (keys.length === 0) continue;
    const key = keyOf(mention);
    let target = byKey.get(key)?.find((cluster) => typeCompatible(cluster.type, candidate.type) || candidate.confidence < 0.7);

    if (!target && (candidate.type === 'PERSON' || candidate.type === null)) {
      const partOf = clusters.filter(
        (cluster) =>
          isPersonLike(cluster) &&
          cluster.nameKeys.length > keys.length &&
          (endsWith(cluster.nameKeys, keys) || (keys.length === 1 && cluster.nameKeys[0] === keys[0] && cluster.type === 'PERSON')),
      );
      target = nearestBefore(partOf, candidate.start);
    }

    if (!target && keys.length === 1 && /^\p{Lu}{2,6}$/u.test(mention.words[0] ?? '')) {
      const word = mention.words[0] ?? '';
      target = clusters.find(
        (cluster) =>
          cluster.type !== 'PERSON' &&
          cluster.members.some((member) => initials(mentionWords(member, text)) === word && mentionWords(member, text).length > 1),
      );
    }

    if (!target) {
      target = { members: [], nameKeys: [...keys], type: candidate.type, ...(mention.canonical ? { canonical: mention.canonical } : {}) };
      clusters.push(target);
    }
    target.members.push(candidate);
    if (target.type === null && candidate.type !== null) target.type = candidate.type;
    const list = byKey.get(key) ?? [];
    if (!list.includes(target)) list.push(target);
    byKey.set(key, list);
  }
  return clusters;
}

function endsWith(full: readonly string[], part: readonly string[]): boolean {
  if (part.length >= full.length) return false;
  const offset = full.length - part.length;
  return part.every((key, k) => full[offset + k] === key);
}

function nearestBefore(clusters: readonly Cluster[], at: number): Cluster | undefined {
  if (clusters.length <= 1) return clusters[0];
  let best: Cluster | undefined;
  let bestDistance = Infinity;
  for (const cluster of clusters) {
    const starts = cluster.members.map((member) => member.start);
    const before = starts.filter((start) => start <= at);
    const distance = before.length > 0 ? at - Math.max(...before) : Infinity;
    if (distance < bestDistance) {
      best = cluster;
      bestDistance = distance;
    }
  }
  return best ?? clusters[0];
}
