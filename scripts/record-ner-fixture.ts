/**
 * Records test/fixtures/ner-speed-equivalence.json again with the current weights, after a
 * retraining (`npm run train:ner`) has changed what the recognizer says. The texts stay those of
 * the fixture (hand-written sentences, corpus articles); for each, the unconstrained decoding's
 * tags (and the sentences' per-token confidences) and its spans, as test/ner-speed-equivalence.test.ts
 * reads them. Run it only after checking that the retraining is the reason the test fails.
 *
 *   npx tsx scripts/record-ner-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTwice } from '../src/entities/model/decode.js';
import { extractFeatures, trainedWordKey } from '../src/entities/model/features.js';
import { loadModel, spansOfTagging } from '../src/entities/model/index.js';
import { tokenize } from '../src/text/tokenize.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = join(root, 'test/fixtures/ner-speed-equivalence.json');

interface Recorded {
  tokens: number;
  spans: Array<[number, number, string, string, number]>;
  tags: string;
  confidence?: number[];
}
interface Fixture {
  note: string;
  sentences: Array<Recorded & { text: string }>;
  articles: Array<Recorded & { file: string }>;
}

const round = (value: number): number => Math.round(value * 1e9) / 1e9;

function record(text: string, withConfidence: boolean): Recorded {
  const { tokens } = tokenize(text);
  const table = loadModel();
  const features = extractFeatures(tokens, (lower) => table.trainedTypes(trainedWordKey(lower)));
  const { tags, confidence } = decodeTwice(features, table, table.temperature);
  const spans = spansOfTagging(tokens, tags, confidence).map(
    (span) =>
      [span.start, span.end, span.label, span.type, round(span.confidence)] as [number, number, string, string, number],
  );
  return {
    tokens: tokens.length,
    spans,
    tags: Array.from(tags, (tag) => tag.toString(17)).join(''),
    ...(withConfidence ? { confidence: Array.from(confidence, round) } : {}),
  };
}

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;
const recorded: Fixture = {
  note:
    'Recorded by scripts/record-ner-fixture.ts with the shipped weights: the unconstrained decoding ' +
    'of each text; see test/ner-speed-equivalence.test.ts.',
  sentences: fixture.sentences.map(({ text }) => ({ text, ...record(text, true) })),
  articles: fixture.articles.map(({ file }) => ({
    file,
    ...record(readFileSync(join(root, 'corpus/articles', file), 'utf8'), false),
  })),
};
writeFileSync(FIXTURE, `${JSON.stringify(recorded, null, 2)}\n`);
console.log(`wrote ${FIXTURE}: ${recorded.sentences.length} sentences, ${recorded.articles.length} articles`);
