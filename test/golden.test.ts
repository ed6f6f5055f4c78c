/**
 * The golden test: the pipeline over the five corpus articles, scored layer by layer against the gold
 * annotations in corpus/gold (guidelines and scoring rules: corpus/README.md). Prints one table and
 * writes it to test/artifacts/golden.txt, with every miss and false alarm in golden-errors.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { NewsDocument, Quote } from '../src/types.js';
import { type GoldDocument, goldAsDocument, loadGoldCorpus, PROJECT_ROOT } from './helpers/gold.js';
import { foldName, formatFigures, GoldenScore } from './helpers/golden-score.js';
import { expectValidReferences, expectValidSpans } from './helpers/spans.js';

/**
 * The figure each key must reach (F1 for span figures, the proportion for accuracy and recall), set to
 * what the pipeline measured, rounded down to two decimals. Floors only ever go up: raise one when a
 * stage improves it, never lower one to make a change pass.
 */
const FLOORS: Readonly<Record<string, number>> = {
  'entities.mentions': 0.99,
  'entities.mentions.PERSON': 1,
  'entities.mentions.ORG': 0.97,
  'entities.mentions.GPE': 1,
  'entities.mentions.LOC': 1,
  'entities.mentions.NORP': 1,
  'entities.mentions.PRODUCT': 1,
  'entities.mentions.LAW': 1,
  'entities.entities': 0.99,
  'quotes.direct.span': 1,
  'quotes.direct.speaker': 1,
  'quotes.direct.kind': 1,
  'quotes.direct.cue': 1,
  'quotes.indirect.span': 1,
  'quotes.indirect.speaker': 1,
  'quotes.indirect.cue': 1,
  'dates.overlap': 1,
  'dates.strict': 1,
  'dates.value': 1,
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

describe('golden scoring rules', () => {
  // "Peskov said he was ready. “We will meet,” he added. Analysts say it is late. Friday"
  const text = 'Peskov said he was ready. “We will meet,” he added. Analysts say it is late. Friday';
  const at = (part: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(part, from);
    return { start, end: start + part.length, text: part };
  };
  const gold: GoldDocument = {
    article: 'probe.txt',
    publicationDate: null,
    entities: [{ id: 'peskov', type: 'PERSON', name: 'Dmitry Peskov', roles: [], mentions: [at('Peskov')] }],
    quotes: [
      { kind: 'indirect', ...at('he was ready'), speaker: { ...at('Peskov'), entity: 'peskov' }, cue: at('said') },
      { kind: 'direct', ...at('We will meet,'), speaker: { ...at('he', 30), entity: 'peskov' }, cue: at('added') },
      { kind: 'indirect', ...at('it is late'), speaker: { ...at('Analysts'), entity: null }, cue: at('say') },
    ],
    dates: [{ ...at('Friday'), type: 'DATE', value: 'XXXX-WXX-5' }],
  };
  const perfect = goldAsDocument({ name: 'probe.txt', text, gold });
  const figuresOf = (doc: NewsDocument): Record<string, number> => {
    const score = new GoldenScore();
    score.add(gold, doc);
    return Object.fromEntries(score.figures().map((f) => [f.key, f.value]));
  };
  const withQuote = (index: number, change: Partial<Quote>): NewsDocument => ({
    ...perfect,
    quotes: perfect.quotes.map((q, i) => (i === index ? { ...q, ...change } : q)),
  });

  it('accepts a pronoun speaker resolved to a predicted entity that covers the gold speaker', () => {
    const resolved = withQuote(1, { speaker: { ...at('he', 30), entity: 'e7' } });
    const doc = { ...resolved, entities: [{ ...perfect.entities[0]!, id: 'e7' }] };
    expect(figuresOf(doc)['quotes.direct.speaker']).toBe(1);
  });

  it('rejects an unresolved pronoun, a missing speaker, and an entity given to a speaker no entity names', () => {
    expect(figuresOf(withQuote(1, { speaker: at('he', 30) }))['quotes.direct.speaker']).toBe(0);
    expect(figuresOf(withQuote(0, { speaker: null }))['quotes.indirect.speaker']).toBe(0.5);
    expect(
      figuresOf(withQuote(2, { speaker: { ...at('Analysts'), entity: 'peskov' } }))['quotes.indirect.speaker'],
    ).toBe(0.5);
    expect(figuresOf(withQuote(2, { speaker: null }))['quotes.indirect.speaker']).toBe(1);
  });

  it('scores kind, cue and content overlap', () => {
    const partial = figuresOf(withQuote(1, { kind: 'partial', cue: null }));
    expect(partial['quotes.direct.kind']).toBe(0);
    expect(partial['quotes.direct.cue']).toBe(0);
    // Content overlapping less than half of the shorter span does not match.
    const shifted = figuresOf(withQuote(0, at('said he w')));
    expect(shifted['quotes.indirect.span']).toBeCloseTo(0.5, 10);
    // A direct quote predicted as indirect is a miss in one group and a false alarm in the other.
    const regrouped = figuresOf(withQuote(1, { kind: 'indirect' }));
    expect(regrouped['quotes.direct.span']).toBe(0);
    expect(regrouped['quotes.indirect.span']).toBeCloseTo(0.8, 10);
  });

  it('matches entities by type and folded name, once each', () => {
    const renamed = (name: string, type: 'PERSON' | 'ORG' = 'PERSON'): NewsDocument => ({
      ...perfect,
      entities: [{ ...perfect.entities[0]!, name, type }],
    });
    expect(foldName('U.S.')).toBe(foldName('US'));
    expect(foldName('Orbán')).toBe('orban');
    expect(figuresOf(renamed('PESKOV'))['entities.entities']).toBe(1);
    expect(figuresOf(renamed('Dmitri Peskov'))['entities.entities']).toBe(0);
    expect(figuresOf(renamed('Peskov', 'ORG'))['entities.entities']).toBe(0);
    const split = {
      ...perfect,
      entities: [perfect.entities[0]!, { ...perfect.entities[0]!, id: 'again', mentions: [] }],
    };
    expect(figuresOf(split)['entities.entities']).toBeCloseTo(2 / 3, 10);
  });

  it('scores date extent by overlap and exactly, and values over overlap matches', () => {
    const date = perfect.dates[0]!;
    const wider = figuresOf({ ...perfect, dates: [{ ...date, ...at('. Friday'), value: 'XXXX-WXX-4' }] });
    expect(wider['dates.overlap']).toBe(1);
    expect(wider['dates.strict']).toBe(0);
    expect(wider['dates.value']).toBe(0);
  });
});
