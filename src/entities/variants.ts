import type { Token } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import type { Cluster } from './link.js';
import { transliterationKey } from './names.js';
import { isCommonWord } from './words.js';

/**
 * Mentions the recognisers cannot see because the name is written as an ordinary word: a surname in
 * lower case ("peskov said") or a known name in a Title Case headline the rules distrust. A token is
 * taken when its transliteration key equals the surname of a person already found in the document
 * by a full name (or the one-word name of another entity, when capitalised), and it is not a
 * dictionary word.
 */
export function addLowercaseVariants(
  clusters: readonly Cluster[],
  tokens: readonly Token[],
  accepted: readonly EntityCandidate[],
): void {
  const covered = new Uint8Array(tokens.length);
  for (const candidate of accepted) {
    for (let i = candidate.startToken; i < candidate.endToken && i < tokens.length; i++) covered[i] = 1;
  }
  const surnames = new Map<string, Cluster | null>();
  const oneWordNames = new Map<string, Cluster | null>();
  const note = (map: Map<string, Cluster | null>, key: string | undefined, cluster: Cluster): void => {
    if (!key || key.length < 4) return;
    // A key two entities share says nothing about which one a bare word means.
    map.set(key, map.has(key) && map.get(key) !== cluster ? null : cluster);
  };
  for (const cluster of clusters) {
    if (cluster.type === 'PERSON' && cluster.nameKeys.length > 1)
      note(surnames, cluster.nameKeys[cluster.nameKeys.length - 1], cluster);
    if (cluster.nameKeys.length === 1 && cluster.type !== null) note(oneWordNames, cluster.nameKeys[0], cluster);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || covered[i] || token.kind !== 'word') continue;
    const bare = withoutPossessive(token.text);
    const key = transliterationKey(bare);
    const lower = bare === bare.toLowerCase();
    const cluster = lower ? surnames.get(key) : (surnames.get(key) ?? oneWordNames.get(key));
    if (!cluster) continue;
    // "brown" stays a colour next to Gordon Brown; "kerry" (a name, not a dictionary word) is Kerry.
    if (lower && isCommonWord(bare)) continue;
    cluster.members.push({
      start: token.start,
      end: token.start + bare.length,
      startToken: i,
      endToken: i + 1,
      type: cluster.type,
      confidence: 0.5,
      source: 'variants',
      words: [bare],
    });
  }
  for (const cluster of clusters) cluster.members.sort((a, b) => a.start - b.start);
}

/** `text.replace(/['’]s$/u, '')` without the regex: it runs for every word of the document. */
function withoutPossessive(text: string): string {
  const last = text.length - 1;
  if (last < 1 || text.charCodeAt(last) !== 0x73) return text;
  const mark = text.charCodeAt(last - 1);
  return mark === 0x27 || mark === 0x2019 ? text.slice(0, -2) : text;
}
