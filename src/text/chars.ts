/**
 * Word characters beyond Latin-1: what every stage needs to agree on so that "Erdoğan", "Wałęsa",
 * "Nguyễn" written in NFD, or "Netan\u00ADyahu" with a publisher's soft hyphen are one word, and
 * match their plain spellings ("Erdogan", "Walesa", "Nguyen", "Netanyahu") in every list and key.
 */

/**
 * Invisible format characters that publishers put inside words: the soft hyphen (hyphenation
 * points), the zero-width space, non-joiner and joiner, the word joiner and the byte-order mark
 * (a zero-width no-break space in old files). Inside a word they never split it.
 */
export function isInvisibleCode(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HAS_INVISIBLE_OR_NB_HYPHEN = /[\u00ad\u200b-\u200d\u2060\ufeff\u2011]/;

/**
 * The word as it reads: invisible characters removed and the non-breaking hyphen (U+2011) read as
 * "-", in Unicode composed form (NFC), so that "Nguye\u0302\u0303n" reads as "Nguyễn". The same
 * string back, without a copy, for the common word with none of these.
 */
export function visibleForm(word: string): string {
  if (isAsciiString(word)) return word;
  let form = word;
  if (HAS_INVISIBLE_OR_NB_HYPHEN.test(form)) form = form.replace(INVISIBLES, '').replace(/\u2011/g, '-');
  return form.normalize('NFC');
}

/**
 * Letters that Unicode does not decompose into a Latin letter and a mark, with the letters their
 * names are written with in plain ASCII ("Wałęsa" → "Walesa", "Øvergaard" → "Overgaard").
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ø: 'o',
  Ø: 'O',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'n',
  Ŋ: 'N',
  ĸ: 'k',
  ſ: 's',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
};
// regex-safety: one character class of literal letters, no quantifier.
const UNDECOMPOSED_LETTERS = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/**
 * The plain spelling of a name: invisible characters removed, the non-breaking hyphen read as "-", diacritics dropped
 * (NFD, then every
 * mark removed) and the letters without a decomposition replaced ("Wałęsa" → "Walesa", "Øvergaard"
 * → "Overgaard"). Case is kept. Gazetteers, first-name lists and name keys compare plain spellings.
 */
export function plainSpelling(text: string): string {
  if (isAsciiString(text)) return text;
  return text
    .replace(INVISIBLES, '')
    .replace(/\u2011/g, '-')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSED_LETTERS, (letter) => UNDECOMPOSED[letter] ?? letter);
}

function isAsciiString(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * A one-letter stand-in in Latin-1 for a letter wink-nlp's tokenizer does not know (it splits words
 * at any letter past U+00FF: "Erdoğan" was "Erdo ğ an"): the base letter when the letter decomposes
 * to one ("ğ" → "g"), its plain letter when it has no decomposition ("ł" → "l"), else "X" or "x" by
 * case (Greek, Cyrillic, CJK: a word of unknown letters, which is what it is to an English tagger).
 * Undefined for a character that is not a letter.
 */
export function latinStandIn(char: string): string | undefined {
  if (!/^\p{L}$/u.test(char)) return undefined;
  const base = char.normalize('NFD')[0] ?? char;
  if (base !== char && base.charCodeAt(0) < 0x100 && /\p{L}/u.test(base)) return base;
  const plain = UNDECOMPOSED[char];
  if (plain !== undefined) return plain[0];
  return /\p{Lu}/u.test(char) ? 'X' : 'x';
}
