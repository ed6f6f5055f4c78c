import nlp from 'compromise';

/**
 * The only place the entity stage touches compromise. Running compromise over a whole article is far
 * too slow for this pipeline (measured: 120 s for 1 MB of news text against 0.8 s for wink-nlp's
 * readDoc), but its lexicon is an excellent word list: first and last names, countries, cities,
 * regions, demonyms, organisations, and the head words of organisation and place names. We read that
 * lexicon once, as data, and look words up in it.
 */
export type WordClass =
  | 'firstName'
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

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two?: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

interface WordLists {
  lexicon: Record<string, string | string[]>;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
}

let lists: WordLists | undefined;

function load(): WordLists {
  const model = (nlp as unknown as { model(): CompromiseModel }).model();
  return {
    lexicon: model.one.lexicon,
    orgWords: new Set(Object.keys(model.two?.orgWords ?? {})),
    placeWords: new Set(Object.keys(model.two?.placeWords ?? {})),
  };
}

const CLASS_OF_TAG: Record<string, WordClass> = {
  MaleName: 'firstName',
  FemaleName: 'firstName',
  FirstName: 'firstName',
  LastName: 'lastName',
  Person: 'person',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'place',
  Organization: 'organization',
  SportsTeam: 'organization',
  Demonym: 'demonym',
  Honorific: 'honorific',
  Month: 'month',
  WeekDay: 'weekday',
};

/** The classes compromise's lexicon gives a lower-cased word or phrase ("new york", "putin"). */
export function wordClasses(phrase: string): WordClass[] {
  lists ??= load();
  const tags = lists.lexicon[phrase.toLowerCase()];
  if (tags === undefined) return [];
  const out: WordClass[] = [];
  for (const tag of Array.isArray(tags) ? tags : [tags]) {
    const wordClass = CLASS_OF_TAG[tag];
    if (wordClass && !out.includes(wordClass)) out.push(wordClass);
  }
  return out.length > 0 ? out : ['common'];
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
    const classes = wordClasses(form);
    if (classes.length === 1 && classes[0] === 'common') return true;
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
