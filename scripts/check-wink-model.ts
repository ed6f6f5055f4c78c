/**
 * Checks that src/text/wink-model.ts, the lean assembly of wink-eng-lite-web-model, reads text exactly
 * as the stock model does: tokens, types, POS tags, normal forms, spaces and sentences, on every
 * CoNLL-2003 train document and every PolNeAR dev document (test/wink-model.test.ts checks a sample).
 *
 *   npx tsx scripts/check-wink-model.ts        (exit code 1 on the first difference)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { datasetsDir } from '../eval/score.js';
import { leanWinkModel } from '../src/text/wink-model.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const datasets = datasetsDir(root);
const texts = (file: string): string[] =>
  readFileSync(join(datasets, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);

type Wink = ReturnType<typeof winkNLP>;
function reading(nlp: Wink, text: string): string {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  return JSON.stringify([
    doc.tokens().out(its.value),
    doc.tokens().out(its.type),
    doc.tokens().out(its.pos),
    doc.tokens().out(its.normal),
    doc.tokens().out(its.precedingSpaces),
    doc.sentences().out(its.span),
  ]);
}

const stock = winkNLP(model, ['sbd', 'pos']);
const lean = winkNLP(leanWinkModel as unknown as typeof model, ['sbd', 'pos']);
let failed = 0;
for (const [name, file] of [
  ['CoNLL-2003 train', 'conll2003/train.docs.jsonl'],
  ['PolNeAR dev', 'polnear/dev.jsonl'],
] as const) {
  const docs = texts(file);
  let same = 0;
  for (const text of docs) {
    if (reading(lean, text) === reading(stock, text)) same++;
    else if (failed++ < 3) console.error(`differs: ${JSON.stringify(text.slice(0, 80))}`);
  }
  console.log(`${name}: ${same} of ${docs.length} documents read identically`);
}
process.exitCode = failed > 0 ? 1 : 0;
