import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type InputError, type InputUnit, readUnits } from '../src/cli/inputs.js';
import { type Line, readLines } from '../src/cli/lines.js';
import { runCli } from '../src/cli/run.js';

/**
 * What the command reads, as a careless or hostile input would try it (#15): links out of the tree,
 * dot folders and node_modules, inputs too large to hold, JSON lines of any size, and the command as a
 * filter that answers each record before its input ends.
 */

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'news-extract-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ARTICLE = 'Mayor Ana Ruiz said on Monday that the bridge would reopen in May.\n';
const SECRET = 'root:$6$secret-hash-of-the-machine:19000:0:99999:7:::';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readStdin: async () => Buffer.alloc(0),
    stderrIsTTY: false,
    columns: 80,
  });
  const records = stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text?: string; error?: string });
  return { status, stdout, stderr, records };
}

function relative(records: { id: string }[], base: string): string[] {
  return records.map((record) => record.id.slice(base.length + 1));
}

async function collect(units: AsyncIterable<InputUnit | InputError>): Promise<(InputUnit | InputError)[]> {
  const all: (InputUnit | InputError)[] = [];
  for await (const unit of units) all.push(unit);
  return all;
}

async function* chunksOf(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

describe('inputs: walking a directory', () => {
  const tree = join(scratch, 'tree');
  const outside = join(scratch, 'outside');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  mkdirSync(join(tree, '.git'), { recursive: true });
  mkdirSync(join(tree, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(tree, 'a.txt'), ARTICLE);
  writeFileSync(join(tree, '.draft.txt'), 'A draft.');
  writeFileSync(join(tree, '.git', 'notes.txt'), 'Git notes.');
  writeFileSync(join(tree, 'node_modules', 'pkg', 'README.md'), 'A dependency.');
  writeFileSync(join(outside, 'shadow.txt'), SECRET);
  symlinkSync(join(outside, 'shadow.txt'), join(tree, 'x.txt'));
  symlinkSync(outside, join(tree, 'sub', 'elsewhere'));
  symlinkSync('../a.txt', join(tree, 'sub', 'same.txt'));
  // A loop: the folder holds a link to itself.
  symlinkSync('..', join(tree, 'sub', 'loop'));

  it('does not read a link that leads out of the tree, and says so', async () => {
    const result = await run([tree, '-f', 'jsonl', '-j', '1']);
    expect(result.stdout).not.toContain('secret-hash');
    const x = result.records.find((record) => record.id === join(tree, 'x.txt'));
    expect(x?.error).toMatch(/symbolic link to outside .*--follow-symlinks/);
    expect(result.records.find((record) => record.id === join(tree, 'sub', 'elsewhere'))?.error).toMatch(/outside/);
    expect(result.status).toBe(1);
  });

  it('reads a link inside the tree through its target, and skips dot entries and node_modules', async () => {
    const result = await run([tree, '-f', 'jsonl', '-j', '1']);
    expect(relative(result.records, tree)).toEqual(['a.txt', 'sub/elsewhere', 'sub/same.txt', 'x.txt']);
    expect(result.records.find((record) => record.id.endsWith('same.txt'))?.text).toBe(ARTICLE);
  });

  it('follows every link with --follow-symlinks, walking a loop once', async () => {
    const result = await run([tree, '-f', 'jsonl', '-j', '1', '--follow-symlinks']);
    expect(relative(result.records, tree)).toEqual(['a.txt', 'sub/elsewhere/shadow.txt', 'sub/same.txt', 'x.txt']);
    expect(result.records.find((record) => record.id.endsWith('x.txt'))?.text).toBe(SECRET);
    expect(result.status).toBe(0);
  });

  it('walks dot entries with --hidden and node_modules with --no-ignore', async () => {
    const hidden = await run([tree, '-f', 'jsonl', '-j', '1', '--hidden']);
    expect(relative(hidden.records, tree)).toEqual([
      '.draft.txt',
      '.git/notes.txt',
      'a.txt',
      'sub/elsewhere',
      'sub/same.txt',
      'x.txt',
    ]);
    const all = await run([tree, '-f', 'jsonl', '-j', '1', '--no-ignore']);
    expect(relative(all.records, tree)).toContain('node_modules/pkg/README.md');
  });

  it('documents the walk flags in --help', async () => {
    let help = '';
    await runCli(['--help'], {
      stdout: { write: (chunk: string) => (help += chunk) },
      stderr: { write: () => true },
      readStdin: async () => Buffer.alloc(0),
    });
    for (const flag of ['--follow-symlinks', '--hidden', '--no-ignore'])
      expect(help).toMatch(new RegExp(`^ +${flag} +in directories`, 'm'));
  });

  it('reads a dot file or a link named on the command line: the user chose it', async () => {
    const result = await run([join(tree, '.draft.txt'), join(tree, 'sub', 'same.txt'), '-f', 'jsonl', '-j', '1']);
    expect(result.records.map((record) => record.text)).toEqual(['A draft.', ARTICLE]);
  });
});

describe('inputs: size', () => {
  it('refuses a text over the limit before reading it, with a "too large" error', async () => {
    // A 600 MB file past V8's string limit: it was reported as "not valid UTF-8 text". Sparse, so it
    // costs no disk; refused from its size, so it costs no memory.
    const path = join(scratch, 'huge.txt');
    writeFileSync(path, 'A very long article. '.repeat(500));
    truncateSync(path, 600 * 1024 * 1024);
    const result = await run([path, '-f', 'jsonl', '-j', '1']);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.error).toMatch(/^too large: 600 MB; .* at most 64 MB/);
    expect(result.status).toBe(1);
  });

  it('stops reading standard input once it passes the limit', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled += 1;
        yield Buffer.from('x'.repeat(600));
      }
    }
    await expect(collect(readUnits({ id: 'stdin' }, endless, 'text', 1000))).rejects.toThrow(
      /^too large: over 1000 bytes;/,
    );
    expect(pulled).toBe(2);
  });
});

