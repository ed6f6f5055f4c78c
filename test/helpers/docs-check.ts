/**
 * `npm run docs:check`: re-runs every `<!-- eval: CMD -->` command of README.md and docs/*.md (the
 * dataset evaluations, minutes each) and fails when a figure in the docs differs from what the command
 * prints now. `npm run docs:check -- quotes` runs only the commands containing "quotes". Without
 * ../shared/datasets the evaluations say so and exit 0; their checks are reported as skipped.
 * Conventions: test/helpers/docs.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetsDir } from '../../eval/score.js';
import { figureChecks, findMismatch, ignorePattern } from './docs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const filters = process.argv.slice(2);
const checks = figureChecks(files, root).filter(
  (check) => check.kind === 'eval' && filters.every((filter) => check.command.includes(filter)),
);

if (!existsSync(datasetsDir(root))) {
  process.stdout.write(
    `docs:check skipped: ${datasetsDir(root)} not found (set NEWS_EXTRACT_DATASETS to the datasets folder).\n`,
  );
  process.exit(0);
}

const outputs = new Map<string, { status: number | null; stdout: string; stderr: string; seconds: number }>();
let failed = 0;
let skipped = 0;
for (const check of checks) {
  let run = outputs.get(check.command);
  if (!run) {
    process.stdout.write(`running ${check.command} ...\n`);
    const started = Date.now();
    const result = spawnSync('sh', ['-c', check.command], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    run = {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      seconds: (Date.now() - started) / 1000,
    };
    outputs.set(check.command, run);
  }
  const where = `${check.file}:${check.block.line}`;
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`FAIL ${where}: ${check.command} exited with ${run.status}\n${run.stderr.slice(-2000)}\n`);
    continue;
  }
  if (/^eval:\w+ skipped: /m.test(run.stdout)) {
    skipped++;
    process.stdout.write(`skip ${where}: ${run.stdout.trim().split('\n').pop()}\n`);
    continue;
  }
  const mismatch = findMismatch(check.block.code, run.stdout, ignorePattern(check.block));
  if (mismatch) {
    failed++;
    process.stdout.write(`FAIL ${where}: ${check.command}\n  the doc:     ${mismatch.expected}\n`);
    process.stdout.write(`  the command: ${mismatch.nearest ?? '(no such line)'}\n`);
  } else {
    process.stdout.write(`ok   ${where}: ${check.command} (${run.seconds.toFixed(0)} s)\n`);
  }
}
process.stdout.write(
  `\n${checks.length} figure blocks: ${checks.length - failed - skipped} equal, ${failed} differ, ${skipped} skipped\n`,
);
process.exitCode = failed > 0 ? 1 : 0;
