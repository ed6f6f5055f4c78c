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
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A pipeline with CPU-time probes between the stages (public `use`), as bench.ts does with the wall clock. */
async function probedPipeline(path) {
  const pipeline = (await import(pathToFileURL(resolve(path)).href)).createPipeline({ referenceDate: '2025-10-17' });
  const stages = [...pipeline.stages];
  const totals = new Map(stages.map((stage) => [stage, 0]));
  let last = 0;
  pipeline.use({ name: 'probe:start', tag: () => void (last = cpuMs()) }, { before: stages[0] });
  for (const stage of stages) {
    pipeline.use(
      {
        name: `probe:${stage}`,
        tag: () => {
          const now = cpuMs();
          totals.set(stage, (totals.get(stage) ?? 0) + now - last);
          last = now;
        },
      },
      { after: stage },
    );
  }
  return { pipeline, totals, stageTimes: new Map(stages.map((stage) => [stage, []])) };
}

const builds = await Promise.all([oldPath, newPath].map(probedPipeline));
const times = [[], []];
for (const { pipeline } of builds) for (const text of texts) pipeline.extract(text);
for (let pass = 0; pass < passes; pass++) {
  for (const k of pass % 2 ? [1, 0] : [0, 1]) {
    const build = builds[k];
    for (const stage of build.totals.keys()) build.totals.set(stage, 0);
    const started = cpuMs();
    for (const text of texts) build.pipeline.extract(text);
    times[k].push(cpuMs() - started);
    for (const [stage, ms] of build.totals) build.stageTimes.get(stage).push(ms);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (name, before, after) =>
  `${name.padEnd(16)}${before.toFixed(0).padStart(8)}${after.toFixed(0).padStart(8)}${`${((after / before - 1) * 100).toFixed(1)}%`.padStart(9)}`;
console.log(`CPU ms per pass over ${texts.length} PolNeAR dev documents, median of ${passes}`);
console.log(`${''.padEnd(16)}${'old'.padStart(8)}${'new'.padStart(8)}${'change'.padStart(9)}`);
console.log(line('whole pipeline', ...times.map(median)));
for (const stage of builds[1].stageTimes.keys()) {
  console.log(line(`  ${stage}`, median(builds[0].stageTimes.get(stage) ?? [0]), median(builds[1].stageTimes.get(stage) ?? [0])));
}
