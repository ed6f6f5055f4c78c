// Cold start, measured in a fresh process by bench/bench.ts: importing the built library and
// extracting one article (the language model loads on first use). Prints one JSON line.
// Usage: node bench/cold-start.mjs <path to dist/index.js> <article file>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [distPath, articlePath] = process.argv.slice(2);
const article = readFileSync(articlePath, 'utf8');
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const loadStarted = performance.now();
const loadStartedCpu = cpuMs();
const { extract } = await import(pathToFileURL(distPath).href);
const imported = performance.now();
const importedCpu = cpuMs();
const doc = extract(article, { referenceDate: '2025-10-17' });
const extracted = performance.now();
const extractedCpu = cpuMs();
process.stdout.write(
  `${JSON.stringify({
    importMs: imported - loadStarted,
    firstExtractMs: extracted - imported,
    coldStartMs: extracted - loadStarted,
    // CPU time (all threads, the compiler's and the garbage collector's included): steadier than the
    // wall clock on a busy machine, where the wall clock also counts the time other processes ran.
    importCpuMs: importedCpu - loadStartedCpu,
    firstExtractCpuMs: extractedCpu - importedCpu,
    // performance.now() counts from the start of this process: Node's own bootstrap included.
    sinceProcessStartMs: extracted,
    sentences: doc.sentences.length,
  })}\n`,
);
