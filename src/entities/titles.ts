import titles from '../data/hand/titles.json';
import type { Token } from '../types.js';

/**
 * Titles and offices next to a name ("Foreign Minister [Sergey] Lavrov", "Kremlin spokesperson
 * Dmitry Peskov", "US Secretary of State Marco Rubio"). A title is any number of modifiers, a head,
 * and optionally "of" + a complement ("Secretary of State"). Title words are never part of the name,
 * they make the following name a PERSON, and they become the entity's role.
 */
interface PhraseSet {
  readonly phrases: ReadonlySet<string>;
  /** The first word of every phrase, and of a one-word abbreviation also without its period. */
  readonly firstWords: ReadonlySet<string>;
}

function phraseSet(list: readonly string[]): PhraseSet {
  const firstWords = new Set<string>();
  for (const phrase of list) {
    const first = phrase.split(' ')[0] ?? '';
    firstWords.add(first);
    if (first.endsWith('.')) firstWords.add(first.slice(0, -1));
  }
  return { phrases: new Set(list), firstWords };
}

const HEADS = phraseSet(titles.heads);
const MODIFIERS = phraseSet(titles.modifiers);
const COMPLEMENTS = phraseSet(titles.complements);

/** Lower-cased title word, with an abbreviation period kept ("dr.") and a trailing one added for lookup. */
function titleWord(token: Token | undefined): string {
  return token && (token.kind === 'word' || token.kind === 'other') ? token.norm : '';
}

function phraseAt(tokens: readonly Token[], i: number, set: PhraseSet, limit: number): number {
  if (i + 1 > limit) return 0;
  const first = titleWord(tokens[i]);
  // Most words begin no title: one set lookup settles them (this runs for every token).
  if (!set.firstWords.has(first) && !first.includes(' ')) return 0;
  // Longest phrase first: "foreign affairs", "crown prince".
  for (let n = 3; n >= 1; n--) {
    if (i + n > limit) continue;
    let phrase = first;
    for (let k = 1; k < n; k++) phrase += ` ${titleWord(tokens[i + k])}`;
    if (set.phrases.has(phrase)) return n;
    if (n === 1 && set.phrases.has(`${phrase}.`) && tokens[i + 1]?.text === '.') return 2;
  }
  return 0;
}

export function isTitleHead(tokens: readonly Token[], i: number, limit: number): number {
  return phraseAt(tokens, i, HEADS, limit);
}

const MAX_TITLE_TOKENS = 12;

/**
 * The end (exclusive token index) of the title that starts at token `i`, or -1. Stays within
 * `limit` (the sentence end).
 */
export function matchTitle(tokens: readonly Token[], i: number, limit: number): number {
  let at = i;
  let sawHead = false;
  // A title chain of more words than any real one ("Prime Minister Deputy Secretary General" is 5)
  // ends there: the recognizer tries a title at every token, and "President " 25,000 times with no
  // name after it made that quadratic (188 s for 250,000 characters).
  const end = Math.min(limit, i + MAX_TITLE_TOKENS);
  while (at < end) {
    const head = phraseAt(tokens, at, HEADS, limit);
    if (head > 0) {
      at += head;
      sawHead = true;
      continue;
    }
    const modifier = phraseAt(tokens, at, MODIFIERS, limit);
    if (modifier > 0 && !sawHead) {
      at += modifier;
      continue;
    }
    break;
  }
  if (!sawHead) return -1;
  // "Secretary of State", "Minister of Foreign Affairs": a complement after "of" belongs to the title.
  if (titleWord(tokens[at]) === 'of' && at + 1 < limit) {
    const complement = phraseAt(tokens, at + 1, COMPLEMENTS, limit);
    if (complement > 0) at += 1 + complement;
  }
  return at;
}
