import { describe, expect, it } from 'vitest';
import { decodeBase64, decodePortably, decodeWithAtob } from '../src/base64.js';

/** Bytes from a fixed linear congruential sequence: the same test data on every run. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('decodeBase64', () => {
  const lengths = [0, 1, 2, 3, 4, 5, 31, 4095, 4096, 4097, 100_003];

  it.each(lengths)('gives the same %i bytes by all three decoders', (length) => {
    const original = bytes(length, length + 7);
    const text = Buffer.from(original).toString('base64');
    expect(decodeBase64(text)).toEqual(original);
    expect(decodeWithAtob(text)).toEqual(original);
    expect(decodePortably(text)).toEqual(original);
  });

  it.each(lengths)('returns %i bytes that own their ArrayBuffer from offset 0 (Node pools small buffers)', (length) => {
    const decoded = decodeBase64(Buffer.from(bytes(length, 3)).toString('base64'));
    expect(decoded.byteOffset).toBe(0);
    expect(decoded.buffer.byteLength).toBe(length);
  });

  it('reads little-endian words through the buffer as the weights and wink lexicon do', () => {
    const words = new Uint32Array([1, 0xdeadbeef, 2 ** 31, 42]);
    const text = Buffer.from(words.buffer).toString('base64');
    expect([...new Uint32Array(decodeBase64(text).buffer)]).toEqual([...words]);
  });
});
