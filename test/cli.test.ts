import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonLines } from '../src/cli/inputs.js';
import { runCli } from '../src/cli/run.js';
import { htmlToText } from '../src/html/blocks.js';
import type { NewsDocument, Story } from '../src/index.js';
import { expectValidSpans } from './helpers/spans.js';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'news-extract-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function dir(name: string, files: Record<string, string | Uint8Array>): string {
  const path = join(scratch, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

async function run(argv: string[], options: { stdin?: string; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    stderrIsTTY: options.tty ?? false,
    columns: 80,
  });
  return { status, stdout, stderr };
}

const ARTICLE = 'Kremlin spokesperson Dmitry Peskov told reporters on Friday that talks went well.\n';

describe('command: arguments', () => {
  it('prints help with the batch and story options, and the version', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    for (const option of ['--story', '--jobs', 'html', '.jsonl', '--scope', '--no-entity-model', '--date-order'])
      expect(help.stdout).toContain(option);
    const version = await run(['--version']);
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version,
    );
  });

  it('rejects bad arguments with status 2 and a message', async () => {
    for (const argv of [
      ['--jobs', '0'],
      ['--jobs', 'many'],
      ['--format', 'xml'],
      ['--date', '2025-02-30'],
      ['--scope', 'nested'],
      ['--date-order', 'ymd'],
      ['--nope'],
    ]) {
      const result = await run(argv);
      expect(result.status, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^news-extract: .+\nTry 'news-extract --help'/);
    }
  });
});

describe('command: stage settings', () => {
  it('passes --scope to the quote stage and --no-entity-model to the entity stage', async () => {
    const stance = 'Smith vowed to fight the ruling.\n';
    const quotes = async (argv: string[]) =>
      (JSON.parse((await run(argv, { stdin: stance })).stdout) as NewsDocument).quotes.map((quote) => quote.text);
    expect(await quotes([])).toEqual([]);
    expect(await quotes(['--scope', 'attributions'])).toEqual(['to fight the ruling']);

    // Cricket clubs named after their counties: only the learned model reads them as organisations.
    const match = 'Leicestershire beat Somerset by an innings at Grace Road on Friday.\n';
    const types = async (argv: string[]) =>
      (JSON.parse((await run(argv, { stdin: match })).stdout) as NewsDocument).entities.map(
        (entity) => `${entity.name}:${entity.type}`,
      );
    expect(await types([])).toContain('Leicestershire:ORG');
    expect(await types(['--no-entity-model'])).toContain('Leicestershire:GPE');
  });

  it('passes --date-order to the dates stage', async () => {
    const text = 'The plant opened on 05/06/2015.\n';
    const dates = async (argv: string[]) =>
      (JSON.parse((await run(argv, { stdin: text })).stdout) as NewsDocument).dates.map(
        (date) => `${date.value}:${date.resolved}`,
      );
    expect(await dates([])).toEqual(['2015-05-06:false']);
    expect(await dates(['--date-order', 'dmy'])).toEqual(['2015-06-05:true']);
    expect(await dates(['--date-order', 'mdy'])).toEqual(['2015-05-06:true']);
  });
});

