// CPU profile of the built pipeline over PolNeAR dev, after a warm-up pass (JIT, wink-nlp's word
// cache), so the profile shows steady-state costs. Run with:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs [dist/index.js] [passes]
// and open the .cpuprofile in Chrome DevTools, or summarise it with bench/profile-summary.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const distPath = process.argv[2] ?? join(ROOT, 'dist', 'index.js');
const passes = Number(process.argv[3] ?? 2);
const { extract } = await import(pathToFileURL(distPath).href);
const datasets = process.env.NEWS_EXTRACT_DATASETS ?? join(ROOT, '..', 'shared', 'datasets');
const texts = readFileSync(join(datasets, 'polnear', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).text);
for (const text of texts) extract(text);
const started = performance.now();
for (let pass = 0; pass < passes; pass++) for (const text of texts) extract(text);
process.stderr.write(
  `${passes} passes over ${texts.length} documents: ` +
    `${((performance.now() - started) / passes).toFixed(0)} ms per pass\n`,
);
