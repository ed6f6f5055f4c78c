/**
 * Writes the name and place lists that src/entities/lexicon/data/compromise-*.json hold, from the
 * English lexicon of compromise (a dependency, MIT licence). Run once when compromise is upgraded:
 *
 *   npx tsx scripts/extract-compromise-lexicon.ts
 *
 * Copying the lists into data files keeps the recognizer from loading compromise at run time.
 * Sports teams are left out on purpose: news names hundreds of clubs, and a partial list of them
 * teaches the tagger nothing the context does not.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const out = join(dirname(fileURLToPath(import.meta.url)), '../src/entities/lexicon/data');
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model
  .one.lexicon;

function withTags(...tags: string[]): string[] {
  const wanted = new Set(tags);
  return Object.entries(lexicon)
    .filter(([, tag]) => wanted.has(String(tag)))
    .map(([word]) => word)
    .filter((word) => /\p{L}/u.test(word))
    .sort();
}

/** compromise stores words in lower case; "abu dhabi" → "Abu Dhabi", "o'brien" → "O'Brien". */
function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const SOURCE = 'Derived from the English lexicon of compromise 14.17.0 (MIT licence, github.com/spencermountain/compromise) by scripts/extract-compromise-lexicon.ts';

function write(file: string, data: object): void {
  writeFileSync(join(out, file), `${JSON.stringify(data, null, 0).replace(/\],\[/g, '],\n[')}\n`);
}

write('compromise-first-names.json', {
  source: `${SOURCE}: words tagged FirstName, MaleName or FemaleName.`,
  names: withTags('FirstName', 'MaleName', 'FemaleName').map(titleCase),
});
write('compromise-gendered-first-names.json', {
  source: `${SOURCE}: words tagged MaleName or FemaleName (lower case), for pronoun agreement.`,
  male: withTags('MaleName'),
  female: withTags('FemaleName'),
});
write('compromise-surnames.json', {
  source: `${SOURCE}: words tagged LastName.`,
  names: withTags('LastName').map(titleCase),
});
write('compromise-places.json', {
  source: `${SOURCE}: words tagged Country, City, Region or Place. Most are towns and provinces, so GPE.`,
  type: 'GPE',
  entries: withTags('Country', 'City', 'Region,ProperNoun', 'Place,ProperNoun').map((word) => [titleCase(word)]),
});
write('compromise-organisations.json', {
  source: `${SOURCE}: words tagged Organization (companies, agencies, bands).`,
  type: 'ORG',
  entries: withTags('Organization', 'Abbreviation,Organization').map((word) => [titleCase(word)]),
});
write('compromise-people.json', {
  source: `${SOURCE}: words tagged Person (well-known people).`,
  type: 'PERSON',
  entries: withTags('Person').map((word) => [titleCase(word)]),
});

/**
 * The word classes src/entities/words.ts looks words up in. Every lexicon word is kept: a word the
 * lexicon knows without a name tag ("said", "summit") is a common word, which is as telling as a
 * name tag. Words are grouped by their classes (in compromise's tag order) and each group is one
 * newline-joined string (emoticons such as ":-|" rule out a bar): 24,600 words in about 230 KB instead of compromise's whole model.
 */
const CLASS_OF_TAG: Record<string, string> = {
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

const SEPARATOR = '\n';
const model = (nlp as unknown as {
  model(): {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
  };
}).model();

function joinWords(words: Iterable<string>): string {
  const sorted = [...words].sort();
  for (const word of sorted) if (word.includes(SEPARATOR)) throw new Error(`word contains the separator: ${word}`);
  return sorted.join(SEPARATOR);
}

const wordsByClasses = new Map<string, string[]>();
for (const [word, tags] of Object.entries(model.one.lexicon)) {
  const classes: string[] = [];
  for (const tag of Array.isArray(tags) ? tags : [tags]) {
    const wordClass = CLASS_OF_TAG[tag];
    if (wordClass && !classes.includes(wordClass)) classes.push(wordClass);
  }
  const key = classes.length > 0 ? classes.join(',') : 'common';
  const group = wordsByClasses.get(key) ?? [];
  group.push(word);
  wordsByClasses.set(key, group);
}

write('compromise-word-classes.json', {
  source: `${SOURCE}: every word of the lexicon, grouped by the word classes of src/entities/words.ts ("common" = known, no name tag; a key "a,b" = both, in that order), plus the head words of organisation and place names (model.two.orgWords, placeWords). Words are lower case, one per line.`,
  classes: Object.fromEntries([...wordsByClasses].sort(([a], [b]) => a.localeCompare(b)).map(([key, words]) => [key, joinWords(words)])),
  orgWords: joinWords(Object.keys(model.two.orgWords)),
  placeWords: joinWords(Object.keys(model.two.placeWords)),
});
