/**
 * Keys for comparing names across spellings. Transliteration from Cyrillic and other scripts gives
 * the same person or place several English spellings (Zelensky / Zelenskiy / Zelenskyy, Sergey /
 * Sergei, Kyiv / Kiev, Lavrov / Lawrow), and news text often drops diacritics (Orbán / Orban). The
 * key folds the differences these spellings are made of, so equal keys mean "same name".
 */
import { plainSpelling } from '../text/chars.js';

/** Folds diacritics and case and keeps letters only: "Orbán" → "orban", "O'Neill" → "oneill". */
export function foldNameWord(word: string): string {
  let ascii = true;
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 0x7f) {
      ascii = false;
      break;
    }
    if (!isAsciiLowerOrDigit(code)) plain = false;
  }
  if (ascii && plain) return word;
  if (!ascii) {
    return plainSpelling(word)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  }
  // ASCII: no diacritics to fold, and letters and digits are [A-Za-z0-9].
  let folded = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isAsciiLowerOrDigit(code)) folded += word[i];
    else if (code >= 0x41 && code <= 0x5a) folded += String.fromCharCode(code + 0x20);
  }
  return folded;
}

function isAsciiLowerOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * The transliteration key of one word. Rules, each with the spelling pair that motivated it:
 * - diacritics and case fold (Orbán / Orban);
 * - w → v (Lavrov / Lawrow), ph → f, x → ks (Alexei / Aleksei), ck → k, q → k;
 * - y → i (Sergey / Sergei, Dmitry / Dmitri), so the y / iy / yy endings become i / ii (Zelensky /
 *   Zelenskiy / Zelenskyy);
 * - ie → i (Kiev / Kyiv, where Kyiv becomes kiiv and then kiv), and
 * - doubled letters collapse (Zelenskyy, Kiiv, Muammar / Moammar's mm stays one letter).
 * Keys are remembered per word (a bounded cache): the entity stage keys every word of a document.
 */
export function transliterationKey(word: string): string {
  let key = transliterationKeys.get(word);
  if (key === undefined) {
    key = computeTransliterationKey(word);
    if (transliterationKeys.size >= KEY_CACHE_LIMIT) transliterationKeys.clear();
    transliterationKeys.set(word, key);
  }
  return key;
}

/** Bounds the key cache: a long stream of documents brings ever new words. */
const KEY_CACHE_LIMIT = 20_000;
const transliterationKeys = new Map<string, string>();

function computeTransliterationKey(word: string): string {
  let key = foldNameWord(word);
  key = key.replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/q/g, 'k').replace(/x/g, 'ks');
  key = key.replace(/w/g, 'v').replace(/y/g, 'i');
  key = key.replace(/(.)\1+/g, '$1');
  key = key.replace(/ie/g, 'i');
  return key.replace(/(.)\1+/g, '$1');
}

/** The key of a multi-word name: the words' keys joined by spaces. */
export function nameKey(words: readonly string[]): string {
  return words.map(transliterationKey).filter(Boolean).join(' ');
}

const GLUED_NAME = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

/**
 * Splits a name glued to the next one by a missing space ("SteveWitkoff" → ["Steve", "Witkoff"])
 * when the first part is a known first name, so that "McDonald", "DeSantis" and "LeBron" stay whole.
 */
export function splitGluedName(word: string, isFirstName: (word: string) => boolean): string[] {
  const match = GLUED_NAME.exec(word);
  if (!match?.[1] || !match[2] || !isFirstName(match[1])) return [word];
  return [match[1], match[2]];
}
