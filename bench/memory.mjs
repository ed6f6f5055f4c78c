// Bounded memory over a long stream, measured in a fresh process by bench/bench.ts: extractMany over
// `targetMB` of articles generated lazily from the given texts (repeated in order, each copy a new
// document), never holding more than one input and one output at a time. Samples the resident set
// size every 25 documents and reports the peak. Prints one JSON line.
// Usage: node bench/memory.mjs <path to dist/index.js> <texts.json> <targetMB>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [distPath, textsPath, targetArg] = process.argv.slice(2);
const targetBytes = Number(targetArg) * 1e6;
const { createPipeline } = await import(pathToFileURL(distPath).href);
const texts = JSON.parse(readFileSync(textsPath, 'utf8'));

function* articles() {
  let produced = 0;
  for (let copy = 0; produced < targetBytes; copy++) {
    for (let i = 0; i < texts.length && produced < targetBytes; i++) {
      const text = texts[i];
      produced += Buffer.byteLength(text);
      yield { id: `copy${copy}-doc${i}`, text };
    }
  }
}

const pipeline = createPipeline({ referenceDate: '2025-10-17' });
const rssAtStart = process.memoryUsage().rss;
let peakSampledRss = rssAtStart;
const samples = [];
let documents = 0;
let bytes = 0;
let mentions = 0;
const started = performance.now();
for (const doc of pipeline.extractMany(articles())) {
  documents += 1;
  bytes += Buffer.byteLength(doc.text);
  // Use the output, so that nothing is optimised away; then let it go.
  mentions += doc.entities.length + doc.quotes.length + doc.dates.length + doc.sentences.length;
  if (documents % 25 === 0) {
    const rss = process.memoryUsage().rss;
    peakSampledRss = Math.max(peakSampledRss, rss);
    if (documents % 1000 === 0) samples.push({ mb: +(bytes / 1e6).toFixed(1), rssMB: +(rss / 2 ** 20).toFixed(0) });
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    documents,
    megabytes: bytes / 1e6,
    seconds,
    rssAtStartMB: rssAtStart / 2 ** 20,
    peakSampledRssMB: peakSampledRss / 2 ** 20,
    // resourceUsage().maxRSS is in kilobytes: the true peak, between samples included.
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    samples,
    outputs: mentions,
  })}\n`,
);
