import { jaccardOfSets, quotePieces, quoteWords } from './similarity.js';
import type { StatementVersion } from './types.js';

/** A statement while it is being gathered: every outlet's wording of it. */
export interface StatementCluster {
  versions: StatementVersion[];
}

/**
 * Clusters of wordings with a fast "most similar cluster" lookup. Similarity is `quoteSimilarity`'s
 * measure (the best word-set Jaccard between the pieces of two quotations: the whole and each longer
 * sentence), and candidate pieces come from a prefix filter (Bayardo et al.,
 * "Scaling up all pairs similarity search", 2007): with words ordered rarest first across the story, two
 * sets with Jaccard >= t share a word among the first |x| - ceil(t|x|) + 1 words of each. So a new
 * quote is compared only with wordings of a compatible size that share one of its rare words, not with
 * every quote of a large batch. Measured on the 19,832 PolNeAR train quotes read as one story without
 * speakers (the worst case: one group): 16-37 s on a busy 2-core machine, where comparing every pair had
 * not finished after five minutes.
 */
export interface StatementIndex {
  readonly clusters: StatementCluster[];
  /** The most similar cluster at or above the threshold (earliest on ties), or null. */
  best(text: string): StatementCluster | null;
  /** Adds a wording: to `cluster`, or as a new cluster. */
  add(version: StatementVersion, cluster?: StatementCluster): StatementCluster;
}

export interface WordOrder {
  /** Word sets of the quotation's pieces (`quotePieces`): the whole first, then its longer sentences. */
  piecesOf(text: string): readonly ReadonlySet<string>[];
  /** Rarest first; ties by spelling, so that the order is the same on every run. */
  compare(a: string, b: string): number;
}

/** Word sets of every quotation (cached) and the story-wide rarity order of their words. */
export function createWordOrder(texts: Iterable<string>): WordOrder {
  const sets = new Map<string, Set<string>[]>();
  const frequency = new Map<string, number>();
  const piecesOf = (text: string) => {
    let pieces = sets.get(text);
    if (!pieces) {
      pieces = quotePieces(text).map((piece) => new Set(quoteWords(piece)));
      sets.set(text, pieces);
    }
    return pieces;
  };
  for (const text of new Set(texts)) {
    for (const word of piecesOf(text)[0] ?? []) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return {
    piecesOf,
    compare: (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  };
}

interface Posting {
  id: number;
  words: ReadonlySet<string>;
}

export function createStatementIndex(threshold: number, order: WordOrder): StatementIndex {
  const clusters: StatementCluster[] = [];
  const ids = new Map<StatementCluster, number>();
  // Each indexed wording under the words of its prefix: the cluster it belongs to and its word set.
  const postings = new Map<string, Posting[]>();
  const prefix = (words: ReadonlySet<string>): string[] => {
    const sorted = [...words].sort(order.compare);
    // Products like t * n land a hair off whole numbers in floating point; the epsilon keeps one just
    // above a whole number from rounding up (a prefix one word too short could lose a match).
    const length = sorted.length - Math.ceil(threshold * sorted.length - 1e-9) + 1;
    return sorted.slice(0, Math.max(1, length));
  };
  return {
    clusters,
    best(text) {
      let best: { id: number; score: number } | null = null;
      for (const words of order.piecesOf(text)) {
        const seen = new Set<Posting>();
        for (const word of prefix(words)) {
          for (const posting of postings.get(word) ?? []) {
            if (seen.has(posting)) continue;
            seen.add(posting);
            // Size filter: Jaccard >= t needs t|A| <= |B| <= |A|/t.
            const [small, large] =
              words.size <= posting.words.size ? [words.size, posting.words.size] : [posting.words.size, words.size];
            if (small < threshold * large - 1e-9) continue;
            const score = jaccardOfSets(words, posting.words);
            if (score >= threshold && (!best || score > best.score || (score === best.score && posting.id < best.id))) {
              best = { id: posting.id, score };
            }
          }
        }
      }
      return best ? clusters[best.id]! : null;
    },
    add(version, cluster) {
      let target = cluster;
      let id = target ? ids.get(target) : undefined;
      if (!target || id === undefined) {
        target ??= { versions: [] };
        id = clusters.length;
        clusters.push(target);
        ids.set(target, id);
      }
      if (!target.versions.includes(version)) target.versions.push(version);
      for (const words of order.piecesOf(version.text)) {
        const posting: Posting = { id, words };
        for (const word of prefix(words)) {
          const list = postings.get(word);
          if (list) list.push(posting);
          else postings.set(word, [posting]);
        }
      }
      return target;
    },
  };
}
