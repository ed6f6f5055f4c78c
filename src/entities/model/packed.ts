/**
 * The shipped weights: a sparse table from feature hash to (tag, weight) pairs, each weight a signed
 * 16-bit integer times `scale`. Serialised as base64 strings in JSON (scripts/train-ner.ts writes it,
 * through encode.ts) and loaded into an open-addressing hash table. Format 2 stores the same numbers as
 * format 1 in 22% fewer bytes (20% fewer after gzip): hashes as gaps, tags as bit masks, and the values'
 * low and high bytes apart (the high bytes are nearly constant, so gzip shrinks them well).
 */
import { decodeBase64 } from '../../base64.js';
import type { WeightTable } from './decode.js';

export interface PackedModel {
  readonly format: 2;
  /** Weight = int16 value * scale. */
  readonly scale: number;
  /** Softmax temperature for confidences, fitted on the dev split (span confidence ≈ precision). */
  readonly temperature: number;
  /** Feature hashes (uint32), ascending: each one's difference from the previous (the first's from 0), as LEB128. */
  readonly keys: string;
  /** Per key, the tags it has a weight for: bit t set for tag t, as LEB128. */
  readonly tags: string;
  /**
   * The int16 values, key by key and, within a key, by ascending tag: first every value's low byte,
   * then every value's high byte.
   */
  readonly values: string;
  /** Words seen inside training entities: little-endian uint32 hash of the word, then one byte of type bits. */
  readonly trainedKeys: string;
  readonly trainedBits: string;
}

/** The unsigned LEB128 numbers in `bytes` (each at most 2^32 - 1 here). */
export function readVarints(bytes: Uint8Array): Uint32Array {
  let length = 0;
  for (let i = 0; i < bytes.length; i++) length += ((bytes[i] as number) >>> 7) ^ 1;
  const out = new Uint32Array(length);
  for (let i = 0, at = 0; at < length; at++) {
    let byte = bytes[i++] as number;
    let value = byte & 0x7f;
    // Shifts stay below 32 bits up to the fifth byte, whose bits are added by multiplication.
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[i++] as number;
      value = shift < 28 ? value | ((byte & 0x7f) << shift) : value + (byte & 0x7f) * 2 ** shift;
    }
    out[at] = value;
  }
  return out;
}

export function uint32s(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) {
    const at = i * 4;
    out[i] =
      ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>>
      0;
  }
  return out;
}

/**
 * Open addressing over uint32 keys. Each slot holds the key and its value + 1 (0 = empty) side by
 * side, so that a probe touches one cache line: the weights table is a few MB and each feature
 * lookup lands somewhere random in it.
 */
export class HashIndex {
  private readonly entries: Int32Array;
  private readonly mask: number;

  /** `values[i]` (default i, at most 2^31 - 2) is what `get(keys[i])` returns. */
  constructor(keys: Uint32Array, values?: Uint32Array) {
    let size = 16;
    while (size * 3 < keys.length * 4) size <<= 1;
    this.mask = size - 1;
    this.entries = new Int32Array(2 * size);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? 0;
      let slot = key & this.mask;
      while (this.entries[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.entries[2 * slot] = key | 0;
      this.entries[2 * slot + 1] = (values ? (values[i] ?? 0) : i) + 1;
    }
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const entries = this.entries;
    const mask = this.mask;
    const wanted = key | 0;
    let slot = key & mask;
    let value = entries[2 * slot + 1] as number;
    while (value !== 0) {
      if (entries[2 * slot] === wanted) return value - 1;
      slot = (slot + 1) & mask;
      value = entries[2 * slot + 1] as number;
    }
    return -1;
  }
}

/** Bits of a key's pair count in the index value (start * 32 + count): a key has at most TAG_COUNT (17) pairs. */
const COUNT_BITS = 5;

export class PackedWeights implements WeightTable {
  /** Per feature hash: the first of its pairs * 32 + their number. */
  private readonly index: HashIndex;
  /**
   * Pair k: (int16 value << 8) | tag, decoded once here rather than byte by byte on every lookup;
   * 4 bytes a pair, so that more of the table stays in cache than with a float per pair.
   */
  private readonly pairs: Int32Array;
  private readonly scale: number;
  readonly temperature: number;
  /** Number of features (hashes) with at least one weight. */
  readonly features: number;
  private readonly trainedIndex: HashIndex;
  private readonly trainedBits: Uint8Array;

  constructor(model: PackedModel) {
    if (model.format !== 2) throw new Error(`news-extract: NER weights in format ${String(model.format)}, expected 2`);
    const keys = readVarints(decodeBase64(model.keys));
    for (let i = 1; i < keys.length; i++) keys[i] = ((keys[i] as number) + (keys[i - 1] as number)) >>> 0;
    const masks = readVarints(decodeBase64(model.tags));
    const bytes = decodeBase64(model.values);
    const total = bytes.length >> 1;
    if (masks.length !== keys.length) throw new Error('news-extract: NER weights with a tag mask per key missing');
    const ranges = new Uint32Array(keys.length);
    this.pairs = new Int32Array(total);
    let k = 0;
    for (let i = 0; i < keys.length; i++) {
      const start = k;
      for (let mask = masks[i] as number; mask !== 0; mask &= mask - 1) {
        const tag = 31 - Math.clz32(mask & -mask);
        const value = (((bytes[k] as number) | ((bytes[total + k] as number) << 8)) << 16) >> 16;
        this.pairs[k++] = (value << 8) | tag;
      }
      if (k > total) throw new Error('news-extract: NER weights with fewer values than tags');
      ranges[i] = start * (1 << COUNT_BITS) + (k - start);
    }
    if (k !== total) throw new Error('news-extract: NER weights with more values than tags');
    this.features = keys.length;
    this.scale = model.scale;
    this.index = new HashIndex(keys, ranges);
    this.temperature = model.temperature > 0 ? model.temperature : 1;
    this.trainedIndex = new HashIndex(uint32s(decodeBase64(model.trainedKeys)));
    this.trainedBits = decodeBase64(model.trainedBits);
  }

  addTo(hash: number, scores: Float64Array): void {
    const range = this.index.get(hash);
    if (range < 0) return;
    const pairs = this.pairs;
    const scale = this.scale;
    const start = range >>> COUNT_BITS;
    const end = start + (range & ((1 << COUNT_BITS) - 1));
    for (let k = start; k < end; k++) {
      const pair = pairs[k] as number;
      const tag = pair & 0xff;
      scores[tag] = (scores[tag] as number) + (pair >> 8) * scale;
    }
  }

  /** Type bits of a word seen inside training entities (bit t = coarse type t), 0 when unseen. */
  trainedTypes(hash: number): number {
    const at = this.trainedIndex.get(hash);
    return at < 0 ? 0 : (this.trainedBits[at] ?? 0);
  }
}
