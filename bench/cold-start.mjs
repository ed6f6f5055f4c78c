// Cold start, measured in a fresh process by bench/bench.ts: importing the built library and
// extracting one article (the language model loads on first use). Prints one JSON line.
// Usage: node bench/cold-start.mjs <path to dist/index.js> <article file>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [distPath, articlePath] = process.argv.slice(2);
const article = readFileSync(articlePath, 'utf8');
const loadStarted = performance.now();
const { extract } = await import(pathToFileURL(distPath).href);
const imported = performance.now();
const doc = extract(article, { referenceDate: '2025-10-17' });
const extracted = performance.now();
process.stdout.write(
  `${JSON.stringify({
    importMs: imported - loadStarted,
    firstExtractMs: extracted - imported,
    coldStartMs: extracted - loadStarted,
    // performance.now() counts from the start of this process: Node's own bootstrap included.
    sinceProcessStartMs: extracted,
    sentences: doc.sentences.length,
  })}\n`,
);
