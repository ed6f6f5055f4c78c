import type { EntityType } from '../types.js';
import { type LexiconSource, lookupPhrase } from './lexicon/index.js';
import { wordClasses } from './words.js';

/** What a word list knows about a phrase: its type and, for variants, the canonical name. */
export interface PhraseInfo {
  type: EntityType;
  canonical?: string;
  /** The type holds whatever the context (an institution, a treaty), unlike a place name. */
  contextFree?: boolean;
  /**
   * A brand of today (generated-brands.json): a company or one of its products, never a person, a
   * place or a nationality; which of the two, the model's reading of the context says.
   */
  brand?: boolean;
  /** A maker or a product: "PlayStation 4 Pro", "Dolby Atmos" begin with one (see index.ts). */
  maker?: boolean;
}

export type PhraseLookup = (phrase: string) => PhraseInfo | undefined;

/** Phrase types from compromise's lexicon: countries, cities, regions, places, organisations, demonyms. */
export const compromisePhraseLookup: PhraseLookup = (phrase) => {
  const classes = wordClasses(phrase);
  if (classes.includes('country') || classes.includes('city') || classes.includes('region')) return { type: 'GPE' };
  if (classes.includes('place')) return { type: 'LOC' };
  if (classes.includes('organization')) return { type: 'ORG' };
  if (classes.includes('demonym')) return { type: 'NORP' };
  if (classes.includes('person')) return { type: 'PERSON' };
  return undefined;
};

/** The first lookup that knows the phrase wins. */
export function chainLookups(...lookups: readonly PhraseLookup[]): PhraseLookup {
  return (phrase) => {
    for (const lookup of lookups) {
      const info = lookup(phrase);
      if (info) return info;
    }
    return undefined;
  };
}

/**
 * Curated lists whose type holds in any context ("Kremlin" is an institution, "New START" a treaty,
 * "Russia" a country even in "Russia-US summit", where the model guessed ORG). Cities, states and
 * regions are not among them: "Philadelphia beat Boston" and "Durham beat Somerset" name teams
 * (CoNLL-2003 dev: trusting those lists over the model cost LOC/ORG precision there).
 */
const CONTEXT_FREE_SOURCES: ReadonlySet<LexiconSource> = new Set([
  'country',
  'government-body',
  'organisation',
  'news-organisation',
  'nationality',
  'event',
  'law',
  'product',
  'brand-product',
  // "Earth's magnetic field": a planet, whatever the model guessed ("Earth" ORG).
  'celestial',
  // "Putin met Trump.": a head of state's name is a person whatever the model guessed.
  'news-person',
]);

/** Lists of makers and their products: a name that begins with one and goes on is often a product. */
const MAKER_SOURCES: ReadonlySet<LexiconSource> = new Set(['brand', 'brand-product', 'product', 'known-organisation']);

/** Remembers recent answers: names repeat in a document and across documents. Bounded. */
function memoize(lookup: PhraseLookup, limit = 20000): PhraseLookup {
  // An unknown phrase is remembered as null, so that one get answers both "seen?" and "what?".
  let cache = new Map<string, PhraseInfo | null>();
  return (phrase) => {
    const known = cache.get(phrase);
    if (known !== undefined) return known ?? undefined;
    const info = lookup(phrase);
    if (cache.size >= limit) cache = new Map();
    cache.set(phrase, info ?? null);
    return info;
  };
}

/** The curated lexicon first (U.S. → United States), then compromise's word lists. */
export const phraseLookup: PhraseLookup = memoize(
  chainLookups((phrase) => {
    // Short all-letter words are matched with their case, so "us" is never the United States.
    const caseSensitive = phrase.replace(/[.\s]/g, '').length <= 3;
    const match = lookupPhrase(phrase, { caseSensitive });
    if (!match) return undefined;
    // A lone surname says "a person", not which one: "Biden" may be Hunter as well as Joe, so the
    // list's full name is no canonical name for it (linking decides from the text).
    const surnameOnly = match.source === 'news-person' && !/\s/.test(phrase.trim());
    return {
      type: match.type,
      ...(surnameOnly ? {} : { canonical: match.canonical }),
      ...(CONTEXT_FREE_SOURCES.has(match.source) ? { contextFree: true } : {}),
      ...(match.source === 'brand' ? { brand: true } : {}),
      ...(MAKER_SOURCES.has(match.source) ? { maker: true } : {}),
    };
  }, compromisePhraseLookup),
);
