// Two builds of the library over PolNeAR dev, CPU time per pass and per stage (user + system of the
// process): on a machine shared with other jobs the wall clock mostly measures the others. Each build
// runs in its own fresh process (so neither pays for the other's garbage or compiled code), the
// processes alternate (old, new, new, old, ...), and each does a warm-up pass then `passes` timed
// passes; the table shows medians over all timed passes of each build.
// Usage: node bench/compare-builds.mjs <old dist/index.js> <new dist/index.js> [processes per build] [passes]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = fileURLToPath(import.meta.url);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

if (process.argv[2] === '--child') {
  // One build: warm-up pass, then timed passes; prints {whole: [...], stages: {name: [...]}}.
  const [, , , distPath, passArg] = process.argv;
  const passes = Number(passArg ?? 3);
  const datasets = process.env.NEWS_EXTRACT_DATASETS ?? join(ROOT, '..', 'shared', 'datasets');
  const texts = readFileSync(join(datasets, 'polnear', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line).text);
  const pipeline = (await import(pathToFileURL(resolve(distPath)).href)).createPipeline({
    referenceDate: '2025-10-17',
  });
  const stages = [...pipeline.stages];
  const totals = new Map(stages.map((stage) => [stage, 0]));
  let last = 0;
  // Probes between the stages, through the public `use`, as bench.ts does with the wall clock.
  pipeline.use(
    {
      name: 'probe:start',
      tag: () => {
        last = cpuMs();
      },
    },
    { before: stages[0] },
  );
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
  for (const text of texts) pipeline.extract(text);
  const result = { documents: texts.length, whole: [], stages: Object.fromEntries(stages.map((stage) => [stage, []])) };
  for (let pass = 0; pass < passes; pass++) {
    for (const stage of stages) totals.set(stage, 0);
    const started = cpuMs();
    for (const text of texts) pipeline.extract(text);
    result.whole.push(cpuMs() - started);
    for (const [stage, ms] of totals) result.stages[stage].push(ms);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const [oldPath, newPath, processArg, passArg] = process.argv.slice(2);
  if (!oldPath || !newPath)
    throw new Error(
      'usage: node bench/compare-builds.mjs <old dist/index.js> <new dist/index.js> [processes per build] [passes]',
    );
  const processes = Number(processArg ?? 3);
  const passes = String(passArg ?? 3);
  const runs = [[], []];
  for (let round = 0; round < processes; round++) {
    for (const k of round % 2 ? [1, 0] : [0, 1]) {
      const child = spawnSync(process.execPath, [SCRIPT, '--child', [oldPath, newPath][k], passes], {
        encoding: 'utf8',
        maxBuffer: 2 ** 24,
      });
      if (child.status !== 0) throw new Error(`child failed: ${child.stderr.slice(0, 2000)}`);
      runs[k].push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
    }
  }
  const all = (k, pick) => runs[k].flatMap(pick);
  const line = (name, pick) => {
    const [before, after] = [0, 1].map((k) => median(all(k, pick)));
    return (
      `${name.padEnd(16)}${before.toFixed(0).padStart(8)}${after.toFixed(0).padStart(8)}` +
      `${`${((after / before - 1) * 100).toFixed(1)}%`.padStart(9)}`
    );
  };
  console.log(
    `CPU ms per pass over ${runs[0][0].documents} PolNeAR dev documents: median ` +
      `of ${processes} processes × ${passes} passes per build`,
  );
  console.log(`${''.padEnd(16)}${'old'.padStart(8)}${'new'.padStart(8)}${'change'.padStart(9)}`);
  console.log(line('whole pipeline', (run) => run.whole));
  for (const stage of Object.keys(runs[1][0].stages)) console.log(line(`  ${stage}`, (run) => run.stages[stage]));
}
