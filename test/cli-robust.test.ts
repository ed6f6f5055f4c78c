/**
 * Issue #15 on the command's side: output written as results arrive, safe writes into --out (no
 * overwrite between inputs, no symlink followed, no half-written file), a clean terminal, and the
 * command details (threads by batch size, usage on a terminal, suggestions for mistyped options).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
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
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { suggestOption } from '../src/cli/args.js';
import { JsonArrayWriter, jsonPieces, writeJson } from '../src/cli/output.js';
import { automaticJobs, heapLimitFor, LARGE_INPUT_BYTES, MAX_STORY_BYTES, runCli } from '../src/cli/run.js';
import { forStory, OUTPUT_FORMATS } from '../src/cli/sinks.js';
import { aggregate, createPipeline, type NewsDocument, renderHtml } from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'news-extract-robust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ARTICLE = 'Kremlin spokesperson Dmitry Peskov told reporters on Friday that talks went well.\n';
const SECOND = 'Viktor Orban said on Monday, October 20, 2025 that Budapest was ready. "We are ready," Orban said.\n';

function dir(name: string, files: Record<string, string | Uint8Array>): string {
  const path = join(scratch, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

interface Event {
  stream: 'stdout' | 'stderr';
  chunk: string;
}

async function run(argv: string[], options: { tty?: boolean; stdinTTY?: boolean; stdin?: string } = {}) {
  const events: Event[] = [];
  const status = await runCli(argv, {
    stdout: { write: (chunk: string) => events.push({ stream: 'stdout', chunk }) },
    stderr: { write: (chunk: string) => events.push({ stream: 'stderr', chunk }) },
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    stderrIsTTY: options.tty ?? false,
    stdinIsTTY: options.stdinTTY ?? false,
    columns: 80,
  });
  const text = (stream: Event['stream']) =>
    events
      .filter((event) => event.stream === stream)
      .map((event) => event.chunk)
      .join('');
  return { status, events, stdout: text('stdout'), stderr: text('stderr') };
}

describe('output is written as results arrive', () => {
  it('streams the JSON array: the first record is out before the last input is done, the bytes as before', async () => {
    const path = dir('stream', { 'a.txt': ARTICLE, 'b.txt': SECOND, 'c.txt': ARTICLE, 'd.txt': SECOND });
    const result = await run([path, '-j', '1'], { tty: true });
    expect(result.status).toBe(0);
    const records = JSON.parse(result.stdout) as NewsDocument[];
    expect(records.map((record) => record.id.slice(path.length + 1))).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(result.stdout).toBe(`${JSON.stringify(records, null, 2)}\n`);
    // The progress bar ticks once per input on the terminal: record "a.txt" is written before the
    // last tick ("d.txt").
    const firstRecord = result.events.findIndex((event) => event.stream === 'stdout' && event.chunk.includes('a.txt'));
    const lastTick = result.events.findIndex((event) => event.stream === 'stderr' && event.chunk.includes('4/4'));
    expect(firstRecord).toBeGreaterThanOrEqual(0);
    expect(firstRecord).toBeLessThan(lastTick);
  });

  it('writes one object for one input, an array for several paths, [] for none', async () => {
    const out: string[] = [];
    const writer = { write: async (chunk: string) => void out.push(chunk) };
    for (const [single, records] of [
      [true, [{ a: 1 }]],
      [false, [{ a: 1 }]],
      [true, [{ a: 1 }, { b: [2, 3] }, { c: 'x\ny' }]],
      [true, []],
    ] as const) {
      out.length = 0;
      const array = new JsonArrayWriter(writer, single);
      for (const record of records) await array.add(record);
      await array.end();
      const expected = single && records.length === 1 ? records[0] : records;
      expect(out.join('')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    }
  });

  it('writes JSON in pieces with the bytes of JSON.stringify, at any depth and indentation', () => {
    const value = fc
      .jsonValue()
      .chain((json) => fc.constantFrom(json, { a: json, b: undefined, c: [json, undefined, () => 1] }));
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2), fc.nat(5), fc.constantFrom('', '  '), (json, space, levels, indent) => {
        const whole = JSON.stringify(json, null, space) ?? 'null';
        expect([...jsonPieces(json, space, levels, indent)].join('')).toBe(
          indent ? whole.replace(/\n/g, `\n${indent}`) : whole,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('writes the result of a long text in bounded chunks, never as one string', async () => {
    const pipeline = createPipeline();
    const doc = pipeline.extract(`${ARTICLE}\n${SECOND}\n`.repeat(1500), { id: 'long' });
    expect(doc.text.length).toBeGreaterThan(100_000);
    const chunks: string[] = [];
    expect(await writeJson({ write: async (chunk: string) => void chunks.push(chunk) }, doc, 2, '')).toBe(0);
    expect(chunks.join('')).toBe(JSON.stringify(doc, null, 2));
    const whole = chunks.join('').length;
    // The largest piece is the text; the rest comes in chunks of about 64 K characters.
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(Math.max(doc.text.length * 1.1, whole / 4));
  });

  it(
    'a result too large for one string becomes an error record of its own; ' + 'the next one is still written',
    async () => {
      const out: string[] = [];
      const tooLarge: unknown[] = [];
      const array = new JsonArrayWriter({ write: async (chunk: string) => void out.push(chunk) }, true, (record) =>
        tooLarge.push(record),
      );
      // What JSON.stringify throws past V8's string limit (a 13 MB article with --tokens).
      const huge = {
        id: 'huge',
        toJSON: () => {
          throw new RangeError('Invalid string length');
        },
      };
      // The first record is held back until the second shows the output is an array: its failure counts then.
      expect(await array.add(huge)).toBe(0);
      expect(await array.add({ id: 'small', text: 'ok' })).toBe(1);
      expect(await array.end()).toBe(0);
      expect(tooLarge).toEqual([huge]);
      expect(JSON.parse(out.join(''))).toEqual([
        { id: 'huge', error: 'result too large to write as one JSON record (try without --tokens)' },
        { id: 'small', text: 'ok' },
      ]);
    },
  );

  it('writes the HTML report article by article, byte-identical to renderHtml', async () => {
    const path = dir('report', { 'a.txt': ARTICLE, 'b.txt': SECOND });
    const result = await run([path, '-f', 'html', '-j', '1']);
    const pipeline = createPipeline();
    const docs = [
      pipeline.extract(ARTICLE, { id: join(path, 'a.txt') }),
      pipeline.extract(SECOND, { id: join(path, 'b.txt') }),
    ];
    expect(result.stdout).toBe(renderHtml(docs));
  });

  it('keeps of each document only what the story reads: the same story without texts and tokens', () => {
    const pipeline = createPipeline();
    const docs = [
      pipeline.extract(ARTICLE, { id: 'a', tokens: true }),
      pipeline.extract(SECOND, { id: 'b', tokens: true }),
    ];
    const slim = docs.map(forStory);
    expect(slim.map((doc) => doc.text)).toEqual(['', '']);
    expect(slim.every((doc) => doc.tokens === undefined)).toBe(true);
    expect(slim[1]?.sentences.length).toBe(1);
    expect(aggregate(slim)).toEqual(aggregate(docs));
  });
});

describe('a large story', () => {
  it('is written as JSON in chunks, never as one string, with the bytes JSON.stringify gives', async () => {
    const pipeline = createPipeline({ referenceDate: '2025-10-17' });
    const docs = Array.from({ length: 400 }, (_, i) =>
      forStory(
        pipeline.extract(`${SECOND}${ARTICLE}`.replace('Monday', i % 2 ? 'Monday' : 'Tuesday'), { id: `d${i}` }),
      ),
    );
    const story = aggregate(docs);
    for (const [format, space] of [
      ['json', 2],
      ['jsonl', 0],
    ] as const) {
      const chunks: string[] = [];
      const out = { write: async (chunk: string) => void chunks.push(chunk) };
      await OUTPUT_FORMATS[format].story.write(out as never, story, { withErrors: story, articles: undefined });
      const expected = `${JSON.stringify(story, null, space)}\n`;
      expect(expected.length).toBeGreaterThan(3 * 65_536);
      expect(chunks.join('')).toBe(expected);
      expect(chunks.length).toBeGreaterThan(2);
      expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(2 * 65_536);
    }
  });
});

describe('one large input', () => {
  it('runs the command again under a heap limit sized to the largest text file, before reading it', async () => {
    const path = dir('large-one', {});
    const { truncateSync } = await import('node:fs');
    writeFileSync(join(path, 'big.txt'), '');
    truncateSync(join(path, 'big.txt'), LARGE_INPUT_BYTES + 1);
    writeFileSync(join(path, 'small.txt'), ARTICLE);
    const asked: number[] = [];
    const io = (heapLimitMB: number) => ({
      stdout: { write: () => true },
      stderr: { write: () => true },
      readStdin: async () => Buffer.alloc(0),
      heapLimitMB,
      respawn: async (heapMB: number) => {
        asked.push(heapMB);
        return 7;
      },
    });
    expect(await runCli([path, '-q'], io(4096))).toBe(7);
    expect(await runCli([path, '-q', '--tokens'], io(4096))).toBe(7);
    expect(asked).toEqual([heapLimitFor(LARGE_INPUT_BYTES + 1, false), heapLimitFor(LARGE_INPUT_BYTES + 1, true)]);
    expect(asked[0]).toBeLessThan(asked[1]!);
    // Already under such a limit (the child itself), or only small files: no second process.
    asked.length = 0;
    await runCli([path, '-q'], io(asked[0] ?? heapLimitFor(LARGE_INPUT_BYTES + 1, false)));
    await runCli([join(path, 'small.txt'), '-q'], io(4096));
    expect(asked).toEqual([]);
  }, 60_000);

  it('the built command runs itself again with the heap limit, and its output ' +
    "and status are the command's", async () => {
    const cli = join(root, 'dist', 'cli.js');
    const path = dir('large-built', { 'small.txt': ARTICLE });
    const { truncateSync } = await import('node:fs');
    writeFileSync(join(path, 'big.txt'), '');
    truncateSync(join(path, 'big.txt'), LARGE_INPUT_BYTES + 1);
    // Every process of the command (not its worker threads) notes its flags here.
    const log = join(scratch, 'processes.log');
    const preload = join(scratch, 'note-process.mjs');
    writeFileSync(
      preload,
      "import { appendFileSync } from 'node:fs';\nimport { isMainThread } from 'node:worker_threads';\n" +
        `if (isMainThread) appendFileSync(${JSON.stringify(log)}, process.execArgv.join(' ') + '\\n');\n`,
    );
    const child = spawn(process.execPath, ['--import', preload, cli, path, '-q'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    // The zeros are a binary file: an error record, exit status 1, from the child through the parent.
    expect(code).toBe(1);
    expect(stderr).toContain('big.txt: binary file');
    const records = JSON.parse(stdout) as { id: string; error?: string; text?: string }[];
    expect(records.map((record) => [record.id.slice(path.length + 1), record.error === undefined])).toEqual([
      ['big.txt', false],
      ['small.txt', true],
    ]);
    const processes = readFileSync(log, 'utf8').trim().split('\n');
    expect(processes).toHaveLength(2);
    expect(processes[1]).toContain(`--max-old-space-size=${heapLimitFor(LARGE_INPUT_BYTES + 1, false)}`);
  }, 120_000);
});

describe('refusals before any work', () => {
  it('refuses a story over more input than it can hold, before reading any of it', async () => {
    const path = dir('big-story', {});
    // Sparse files: the size counts, nothing is read.
    const { truncateSync } = await import('node:fs');
    for (const name of ['a.txt', 'b.txt']) {
      writeFileSync(join(path, name), '');
      truncateSync(join(path, name), MAX_STORY_BYTES / 2 + 1);
    }
    const result = await run([path, '--story']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^news-extract: --story over 20 MB of input refused: .*make stories of smaller batches/,
    );
    expect(result.stdout).toBe('');
    // Without --story the same batch would run; the story of a small one does.
    expect((await run([dir('small-story', { 'a.txt': ARTICLE }), '--story'])).status).toBe(0);
  });
});

describe('writes into --out', () => {
  it('gives colliding names distinct, deterministic names and reports them', async () => {
    // "x.error.txt" reads well and wants x.error.json; "x.txt" is binary and wants x.error.json too.
    const path = dir('collide', { 'x.error.txt': ARTICLE, 'x.txt': Uint8Array.from([0x00, 0x01, 0x02]) });
    const out = join(scratch, 'collide-out');
    const result = await run([path, '-o', out, '-j', '1']);
    expect(result.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['x-2.error.json', 'x.error.json']);
    expect((JSON.parse(readFileSync(join(out, 'x.error.json'), 'utf8')) as NewsDocument).text).toBe(ARTICLE);
    expect((JSON.parse(readFileSync(join(out, 'x-2.error.json'), 'utf8')) as { error: string }).error).toMatch(
      /binary/,
    );
    expect(result.stderr).toContain(
      `${join(path, 'x.txt')}: written as x-2.error.json (x.error.json is another input's)`,
    );
    // Deterministic: a second run gives the same names.
    await run([path, '-o', out, '-j', '1']);
    expect(readdirSync(out).sort()).toEqual(['x-2.error.json', 'x.error.json']);
  });

  it('never follows a symlink at an output name, and leaves no temporary file', async () => {
    const path = dir('links', { 'a.txt': ARTICLE });
    const out = dir('links-out', {});
    const target = join(scratch, 'precious.txt');
    writeFileSync(target, 'keep me');
    symlinkSync(target, join(out, 'a.json'));
    symlinkSync(target, join(out, 'story.json'));
    expect((await run([join(path, 'a.txt'), '-o', out])).status).toBe(0);
    expect((await run([join(path, 'a.txt'), '-o', out, '--story'])).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(lstatSync(join(out, 'a.json')).isSymbolicLink()).toBe(false);
    expect((JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')) as NewsDocument).text).toBe(ARTICLE);
    expect(lstatSync(join(out, 'story.json')).isSymbolicLink()).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'story.json']);
  });

  it('leaves only complete files when killed mid-run (built command)', async () => {
    const cli = join(root, 'dist', 'cli.js');
    expect(existsSync(cli)).toBe(true);
    const long = `${ARTICLE}${SECOND}`.repeat(400);
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`a${String(i).padStart(2, '0')}.txt`] = long;
    const path = dir('killed', files);
    const out = join(scratch, 'killed-out');
    const child = spawn(process.execPath, [cli, path, '-o', out, '-j', '1', '-q'], { stdio: 'ignore' });
    // Kill as soon as a first file is out, in the middle of the batch.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).some((name) => name.endsWith('.json'))) {
          clearInterval(poll);
          child.kill('SIGTERM');
          resolve();
        }
      }, 5);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    expect(code).toBe(143);
    const names = readdirSync(out);
    expect(names.filter((name) => !name.endsWith('.json'))).toEqual([]);
    expect(names.length).toBeLessThan(40);
    for (const name of names)
      expect((JSON.parse(readFileSync(join(out, name), 'utf8')) as NewsDocument).text).toBe(long);
  }, 120_000);
});

describe('the terminal', () => {
  it('strips control characters from ids and messages on stderr', async () => {
    const evil = 'x\u001b]0;pwned\u0007\u001b]52;c;ZXZpbA==\u0007\u009b2J.txt';
    const path = dir('terminal', { [evil]: Uint8Array.from([0x00, 0x01]), 'ok.txt': ARTICLE });
    const result = await run([path, '-f', 'jsonl', '-j', '1'], { tty: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('x?]0;pwned??]52;c;ZXZpbA==??2J.txt: binary file');
    // The only escape sequence left is the progress bar's own line clearing.
    expect(result.stderr.replace(/\r\u001b\[K/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('input checks', () => {
  it('a JSONL "date" that is no calendar date is an error record naming the field', async () => {
    const path = dir('dates', {
      'batch.jsonl': [
        JSON.stringify({ id: 'bad', text: ARTICLE, date: '2025-13-45' }),
        JSON.stringify({ id: 'good', text: ARTICLE, date: '2025-10-17' }),
      ].join('\n'),
    });
    const result = await run([join(path, 'batch.jsonl'), '-f', 'jsonl', '-j', '1']);
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; error?: string; meta?: { date?: string } });
    expect(records[0]).toEqual({
      id: 'bad',
      error: '"date" must be a calendar date written YYYY-MM-DD; got "2025-13-45"',
    });
    expect(records[1]?.meta?.date).toBe('2025-10-17');
    expect(result.status).toBe(1);
  });
});

describe('command details', () => {
  it('picks worker threads by the size of the batch, capped', () => {
    expect(automaticJobs(5 * 4_000, 8)).toBe(1);
    expect(automaticJobs(3 * 512 * 1024, 8)).toBe(3);
    expect(automaticJobs(100e6, 64)).toBe(4);
    expect(automaticJobs(100e6, 2)).toBe(2);
    expect(automaticJobs(Infinity, 2)).toBe(2);
  });

  it('prints the usage instead of waiting when run with no arguments on a terminal', async () => {
    const result = await run([], { stdinTTY: true, stdin: 'never read' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: news-extract');
    expect(result.stdout).toBe('');
  });

  it('suggests the nearest option for a mistyped one', async () => {
    const result = await run(['--fromat', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "news-extract: unknown option --fromat (did you mean --format?)\nTry 'news-extract --help'.\n",
    );
    expect(suggestOption('--sotry')).toBe('--story');
    expect(suggestOption('--jbos')).toBe('--jobs');
    expect(suggestOption('--no-entity-modle')).toBe('--no-entity-model');
    expect(suggestOption('--colour')).toBeUndefined();
  });
});
