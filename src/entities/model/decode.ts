/**
 * Greedy left-to-right BILOU decoding (Ratinov & Roth 2009 found it as accurate as Viterbi with
 * history features), shared by training and recognition. Besides each token's static features, the
 * decoder adds features of the labels it has already given: the previous one or two tags, and the
 * type the document has given this same word before ("Clinton" after "Bill Clinton" was a person).
 */
import type { DocumentFeatures } from './features.js';
import { HISTORY_TEMPLATES } from './features.js';
import { hashFeature, mixHash } from './hash.js';
import { isAllowed, OUTSIDE, TAG_COUNT, typeOfTag } from './labels.js';

export interface WeightTable {
  /** Adds the weights of feature `hash` for every tag to `scores`. */
  addTo(hash: number, scores: Float64Array): void;
}

/** Called on every token while training: the features that fired, the gold tag and the prediction. */
export type Learner = (features: readonly number[], gold: number, predicted: number) => void;

const PREVIOUS = hashFeature(HISTORY_TEMPLATES.previous, '');
const PREVIOUS_TWO = hashFeature(HISTORY_TEMPLATES.previousTwo, '');
const DOC_LABEL = hashFeature(HISTORY_TEMPLATES.documentLabel, '');
const DOC_LABEL_WORD = hashFeature(HISTORY_TEMPLATES.documentLabelWithWord, '');

export interface Decoded {
  tags: Uint8Array;
  /** Softmax probability of the chosen tag among the allowed ones, per token. */
  confidence: Float64Array;
}

export function decode(features: DocumentFeatures, table: WeightTable, gold?: Uint8Array, learn?: Learner): Decoded {
  const n = features.offsets.length - 1;
  const tags = new Uint8Array(n);
  const confidence = new Float64Array(n);
  const scores = new Float64Array(TAG_COUNT);
  const fired: number[] = [];
  // Labels given so far to each capitalised form: counts of O, PER, ORG, LOC, MISC.
  const seen = new Map<string, number[]>();
  let previous = -1;
  let previous2 = -1;
  for (let i = 0; i < n; i++) {
    if (features.sentenceStart[i]) {
      previous = -1;
      previous2 = -1;
    }
    fired.length = 0;
    const start = features.offsets[i] ?? 0;
    const end = features.offsets[i + 1] ?? start;
    for (let k = start; k < end; k++) fired.push(features.hashes[k] ?? 0);
    const p1 = previous + 1;
    const p2 = previous2 + 1;
    fired.push(mixHash(PREVIOUS, p1));
    fired.push(mixHash(mixHash(PREVIOUS_TWO, p2), p1));
    fired.push(mixHash(features.wordKeys[i] ?? 0, 100 + p1));
    fired.push(mixHash(features.shapeKeys[i] ?? 0, 200 + p1));
    const form = features.formKeys[i] ?? '';
    const counts = seen.get(form);
    if (counts) {
      let best = -1;
      let bestCount = 0;
      let total = 0;
      for (let t = 0; t < counts.length; t++) {
        const count = counts[t] ?? 0;
        total += count;
        if (count > bestCount) {
          best = t;
          bestCount = count;
        }
      }
      const agreement = bestCount === total ? 1 : 0;
      fired.push(mixHash(DOC_LABEL, best * 2 + agreement + 1));
      fired.push(mixHash(mixHash(DOC_LABEL_WORD, best + 1), features.shapeKeys[i] ?? 0));
    }

    scores.fill(0);
    for (const hash of fired) table.addTo(hash, scores);
    const last = features.sentenceEnd[i] === 1;
    let best = OUTSIDE;
    let bestScore = -Infinity;
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      if (!isAllowed(previous, tag, last)) continue;
      const score = scores[tag] ?? 0;
      if (score > bestScore) {
        bestScore = score;
        best = tag;
      }
    }
    let sum = 0;
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      if (isAllowed(previous, tag, last)) sum += Math.exp((scores[tag] ?? 0) - bestScore);
    }
    confidence[i] = 1 / sum;
    if (gold && learn) learn(fired, gold[i] ?? OUTSIDE, best);
    tags[i] = best;
    const type = typeOfTag(best);
    if (form) {
      const entry = seen.get(form) ?? [0, 0, 0, 0, 0];
      entry[type + 1] = (entry[type + 1] ?? 0) + 1;
      seen.set(form, entry);
    }
    previous2 = previous;
    previous = best;
  }
  return { tags, confidence };
}
