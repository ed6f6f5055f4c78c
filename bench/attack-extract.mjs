// One hostile single input through extract(), in a fresh process, measured by bench/bench.ts
// (--memory): its peak resident set size. Prints one JSON line.
// Usage: node bench/attack-extract.mjs <path to dist/index.js> <quotes|emoji|text20> [<news text file>]
//   quotes  2 MB of quotation marks (one "sentence" of two million tokens)
//   emoji   a million emoji (4 MB of UTF-8)
//   text20  one 20 MB news text: the given text repeated
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [distPath, kind, textPath] = process.argv.slice(2);
const { extract } = await import(pathToFileURL(distPath).href);
let text;
if (kind === 'quotes') text = '"'.repeat(2_000_000);
else if (kind === 'emoji') text = '😀'.repeat(1_000_000);
else if (kind === 'text20') {
  const base = readFileSync(textPath, 'utf8');
  text = base.repeat(Math.ceil(20e6 / Buffer.byteLength(base))).slice(0, 20e6);
} else throw new Error(`unknown attack ${kind}`);
const started = performance.now();
const doc = extract(text, { referenceDate: '2025-10-17' });
process.stdout.write(
  `${JSON.stringify({
    kind,
    megabytes: Buffer.byteLength(text) / 1e6,
    seconds: (performance.now() - started) / 1000,
    outputs: doc.entities.length + doc.quotes.length + doc.dates.length + doc.sentences.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
