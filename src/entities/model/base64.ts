/**
 * Base64 decoding for the shipped weights. Uses the platform's `atob` (browsers, Node 16+) when
 * there is one, which is native and several times faster, and a portable decoder otherwise.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

type Atob = (data: string) => string;

export function decodeBase64(text: string): Uint8Array {
  const atob = (globalThis as { atob?: Atob }).atob;
  if (typeof atob === 'function') {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  return decodePortably(text);
}

export function decodePortably(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text[length - 1] === '=') length--;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < length; i++) {
    const value = VALUE[text.charCodeAt(i) & 127] ?? 255;
    if (value === 255) continue;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return at === out.length ? out : out.slice(0, at);
}
