/**
 * 32-bit feature hashing. Features are never stored as strings: a feature is the FNV-1a hash of its
 * value seeded by its template, so the shipped weights hold numbers, not words from the training text.
 */

const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `value`, seeded by `template` (a small template id). */
export function hashFeature(template: number, value: string): number {
  let hash = (0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Combines a hash with a small integer (a label index): for features built at decoding time. */
export function mixHash(hash: number, value: number): number {
  let h = Math.imul(hash ^ Math.imul(value + 1, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 13;
  return h >>> 0;
}
