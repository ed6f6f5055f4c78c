/**
 * The golden test: the pipeline over the five corpus articles, scored layer by layer against the gold
 * annotations in corpus/gold (guidelines and scoring rules: corpus/README.md). Prints one table and
 * writes it to test/artifacts/golden.txt, with every miss and false alarm in golden-errors.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { goldAsDocument, loadGoldCorpus, PROJECT_ROOT } from './helpers/gold.js';
import { formatFigures, GoldenScore } from './helpers/golden-score.js';
import { expectValidReferences, expectValidSpans } from './helpers/spans.js';

/**
 * The figure each key must reach (F1 for span figures, the proportion for accuracy and recall), set to
 * what the pipeline measured, rounded down to two decimals. Floors only ever go up: raise one when a
 * stage improves it, never lower one to make a change pass.
 */
const FLOORS: Readonly<Record<string, number>> = {
  'entities.mentions': 0,
  'entities.mentions.PERSON': 0,
  'entities.mentions.ORG': 0,
  'entities.mentions.GPE': 0,
  'entities.mentions.LOC': 0,
  'entities.mentions.NORP': 0,
  'entities.mentions.PRODUCT': 0,
  'entities.mentions.LAW': 0,
  'entities.entities': 0,
  'quotes.direct.span': 0,
  'quotes.direct.speaker': 0,
  'quotes.direct.kind': 0,
  'quotes.direct.cue': 0,
  'quotes.indirect.span': 0,
  'quotes.indirect.speaker': 0,
  'quotes.indirect.cue': 0,
  'dates.overlap': 0,
  'dates.strict': 0,
  'dates.value': 0,
};

const corpus = loadGoldCorpus();

describe('golden corpus', () => {
  it('the scorer gives every figure 100% when the prediction is the gold itself', () => {
    const score = new GoldenScore();
    for (const article of corpus) score.add(article.gold, goldAsDocument(article));
    const figures = score.figures();
    expect(figures.map((f) => f.key)).toEqual(expect.arrayContaining(Object.keys(FLOORS)));
    for (const figure of figures) expect(figure.value, figure.key).toBe(1);
    expect(score.errors).toEqual([]);
  });

  it('the pipeline reaches the floors on every layer (no reference date: undated articles stay underspecified)', () => {
    const score = new GoldenScore();
    for (const article of corpus) {
      const doc = extract(article.text, { id: article.name });
      expectValidSpans(doc);
      expectValidReferences(doc);
      score.add(article.gold, doc);
    }
    const figures = score.figures();
    const table = formatFigures(figures);
    console.log(`\nGolden corpus (${corpus.length} articles, micro-averaged)\n${table}\n`);
    mkdirSync(`${PROJECT_ROOT}test/artifacts`, { recursive: true });
    writeFileSync(`${PROJECT_ROOT}test/artifacts/golden.txt`, `${table}\n`);
    writeFileSync(`${PROJECT_ROOT}test/artifacts/golden-errors.txt`, `${score.errors.join('\n')}\n`);

    const measured = new Map(figures.map((f) => [f.key, f.value]));
    const below: string[] = [];
    for (const [key, floor] of Object.entries(FLOORS)) {
      const value = measured.get(key);
      if (value === undefined) below.push(`${key}: not measured`);
      else if (value < floor) below.push(`${key}: ${value.toFixed(4)} < floor ${floor}`);
    }
    expect(below).toEqual([]);
  });
});
