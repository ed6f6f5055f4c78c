/**
 * Similarity of two quotations, for merging one statement as several outlets worded it:
 * “It could indeed take place within two weeks or a little later” (MENAFN) and
 * "It really could take place within two weeks or a little later" (Sputnik) are one statement.
 *
 * The measure is the Jaccard coefficient of word sets (words normalised: case, diacritics, apostrophes
 * and punctuation folded), taken as the best over the whole quotations and each of their sentences of
 * four words or more (`quotePieces`), so that an outlet quoting one sentence more still matches. It was
 * chosen by measurement over the Dice of character trigrams and of word sets and over whole-quote
 * Jaccard: at the same share of rewordings merged, it merged the fewest different statements and the
 * most extended quotes. The threshold is measured too, not tuned to one pair:
 * `scripts/measure-quote-similarity.ts` compares
 * quotes from different PolNeAR articles (different statements) with generated light rewordings
 * (adverbs inserted or swapped, synonyms, punctuation), and docs/EVALUATION.md records the figures.
 */
import { foldAccents } from '../text/fold.js';

/** Measured by scripts/measure-quote-similarity.ts (docs/EVALUATION.md, "Quote similarity"). */
export const QUOTE_SIMILARITY_THRESHOLD = 0.46;
export const QUOTE_SIMILARITY_MEASURE = 'word-set Jaccard, best sentence piece >= 4 words';

/** Lower-cased words with diacritics, apostrophes and punctuation folded away. */
export function quoteWords(text: string): string[] {
  // plainSpelling first: a soft hyphen or zero-width character inside a word does not split it (issue #14).
  const folded = foldAccents(text).toLowerCase();
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * Character trigrams of the words (a candidate measure the measurement script compares) joined by
 * single spaces, padded so that short words count.
 */
export function charTrigrams(text: string): Set<string> {
  const joined = ` ${quoteWords(text).join(' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= joined.length; i++) grams.add(joined.slice(i, i + 3));
  return grams;
}

export function diceOfSets<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

export function jaccardOfSets<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function wordJaccard(a: string, b: string): number {
  return jaccardOfSets(new Set(quoteWords(a)), new Set(quoteWords(b)));
}

/**
 * 0..1: how alike two quotations are (see QUOTE_SIMILARITY_THRESHOLD): `statementSimilarity`.
 * aggregate() computes the same measure with cached word sets and an index.
 */
export function quoteSimilarity(a: string, b: string): number {
  return statementSimilarity(a, b);
}

/**
 * The pieces a statement can be matched by: the whole quotation and, when it runs over several
 * sentences, each sentence of at least `minWords` words. One outlet often quotes a sentence more or
 * less than another: MENAFN's “It could indeed take place within two weeks or a little later. There's
 * a general understanding that there's no need to put anything off” and Sputnik's "It really could take
 * place within two weeks or a little later" share only their first sentence.
 */
export function quotePieces(text: string, minWords = QUOTE_PIECE_MIN_WORDS): string[] {
  const pieces = [text];
  const sentences = text.split(/(?<=[.!?…]["”’']?)\s+/u);
  if (sentences.length > 1) {
    for (const sentence of sentences) if (quoteWords(sentence).length >= minWords) pieces.push(sentence);
  }
  return pieces;
}

/** Measured with the threshold (scripts/measure-quote-similarity.ts): shorter sentences match too easily. */
export const QUOTE_PIECE_MIN_WORDS = 4;

/** The best similarity between any piece of one quotation and any piece of the other. */
export function statementSimilarity(a: string, b: string, minWords = QUOTE_PIECE_MIN_WORDS): number {
  let best = 0;
  for (const x of quotePieces(a, minWords)) {
    for (const y of quotePieces(b, minWords)) best = Math.max(best, wordJaccard(x, y));
  }
  return best;
}
