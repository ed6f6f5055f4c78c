// Where one long text's memory goes (docs/PERFORMANCE.md, ## Memory): extracts the corpus repeated to
// `megabytes` MB as one text, prints the peak resident set size, then, after full collections, the
// heap the result holds and what each part of it takes (each part dropped in turn).
// Usage: node --expose-gc bench/memory-breakdown.mjs <path to dist/index.js> [megabytes = 20]
// Add --max-old-space-size=N (before the script) to see the peak under a heap limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [distPath, megabytesArg] = process.argv.slice(2);
const megabytes = Number(megabytesArg ?? 20);
const corpus = join(fileURLToPath(new URL('..', import.meta.url)), 'corpus', 'articles');
const base = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(corpus, name), 'utf8'))
  .join('\n\n');
const { extract } = await import(pathToFileURL(distPath).href);
const text = base.repeat(Math.ceil((megabytes * 1e6) / Buffer.byteLength(base))).slice(0, megabytes * 1e6);
const started = performance.now();
const doc = extract(text, { referenceDate: '2025-10-17' });
const MB = 2 ** 20;
const result = {
  seconds: (performance.now() - started) / 1000,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  quotes: doc.quotes.length,
  dates: doc.dates.length,
  sentences: doc.sentences.length,
  mentions: doc.entities.reduce((sum, entity) => sum + entity.mentions.length, 0),
};
if (typeof globalThis.gc === 'function') {
  const heap = () => {
    globalThis.gc();
    return process.memoryUsage().heapUsed / MB;
  };
  result.heapAfterCollectionMB = heap();
  let before = result.heapAfterCollectionMB;
  for (const part of ['quotes', 'dates', 'sentences', 'entities']) {
    doc[part] = null;
    const after = heap();
    result[`${part}MB`] = before - after;
    before = after;
  }
  result.textModelAndCodeMB = before;
}
process.stdout.write(`${JSON.stringify(result)}\n`);
