/**
 * The words seen uncapitalised inside training names ("of", "de", "&", "'s"), written by
 * scripts/train-ner.ts as hashes: at recognition every other uncapitalised word is tagged O
 * outright (features.ts forceOutside).
 */
import { decodeBase64 } from '../../base64.js';
import { insideWordKey } from './features.js';
import data from './inside-words.json';
import { HashIndex, uint32s } from './packed.js';

export interface InsideWords {
  /** Little-endian uint32 hashes (features.ts insideWordKey), ascending. */
  readonly keys: string;
  /**
   * Per key, the coarse types it was seen inside (bit t = type t) and its positions in those
   * names (bit 4 + p, p = B, I, L, U).
   */
  readonly bits: string;
}

let table: { index: HashIndex; bits: Uint8Array } | undefined;

/** Replaces the inside words for the rest of the process: for evaluation scripts only (see index.ts). */
export function useInsideWordsForEvaluation(words: InsideWords): void {
  table = { index: new HashIndex(uint32s(decodeBase64(words.keys))), bits: decodeBase64(words.bits) };
}

/** Type and position bits of a lower-cased word seen uncapitalised inside training names; 0 when never. */
export function insideWordBits(lowerCased: string): number {
  table ??= {
    index: new HashIndex(uint32s(decodeBase64((data as InsideWords).keys))),
    bits: decodeBase64((data as InsideWords).bits),
  };
  const at = table.index.get(insideWordKey(lowerCased));
  return at < 0 ? 0 : (table.bits[at] ?? 0);
}
