/**
 * The shipped weights: a sparse table from feature hash to (tag, weight) pairs, each weight a signed
 * 16-bit integer times `scale`. Serialised as base64 strings in JSON (see scripts/train-ner.ts, which writes it) and
 * loaded into an open-addressing hash table.
 */
import { decodeBase64 } from './base64.js';
import type { WeightTable } from './decode.js';

export interface PackedModel {
  readonly format: 1;
  /** Weight = int16 value * scale. */
  readonly scale: number;
  /** Softmax temperature for confidences, fitted on the dev split (span confidence ≈ precision). */
  readonly temperature: number;
  /** Little-endian uint32 feature hashes, ascending. */
  readonly keys: string;
  /** Per key: number of (tag, value) pairs. */
  readonly counts: string;
  /** Triples: tag index byte, then the int16 value, little-endian. */
  readonly pairs: string;
  /** Words seen inside training entities: little-endian uint32 hash of the word, then one byte of type bits. */
  readonly trainedKeys: string;
  readonly trainedBits: string;
}

function uint32s(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) {
    const at = i * 4;
    out[i] = ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
  }
  return out;
}

/** Open addressing over uint32 keys; slot value is index + 1 (0 = empty). */
export class HashIndex {
  private readonly slots: Int32Array;
  private readonly slotKeys: Uint32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.slotKeys = new Uint32Array(size);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? 0;
      let slot = key & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
      this.slotKeys[slot] = key;
    }
  }

  /** Index of `key` in the array the index was built from, or -1. */
  get(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const value = this.slots[slot] ?? 0;
      if (value === 0) return -1;
      if (this.slotKeys[slot] === key) return value - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

export class PackedWeights implements WeightTable {
  private readonly index: HashIndex;
  private readonly starts: Uint32Array;
  private readonly pairs: Uint8Array;
  private readonly scale: number;
  readonly temperature: number;
  private readonly trainedIndex: HashIndex;
  private readonly trainedBits: Uint8Array;

  constructor(model: PackedModel) {
    const keys = uint32s(decodeBase64(model.keys));
    const counts = decodeBase64(model.counts);
    this.pairs = decodeBase64(model.pairs);
    this.starts = new Uint32Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) this.starts[i + 1] = (this.starts[i] ?? 0) + (counts[i] ?? 0);
    this.index = new HashIndex(keys);
    this.scale = model.scale;
    this.temperature = model.temperature > 0 ? model.temperature : 1;
    this.trainedIndex = new HashIndex(uint32s(decodeBase64(model.trainedKeys)));
    this.trainedBits = decodeBase64(model.trainedBits);
  }

  addTo(hash: number, scores: Float64Array): void {
    const at = this.index.get(hash);
    if (at < 0) return;
    const end = this.starts[at + 1] ?? 0;
    for (let k = this.starts[at] ?? 0; k < end; k++) {
      const at = 3 * k;
      const tag = this.pairs[at] ?? 0;
      const value = ((this.pairs[at + 1] ?? 0) | ((this.pairs[at + 2] ?? 0) << 8)) << 16 >> 16;
      scores[tag] = (scores[tag] ?? 0) + value * this.scale;
    }
  }

  /** Type bits of a word seen inside training entities (bit t = coarse type t), 0 when unseen. */
  trainedTypes(hash: number): number {
    const at = this.trainedIndex.get(hash);
    return at < 0 ? 0 : (this.trainedBits[at] ?? 0);
  }
}
