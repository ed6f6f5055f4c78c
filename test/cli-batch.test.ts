import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';

/**
 * The command over a directory that mixes good articles with inputs that cannot be read: every good
 * article comes out complete and exactly as when it is processed alone, every bad one becomes one
 * clear error record, and the exit status says that some failed.
 */

const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus', 'articles');
const scratch = mkdtempSync(join(tmpdir(), 'news-extract-batch-'));
const batch = join(scratch, 'batch');
const GOOD = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, 3);

// Root reads a chmod 000 file anyway; there the unreadable entry is a dangling symlink instead.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const UNREADABLE = isRoot ? 'dangling.txt' : 'locked.txt';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  // A plain variable, not a literal: extra fields a newer CliIO may read are harmless here.
  const io = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readStdin: async () => Buffer.alloc(0),
    stderrIsTTY: false,
    columns: 80,
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

type RecordLine = { id: string; error?: string; text?: string; sentences?: unknown[] };

function jsonLines(output: string): RecordLine[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RecordLine);
}

beforeAll(() => {
  mkdirSync(batch, { recursive: true });
  for (const name of GOOD) copyFileSync(join(CORPUS_DIR, name), join(batch, name));
  writeFileSync(
    join(batch, 'binary.txt'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  // "Caf\xe9 au lait": Latin-1, not UTF-8.
  writeFileSync(
    join(batch, 'latin1.txt'),
    Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74]),
  );
  writeFileSync(join(batch, 'empty.txt'), '');
  if (isRoot) symlinkSync(join(scratch, 'no-such-target.txt'), join(batch, UNREADABLE));
  else {
    writeFileSync(join(batch, UNREADABLE), 'Secret text.');
    chmodSync(join(batch, UNREADABLE), 0o000);
  }
});

afterAll(() => {
  if (!isRoot) chmodSync(join(batch, UNREADABLE), 0o644);
  rmSync(scratch, { recursive: true, force: true });
});

describe('command over a directory of good and bad inputs', () => {
  it(
    'processes every good article completely, exactly as alone, and gives ' + 'each bad input an error record',
    async () => {
      const result = await run(['--format', 'jsonl', '--date', '2025-10-17', batch]);
      expect(result.status, 'some inputs failed').toBe(1);
      const records = jsonLines(result.stdout);
      const byName = new Map(records.map((record) => [record.id.slice(batch.length + 1), record]));

      for (const name of GOOD) {
        const record = byName.get(name);
        expect(record?.error, name).toBeUndefined();
        expect(record?.text).toBe(readFileSync(join(batch, name), 'utf8'));
        expect(record?.sentences?.length).toBeGreaterThan(5);
        const alone = jsonLines((await run(['--format', 'jsonl', '--date', '2025-10-17', join(batch, name)])).stdout);
        expect(alone).toHaveLength(1);
        expect(JSON.stringify(record)).toBe(JSON.stringify(alone[0]));
      }

      expect(byName.get('binary.txt')?.error).toMatch(/binary/);
      expect(byName.get('latin1.txt')?.error).toMatch(/UTF-8/);
      expect(byName.get(UNREADABLE)?.error).toMatch(isRoot ? /no such file/ : /permission denied/);
      // An empty file is valid text with nothing in it: an empty document, not a failure.
      expect(byName.get('empty.txt')?.error).toBeUndefined();
      expect(byName.get('empty.txt')?.sentences).toEqual([]);
      expect(records).toHaveLength(GOOD.length + 4);

      // One line on stderr per failure, naming the input and the reason.
      for (const bad of ['binary.txt', 'latin1.txt', UNREADABLE]) {
        expect(result.stderr).toMatch(new RegExp(`${bad.replace('.', '\\.')}: \\S`));
      }
    },
  );

  it('writes a result or an error file per input with --out, and still exits 1', async () => {
    const out = join(scratch, 'out');
    const result = await run(['--out', out, '--quiet', batch]);
    expect(result.status).toBe(1);
    const written = readdirSync(out).sort();
    for (const name of GOOD) expect(written).toContain(name.replace(/\.txt$/, '.json'));
    for (const bad of ['binary', 'latin1', UNREADABLE.replace(/\.txt$/, '')]) {
      expect(written).toContain(`${bad}.error.json`);
      const record = JSON.parse(readFileSync(join(out, `${bad}.error.json`), 'utf8')) as RecordLine;
      expect(record.error).toBeTruthy();
    }
  });

  it('gives a FIFO named like an article an error record instead of waiting on it forever', async () => {
    const fifo = join(scratch, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const result = await run(['--format', 'jsonl', '--date', '2025-10-17', fifo, join(batch, GOOD[0] ?? '')]);
    expect(result.status).toBe(1);
    const records = jsonLines(result.stdout);
    expect(records.map((record) => record.error)).toEqual(['not a regular file', undefined]);
  });

  it('exits 0 when every input is good', async () => {
    const result = await run(['--format', 'jsonl', join(batch, GOOD[0] ?? ''), join(batch, 'empty.txt')]);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout).map((record) => record.error)).toEqual([undefined, undefined]);
  });
});
