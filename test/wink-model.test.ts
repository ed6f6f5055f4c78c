import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { leanWinkModel } from '../src/text/wink-model.js';

/**
 * src/text/wink-model.ts rebuilds the package's core model without its deep copy; what wink-nlp
 * reads from it must be exactly what the stock model gives.
 */
const articlesDir = join(import.meta.dirname, '..', 'corpus', 'articles');
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(articlesDir, name), 'utf8'));

const awkward = [
  '',
  'Peskov told reporters.There are many questions, peskov said. "It could," he added -- maybe.',
  "They can't, won't and shouldn't; it's the U.S.'s call at 10:35 a.m. (0735 GMT) on Oct. 17th, 2025.",
  'Qwxzvbn frobnicated the zzyzx-plorp with 😀 #hashtags @mentions http://example.com/a?b=c and e@x.io',
  'ÉMILE Zola’s «J’accuse» — straight "quotes" and ‘single’ ones… 1,000,000 $5.50 3rd 4pm',
  // The stock model reads abbreviations through its lutCase and isAbbrev features: without them the
  // lean model once kept this as one sentence where the stock model gives two.
  'He met the U.S. Under Secretary. Gen. Smith and Mr. Jones left at 5 p.m. Friday, the U.N. said.',
];

/**
 * A sample of the datasets when they are present (scripts/check-wink-model.ts reads all of CoNLL-2003
 * train and PolNeAR dev): every 25th document.
 */
const datasets = process.env['NEWS_EXTRACT_DATASETS'] ?? join(import.meta.dirname, '..', '..', 'shared', 'datasets');
function sample(file: string): string[] {
  const path = join(datasets, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line, i) => line.trim() !== '' && i % 25 === 0)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}
const datasetSample = [...sample('conll2003/train.docs.jsonl'), ...sample('polnear/dev.jsonl')];

type Wink = ReturnType<typeof winkNLP>;

function reading(nlp: Wink, text: string): unknown {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  return {
    values: doc.tokens().out(its.value),
    types: doc.tokens().out(its.type),
    pos: doc.tokens().out(its.pos),
    normal: doc.tokens().out(its.normal),
    spaces: doc.tokens().out(its.precedingSpaces),
    sentences: doc.sentences().out(its.span),
  };
}

describe('the lean wink model', () => {
  const stock = winkNLP(model, ['sbd', 'pos']);
  const lean = winkNLP(leanWinkModel as unknown as typeof model, ['sbd', 'pos']);

  it('tokenizes, tags and splits sentences exactly as the stock model on the corpus and awkward text', () => {
    let compared = 0;
    for (const text of [...articles, ...awkward]) {
      expect(reading(lean, text)).toEqual(reading(stock, text));
      compared++;
    }
    expect(compared).toBe(articles.length + awkward.length);
  });

  const sampleName = 'reads a sample of CoNLL-2003 train and PolNeAR dev exactly as the stock model';
  const skipNote = datasetSample.length === 0 ? ` (skipped: no datasets at ${datasets})` : '';
  it.skipIf(datasetSample.length === 0)(`${sampleName}${skipNote}`, () => {
    for (const text of datasetSample) expect(reading(lean, text)).toEqual(reading(stock, text));
  });

  it('gives each instance its own word list: words one instance learnt do not leak into the next', () => {
    const unseen = Array.from({ length: 200 }, (_, i) => `Blorvath${i}x zindle${i}q`).join(' ');
    const first = winkNLP(leanWinkModel as unknown as typeof model, ['sbd', 'pos']);
    first.readDoc(unseen);
    const second = winkNLP(leanWinkModel as unknown as typeof model, ['sbd', 'pos']);
    const fresh = winkNLP(model, ['sbd', 'pos']);
    const probe = `${unseen} Putin said.`;
    expect(reading(second, probe)).toEqual(reading(fresh, probe));
  });

  it('says clearly that the add-ons it leaves out are not loaded', () => {
    const doc = lean.readDoc('The zorbles were frobnicated by the blorvathing crowds.');
    // wink-nlp's types do not list lemma among the token readers `out` takes, though it is one.
    const lemma = lean.its.lemma as unknown as typeof lean.its.value;
    expect(() => doc.tokens().out(lemma)).toThrow(/news-extract: wink-nlp's lemmatizer is not loaded/);
  });
});
