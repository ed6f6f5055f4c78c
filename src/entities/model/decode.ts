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
import { detached, formFeatures, HISTORY_TEMPLATES, MAX_CACHED_FORM } from './features.js';
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
  /** Softmax over max-marginals: how much better the chosen tag's best tagging is than the others'. */
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

/**
 * The majority-label features of `counts` (minus the token's own label `own`, 0..4 or -1), handed
 * to `emit` one by one; none when the word has no other labels.
 */
function majorityFeatures(
  counts: number[] | undefined,
  own: number,
  base: number,
  withShape: number,
  shape: number,
  emit: (hash: number) => void,
): void {
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
  emit(mixHash(base, best * 2 + agreement + 1));
  emit(mixHash(mixHash(withShape, best + 1), shape));
}

/**
 * The most tokens decoded as one sentence. No sentence of CoNLL-2003 or PolNeAR comes near it (their
 * longest are a few hundred), so their taggings are the same as without the cap.
 */
export const MAX_WINDOW = 1024;

/**
 * Documents up to this many tokens keep the first pass's static scores for the second (136 bytes a
 * token); a longer one scores them again in the second pass, to the same sums, in bounded memory.
 */
const MAX_CACHED_STATICS = 1 << 18;

const S = TAG_COUNT;
/** Rows of previous tags: -1 (sentence start) .. S - 1 → 0 .. S. */
const P = TAG_COUNT + 1;

/**
 * isAllowed as lists, ascending, so that the inner loops visit allowed transitions only (97 of the
 * 289 (previous, tag) pairs): FOLLOWERS[last * P + p] are the tags allowed after previous tag
 * p - 1, LEADERS[last * S + tag] the rows p (previous tag p - 1, never the sentence start) allowed
 * before `tag`; `last` = 1 when no token follows in the sentence.
 */
const FOLLOWERS: Uint8Array[] = [];
const LEADERS: Uint8Array[] = [];
for (let last = 0; last < 2; last++) {
  for (let p = 0; p < P; p++) {
    const tags: number[] = [];
    for (let tag = 0; tag < S; tag++) if (isAllowed(p - 1, tag, last === 1)) tags.push(tag);
    FOLLOWERS.push(Uint8Array.from(tags));
  }
}
for (let last = 0; last < 2; last++) {
  for (let tag = 0; tag < S; tag++) {
    const rows: number[] = [];
    for (let p = 1; p < P; p++) if (isAllowed(p - 1, tag, last === 1)) rows.push(p);
    LEADERS.push(Uint8Array.from(rows));
  }
}

/**
 * A map from uint32 keys to non-negative int32 values (or -1) by open addressing: a Map keyed by
 * hashes above 2^30 boxes each key, and its lookups were a tenth of the decoding time. The keys are
 * feature hashes already, so their low bits pick the slot.
 */
class KeyTable {
  private keys = new Int32Array(1024);
  /** value + 2, 0 = empty slot. */
  private values = new Int32Array(1024);
  size = 0;

