import wordClassData from '../data/generated/compromise-word-classes.json';

/**
 * The entity stage's word lists, from compromise's lexicon. Running compromise over a whole article is
 * far too slow for this pipeline (measured: 120 s for 1 MB of news text against 0.8 s for wink-nlp's
 * readDoc), but its lexicon is an excellent word list: first and last names, countries, cities,
 * regions, demonyms, organisations, and the head words of organisation and place names. Importing
 * compromise just to read that lexicon cost about half the library's cold start (~500 ms of ~960 ms),
 * so scripts/extract-compromise-lexicon.ts copies exactly what is looked up here into
 * src/data/generated/compromise-word-classes.json (compromise 14.17.0, MIT), words grouped by class.
 * First names carry 'maleName' or 'femaleName' as well where compromise gives their gender.
 */
export type WordClass =
  | 'firstName'
  | 'maleName'
  | 'femaleName'
  | 'lastName'
  | 'person'
  | 'country'
  | 'city'
  | 'region'
  | 'place'
  | 'organization'
  | 'demonym'
  | 'honorific'
  | 'month'
  | 'weekday'
  | 'common';

interface WordLists {
  /** Every lexicon word; a word without a name tag has the class 'common'. */
  classesOf: ReadonlyMap<string, readonly WordClass[]>;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
}

const SEPARATOR = '\n';
const NO_CLASSES: readonly WordClass[] = [];

let lists: WordLists | undefined;

/** Built on first use, not at import: splitting 24,600 words costs a few milliseconds. */
function load(): WordLists {
  const classesOf = new Map<string, readonly WordClass[]>();
  for (const [key, words] of Object.entries(wordClassData.classes)) {
    const classes = key.split(',') as WordClass[];
    // An indexed loop, not for...of: this runs once, before the code is optimised, where the array
    // iterator cost a third of the time of building the table (measured on the first extract).
    const list = words.split(SEPARATOR);
    for (let i = 0; i < list.length; i++) classesOf.set(list[i] ?? '', classes);
  }
  return {
    classesOf,
    orgWords: new Set(wordClassData.orgWords.split(SEPARATOR)),
    placeWords: new Set(wordClassData.placeWords.split(SEPARATOR)),
  };
}

/** The classes compromise's lexicon gives a lower-cased word or phrase ("new york", "putin"). */
export function wordClasses(phrase: string): readonly WordClass[] {
  lists ??= load();
  return lists.classesOf.get(phrase.toLowerCase()) ?? NO_CLASSES;
}

/** Every word of one class, lower case: the first names, the surnames. */
export function wordsOfClass(wordClass: WordClass): string[] {
  lists ??= load();
  const words: string[] = [];
  for (const [word, classes] of lists.classesOf) if (classes.includes(wordClass)) words.push(word);
  return words;
}

export function hasWordClass(phrase: string, wordClass: WordClass): boolean {
  return wordClasses(phrase).includes(wordClass);
}

/**
 * True for a word of the general vocabulary ("said", "summit"), not a name. The lexicon lists base
 * forms, so a plural or inflected form counts through its base ("Preparations", "Discussions").
 */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  for (const form of [lower, ...baseForms(lower)]) {
    if (wordClasses(form).includes('common')) return true;
  }
  return false;
}

function baseForms(word: string): string[] {
  const forms: string[] = [];
  if (word.length < 5) return forms;
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return forms;
}

/** Head words of organisation names: "Bank", "Ministry", "Council", "Party". */
export function isOrganizationWord(word: string): boolean {
  lists ??= load();
  return lists.orgWords.has(word.toLowerCase());
}

/** Head words of place names: "Gulf", "Lake", "Island". */
export function isPlaceWord(word: string): boolean {
  lists ??= load();
  return lists.placeWords.has(word.toLowerCase());
}