describe('command: inputs and error records', () => {
  it('reads standard input as one document, printed as one JSON object', async () => {
    const result = await run([], { stdin: ARTICLE });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as NewsDocument).text).toBe(ARTICLE);
  });

  it('keeps input order and turns each unreadable input into one error record, the rest complete', async () => {
    const path = dir('mixed', {
      'a.txt': ARTICLE,
      'b.txt': Uint8Array.from([0x4b, 0x72, 0x00, 0x01]),
      'c.txt': Uint8Array.from([0x66, 0xff, 0xfe, 0x6f]),
      'd.md': `# Talks\n\n${ARTICLE}`,
      'skip.pdf': 'not read',
    });
    const result = await run([path, join(scratch, 'missing.txt')]);
    expect(result.status).toBe(1);
    const records = JSON.parse(result.stdout) as ({ id: string; error?: string } & Partial<NewsDocument>)[];
    expect(records.map((record) => record.id.slice(scratch.length + 1))).toEqual([
      'mixed/a.txt',
      'mixed/b.txt',
      'mixed/c.txt',
      'mixed/d.md',
      'missing.txt',
    ]);
    expect(records.map((record) => record.error ?? 'ok')).toEqual([
      'ok',
      'binary file (contains NUL bytes), not text',
      'not valid UTF-8 text',
      'ok',
      'no such file or directory',
    ]);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('reads an HTML page as its visible text, with the date and URL from its metadata', async () => {
    const page =
      '<html><head><title>Ignored title</title><meta property="article:published_time" ' +
      'content="2025-10-17T09:00:00Z">' +
      '<link rel="canonical" href="https://example.org/talks"><script>var x ' +
      '= "<p>hidden</p>";</script><style>p{}</style></head>' +
      '<body><nav>Home · World</nav><h1>Talks &amp; a summit</h1><p>Kremlin ' +
      'spokesperson <b>Dmitry Peskov</b>\n  told reporters on Friday that talks ' +
      'went well.</p></body></html>';
    const path = dir('html', { 'page.html': page });
    const result = await run([join(path, 'page.html')]);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as NewsDocument;
    expect(doc.text).toBe(
      'Talks & a summit\nKremlin spokesperson Dmitry Peskov told reporters on Friday that talks went well.',
    );
    expect(doc.meta.date).toBe('2025-10-17');
    expect(doc.meta.url).toBe('https://example.org/talks');
    expectValidSpans(doc);
  });

  it('reads a saved news page through extractHtml: article only, title, outlet, canonical URL, byline', async () => {
    const page = readFileSync(new URL('./fixtures/pages/harbour.html', import.meta.url), 'utf8');
    const path = dir('page', { 'harbour.html': page });
    const result = await run([join(path, 'harbour.html')]);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as NewsDocument;
    expect(doc.meta).toMatchObject({
      title: 'Harbour bridge reopens after two-year repair',
      date: '2024-05-14',
      publisher: 'Harbourside Gazette',
      url: 'https://gazette.example/news/2024/05/14/harbour-bridge-reopens',
      authors: ['Jane Roe', 'John Doe'],
      extraction: 'readability',
    });
    expect(doc.text).not.toContain('Skip to content');
    expectValidSpans(doc);
    // The story and its report name the page by its outlet and headline, never by the file's path.
    const story = await run([
      join(path, 'harbour.html'),
      join(path, 'harbour.html'),
      '--story',
      '-f',
      'pretty',
      '-j',
      '1',
    ]);
    expect(story.stdout).toContain('Harbourside Gazette · 2024-05-14 · Harbour bridge reopens after two-year repair');
    expect(story.stdout).not.toContain(path);
    const report = await run([join(path, 'harbour.html'), '-f', 'html']);
    expect(report.stdout).toContain('<title>Harbour bridge reopens after two-year repair');
    expect(report.stdout).toContain('href="https://gazette.example/news/2024/05/14/harbour-bridge-reopens"');
  });

  it('--input-format reads standard input as a page or JSON lines; auto sniffs them', async () => {
    const page = readFileSync(new URL('./fixtures/pages/harbour.html', import.meta.url), 'utf8');
    for (const argv of [['--input-format', 'html'], ['-i', 'auto'], []]) {
      const doc = JSON.parse((await run(argv, { stdin: page })).stdout) as NewsDocument;
      expect(doc.meta.title, argv.join(' ')).toBe('Harbour bridge reopens after two-year repair');
    }
    const asText = JSON.parse((await run(['--input-format', 'text'], { stdin: page })).stdout) as NewsDocument;
    expect(asText.meta.extraction).toBeUndefined();
    expect(asText.text).toBe(page);

    const lines =
      `${JSON.stringify({ id: 'p', html: page, url: 'https://gazette.example/x/1' })}` +
      `\n${JSON.stringify({ id: 't', text: ARTICLE })}\n`;
    for (const argv of [
      ['-i', 'jsonl', '-f', 'jsonl'],
      ['-f', 'jsonl'],
    ]) {
      const records = (await run(argv, { stdin: lines })).stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as NewsDocument);
      expect(records.map((record) => record.id)).toEqual(['p', 't']);
      expect(records[0]?.meta.extraction).toBe('readability');
      expect(records[1]?.entities.map((entity) => entity.name)).toContain('Dmitry Peskov');
    }
    expect((await run(['--input-format', 'xml'])).status).toBe(2);
  });

  it('reads JSONL as one document per line with its id, date and url; a bad line is its own error', async () => {
    const lines = [
      JSON.stringify({ id: 'first', text: ARTICLE, date: '2025-10-17', url: 'https://example.org/1' }),
      'not json',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: 'Second article text.' }),
      '',
    ].join('\n');
    const path = dir('jsonl', { 'batch.jsonl': lines });
    const result = await run([join(path, 'batch.jsonl'), '-f', 'jsonl']);
    expect(result.status).toBe(1);
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; error?: string; meta?: NewsDocument['meta'] });
    expect(records.map((record) => record.id.replace(`${path}/`, ''))).toEqual([
      'first',
      'batch.jsonl:2',
      'batch.jsonl:3',
      'batch.jsonl:4',
    ]);
    expect(records[0]?.meta).toMatchObject({ date: '2025-10-17', url: 'https://example.org/1' });
    expect(records[1]?.error).toBe('line 2 is not valid JSON');
    expect(records[2]?.error).toBe('line 3 has no "text" or "html" string');
    expect(records[3]?.error).toBeUndefined();
  });

  it('extracts text from broken HTML without losing words', () => {
    const { text } = htmlToText('<div>One <p>two<li>three</div><!-- four --><script>five</script>six &lt;b&gt;');
    expect(text.split('\n')).toEqual(['One', 'two', 'three', 'six <b>']);
    expect(parseJsonLines('f', '{"text": 5}\n{"text": "ok", "id": 7}')).toEqual([
      { id: 'f:1', error: 'line 1 has no "text" or "html" string' },
      { id: '7', text: 'ok' },
    ]);
  });
});

