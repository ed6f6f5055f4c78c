// Per-stage milliseconds of the built pipeline over PolNeAR dev, beside bare wink-nlp readDoc
// (sbd+pos, the pipes the library uses), after a warm-up pass: a quick check while working on one
// stage (npm run bench is the reference). Usage: node bench/stage-times.mjs [dist/index.js] [passes]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const distPath = process.argv[2] ?? join(ROOT, 'dist', 'index.js');
const passes = Number(process.argv[3] ?? 3);
const { createPipeline } = await import(pathToFileURL(distPath).href);
const datasets = process.env.NEWS_EXTRACT_DATASETS ?? join(ROOT, '..', 'shared', 'datasets');
const texts = readFileSync(join(datasets, 'polnear', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).text);

const pipeline = createPipeline({ referenceDate: '2025-10-17' });
const stages = [...pipeline.stages];
const totals = new Map(stages.map((stage) => [stage, 0]));
let last = 0;
pipeline.use(
  {
    name: 'probe:start',
    tag: () => {
      last = performance.now();
    },
  },
  { before: stages[0] },
);
for (const stage of stages) {
  pipeline.use(
    {
      name: `probe:${stage}`,
      tag: () => {
        const now = performance.now();
        totals.set(stage, (totals.get(stage) ?? 0) + now - last);
        last = now;
      },
    },
    { after: stage },
  );
}
const wink = winkNLP(model, ['sbd', 'pos']);
for (const text of texts) {
  pipeline.extract(text);
  wink.readDoc(text);
}
for (const stage of stages) totals.set(stage, 0);
let winkMs = 0;
let wholeMs = 0;
for (let pass = 0; pass < passes; pass++) {
  let started = performance.now();
  for (const text of texts) wink.readDoc(text);
  winkMs += performance.now() - started;
  started = performance.now();
  for (const text of texts) pipeline.extract(text);
  wholeMs += performance.now() - started;
}
const row = (name, ms) => `${name.padEnd(28)}${(ms / passes).toFixed(1).padStart(8)} ms`;
console.log(row('whole pipeline', wholeMs));
for (const [stage, ms] of totals) console.log(row(`  ${stage}`, ms));
console.log(row('wink readDoc (sbd+pos)', winkMs));
