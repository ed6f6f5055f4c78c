/**
 * The one accent fold, and the name folds built on it. Every stage that compares spellings goes
 * through `foldAccents` (gazetteers and first-name lists through `plainSpelling`, its first step).
 */
import { plainSpelling } from './chars.js';

/**
 * Diacritics and look-alike spellings folded, case kept: `plainSpelling` (invisible characters out,
 * "Wałęsa" → "Walesa", "Øvergaard" → "Overgaard"), then Unicode compatibility forms without their
 * marks ("ﬁ" → "fi", full-width "Ａ" → "A").
 */
export function foldAccents(text: string): string {
  if (isAscii(text)) return text;
  return plainSpelling(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/**
 * A name as stories compare it: accents and case folded, abbreviation periods and apostrophes gone,
 * other punctuation read as a space, a leading "the" dropped ("The U.S. Navy" → "us navy").
 */
export function foldName(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[.\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