describe('command: story and report', () => {
  const corpus = `${root}corpus/articles`;

  it('prints one story as JSON with --story, and error records beside it', async () => {
    const result = await run([corpus, join(scratch, 'absent.txt'), '--story']);
    expect(result.status).toBe(1);
    const story = JSON.parse(result.stdout) as Story & { errors: { id: string }[] };
    expect(story.articles).toHaveLength(5);
    expect(Object.keys(story)).toEqual(['articles', 'entities', 'speakers', 'timeline', 'unresolved', 'errors']);
    expect(story.errors.map((error) => error.id)).toEqual([join(scratch, 'absent.txt')]);
  });

  it('prints the story summary in the pretty format', async () => {
    const result = await run([corpus, '--story', '-f', 'pretty']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Story: 5 articles\n/);
    for (const heading of ['Who said what, across outlets', 'Timeline', 'Who is mentioned'])
      expect(result.stdout).toContain(heading);
  });

  it('writes one self-contained HTML file for several articles, or for the story into --out', async () => {
    const report = await run([corpus, '-f', 'html']);
    expect(report.status).toBe(0);
    expect(report.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(report.stdout.match(/<article /g)).toHaveLength(5);
    const out = join(scratch, 'out');
    const written = await run([corpus, '--story', '-f', 'html', '--out', out]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(join(out, 'story.html'), 'utf8')).toContain('Who said what, across outlets');
    expect(written.stderr).toContain('story.html from 5 of 5 inputs');
  });
});

describe('command: progress and worker threads', () => {
  const corpus = `${root}corpus/articles`;

  it('draws a progress bar on a terminal, and nothing when quiet or piped', async () => {
    const tty = await run([corpus, '-f', 'jsonl'], { tty: true });
    expect(tty.stderr).toContain('\r');
    expect(tty.stderr).toMatch(/\] 5\/5 /);
    expect((await run([corpus, '-f', 'jsonl', '-q'], { tty: true })).stderr).toBe('');
    expect((await run([corpus, '-f', 'jsonl'])).stderr).toBe('');
  });

  const cli = `${root}dist/cli.js`;
  it('spreads articles over worker threads with the same output, in input order (built command)', async () => {
    expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build`').toBe(true);
    const path = dir('batch', {
      'a.txt': ARTICLE,
      'b.txt': 'Second article. Nothing said.',
      'c.txt': Uint8Array.from([0xc3, 0x28]),
      'd.jsonl': `${JSON.stringify({ id: 'd1', text: 'Third.' })}\n${JSON.stringify({ id: 'd2', text: 'Fourth.' })}\n`,
    });
    const exec = promisify(execFile);
    const runBuilt = async (jobs: string) => {
      try {
        return { status: 0, ...(await exec(process.execPath, [cli, path, '-f', 'jsonl', '--jobs', jobs])) };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    };
    const [pooled, single] = [await runBuilt('3'), await runBuilt('1')];
    expect(pooled.status).toBe(1);
    expect(pooled.stdout).toBe(single.stdout);
    const ids = pooled.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id.replace(`${path}/`, ''));
    expect(ids).toEqual(['a.txt', 'b.txt', 'c.txt', 'd1', 'd2']);
    expect(pooled.stderr.trim().split('\n')).toEqual([`news-extract: ${path}/c.txt: not valid UTF-8 text`]);
  });

  it('gives worker threads the stage settings of the command line (built command)', async () => {
    const path = dir('batch-settings', {
      'a.txt': 'Leicestershire beat Somerset by an innings at Grace Road on Friday.',
      'b.txt': 'Smith vowed to fight the ruling.',
    });
    const exec = promisify(execFile);
    const runBuilt = async (jobs: string) =>
      (
        await exec(process.execPath, [
          cli,
          path,
          '-f',
          'jsonl',
          '--jobs',
          jobs,
          '--no-entity-model',
          '--scope',
          'attributions',
        ])
      ).stdout;
    const [pooled, single] = [await runBuilt('2'), await runBuilt('1')];
    expect(pooled).toBe(single);
    const [a, b] = pooled
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as NewsDocument);
    expect(a?.entities.map((entity) => entity.type)).toEqual(['GPE', 'GPE']);
    expect(b?.quotes.map((quote) => quote.text)).toEqual(['to fight the ruling']);
  });
});
