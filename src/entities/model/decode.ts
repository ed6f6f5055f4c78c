/**
 * Viterbi decoding over BILOU tags, sentence by sentence, shared by training and recognition.
 *
 * Greedy left-to-right decoding (as Ratinov & Roth 2009 use) was tried first: once it opened a name
 * with B- it had to continue it, and produced spans like "Alan he was up for". Viterbi picks the best
 * whole-sentence tagging under the same first-order features (previous tag alone, and with the word
 * or its shape).
 *
 * Non-local features need earlier decisions: each capitalised word sees the labels the document
 * gave the same word in earlier sentences ("Clinton" after "Bill Clinton"), and in a second pass the
 * labels a first pass gave it anywhere in the document ("LEICESTERSHIRE" in a capital headline,
 * "Leicestershire" in the text below).
 */
import type { DocumentFeatures } from './features.js';
import { HISTORY_TEMPLATES } from './features.js';
import { hashFeature, mixHash } from './hash.js';
import { isAllowed, OUTSIDE, TAG_COUNT, typeOfTag } from './labels.js';

export interface WeightTable {
  /** Adds the weights of feature `hash` for every tag to `scores`. */
  addTo(hash: number, scores: Float64Array): void;
}

/**
 * Called once per sentence while training, when the prediction differs from the gold tagging:
 * `features(i, previous)` lists the features that fire at token i given the previous tag (-1 at the
 * sentence start).
 */
export type Learner = (
  first: number,
  last: number,
  gold: Uint8Array,
  predicted: Uint8Array,
  features: (i: number, previous: number) => number[],
) => void;

const PREVIOUS = hashFeature(HISTORY_TEMPLATES.previous, '');
const DOC_LABEL = hashFeature(HISTORY_TEMPLATES.documentLabel, '');
const DOC_LABEL_WORD = hashFeature(HISTORY_TEMPLATES.documentLabelWithWord, '');
const WHOLE_LABEL = hashFeature(HISTORY_TEMPLATES.wholeDocumentLabel, '');
const WHOLE_LABEL_WORD = hashFeature(HISTORY_TEMPLATES.wholeDocumentLabelWithWord, '');

export interface Decoded {
  tags: Uint8Array;
  /** Softmax probability of the chosen tag among those allowed after the chosen previous tag. */
  confidence: Float64Array;
}

/** Counts of O, PER, ORG, LOC, MISC per capitalised form over a tagging. */
type LabelCounts = Map<string, number[]>;

function countLabel(counts: LabelCounts, form: string, tag: number): void {
  if (!form) return;
  const entry = counts.get(form) ?? [0, 0, 0, 0, 0];
  const t = typeOfTag(tag) + 1;
  entry[t] = (entry[t] ?? 0) + 1;
  counts.set(form, entry);
}

/** Pushes the majority-label features of `counts` (minus the token's own label `own`, 0..4 or -1). */
function pushMajority(out: number[], counts: number[] | undefined, own: number, base: number, withShape: number, shape: number): void {
  if (!counts) return;
  let best = -1;
  let bestCount = 0;
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    const count = (counts[t] ?? 0) - (t === own ? 1 : 0);
    total += count;
    if (count > bestCount) {
      best = t;
      bestCount = count;
    }
  }
  if (total <= 0) return;
  const agreement = bestCount === total ? 1 : 0;
  out.push(mixHash(base, best * 2 + agreement + 1));
  out.push(mixHash(mixHash(withShape, best + 1), shape));
}

/**
 * Tags a document. `prior` is an earlier pass's tagging, for the document-wide label features.
 * With `gold` and `learn`, calls `learn` on every sentence the current weights get wrong.
 */