describe('inputs: JSON lines, a line at a time', () => {
  it('reads a JSONL file larger than the limit, each line up to it; an overlong line fails alone', async () => {
    const path = join(scratch, 'big.jsonl');
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Article ${i}.` }));
    lines[7] = JSON.stringify({ id: 'long', text: 'z'.repeat(5000) });
    writeFileSync(path, `${lines.join('\n')}\n`);
    const units = await collect(readUnits({ id: path, path }, () => chunksOf(), 'auto', 1024));
    expect(units).toHaveLength(40);
    expect(units[7]).toEqual({ id: `${path}:8`, error: 'line 8 is too large (over 1 KB)' });
    expect(units[39]).toEqual({ id: 'r39', text: 'Article 39.' });
  });

  it('yields a record as soon as its line has arrived, before the input ends', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    async function* stdin(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(`${JSON.stringify({ id: 'first', text: 'One.' })}\n{"id": "sec`);
      await held;
      yield Buffer.from('ond", "text": "Two."}\n');
    }
    const units = readUnits({ id: 'stdin' }, stdin, 'auto')[Symbol.asyncIterator]();
    expect((await units.next()).value).toEqual({ id: 'first', text: 'One.' });
    release();
    expect((await units.next()).value).toEqual({ id: 'second', text: 'Two.' });
    expect((await units.next()).done).toBe(true);
  });

  it('splits lines across chunk boundaries, even inside a character', async () => {
    const bytes = Buffer.from('\ufeffl\u00e9a\r\n\n€ end');
    const pieces = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const lines: Line[] = [];
    for await (const line of readLines(chunksOf(...pieces, Uint8Array.from([0x0a, 0xc3, 0x28])), 100)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'léa\r' },
      { number: 2, text: '' },
      { number: 3, text: '€ end' },
      { number: 4, error: 'line 4 is not valid UTF-8 text' },
    ]);
  });
});

describe('command: a filter over standard input (built command)', () => {
  const cli = `${root}dist/cli.js`;

  it('writes each result while its input is still open', async () => {
    expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build`').toBe(true);
    const child = spawn(process.execPath, [cli, '--input-format', 'jsonl', '--format', 'jsonl', '-q'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const nextLine = () =>
      new Promise<string>((resolve, reject) => {
        const check = () => {
          const newline = stdout.indexOf('\n');
          if (newline < 0) return;
          const line = stdout.slice(0, newline);
          stdout = stdout.slice(newline + 1);
          child.stdout.off('data', onData);
          resolve(line);
        };
        const onData = (chunk: Buffer) => {
          stdout += String(chunk);
          check();
        };
        child.stdout.on('data', onData);
        child.once('close', () => reject(new Error(`the command ended first: ${stderr}`)));
        check();
      });

    child.stdin.write(`${JSON.stringify({ id: 'one', text: ARTICLE })}\n`);
    const first = JSON.parse(await nextLine()) as { id: string; entities: { name: string }[] };
    expect(first.id).toBe('one');
    expect(first.entities.map((entity) => entity.name)).toContain('Ana Ruiz');
    expect(child.stdin.writableEnded).toBe(false);

    child.stdin.write('not json\n');
    expect(JSON.parse(await nextLine())).toEqual({ id: 'stdin:2', error: 'line 2 is not valid JSON' });
    child.stdin.end(`${JSON.stringify({ id: 'three', text: 'Nothing here.' })}\n`);
    expect((JSON.parse(await nextLine()) as { id: string }).id).toBe('three');
    expect(await exited).toBe(1);
  });
});
