import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeTwice } from '../src/entities/model/decode.js';
import { extractFeatures, hashPair, hashTriple, shapeOf, trainedWordKey } from '../src/entities/model/features.js';
import { hashFeature } from '../src/entities/model/hash.js';
import { loadModel, recognizeEntities } from '../src/entities/model/index.js';
import { tokenize } from '../src/text/tokenize.js';

/**
 * The recognizer's inference was rewritten for speed (issue #7) with the rule that its output must
 * not change. The fixture was recorded with the code before that work and the current weights: for
 * hand-written sentences, every span with its confidence and every token's tag and confidence; for
 * the corpus articles, every span and tag. Confidences are compared rounded to 1e-9.
 *
 * The recognizer also reads the tokenizer and the lexicon: a deliberate change there changes this
 * output too, and the fixture must then be recorded again (after checking the change is the reason).
 */
interface Recorded {
  tokens: number;
  spans: Array<[number, number, string, string, number]>;
  tags: string;
  confidence?: number[];
}
interface Fixture {
  sentences: Array<Recorded & { text: string }>;
  articles: Array<Recorded & { file: string }>;
}

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/ner-speed-equivalence.json', import.meta.url)), 'utf8'),
) as Fixture;

const round = (value: number): number => Math.round(value * 1e9) / 1e9;

function observe(text: string): Recorded {
  const { tokens } = tokenize(text);
  const spans = recognizeEntities(tokens).map(
    (span) => [span.start, span.end, span.label, span.type, round(span.confidence)] as [number, number, string, string, number],
  );
  const table = loadModel();
  const features = extractFeatures(tokens, (lower) => table.trainedTypes(trainedWordKey(lower)));
  const { tags, confidence } = decodeTwice(features, table, table.temperature);
  return {
    tokens: tokens.length,
    spans,
    tags: Array.from(tags, (tag) => tag.toString(17)).join(''),
    confidence: Array.from(confidence, round),
  };
}

describe('learned recognizer output after the speed work', () => {
  it('has a fixture with names in it', () => {
    expect(fixture.sentences.length).toBeGreaterThanOrEqual(10);
    expect(fixture.articles.length).toBe(5);
    for (const article of fixture.articles) expect(article.spans.length).toBeGreaterThan(10);
  });

  it.each(fixture.sentences.map((sentence) => [sentence.text.slice(0, 40), sentence] as const))(
    'tags and scores "%s…" as before',
    (_, sentence) => {
      const now = observe(sentence.text);
      expect(now.tokens).toBe(sentence.tokens);
      expect(now.tags).toBe(sentence.tags);
      expect(now.spans).toEqual(sentence.spans);
      expect(now.confidence).toEqual(sentence.confidence);
    },
  );

  it.each(fixture.articles.map((article) => [article.file, article] as const))('tags corpus article %s as before', (file, article) => {
    const text = readFileSync(fileURLToPath(new URL(`../corpus/articles/${file}`, import.meta.url)), 'utf8');
    const now = observe(text);
    expect(now.tokens).toBe(article.tokens);
    expect(now.tags).toBe(article.tags);
    expect(now.spans).toEqual(article.spans);
  });
});

describe('feature hashing shortcuts', () => {
  const parts = ['', 'x', 'Xx', 'd-d', '<s>', '</s>', 'müller', 'Ł', '“', 'a|b', 'X.X.'];

  it('hashes joined values as hashFeature does the joined string', () => {
    for (const a of parts) {
      for (const b of parts) {
        expect(hashPair(13, a, b)).toBe(hashFeature(13, `${a}|${b}`));
        for (const c of parts) expect(hashTriple(14, a, b, c)).toBe(hashFeature(14, `${a}|${b}|${c}`));
      }
    }
  });

  it('gives ASCII and non-ASCII words the same shape classes', () => {
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996-08-30')).toBe('d-d-d');
    expect(shapeOf('McDonald')).toBe('XxXx');
    expect(shapeOf('Müller')).toBe(shapeOf('Muller'));
    expect(shapeOf('ŁÓDŹ-2')).toBe(shapeOf('LODZ-2'));
    expect(shapeOf('')).toBe('');
  });
});
