/**
 * The curated lexicon: gazetteers of places, nationalities, organisations, events, laws, products
 * and person titles, as data files under `data/` (each names its source). This module folds and
 * indexes them so that other code can ask "what is this phrase?" in constant time.
 *
 * Matching folds case (unless asked not to), diacritics, dash and apostrophe variants, periods and
 * whitespace: "U.S." = "US" = "U. S.", "Orbán" = "Orban", "Shi’ite" = "Shi'ite". Whitespace is folded
 * away entirely so a phrase matches however a tokenizer split it ("People 's Republic").
 */
import { plainSpelling } from '../../text/chars.js';
import type { EntityType } from '../../types.js';
import countries from './data/countries.json';
import usStates from './data/us-states.json';
import cities from './data/cities.json';
import locations from './data/locations.json';
import facilities from './data/facilities.json';
import nationalities from './data/nationalities.json';
import organisations from './data/organisations.json';
import governmentBodies from './data/government-bodies.json';
import newsOrganisations from './data/news-organisations.json';
import events from './data/events.json';
import laws from './data/laws.json';
import products from './data/products.json';
import titles from './data/titles.json';
import knownPlaces from './data/compromise-places.json';
import knownOrganisations from './data/compromise-organisations.json';
import knownPeople from './data/compromise-people.json';
import firstNames from './data/compromise-first-names.json';
import surnames from './data/compromise-surnames.json';

/** Which list a phrase came from: finer than its type (a capital city and a country are both GPE). */
export type LexiconSource =
  | 'country'
  | 'us-state'
  | 'city'
  | 'location'
  | 'facility'
  | 'nationality'
  | 'organisation'
  | 'government-body'
  | 'news-organisation'
  | 'event'
  | 'law'
  | 'product'
  | 'known-place'
  | 'known-organisation'
  | 'known-person';

export interface LexiconMatch {
  readonly type: EntityType;
  /** The usual written form: "United States" for "U.S.", "Kyiv" stays "Kyiv", "Kiev" gives "Kiev". */
  readonly canonical: string;
  readonly source: LexiconSource;
}

interface LexiconFile {
  source: string;
  type: string;
  entries: string[][];
}

// Earlier lists win when a phrase is in two: "Downing Street" is the government (ORG) before it is
// the street (FAC); "Amazon" the river before the company (the company is listed as Amazon.com).
const LISTS: ReadonlyArray<[LexiconSource, LexiconFile]> = [
  ['government-body', governmentBodies],
  ['organisation', organisations],
  ['news-organisation', newsOrganisations],
  ['country', countries],
  ['us-state', usStates],
  ['city', cities],
  ['location', locations],
  ['nationality', nationalities],
  ['facility', facilities],
  ['event', events],
  ['law', laws],
  ['product', products],
  // compromise's lists come last: the curated lists type shared names more carefully.
  ['known-place', knownPlaces],
  ['known-organisation', knownOrganisations],
  ['known-person', knownPeople],
];

/**
 * The folded key of a phrase: no diacritics, one dash and one apostrophe, no periods, no whitespace;
 * lower-cased unless `caseSensitive`.
 */
export function foldPhrase(text: string, caseSensitive = false): string {
  const ascii = foldAsciiPhrase(text);
  if (ascii !== undefined) return caseSensitive ? ascii : ascii.toLowerCase();
  // Non-ASCII words repeat (names with diacritics, curly apostrophes): each is folded once.
  const cache = caseSensitive ? casedFolds : lowerFolds;
  let key = cache.get(text);
  if (key === undefined) {
    key = foldUnicodePhrase(text, caseSensitive);
    if (cache.size >= FOLD_CACHE_LIMIT) cache.clear();
    cache.set(text, key);
  }
  return key;
}

/**
 * The same key for a phrase written in ASCII, without NFD and regexes (which cost more than the
 * lookup they serve): periods, backticks and whitespace are the only ASCII characters folding
 * changes. undefined when the phrase has a non-ASCII character.
 */
function foldAsciiPhrase(text: string): string | undefined {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return undefined;
    if (code === 0x2e || code === 0x60 || code === 0x20 || (code >= 0x09 && code <= 0x0d)) plain = false;
  }
  if (plain) return text;
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x60) folded += "'";
    else if (code !== 0x2e && code !== 0x20 && !(code >= 0x09 && code <= 0x0d)) folded += text[i];
  }
  return folded;
}