export function decode(
  features: DocumentFeatures,
  table: WeightTable,
  gold?: Uint8Array,
  learn?: Learner,
  prior?: Uint8Array,
  temperature = 1,
): Decoded {
  const n = features.offsets.length - 1;
  const tags = new Uint8Array(n);
  const confidence = new Float64Array(n);
  const seen: LabelCounts = new Map();
  let whole: LabelCounts | undefined;
  if (prior) {
    whole = new Map();
    for (let i = 0; i < n; i++) countLabel(whole, features.formKeys[i] ?? '', prior[i] ?? OUTSIDE);
  }
  const scores = new Float64Array(TAG_COUNT);
  const S = TAG_COUNT;
  const P = TAG_COUNT + 1; // previous tag -1..16 → row 0..17

  /** Features of token i that do not depend on the previous tag. */
  const staticFeatures = (i: number): number[] => {
    const out: number[] = [];
    const start = features.offsets[i] ?? 0;
    const end = features.offsets[i + 1] ?? start;
    for (let k = start; k < end; k++) out.push(features.hashes[k] ?? 0);
    const form = features.formKeys[i] ?? '';
    if (form) {
      const shape = features.shapeKeys[i] ?? 0;
      pushMajority(out, seen.get(form), -1, DOC_LABEL, DOC_LABEL_WORD, shape);
      if (whole && prior) {
        pushMajority(out, whole.get(form), typeOfTag(prior[i] ?? OUTSIDE) + 1, WHOLE_LABEL, WHOLE_LABEL_WORD, shape);
      }
    }
    return out;
  };
  const historyFeatures = (i: number, previous: number): number[] => {
    const p = previous + 1;
    return [mixHash(PREVIOUS, p), mixHash(features.wordKeys[i] ?? 0, 100 + p), mixHash(features.shapeKeys[i] ?? 0, 200 + p)];
  };

  let first = 0;
  while (first < n) {
    let last = first;
    while (last < n - 1 && !features.sentenceEnd[last]) last++;
    const length = last - first + 1;
    // local[k][prev][tag] = static + history score of tag at token first+k after prev.
    const local = new Float64Array(length * P * S);
    const statics: number[][] = [];
    for (let k = 0; k < length; k++) {
      const i = first + k;
      const own = staticFeatures(i);
      statics.push(own);
      const base = new Float64Array(S);
      for (const hash of own) table.addTo(hash, base);
      for (let p = 0; p < P; p++) {
        if (k === 0 && p !== 0) continue;
        scores.set(base);
        for (const hash of historyFeatures(i, p - 1)) table.addTo(hash, scores);
        local.set(scores, (k * P + p) * S);
      }
    }
    // Viterbi over (token, tag); back[k][tag] = previous tag (-1 at the start).
    const best = new Float64Array(length * S).fill(-Infinity);
    const back = new Int8Array(length * S).fill(-1);
    for (let k = 0; k < length; k++) {
      const isLast = k === length - 1;
      for (let tag = 0; tag < S; tag++) {
        if (k === 0) {
          if (isAllowed(-1, tag, isLast)) best[tag] = local[tag] ?? -Infinity;
          continue;
        }
        let top = -Infinity;
        let arg = -1;
        for (let prev = 0; prev < S; prev++) {
          const before = best[(k - 1) * S + prev] ?? -Infinity;
          if (before === -Infinity || !isAllowed(prev, tag, isLast)) continue;
          const value = before + (local[(k * P + prev + 1) * S + tag] ?? 0);
          if (value > top) {
            top = value;
            arg = prev;
          }
        }
        best[k * S + tag] = top;
        back[k * S + tag] = arg;
      }
    }
    let tag = OUTSIDE;
    let top = -Infinity;
    for (let t = 0; t < S; t++) {
      const value = best[(length - 1) * S + t] ?? -Infinity;
      if (value > top) {
        top = value;
        tag = t;
      }
    }
    for (let k = length - 1; k >= 0; k--) {
      tags[first + k] = tag;
      tag = k > 0 ? (back[k * S + tag] ?? OUTSIDE) : OUTSIDE;
    }
    for (let k = 0; k < length; k++) {
      const previous = k === 0 ? -1 : (tags[first + k - 1] ?? OUTSIDE);
      const row = (k * P + previous + 1) * S;
      const chosen = tags[first + k] ?? OUTSIDE;
      const isLast = k === length - 1;
      let sum = 0;
      for (let t = 0; t < S; t++) {
        if (isAllowed(previous, t, isLast)) sum += Math.exp(((local[row + t] ?? 0) - (local[row + chosen] ?? 0)) / temperature);
      }
      confidence[first + k] = 1 / sum;
    }
    if (gold && learn) {
      let wrong = false;
      for (let i = first; i <= last; i++) if (gold[i] !== tags[i]) wrong = true;
      if (wrong) {
        learn(first, last, gold, tags, (i, previous) => [...(statics[i - first] ?? []), ...historyFeatures(i, previous)]);
      }
    }
    for (let i = first; i <= last; i++) countLabel(seen, features.formKeys[i] ?? '', tags[i] ?? OUTSIDE);
    first = last + 1;
  }
  return { tags, confidence };
}

/**
 * The recognizer's decoding: a first pass, then a second that sees the first's labels document-wide.
 * `temperature` scales scores before the softmax that gives each token's confidence.
 */
export function decodeTwice(features: DocumentFeatures, table: WeightTable, temperature = 1): Decoded {
  const first = decode(features, table);
  return decode(features, table, undefined, undefined, first.tags, temperature);
}
