import type { EntityType } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import type { PhraseLookup } from './lookup.js';
import { foldNameWord, transliterationKey } from './names.js';

/**
 * Within-document linking: one cluster per real-world thing. Rules, in the order they are tried:
 * 1. same key: the words' transliteration keys are equal ("Zelensky" / "Zelenskiy", "peskov" /
 *    "Peskov", "SteveWitkoff" / "Steve Witkoff"), or a word list gives both the same canonical name
 *    ("U.S." / "US" / "United States");
 * 2. part of a person's name: a shorter name whose words are the last word(s) or the first word of a
 *    longer person name already seen ("Peskov" → "Dmitry Peskov", "President Putin" → "Vladimir
 *    Putin"); when several people share it, the one mentioned most recently before it; likewise the
 *    last word(s) of a product's name ("Atmos" → "Dolby Atmos");
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
    return {
      candidate,
      words,
      keys: words.map(transliterationKey).filter(Boolean),
      ...(canonical ? { canonical } : {}),
    };
  });
  const order = [...mentions].sort((a, b) => b.keys.length - a.keys.length || a.candidate.start - b.candidate.start);

  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster[]>();
  // Rule 2 looks for people by the keys of their name's last word(s) and first word.
  const byPart = new Map<string, Cluster[]>();
  // Rule 3: initials of multi-word organisation and place names.
  const byInitials = new Map<string, Cluster>();
  // Starts of each cluster's mentions, sorted when a shorter key length begins (see nearestBefore).
  const starts = new Map<Cluster, number[]>();
  let level = Infinity;
  const keyOf = (mention: LinkedMention): string =>
    mention.canonical ? `=${foldNameWord(mention.canonical)}` : mention.keys.join(' ');
  const index = (map: Map<string, Cluster[]>, key: string, cluster: Cluster): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(cluster)) list.push(cluster);
    map.set(key, list);
  };

  for (const mention of order) {
    const { candidate, keys } = mention;
    if (keys.length === 0) continue;
    let member = candidate;
    if (keys.length < level) {
      level = keys.length;
      for (const [cluster, list] of starts)
        starts.set(
          cluster,
          list.sort((a, b) => a - b),
        );
    }
    const key = keyOf(mention);
    // A full name written the same way is the same thing whatever a recogniser guessed in isolation
    // ("Annalena Baerbock" at a sentence start, typed ORG); a single word needs a compatible type
    // ("Washington" the city and "Washington" the general stay apart). A listed abbreviation is no
    // ordinary word: "L.A." in "the L.A.-based artist" (read as a nationality) is Los Angeles.
    const listedAbbreviation = mention.canonical !== undefined && isAbbreviation(mention.words);
    let target = byKey
      .get(key)
      ?.find(
        (cluster) =>
          typeCompatible(cluster.type, candidate.type) ||
          candidate.confidence < 0.7 ||
          (keys.length > 1 && !candidate.locked) ||
          (listedAbbreviation && !candidate.locked),
      );

    // A bare surname the lists do not know joins a person whatever type a recogniser guessed for it
    // in isolation ("Orban offers to host", typed as a place by the model).
    const ambiguous =
      candidate.type === 'PERSON' || candidate.type === null || (!candidate.locked && !lookup(mention.words.join(' ')));
    if (!target && ambiguous) {
      const partOf = [
        ...(byPart.get(`end:${keys.join(' ')}`) ?? []),
        ...(keys.length === 1 ? (byPart.get(`first:${keys[0]}`) ?? []) : []),
      ].filter(
        (cluster) =>
          (isPersonLike(cluster) &&
            cluster.nameKeys.length > keys.length &&
            (endsWith(cluster.nameKeys, keys) || (cluster.nameKeys[0] === keys[0] && cluster.type === 'PERSON'))) ||
          // A product named without its maker: "Atmos" after "Dolby Atmos", "One X" after "Xbox One X".
          // Only a word some recogniser named: an untyped capitalised word ("BASEBALL" in a headline) is
          // no mention of "Major League Baseball".
          (cluster.type === 'PRODUCT' && candidate.type !== null && endsWith(cluster.nameKeys, keys)),
      );
      target = nearestBefore(partOf, candidate.start, starts);
      // The product's type, not the model's guess for the lone word ("Atmos" read as a person).
      if (target?.type === 'PRODUCT' && !candidate.locked) member = { ...candidate, type: 'PRODUCT' };
    }

    if (!target && keys.length === 1 && /^\p{Lu}{2,6}$/u.test(mention.words[0] ?? '')) {
      target = byInitials.get(mention.words[0] ?? '');
    }

    if (!target) {
      target = {
        members: [],
        nameKeys: [...keys],
        type: candidate.type,
        ...(mention.canonical ? { canonical: mention.canonical } : {}),
      };
      clusters.push(target);
      starts.set(target, []);
    }
    target.members.push(member);
    insertSorted(starts.get(target), candidate.start);
    if (target.type === null && candidate.type !== null) target.type = candidate.type;
    index(byKey, key, target);
    if (target.nameKeys === keys || sameKeys(target.nameKeys, keys)) {
      for (let k = 1; k < keys.length; k++) index(byPart, `end:${keys.slice(k).join(' ')}`, target);
      if (keys.length > 1) index(byPart, `first:${keys[0]}`, target);
    }
    if (mention.words.length > 1 && candidate.type !== 'PERSON') {
      const acronym = initials(mention.words);
      if (acronym.length > 1 && !byInitials.has(acronym)) byInitials.set(acronym, target);
    }
  }
  return linkBirthNames(clusters, text);
}

/** ", née Fetter" / ", born Fetter" between a married name and a birth name (the gap, trimmed). */
const BIRTH_NAME_LINK = /^,?\s*(?:n[ée]e|born)$/u;

