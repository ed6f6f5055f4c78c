import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const HAND = join(ROOT, 'src/data/hand');
const GENERATED = join(ROOT, 'src/data/generated');
const DATASETS = process.env['NEWS_EXTRACT_DATASETS'] ?? join(ROOT, '../shared/datasets');
const CONLL_TRAIN = join(DATASETS, 'conll2003/eng.train');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** The files each generator writes (the layout src/data/README.md describes). */
const FROM_COMPROMISE = [
  'compromise-organisations.json',
  'compromise-people.json',
  'compromise-places.json',
  'compromise-word-classes.json',
];
const FROM_PACKAGES = ['brand-products.json', 'brands.json', 'cities.json', 'countries.json'];

describe('data layout (src/data)', () => {
  it('keeps hand-written lists in hand/ and generated ones in generated/, nothing else', () => {
    expect(readdirSync(GENERATED).sort()).toEqual([...FROM_COMPROMISE, ...FROM_PACKAGES].sort());
    for (const file of readdirSync(HAND).filter((name) => name.endsWith('.json'))) {
      const list = JSON.parse(readFileSync(join(HAND, file), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(list)[0], `${file}: the first key says where the words come from`).toBe('source');
      expect(list['generatedBy'], `${file} is hand-written`).toBeUndefined();
    }
  });
});

// `npm run data` regenerates every file of src/data/generated; these tests run the same scripts into
// a scratch folder and compare. The packages they read are devDependencies, always installed here.
describe('npm run data reproduces src/data/generated', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'news-extract-data-'));
    execFileSync(TSX, ['scripts/extract-compromise-lexicon.ts', '--out', out], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('compromise lists (scripts/extract-compromise-lexicon.ts)', () => {
    for (const file of FROM_COMPROMISE) {
      expect(readFileSync(join(out, file), 'utf8') === readFileSync(join(GENERATED, file), 'utf8'), file).toBe(true);
    }
  });

  // build-lexicon-data.ts filters common words out with the CoNLL-2003 training text of ../shared,
  // which is not part of the repository: without it the script cannot run.
  it.skipIf(!existsSync(CONLL_TRAIN))(
    'package lists (scripts/build-lexicon-data.ts; skipped without ../shared/datasets/conll2003/eng.train)',
    () => {
      execFileSync(TSX, ['scripts/build-lexicon-data.ts', '--out', out], { cwd: ROOT, stdio: 'pipe' });
      for (const file of FROM_PACKAGES) {
        expect(readFileSync(join(out, file), 'utf8') === readFileSync(join(GENERATED, file), 'utf8'), file).toBe(true);
      }
    },
    120_000,
  );
});
