// Output regression check for speed work: extract() of every PolNeAR dev text and every corpus
// article, one JSON line each (tokens included), written to a file outside the repository. Dump with
// the build before a change and after it, then `cmp` the two files: a speed change must not change
// any output. Then two long texts, extracted in sections (src/sections.ts): the PolNeAR dev texts joined
// into one (about 1.3 MB) and the corpus repeated to 1 MB, through a pipeline with a custom tagger that
// adds a span group with nested data, tokens included.
// Usage: node bench/dump-outputs.mjs <path to dist/index.js> <output file>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [distPath, outPath] = process.argv.slice(2);
if (!distPath || !outPath) throw new Error('usage: node bench/dump-outputs.mjs <dist/index.js> <output file>');
const { extract, createPipeline } = await import(pathToFileURL(distPath).href);
const datasets = process.env.NEWS_EXTRACT_DATASETS ?? join(ROOT, '..', 'shared', 'datasets');
const polnear = readFileSync(join(datasets, 'polnear', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).text);
const articles = join(ROOT, 'corpus', 'articles');
const corpus = readdirSync(articles)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(articles, name), 'utf8'));
const lines = [...polnear, ...corpus].map((text) =>
  JSON.stringify(extract(text, { referenceDate: '2025-10-17', tokens: true })),
);
const numbers = {
  name: 'numbers',
  tag(doc) {
    const group = doc.tokens
      .filter((token) => token.kind === 'number')
      .map((token) => ({
        start: token.start,
        end: token.end,
        text: token.text,
        data: { digits: [token.text.length] },
      }));
    doc.spans.numbers = group;
  },
};
const pipeline = createPipeline({ referenceDate: '2025-10-17', taggers: [numbers] });
const corpusText = corpus.join('\n\n');
for (const text of [polnear.join('\n\n'), corpusText.repeat(Math.ceil(1e6 / corpusText.length)).slice(0, 1e6)]) {
  lines.push(JSON.stringify(pipeline.extract(text, { tokens: true })));
}
writeFileSync(outPath, `${lines.join('\n')}\n`);
process.stderr.write(`${lines.length} documents dumped to ${outPath}\n`);