/**
 * "Ellen Gille, née Fetter": the text says the married name and the birth name are one person, so
 * "Ellen Fetter" and "Ellen Gille" are one entity (when both are people, or untyped, and the one
 * before "née" shares the other's first name or the birth name stands alone).
 */
function linkBirthNames(clusters: Cluster[], text: string): Cluster[] {
  const clusterOf = new Map<EntityCandidate, Cluster>();
  const all: EntityCandidate[] = [];
  for (const cluster of clusters) {
    for (const member of cluster.members) {
      clusterOf.set(member, cluster);
      all.push(member);
    }
  }
  all.sort((a, b) => a.start - b.start);
  const merged = new Set<Cluster>();
  for (let k = 0; k + 1 < all.length; k++) {
    const married = all[k] as EntityCandidate;
    const born = all[k + 1] as EntityCandidate;
    const gap = text.slice(married.end, born.start);
    if (gap.length > 12 || !/\s$/u.test(gap) || !BIRTH_NAME_LINK.test(gap.trim())) continue;
    const into = clusterOf.get(born);
    const from = clusterOf.get(married);
    if (!into || !from || into === from || merged.has(into) || merged.has(from)) continue;
    if (!isPersonLike(into) || !isPersonLike(from)) continue;
    // "Miss Ellen Fetter": the first name is any word before the surname.
    if (into.nameKeys.length > 1 && !into.nameKeys.slice(0, -1).includes(from.nameKeys[0] ?? '')) continue;
    into.members.push(...from.members);
    if (into.type === null) into.type = from.type;
    merged.add(from);
  }
  return merged.size === 0 ? clusters : clusters.filter((cluster) => !merged.has(cluster));
}

/** "L.A.", "U.S.", "D.C.", "NYC": one word of initials, dotted or in capitals. */
function isAbbreviation(words: readonly string[]): boolean {
  return words.length === 1 && /^(?:(?:\p{Lu}\.){2,4}|\p{Lu}{2,4})$/u.test(words[0] ?? '');
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, k) => key === b[k]);
}

function endsWith(full: readonly string[], part: readonly string[]): boolean {
  if (part.length >= full.length) return false;
  const offset = full.length - part.length;
  return part.every((key, k) => full[offset + k] === key);
}

/**
 * Keeps a cluster's starts sorted: a shorter mention may come before the longer ones already in its
 * cluster ("Ellen" before "Ellen Gille" at the end of an article), and appending it made the binary
 * search of nearestBefore read a lone "Gille" at the end as a relative's, mentioned pages earlier.
 */
function insertSorted(list: number[] | undefined, value: number): void {
  if (list) list.splice(upperBound(list, value), 0, value);
}

/** The index of the first element of the ascending `list` greater than `value` (binary search). */
function upperBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cluster mentioned most recently before `at` (binary search in its sorted starts). */
function nearestBefore(
  clusters: readonly Cluster[],
  at: number,
  starts: ReadonlyMap<Cluster, number[]>,
): Cluster | undefined {
  if (clusters.length <= 1) return clusters[0];
  let best: Cluster | undefined;
  let bestDistance = Infinity;
  for (const cluster of clusters) {
    const list = starts.get(cluster) ?? [];
    const lo = upperBound(list, at);
    const before = lo > 0 ? list[lo - 1] : undefined;
    const distance = before === undefined ? Infinity : at - before;
    if (distance < bestDistance) {
      best = cluster;
      bestDistance = distance;
    }
  }
  return best ?? clusters[0];
}
