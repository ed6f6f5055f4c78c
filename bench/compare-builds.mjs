// Two builds of the library over PolNeAR dev in one process, passes alternated, CPU time per pass
// (user + system of this process): on a machine shared with other jobs the wall clock mostly measures
// the others. Median of N passes each after one warm-up pass.
// Usage: node bench/compare-builds.mjs <old dist/index.js> <new dist/index.js> [passes]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [oldPath, newPath, passArg] = process.argv.slice(2);
if (!oldPath || !newPath) throw new Error('usage: node bench/compare-builds.mjs <old dist/index.js> <new dist/index.js> [passes]');
const passes = Number(passArg ?? 5);
const datasets = process.env.NEWS_EXTRACT_DATASETS ?? join(ROOT, '..', 'shared', 'datasets');
const texts = readFileSync(join(datasets, 'polnear', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).text);
const builds = await Promise.all(
  [oldPath, newPath].map(async (path) => (await import(pathToFileURL(resolve(path)).href)).createPipeline({ referenceDate: '2025-10-17' })),
);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times = [[], []];
for (const pipeline of builds) for (const text of texts) pipeline.extract(text);
for (let pass = 0; pass < passes; pass++) {
  for (const k of pass % 2 ? [1, 0] : [0, 1]) {
    const started = cpuMs();
    for (const text of texts) builds[k].extract(text);
    times[k].push(cpuMs() - started);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [before, after] = times.map(median);
console.log(`old ${before.toFixed(0)} ms CPU per pass, new ${after.toFixed(0)} ms (${((after / before - 1) * 100).toFixed(1)}%), median of ${passes}`);
