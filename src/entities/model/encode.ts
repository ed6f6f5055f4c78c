/**
 * Writes the NER weights in the shipped form (format 2, read by packed.ts). Node only (Buffer): used by
 * scripts/train-ner.ts and the tests, never imported by the library.
 */

/** One feature: its hash and, by ascending tag, the int16 codes of its non-zero weights. */
export interface FeatureWeights {
  readonly key: number;
  /** [tag, int16 value] pairs, tags ascending and distinct, values non-zero. */
  readonly weights: readonly (readonly [number, number])[];
}

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** The `keys`, `tags` and `values` strings of a format-2 model; features must be in ascending hash order. */
export function encodeWeights(features: readonly FeatureWeights[]): { keys: string; tags: string; values: string } {
  const keys: number[] = [];
  const tags: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  let previous = 0;
  for (const feature of features) {
    const key = feature.key >>> 0;
    if (key < previous) throw new Error(`encodeWeights: feature ${key} after ${previous}`);
    pushVarint(keys, key - previous);
    previous = key;
    let mask = 0;
    let lastTag = -1;
    for (const [tag, value] of feature.weights) {
      if (tag <= lastTag || tag > 30) throw new Error(`encodeWeights: tag ${tag} out of order in feature ${key}`);
      if (!Number.isInteger(value) || value < -32768 || value > 32767) throw new Error(`encodeWeights: value ${value}`);
      lastTag = tag;
      mask |= 1 << tag;
      low.push(value & 0xff);
      high.push((value >> 8) & 0xff);
    }
    pushVarint(tags, mask);
  }
  const base64 = (bytes: readonly number[]): string => Buffer.from(bytes).toString('base64');
  return { keys: base64(keys), tags: base64(tags), values: base64([...low, ...high]) };
}
