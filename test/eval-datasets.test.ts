/**
 * Without the shared datasets (a clone without ../shared), every evaluation and `npm run docs:check` say
 * so and exit 0 instead of crashing with ENOENT. NEWS_EXTRACT_DATASETS points them at a folder that does
 * not exist, as ../shared is absent on a user's machine.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const absent = join(root, 'test/artifacts/no-such-datasets');

describe('evaluations without the shared datasets', () => {
  for (const script of [
    'eval/ner.ts',
    'eval/quotes.ts',
    'eval/dates.ts',
    'eval/recent.ts',
    'eval/robust.ts',
    'eval/pages.ts',
    'test/helpers/docs-check.ts',
  ]) {
    it(`${script} says the datasets are absent and exits 0`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, script)], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NEWS_EXTRACT_DATASETS: absent },
        timeout: 120_000,
      });
      expect(run.stderr).not.toMatch(/ENOENT|Error/);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/(skipped|absent)/);
      expect(run.stdout).toContain(absent);
    });
  }
});
