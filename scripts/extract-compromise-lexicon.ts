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
