/**
 * Checks that `npm run train:ner` reproduces the committed model byte for byte: trains into a
 * temporary folder (about 4 minutes on 2 cores) and compares weights.json and inside-words.json with
 * src/entities/model/, then loads the committed weights as the library does (format 2, packed.ts),
 * which fails on any other form. Exit code 1 when either file differs or the weights do not load.
 *
 *   npm run train:ner:check
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PackedModel, PackedWeights } from '../src/entities/model/packed.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'news-extract-train-'));
const started = Date.now();
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'scripts/train-ner.ts'), '--out', join(out, 'weights.json')],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
if (run.status !== 0) {
  console.error(`train:ner failed (exit ${run.status})`);
  process.exit(1);
}
let differs = 0;
for (const file of ['weights.json', 'inside-words.json']) {
  const trained = readFileSync(join(out, file));
  const committed = readFileSync(join(root, 'src/entities/model', file));
  const same = trained.equals(committed);
  if (!same) differs++;
  console.log(
    `${file}: ${same ? 'identical to' : 'DIFFERS from'} the committed file ` +
      `(${trained.length} against ${committed.length} bytes)`,
  );
}
rmSync(out, { recursive: true, force: true });
try {
  const committed = JSON.parse(readFileSync(join(root, 'src/entities/model/weights.json'), 'utf8')) as PackedModel;
  const table = new PackedWeights(committed);
  console.log(`weights.json: format ${committed.format}, ${table.features} features, loads`);
} catch (error) {
  console.error(`weights.json does not load: ${(error as Error).message}`);
  differs++;
}
console.log(`training and check took ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = differs > 0 ? 1 : 0;