function foldUnicodePhrase(text: string, caseSensitive: boolean): string {
  let folded = plainSpelling(text);
  folded = folded.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`]/g, "'");
  folded = folded.replace(/[.\s\u00a0]+/g, '');
  return caseSensitive ? folded : folded.toLowerCase();
}

/** Bounds each fold cache: a long stream of documents brings ever new words. */
const FOLD_CACHE_LIMIT = 10_000;
const lowerFolds = new Map<string, string>();
const casedFolds = new Map<string, string>();

let folded: Map<string, LexiconMatch> | undefined;
let cased: Map<string, LexiconMatch> | undefined;

function indexes(): [Map<string, LexiconMatch>, Map<string, LexiconMatch>] {
  if (!folded || !cased) {
    folded = new Map();
    cased = new Map();
    for (const [source, file] of LISTS) {
      const type = file.type as EntityType;
      for (const names of file.entries) {
        const canonical = names[0];
        if (canonical === undefined) continue;
        for (const name of names) {
          const match: LexiconMatch = { type, canonical, source };
          const key = foldPhrase(name);
          const caseKey = foldPhrase(name, true);
          if (key && !folded.has(key)) folded.set(key, match);
          if (caseKey && !cased.has(caseKey)) cased.set(caseKey, match);
        }
      }
    }
  }
  return [folded, cased];
}

export interface LookupOptions {
  /** Match letter case exactly (after folding periods and diacritics): "US" matches, "us" does not. */
  caseSensitive?: boolean;
}

/**
 * What the lexicon knows about a whole phrase: `lookupPhrase("U.S.")` →
 * `{ type: 'GPE', canonical: 'United States', source: 'country' }`. A leading "the" is ignored
 * ("the Kremlin"). Case-insensitive by default: pass `{ caseSensitive: true }` when the text may be a
 * common word ("us", "house").
 */
export function lookupPhrase(text: string, options: LookupOptions = {}): LexiconMatch | undefined {
  const [byFolded, byCased] = indexes();
  const index = options.caseSensitive ? byCased : byFolded;
  const key = foldPhrase(text, options.caseSensitive ?? false);
  const hit = index.get(key);
  if (hit) return hit;
  const withoutThe = text.replace(/^\s*the\s+/i, '');
  return withoutThe !== text ? index.get(foldPhrase(withoutThe, options.caseSensitive ?? false)) : undefined;
}

/**
 * The longest phrase a lexicon entry can span, in tokens: "Organization for Security and
 * Co-operation in Europe" is eight once the tokenizer splits the hyphens.
 */
export const MAX_PHRASE_TOKENS = 8;

export interface TokenMatch extends LexiconMatch {
  /** Number of tokens the match covers, from `start`. */
  readonly length: number;
}

/**
 * The longest lexicon phrase that starts at `words[start]`, trying at most MAX_PHRASE_TOKENS words.
 * Words are token texts as a tokenizer produced them ("U.S.", "Bosnia", "-", "Herzegovina").
 */
export function longestMatchAt(
  words: readonly string[],
  start: number,
  options: LookupOptions = {},
): TokenMatch | undefined {
  const [byFolded, byCased] = indexes();
  const caseSensitive = options.caseSensitive ?? false;
  const index = caseSensitive ? byCased : byFolded;
  const sortedKeys = sortedKeysOf(caseSensitive, index);
  let key = '';
  let best: TokenMatch | undefined;
  // Once the key begins no lexicon key, only words that fold to nothing ("." after "U.S") can still
  // extend the match; the first word with letters ends the search ("Peskov" begins no entry).
  let dead = false;
  for (let length = 1; length <= MAX_PHRASE_TOKENS && start + length <= words.length; length++) {
    const part = foldPhrase(words[start + length - 1] ?? '', caseSensitive);
    if (dead && part !== '') break;
    key += part;
    const hit = index.get(key);
    if (hit) best = { ...hit, length };
    if (!beginsLongerKey(sortedKeys, key)) dead = true;
  }
  return best;
}

let foldedKeys: string[] | undefined;
let casedKeys: string[] | undefined;

/**
 * The index's keys in code-unit order, sorted on the first phrase search: the keys that begin with a
 * given string are then next to each other. (A set of every prefix answered the same question but
 * took about three times as long to build, on the first extract: ~10 ms against ~3.7.)
 */
function sortedKeysOf(caseSensitive: boolean, index: ReadonlyMap<string, LexiconMatch>): readonly string[] {
  let keys = caseSensitive ? casedKeys : foldedKeys;
  if (!keys) {
    keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (caseSensitive) casedKeys = keys;
    else foldedKeys = keys;
  }
  return keys;
}

/** True when some key is longer than `prefix` and begins with it (binary search in sorted keys). */
function beginsLongerKey(sortedKeys: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sortedKeys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sortedKeys[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  if (sortedKeys[low] === prefix) low += 1;
  return low < sortedKeys.length && (sortedKeys[low] ?? '').startsWith(prefix);
}

const TITLE_PHRASES: ReadonlySet<string> = new Set(titles.titles.map((title) => foldPhrase(title)));
const TITLE_WORDS: ReadonlySet<string> = new Set(
  titles.titles.filter((title) => !/\s/.test(title)).map((title) => foldPhrase(title)),
);

/** Every person title in the lexicon, as written in `data/titles.json` ("Foreign Minister", "Sen."). */
export const TITLES: readonly string[] = titles.titles;

/** True when one word is a person title: `isTitleWord("spokesman")`, `isTitleWord("Sen.")`. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(foldPhrase(word));
}

/** True when a whole phrase is a person title: "Secretary of State", "Kremlin spokesman" is not. */
export function isTitle(phrase: string): boolean {
  return TITLE_PHRASES.has(foldPhrase(phrase));
}

/**
 * The longest title that starts at `words[start]` ("Deputy Foreign Minister" → 3), or 0. Titles are
 * matched without regard to case: "foreign minister Sergei Lavrov" is as common as the capitalised form.
 */
export function titleLengthAt(words: readonly string[], start: number): number {
  let key = '';
  let best = 0;
  for (let length = 1; length <= MAX_PHRASE_TOKENS && start + length <= words.length; length++) {
    key += foldPhrase(words[start + length - 1] ?? '');
    if (TITLE_PHRASES.has(key)) best = length;
  }
  return best;
}

const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames.names.map((name) => foldPhrase(name)));
const SURNAMES: ReadonlySet<string> = new Set(surnames.names.map((name) => foldPhrase(name)));

/** True for a common given name ("Dmitry", "Angela"), from compromise's lexicon. Case-insensitive. */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(foldPhrase(word));
}

/** True for a common family name ("Anderson", "Aliyev"), from compromise's lexicon. Case-insensitive. */
export function isSurname(word: string): boolean {
  return SURNAMES.has(foldPhrase(word));
}