  get(key: number): number | undefined {
    const mask = this.keys.length - 1;
    const wanted = key | 0;
    let slot = wanted & mask;
    for (;;) {
      const value = this.values[slot] as number;
      if (value === 0) return undefined;
      if (this.keys[slot] === wanted) return value - 2;
      slot = (slot + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.insert(key | 0, value + 2);
  }

  clear(): void {
    this.values.fill(0);
    this.size = 0;
  }

  private insert(wanted: number, stored: number): void {
    const mask = this.keys.length - 1;
    let slot = wanted & mask;
    while (this.values[slot] !== 0) {
      if (this.keys[slot] === wanted) {
        this.values[slot] = stored;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = wanted;
    this.values[slot] = stored;
    this.size++;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] !== 0) this.insert(keys[i] as number, values[i] as number);
  }
}

/**
 * Score vectors of the history features, which depend on the previous tag and on the token's word
 * or shape only, so each is looked up once per decoding rather than once per token and pass. A
 * vector is all the weights of one feature (0 + w per tag), so adding it to a running sum gives
 * exactly what adding the feature's weights one by one does. Valid while the weights stay as they
 * are: training builds a new one after each update.
 */
class HistoryScores {
  /**
   * The vectors, P * S numbers each, one after another in one array rather than an array each
   * (a document has hundreds): vector 0 holds the weights of mixHash(PREVIOUS, p) in row p.
   */
  vectors: Float64Array;
  private count = 0;
  /** Start of each word's (shape's) vector in `vectors`, -1 when none of its features has weights. */
  private readonly words = new KeyTable();
  private readonly shapes = new KeyTable();
  /** One row being looked up; copied out only when some feature has weights. */
  private readonly row = new Float64Array(S);

  constructor(private readonly table: WeightTable) {
    this.vectors = new Float64Array(64 * P * S);
    this.reset();
  }

  /** Forgets every word and shape; keeps vector 0 (the previous tag alone). */
  private reset(): void {
    this.words.clear();
    this.shapes.clear();
    this.count = 0;
    const previous = this.allocate();
    this.vectors.fill(0, 0, P * S);
    for (let p = 0; p < P; p++)
      this.table.addTo(mixHash(PREVIOUS, p), this.vectors.subarray(previous + p * S, previous + (p + 1) * S));
  }

  /**
   * Called between documents only (offsets handed out within one stay valid): past the budget,
   * starts afresh, so that a long run of documents holds at most about MAX_VECTORS vectors.
   */
  trim(): void {
    if (this.count > MAX_HISTORY_VECTORS || this.words.size + this.shapes.size > MAX_HISTORY_KEYS) {
      this.reset();
      if (this.vectors.length > 2 * MAX_HISTORY_VECTORS * P * S) this.vectors = new Float64Array(64 * P * S);
    }
  }

  /** Start of the weights of mixHash(wordKey, 100 + p) for every row p, or -1 when none has any. */
  word(wordKey: number): number {
    return this.lookup(this.words, wordKey, 100);
  }

  /** Start of the weights of mixHash(shapeKey, 200 + p) for every row p, or -1 when none has any. */
  shape(shapeKey: number): number {
    return this.lookup(this.shapes, shapeKey, 200);
  }

  private allocate(): number {
    const at = this.count * P * S;
    if (at + P * S > this.vectors.length) {
      const grown = new Float64Array(this.vectors.length * 2);
      grown.set(this.vectors);
      this.vectors = grown;
    }
    this.count++;
    return at;
  }

  private lookup(cache: KeyTable, key: number, offset: number): number {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const row = this.row;
    let at = -1;
    for (let p = 0; p < P; p++) {
      row.fill(0);
      this.table.addTo(mixHash(key, offset + p), row);
      for (let tag = 0; tag < S; tag++) {
        if (row[tag] === 0) continue;
        if (at < 0) at = this.allocate();
        this.vectors.set(row, at + p * S);
        break;
      }
    }
    cache.set(key, at);
    return at;
  }
}

/**
 * Budget of the history vectors kept from one document to the next (2.5 KB each; the words a news
 * article uses with weights are mostly the same few thousand), and of the words and shapes looked up.
 */
const MAX_HISTORY_VECTORS = 4096;
const MAX_HISTORY_KEYS = 65536;

/**
 * The summed weights of each form's form features (features.ts `formFeatures`), S numbers per form,
 * for features extracted with `forms`: a word's form features are half its features, and most
 * tokens repeat a form seen before. Summed from 0 in the order the features are listed, as the
 * decoder sums a token's features, so a token's total is bit for bit what summing them one by one
 * gives.
 */
class FormScores {
  private vectors = new Float64Array(1024 * S);
  private count = 0;
  private readonly at = new Map<string, number>();

  constructor(private readonly table: WeightTable) {}

  /** Start of the form's sums in `sums()`; `wordKey` and `shapeKey` are the form's (features.ts). */
  find(form: string, wordKey: number, shapeKey: number): number {
    const cached = this.at.get(form);
    if (cached !== undefined) return cached;
    const start = this.count * S;
    if (start + S > this.vectors.length) {
      const grown = new Float64Array(this.vectors.length * 2);
      grown.set(this.vectors);
      this.vectors = grown;
    }
    this.count++;
    const sum = this.vectors.subarray(start, start + S);
    const table = this.table;
    formFeatures(form, form.toLowerCase(), wordKey, shapeKey, (hash) => table.addTo(hash, sum));
    if (form.length <= MAX_CACHED_FORM) this.at.set(detached(form), start);
    return start;
  }

  /** The sums (valid until the next `find`, which may grow them). */
  sums(): Float64Array {
    return this.vectors;
  }

  /** Between documents only: past the budget, starts afresh. */
  trim(): void {
    if (this.count <= MAX_FORMS) return;
    this.at.clear();
    this.count = 0;
    if (this.vectors.length > 2 * MAX_FORMS * S) this.vectors = new Float64Array(1024 * S);
    else this.vectors.fill(0);
  }
}

/** Forms kept from one document to the next (136 bytes each). */
const MAX_FORMS = 16384;

/**
 * History and form sums per weight table, kept across documents: looking a new word's 18 history
 * rows up was a quarter of the decoding time when each document started from nothing. Weak, so
 * that training's per-epoch tables go with their epoch.
 */
const shared = new WeakMap<WeightTable, Memo>();

interface Memo {
  history: HistoryScores;
  forms: FormScores;
  scratch: Scratch;
}

function memoFor(table: WeightTable): Memo {
  let memo = shared.get(table);
  if (memo) {
    memo.history.trim();
    memo.forms.trim();
    // Work arrays for sentences up to 256 tokens are kept (0.7 MB); a longer one's are let go.
    if (memo.scratch.size > 256) memo.scratch = new Scratch();
  } else {
    memo = { history: new HistoryScores(table), forms: new FormScores(table), scratch: new Scratch() };
    shared.set(table, memo);
  }
  return memo;
}

/** Per-sentence work arrays, grown to the longest sentence seen and reused. */
class Scratch {
  size = 0;
  local = new Float64Array(0);
  best = new Float64Array(0);
  back = new Int8Array(0);
  after = new Float64Array(0);

  ensure(length: number): void {
    if (length <= this.size) return;
    this.size = Math.max(length, this.size * 2, 64);
    this.local = new Float64Array(this.size * P * S);
    this.best = new Float64Array(this.size * S);
    this.back = new Int8Array(this.size * S);
    this.after = new Float64Array(this.size * S);
  }
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
  return decodePass(features, table, { gold, learn, prior, temperature, confidence: true });
}

interface PassOptions {
  gold?: Uint8Array | undefined;
  learn?: Learner | undefined;
  prior?: Uint8Array | undefined;
  temperature: number;
  /** False to skip the max-marginals (the confidences are then all 0). */
  confidence: boolean;
  /** History vectors shared between the passes over one document (never while learning). */
  history?: HistoryScores;
  /** Per-form sums, for features extracted with `forms`. */
  forms?: FormScores;
  scratch?: Scratch;
  /**
   * Per token, the sum of its static feature weights (offsets[i]..offsets[i + 1]), S per token:
   * the same in both passes over a document. Filled by a pass with `fillStatics`, read by the next.
   */
  statics?: Float64Array;
  fillStatics?: boolean;
  /**
   * Per token, where its word's and its shape's history vectors start (2 per token), filled with
   * the statics and read by the next pass: the vectors stay where they are within a document.
   */
  wordsAt?: Int32Array;
}

function decodePass(features: DocumentFeatures, table: WeightTable, options: PassOptions): Decoded {
  const { gold, learn, prior, temperature } = options;
  const n = features.offsets.length - 1;
  const tags = new Uint8Array(n);
  const confidence = new Float64Array(n);
  const seen: LabelCounts = new Map();
  let whole: LabelCounts | undefined;
  if (prior) {
    whole = new Map();
    for (let i = 0; i < n; i++) countLabel(whole, features.formKeys[i] ?? '', prior[i] ?? OUTSIDE);
  }
  const { hashes, offsets, wordKeys, shapeKeys, formKeys, forced, forms } = features;
  // Tokens where only O is allowed: the closing punctuation, and with constrained decoding the
  // forced tokens (which include it).
  const closing = forced ?? features.closing;
  const formScores = forms ? (options.forms ?? new FormScores(table)) : undefined;
  let history = options.history ?? new HistoryScores(table);
  const scratch = options.scratch ?? new Scratch();
  const { statics, fillStatics, wordsAt } = options;
  const base = new Float64Array(S);
  const addToBase = (hash: number): void => table.addTo(hash, base);

  /** Adds the doc-label features of token i (those that read earlier decisions) to `emit`. */
  const labelFeatures = (i: number, emit: (hash: number) => void): void => {
    const form = formKeys[i] ?? '';
    if (!form) return;
    const shape = shapeKeys[i] ?? 0;
    majorityFeatures(seen.get(form), -1, DOC_LABEL, DOC_LABEL_WORD, shape, emit);
    if (whole && prior) {
      majorityFeatures(whole.get(form), typeOfTag(prior[i] ?? OUTSIDE) + 1, WHOLE_LABEL, WHOLE_LABEL_WORD, shape, emit);
    }
  };
  /** Features of token i that do not depend on the previous tag, as a list (for the learner). */
  const staticFeatures = (i: number): number[] => {
    const out: number[] = [];
    for (let k = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; k < end; k++) out.push(hashes[k] ?? 0);
    labelFeatures(i, (hash) => out.push(hash));
    return out;
  };
  const historyFeatures = (i: number, previous: number): number[] => {
    const p = previous + 1;
    return [mixHash(PREVIOUS, p), mixHash(wordKeys[i] ?? 0, 100 + p), mixHash(shapeKeys[i] ?? 0, 200 + p)];
  };

  let first = 0;
  while (first < n) {
    let last = first;
    // An overlong sentence is decoded in windows of MAX_WINDOW tokens, each as a sentence of its own:
    // the work arrays grow with the longest stretch decoded at once (2.7 KB a token), and 2 MB of
    // quotation marks, one "sentence" of a million tokens, took 3.2 GB.
    while (last < n - 1 && !features.sentenceEnd[last] && last - first + 1 < MAX_WINDOW) last++;
    const length = last - first + 1;
    scratch.ensure(length);
    const { local, best, back, after } = scratch;
    // A name cannot reach into the closing punctuation: the token before it counts as the last, and
    // in the punctuation itself only O is allowed (so too in a forced token).
    const closed = (k: number): boolean => closing[first + k] === 1;
    /** 1 when token k counts as the last of its sentence. */
    const lastAt = (k: number): number => (k === length - 1 || closed(k + 1) ? 1 : 0);
    // Viterbi over (token, tag), token by token: best[k][tag] = the best score of a tagging of tokens
    // 0..k ending in tag, back[k][tag] = its previous tag (-1 at the start), local[(k * P + p) * S +
    // tag] = static + history score of tag at token first+k after previous tag p - 1 (p = 0, the
    // sentence start, only at k = 0). Local scores are worked out only for the previous tags some
    // tagging reaches (after a forced O, one row of 17), and only for the tags allowed there: the
    // backward pass below reads no others. Each sum is made in the order the features were listed
    // (statics, previous tag, word, shape), the same floating-point results as adding them one by
    // one; the previous tags are tried in ascending order and a tie keeps the first, as before.
    for (let k = 0; k < length; k++) {
      const i = first + k;
      let word: number;
      let shape: number;
      if (wordsAt && !fillStatics) {
        word = wordsAt[2 * i] as number;
        shape = wordsAt[2 * i + 1] as number;
      } else {
        word = history.word(wordKeys[i] ?? 0);
        shape = history.shape(shapeKeys[i] ?? 0);
        if (wordsAt) {
          wordsAt[2 * i] = word;
          wordsAt[2 * i + 1] = shape;
        }
      }
      // A forced token scores O by its history features only: its static features would add the
      // same to every tagging (see features.ts forceOutside).
      const scored = forced?.[i] !== 1;
      if (scored) {
        if (statics && !fillStatics) base.set(statics.subarray(i * S, (i + 1) * S));
        else {
          if (formScores) {
            const at = formScores.find(forms?.[i] ?? '', wordKeys[i] ?? 0, shapeKeys[i] ?? 0);
            const sums = formScores.sums();
            for (let t = 0; t < S; t++) base[t] = sums[at + t] as number;
          } else base.fill(0);
          for (let h = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; h < end; h++) table.addTo(hashes[h] ?? 0, base);
          if (statics) statics.set(base, i * S);
        }
        labelFeatures(i, addToBase);
      }
      const vectors = history.vectors; // after the lookups, which may grow it
      const shut = closed(k);
      const followersAt = lastAt(k) * P;
      const at = k * S;
      best.fill(-Infinity, at, at + S);
      back.fill(-1, at, at + S);
      const before = (k - 1) * S - 1;
      const from = k === 0 ? 0 : 1;
      const to = k === 0 ? 1 : P;
      for (let p = from; p < to; p++) {
        const score = k === 0 ? 0 : (best[before + p] as number);
        if (score === -Infinity) continue;
        const row = (k * P + p) * S;
        const h = p * S;
        const followers = FOLLOWERS[followersAt + p] as Uint8Array;
        for (let j = 0; j < followers.length; j++) {
          const tag = followers[j] as number;
          if (shut && tag !== OUTSIDE) continue;
          let value = scored ? (base[tag] as number) + (vectors[h + tag] as number) : (vectors[h + tag] as number);
          if (word >= 0) value += vectors[word + h + tag] as number;
          if (shape >= 0) value += vectors[shape + h + tag] as number;
          local[row + tag] = value;
          if (k === 0) best[tag] = value;
          else {
            const total = score + value;
            if (total > (best[at + tag] as number)) {
              best[at + tag] = total;
              back[at + tag] = p - 1;
            }
          }
        }
      }
    }
    let tag = OUTSIDE;
    let top = -Infinity;
    for (let t = 0; t < S; t++) {
      const value = best[(length - 1) * S + t] as number;
      if (value > top) {
        top = value;
        tag = t;
      }
    }
    for (let k = length - 1; k >= 0; k--) {
      tags[first + k] = tag;
      tag = k > 0 ? (back[k * S + tag] ?? OUTSIDE) : OUTSIDE;
    }
    if (options.confidence) {
      // Confidence from max-marginals: the best whole-sentence score with each tag at a token (forward
      // best + backward best), compared in a softmax. Local scores alone ignore what follows: "Qatar"
      // as B-LOC scores well locally and is only ruled out by the token after it.
      after.fill(0, (length - 1) * S, length * S);
      for (let k = length - 2; k >= 0; k--) {
        const followersAt = lastAt(k + 1) * P;
        const shut = closed(k + 1);
        for (let t = 0; t < S; t++) {
          let top = -Infinity;
          // A tag no tagging reaches gets no confidence: its local scores were never worked out.
          if (best[k * S + t] === -Infinity) {
            after[k * S + t] = top;
            continue;
          }
          const followers = FOLLOWERS[followersAt + t + 1] as Uint8Array;
          for (let j = 0; j < followers.length; j++) {
            const next = followers[j] as number;
            if (next !== OUTSIDE && shut) continue;
            const value = (local[((k + 1) * P + t + 1) * S + next] as number) + (after[(k + 1) * S + next] as number);
            if (value > top) top = value;
          }
          after[k * S + t] = top;
        }
      }
      for (let k = 0; k < length; k++) {
        const chosen = tags[first + k] ?? OUTSIDE;
        const reference = (best[k * S + chosen] as number) + (after[k * S + chosen] as number);
        if (closed(k)) {
          // Only O is reached there: the softmax over one tag.
          confidence[first + k] = reference > -Infinity ? 1 : 0;
          continue;
        }
        let sum = 0;
        for (let t = 0; t < S; t++) {
          const value = (best[k * S + t] as number) + (after[k * S + t] as number);
          if (value > -Infinity) sum += Math.exp((value - reference) / temperature);
        }
        confidence[first + k] = sum > 0 ? 1 / sum : 0;
      }
    }
    if (gold && learn) {
      let wrong = false;
      for (let i = first; i <= last; i++) if (gold[i] !== tags[i]) wrong = true;
      if (wrong) {
        // The features as they were when this sentence was scored: `seen` changes only below.
        learn(first, last, gold, tags, (i, previous) => [...staticFeatures(i), ...historyFeatures(i, previous)]);
        history = new HistoryScores(table);
      }
    }
    for (let i = first; i <= last; i++) countLabel(seen, formKeys[i] ?? '', tags[i] ?? OUTSIDE);
    first = last + 1;
  }
  return { tags, confidence };
}

/**
 * The recognizer's decoding: a first pass, then a second that sees the first's labels document-wide.
 * `temperature` scales scores before the softmax that gives each token's confidence.
 */
export function decodeTwice(features: DocumentFeatures, table: WeightTable, temperature = 1): Decoded {
  // The first pass's confidences are never read: it skips them. Both passes share the static and
  // history feature scores, which do not depend on the labels; the history scores are kept for the
  // next document too (the weights of a recognizer do not change).
  const memo = memoFor(table);
  const n = features.offsets.length - 1;
  const cached = n <= MAX_CACHED_STATICS;
  const shared = {
    history: memo.history,
    forms: memo.forms,
    scratch: memo.scratch,
    ...(cached ? { statics: new Float64Array(n * S), wordsAt: new Int32Array(2 * n) } : {}),
  };
  const first = decodePass(features, table, { temperature, confidence: false, fillStatics: true, ...shared });
  return decodePass(features, table, { prior: first.tags, temperature, confidence: true, ...shared });
}
