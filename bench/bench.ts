/**
 * npm run bench [-- --quick] [-- --json] [-- --memory]
 *
 * Speed and memory of the BUILT library (dist/index.js, what users run), on news text: the corpus plus
 * the text of the public datasets in ../shared/datasets (CoNLL-2003, PolNeAR, TimeML; never copied
 * here), or the corpus repeated when they are absent. In one run:
 *  - documents/s, MB/s and tokens/s of the whole pipeline and of each stage (timed by tagger probes
 *    placed between the stages through the public `pipeline.use(probe, { after })`);
 *  - the same text through bare wink-nlp `readDoc` (the same model; its default pipes, and the
 *    sbd+pos pipes the library uses) and bare compromise `nlp(text).people()`, alternated with the
 *    pipeline run by run after a warm-up; medians of several repetitions, so ratios hold on a busy
 *    machine;
 *  - linearity: one document of 1x and of 10x the size;
 *  - cold start and bounded memory (extractMany over 100 MB), each in a fresh child process;
 *  - memory under attack (issue #15), each in a fresh process: the command over 100 MB of small
 *    articles in every output format, and single hostile inputs (2 MB of quotation marks, a million
 *    emoji, one 20 MB text) through extract(), and the command on one 20 MB text file. `--memory`
 *    runs only these; `--memory-runs=json,story` only these command runs, `--memory-runs=single` only
 *    the single inputs.
 *  - the browser bundle of the main entry and the npm tarball (bench/bundle-size.ts); `--bundle` runs
 *    only this.
 * Prints a table and the goals with the figures reached, then the results as JSON.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { datasetsDir, formatTable } from '../eval/score.js';
import type * as Library from '../src/index.js';
import { bundleRows, measureBundle } from './bundle-size.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist', 'index.js');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const JSON_ONLY = args.has('--json');
const MEMORY_ONLY = args.has('--memory');
// --memory-runs=json,story: only these of the command's memory runs (names without the dashes); the
// single-input attacks only when the list holds `single`.
const MEMORY_RUNS = [...args]
  .find((arg) => arg.startsWith('--memory-runs='))
  ?.slice('--memory-runs='.length)
  .split(',');
// --memory-mb=N: a shorter memory run when the full 100 MB would take too long (say so when quoting it).
const MEMORY_MB = Number([...args].find((arg) => arg.startsWith('--memory-mb='))?.slice('--memory-mb='.length) ?? NaN);

const SETTINGS = {
  setBytes: QUICK ? 256_000 : 1_050_000,
  repetitions: QUICK ? 3 : 5,
  linearBaseBytes: 100_000,
  memoryMB: Number.isFinite(MEMORY_MB) && MEMORY_MB > 0 ? MEMORY_MB : QUICK ? 10 : 100,
  coldStarts: QUICK ? 3 : 5,
};

const log = (line = ''): void => {
  if (!JSON_ONLY) process.stdout.write(`${line}\n`);
};
const progress = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// The text set

interface TextSet {
  source: string;
  texts: string[];
  bytes: number;
}

function corpusTexts(): string[] {
  const directory = join(ROOT, 'corpus', 'articles');
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(directory, name), 'utf8'));
}

const DATASET_FILES = [
  'conll2003/train.docs.jsonl',
  'conll2003/testa.docs.jsonl',
  'polnear/train.jsonl',
  'polnear/dev.jsonl',
  'timeml/te3-timebank.jsonl',
  'timeml/te3-aquaint.jsonl',
];

/** Every dataset document's text, file by file; undefined when the datasets are absent. */
function datasetTexts(): string[][] | undefined {
  const directory = datasetsDir(ROOT);
  const files = DATASET_FILES.map((file) => join(directory, file)).filter((path) => existsSync(path));
  if (files.length === 0) return undefined;
  return files.map((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

/** Documents taken in turn from each source (round robin) until `bytes` of UTF-8: a stable mix. */
function roundRobin(sources: string[][], bytes: number): string[] {
  const picked: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    let any = false;
    for (const source of sources) {
      const text = source[i];
      if (text === undefined || total >= bytes) continue;
      any = true;
      picked.push(text);
      total += Buffer.byteLength(text);
    }
    if (!any) break;
  }
  return picked;
}

function loadTextSet(bytes: number): TextSet & { all: string[] } {
  const corpus = corpusTexts();
  const datasets = datasetTexts();
  if (!datasets) {
    progress(
      `no datasets at ${datasetsDir(ROOT)}: using the corpus repeated (set NEWS_EXTRACT_DATASETS to point elsewhere)`,
    );
    const texts: string[] = [];
    while (texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) < bytes) texts.push(...corpus);
    return { source: 'corpus repeated (datasets absent)', texts, bytes: sumBytes(texts), all: corpus };
  }
  const texts = [...corpus, ...roundRobin(datasets, bytes - sumBytes(corpus))];
  return {
    source: 'corpus + CoNLL-2003 train/testa + PolNeAR train/dev + TimeML TBAQ (round robin)',
    texts,
    bytes: sumBytes(texts),
    all: [...corpus, ...datasets.flat()],
  };
}

function sumBytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
}

// ---------------------------------------------------------------------------------------------
// Timing

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeMs(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

interface StageClock {
  pipeline: Library.Pipeline;
  /** Milliseconds per stage, summed since the last reset. */
  totals: Map<string, number>;
}

/**
 * A pipeline with a probe before the first stage and after every stage: the time between two probes
 * is the stage's. Probes are ordinary taggers added through the public API.
 */
function timedPipeline(lib: typeof Library): StageClock {
  const pipeline = lib.createPipeline({ referenceDate: '2025-10-17' });
  const stages = [...pipeline.stages];
  const totals = new Map<string, number>(stages.map((stage) => [stage, 0]));
  let last = 0;
  pipeline.use(
    {
      name: 'bench:start',
      tag: () => {
        last = performance.now();
      },
    },
    { before: stages[0] },
  );
  for (const stage of stages) {
    pipeline.use(
      {
        name: `bench:after-${stage}`,
        tag: () => {
          const now = performance.now();
          totals.set(stage, (totals.get(stage) ?? 0) + now - last);
          last = now;
        },
      },
      { after: stage },
    );
  }
  return { pipeline, totals };
}

// ---------------------------------------------------------------------------------------------
// Child processes

function runChild(script: string, childArgs: string[], timeoutMs: number): Record<string, unknown> {
  const result = spawnSync(process.execPath, [join(ROOT, 'bench', script), ...childArgs], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * 2 ** 20,
  });
  if (result.status !== 0) {
    throw new Error(
      `${script} failed (status ${result.status}, signal ${result.signal}): ${result.stderr.slice(0, 2000)}`,
    );
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Memory under attack (issue #15)

const CLI = join(ROOT, 'dist', 'cli.js');

/** The command's output runs over the batch: every format, and the story as JSON and as HTML. */
const COMMAND_RUNS: { name: string; args: string[] }[] = [
  { name: '--format json', args: ['-f', 'json'] },
  { name: '--format jsonl', args: ['-f', 'jsonl'] },
  { name: '--format pretty', args: ['-f', 'pretty'] },
  { name: '--format html', args: ['-f', 'html'] },
  { name: '--story', args: ['--story'] },
  { name: '--story --format html', args: ['--story', '-f', 'html'] },
];

/**
 * `news-extract <dir>` over `megabytes` of small articles (the text set's documents repeated, one
 * .txt file each, 1,000 to a folder), stdout to /dev/null, in a fresh process per format with the
 * default --jobs; peak RSS of the process, its worker threads included.
 */
function commandMemory(texts: readonly string[], megabytes: number): Record<string, unknown>[] {
  const runs = COMMAND_RUNS.filter(
    ({ name }) => !MEMORY_RUNS || MEMORY_RUNS.includes(name.replace(/--(format )?/g, '').replace(' ', '-')),
  );
  if (runs.length === 0) return [];
  const scratch = mkdtempSync(join(tmpdir(), 'news-extract-bench-cli-'));
  try {
    const input = join(scratch, 'articles');
    let bytes = 0;
    let files = 0;
    for (let i = 0; bytes < megabytes * 1e6; i++) {
      const text = texts[i % texts.length] ?? '';
      if (text.trim() === '') continue;
      const folder = join(input, String(Math.floor(files / 1000)).padStart(3, '0'));
      if (files % 1000 === 0) mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${String(files).padStart(6, '0')}.txt`), text);
      bytes += Buffer.byteLength(text);
      files += 1;
    }
    progress(`memory: the command over ${fmt(bytes / 1e6, 0)} MB in ${files} files`);
    return runs.map(({ name, args: runArgs }) => {
      const rssFile = join(scratch, 'rss.json');
      rmSync(rssFile, { force: true });
      const devNull = openSync('/dev/null', 'w');
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(join(ROOT, 'bench', 'rss-preload.mjs')).href, CLI, input, '-q', ...runArgs],
        {
          stdio: ['ignore', devNull, 'pipe'],
          encoding: 'utf8',
          timeout: 3 * 3600_000,
          env: { ...process.env, NEWS_EXTRACT_RSS_FILE: rssFile },
        },
      );
      closeSync(devNull);
      const seconds = (performance.now() - started) / 1000;
      const maxRssMB = readRss(rssFile);
      const row = {
        run: name,
        megabytes: bytes / 1e6,
        files,
        status: result.status,
        signal: result.signal,
        seconds,
        maxRssMB,
        stderr: (result.stderr ?? '').slice(0, 300),
      };
      progress(`memory: ${name}: status ${result.status}, ${fmt(seconds, 0)} s, peak ${fmt(maxRssMB, 0)} MB`);
      return row;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Peak RSS of a command run from bench/rss-preload.mjs's file: the sum over its processes (the command
 * may run itself again under a smaller heap, and waits for it holding its own memory).
 */
function readRss(file: string): number {
  if (!existsSync(file)) return NaN;
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
  return lines.reduce((sum, line) => sum + Number((JSON.parse(line) as { maxRssMB: number }).maxRssMB), 0);
}

/**
 * Single hostile inputs through extract(), each in a fresh process (bench/attack-extract.mjs), and
 * the command (default format, stdout to /dev/null) on one file of 20 MB of news text.
 */
function attackMemory(newsText: string): Record<string, unknown>[] {
  const scratch = mkdtempSync(join(tmpdir(), 'news-extract-bench-attack-'));
  try {
    const textPath = join(scratch, 'news.txt');
    writeFileSync(textPath, newsText);
    const rows = ['quotes', 'emoji', 'text20'].map((kind) => {
      progress(`memory: single input ${kind}`);
      try {
        return runChild('attack-extract.mjs', [DIST, kind, textPath], 3600_000);
      } catch (error) {
        return { kind, failed: (error as Error).message.slice(0, 200), maxRssMB: NaN };
      }
    });
    progress('memory: the command on one 20 MB text file');
    const bigPath = join(scratch, 'news20.txt');
    writeFileSync(bigPath, newsText.repeat(Math.ceil(20e6 / Buffer.byteLength(newsText))).slice(0, 20e6));
    const rssFile = join(scratch, 'rss.jsonl');
    const devNull = openSync('/dev/null', 'w');
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(join(ROOT, 'bench', 'rss-preload.mjs')).href, CLI, bigPath, '-q'],
      {
        stdio: ['ignore', devNull, 'pipe'],
        encoding: 'utf8',
        timeout: 3600_000,
        env: { ...process.env, NEWS_EXTRACT_RSS_FILE: rssFile },
      },
    );
    closeSync(devNull);
    const seconds = (performance.now() - started) / 1000;
    const failed =
      result.status === 0 ? {} : { failed: `status ${result.status}: ${(result.stderr ?? '').slice(0, 200)}` };
    rows.push({ kind: 'command20', megabytes: 20, seconds, maxRssMB: readRss(rssFile), ...failed });
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const ATTACK_NAMES: Record<string, string> = {
  quotes: '2 MB of quotation marks',
  emoji: 'a million emoji (4 MB)',
  text20: 'one 20 MB news text',
};

function memoryTables(
  commandRows: readonly Record<string, unknown>[],
  attackRows: readonly Record<string, unknown>[],
): string[][] {
  const rows = [['memory under attack', 'target', 'measured', 'met']];
  for (const row of commandRows) {
    const rss = Number(row['maxRssMB']);
    const ok = row['status'] === 0 && rss < 1024;
    rows.push([
      `news-extract ${String(row['run'])} over ${fmt(Number(row['megabytes']), 0)} MB ` +
        `(${String(row['files'])} files): peak RSS`,
      '< 1 GB',
      row['status'] === 0
        ? `${fmt(rss, 0)} MB in ${fmt(Number(row['seconds']), 0)} s`
        : `status ${String(row['status'])}: ${String(row['stderr'])}`,
      ok ? 'yes' : 'NO',
    ]);
  }
  for (const row of attackRows) {
    const rss = Number(row['maxRssMB']);
    rows.push([
      row['kind'] === 'command20'
        ? 'news-extract on one 20 MB text file: peak RSS (all processes)'
        : `extract(${ATTACK_NAMES[String(row['kind'])] ?? String(row['kind'])}): peak RSS`,
      '< 600 MB',
      row['failed'] ? `FAILED: ${String(row['failed'])}` : `${fmt(rss, 0)} MB in ${fmt(Number(row['seconds']), 0)} s`,
      rss < 600 ? 'yes' : 'NO',
    ]);
  }
  return rows;
}

async function memoryOnly(): Promise<void> {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first (npm run bench does)');
  const set = loadTextSet(SETTINGS.setBytes);
  const commandRows = commandMemory(set.all, SETTINGS.memoryMB);
  const attackRows = MEMORY_RUNS && !MEMORY_RUNS.includes('single') ? [] : attackMemory(corpusTexts().join('\n\n'));
  log(`news-extract memory under attack: npm run bench -- ${process.argv.slice(2).join(' ')}`);
  log(`${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; articles: ${set.source}`);
  log();
  log(formatTable(memoryTables(commandRows, attackRows)));
  log();
  process.stdout.write(
    `${JSON.stringify(
      {
        command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
        date: new Date().toISOString(),
        commands: commandRows,
        attacks: attackRows,
      },
      null,
      JSON_ONLY ? 2 : undefined,
    )}\n`,
  );
}

const fmt = (value: number, digits = 1): string => value.toFixed(digits);
const fmtInt = (value: number): string => Math.round(value).toLocaleString('en-US');

async function main(): Promise<void> {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first (npm run bench does)');
  const lib = (await import(pathToFileURL(DIST).href)) as typeof Library;
  const set = loadTextSet(SETTINGS.setBytes);
  const megabytes = set.bytes / 1e6;
  progress(`${set.texts.length} documents, ${fmt(megabytes, 2)} MB: ${set.source}`);

  const clock = timedPipeline(lib);
  const winkDefault = winkNLP(model);
  const winkSbdPos = winkNLP(model, ['sbd', 'pos']);
  const tokenCount = set.texts.reduce(
    (sum, text) => sum + (clock.pipeline.extract(text, { tokens: true }).tokens?.length ?? 0),
    0,
  );

  // The same pipeline without the entity stage's learned recognizer: how much of the gap to readDoc
  // the model accounts for (eval:ner gives its accuracy).
  const listsOnly = lib.createPipeline({ referenceDate: '2025-10-17', entities: { model: false } });
  const contenders: Record<string, () => void> = {
    pipeline: () => {
      for (const text of set.texts) clock.pipeline.extract(text);
    },
    'pipeline, entities: { model: false }': () => {
      for (const text of set.texts) listsOnly.extract(text);
    },
    'wink-nlp readDoc (default pipes)': () => {
      for (const text of set.texts) winkDefault.readDoc(text);
    },
    'wink-nlp readDoc (sbd+pos)': () => {
      for (const text of set.texts) winkSbdPos.readDoc(text);
    },
    'compromise nlp(text).people()': () => {
      for (const text of set.texts) nlp(text).people().out('array');
    },
  };
  const names = Object.keys(contenders);

  // Warm-up: every contender once over the whole set, as the pipeline was by the token count above
  // (JIT, and wink-nlp's per-instance cache of the words it has seen: warming on a slice only left
  // the bare wink-nlp runs slower than the pipeline that wraps them).
  for (const name of names.slice(1)) contenders[name]?.();

  // Alternate: each repetition runs every contender once, in a rotated order.
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  const stageTimes = new Map<string, number[]>();
  for (let repetition = 0; repetition < SETTINGS.repetitions; repetition++) {
    const order = names.map((_, i) => names[(i + repetition) % names.length] ?? '');
    for (const name of order) {
      for (const stage of clock.totals.keys()) clock.totals.set(stage, 0);
      times.get(name)?.push(timeMs(contenders[name] ?? (() => {})));
      if (name === 'pipeline') {
        for (const [stage, ms] of clock.totals) stageTimes.set(stage, [...(stageTimes.get(stage) ?? []), ms]);
      }
    }
    progress(`repetition ${repetition + 1}/${SETTINGS.repetitions}`);
  }

  const medianMs = (name: string): number => median(times.get(name) ?? []);
  const rate = (ms: number): string[] => [
    fmt(ms / 1000, 2),
    fmtInt(set.texts.length / (ms / 1000)),
    fmt(megabytes / (ms / 1000), 2),
    fmtInt(tokenCount / (ms / 1000)),
  ];
  const pipelineMs = medianMs('pipeline');
  const throughputRows: string[][] = [
    [`run (median of ${SETTINGS.repetitions})`, 'seconds', 'docs/s', 'MB/s', 'tokens/s', 'pipeline speed ×'],
  ];
  throughputRows.push(['whole pipeline', ...rate(pipelineMs), '1.00']);
  for (const [stage, values] of stageTimes) throughputRows.push([`  stage ${stage}`, ...rate(median(values)), '']);
  for (const name of names.slice(1))
    throughputRows.push([name, ...rate(medianMs(name)), fmt(medianMs(name) / pipelineMs, 2)]);

  // Linearity: one document of 1x and of 10x the size (the 10x is the 1x repeated).
  progress('linearity');
  let base = '';
  for (let i = 0; Buffer.byteLength(base) < SETTINGS.linearBaseBytes; i++)
    base += `${set.all[i % set.all.length] ?? ''}\n\n`;
  const tenfold = Array.from({ length: 10 }, () => base).join('');
  clock.pipeline.extract(tenfold);
  const oneTimes: number[] = [];
  const tenTimes: number[] = [];
  for (let repetition = 0; repetition < SETTINGS.repetitions; repetition++) {
    oneTimes.push(timeMs(() => clock.pipeline.extract(base)));
    tenTimes.push(timeMs(() => clock.pipeline.extract(tenfold)));
    oneTimes.push(timeMs(() => clock.pipeline.extract(base)));
  }
  const linearRatio = median(tenTimes) / median(oneTimes);
  const benchMaxRssMB = process.resourceUsage().maxRSS / 1024;

  // Cold start, each in a fresh process.
  progress('cold start');
  const firstArticle = join(
    ROOT,
    'corpus',
    'articles',
    readdirSync(join(ROOT, 'corpus', 'articles'))
      .filter((n) => n.endsWith('.txt'))
      .sort()[0] ?? '',
  );
  const colds = Array.from({ length: SETTINGS.coldStarts }, () =>
    runChild('cold-start.mjs', [DIST, firstArticle], 60_000),
  );
  const coldMs = median(colds.map((cold) => Number(cold['coldStartMs'])));
  const importMs = median(colds.map((cold) => Number(cold['importMs'])));
  const firstExtractMs = median(colds.map((cold) => Number(cold['firstExtractMs'])));
  const processMs = median(colds.map((cold) => Number(cold['sinceProcessStartMs'])));

  // Bounded memory: extractMany over SETTINGS.memoryMB, in a fresh process.
  progress(`memory: extractMany over ${SETTINGS.memoryMB} MB (this takes a while)`);
  const scratch = mkdtempSync(join(tmpdir(), 'news-extract-bench-'));
  let memory: Record<string, unknown>;
  try {
    const textsPath = join(scratch, 'texts.json');
    writeFileSync(textsPath, JSON.stringify(set.all));
    memory = runChild('memory.mjs', [DIST, textsPath, String(SETTINGS.memoryMB)], 3 * 3600_000);
  } catch (error) {
    // A crash here (out of memory) is a result to report, not a reason to lose the others.
    const message = (error as Error).message;
    progress(`memory run failed: ${message.slice(0, 300)}`);
    memory = {
      failed: /heap out of memory|SIGABRT/.test(message) ? 'out of memory' : message.slice(0, 200),
      megabytes: SETTINGS.memoryMB,
      maxRssMB: NaN,
      peakSampledRssMB: NaN,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const memoryPeakMB = Math.max(Number(memory['maxRssMB']), Number(memory['peakSampledRssMB']));
  const memoryFigure = memory['failed'] ? `FAILED: ${String(memory['failed'])}` : `${fmt(memoryPeakMB, 0)} MB`;

  progress('bundle and package size');
  const bundle = await measureBundle(ROOT);
  const commandRows = commandMemory(set.all, SETTINGS.memoryMB);
  const attackRows = attackMemory(corpusTexts().join('\n\n'));

  const winkRatio = medianMs('wink-nlp readDoc (default pipes)') / pipelineMs;
  const winkSbdPosRatio = medianMs('wink-nlp readDoc (sbd+pos)') / pipelineMs;
  const compromiseRatio = medianMs('compromise nlp(text).people()') / pipelineMs;
  const listsOnlyWinkRatio =
    medianMs('wink-nlp readDoc (default pipes)') / medianMs('pipeline, entities: { model: false }');
  const goals = [
    ['goal', 'target', 'measured', 'met'],
    [
      'speed vs bare wink-nlp readDoc (default pipes)',
      '≥ 0.50×',
      `${fmt(winkRatio, 2)}×`,
      winkRatio >= 0.5 ? 'yes' : 'NO',
    ],
    ['speed vs bare wink-nlp readDoc (sbd+pos)', '(reported)', `${fmt(winkSbdPosRatio, 2)}×`, ''],
    ['  same, entities: { model: false }, vs default', '(reported)', `${fmt(listsOnlyWinkRatio, 2)}×`, ''],
    [
      'speed vs compromise nlp().people()',
      '> 1.00×',
      `${fmt(compromiseRatio, 2)}×`,
      compromiseRatio > 1 ? 'yes' : 'NO',
    ],
    [
      `time of 10× text / 1× text (${fmt(Buffer.byteLength(base) / 1e3, 0)} KB)`,
      '≤ 11',
      fmt(linearRatio, 2),
      linearRatio <= 11 ? 'yes' : 'NO',
    ],
    [
      `extractMany over ${fmt(Number(memory['megabytes']), 0)} MB: peak RSS`,
      '< 500 MB',
      memoryFigure,
      memoryPeakMB < 500 ? 'yes' : 'NO',
    ],
    ['cold start: import + first extract', '< 400 ms', `${fmt(coldMs, 0)} ms`, coldMs < 400 ? 'yes' : 'NO'],
  ];

  const results = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: process.platform,
    },
    textSet: { source: set.source, documents: set.texts.length, megabytes, tokens: tokenCount },
    repetitions: SETTINGS.repetitions,
    medianSeconds: Object.fromEntries(names.map((name) => [name, medianMs(name) / 1000])),
    stageMedianSeconds: Object.fromEntries([...stageTimes].map(([stage, values]) => [stage, median(values) / 1000])),
    ratios: {
      pipelineVsWinkDefault: winkRatio,
      pipelineVsWinkSbdPos: winkSbdPosRatio,
      pipelineVsCompromise: compromiseRatio,
      pipelineWithoutModelVsWinkDefault: listsOnlyWinkRatio,
    },
    linearity: {
      baseBytes: Buffer.byteLength(base),
      oneMs: median(oneTimes),
      tenMs: median(tenTimes),
      ratio: linearRatio,
    },
    coldStart: { coldStartMs: coldMs, importMs, firstExtractMs, sinceProcessStartMs: processMs, runs: colds.length },
    memory: { ...memory, peakMB: memoryPeakMB },
    underAttack: { commands: commandRows, attacks: attackRows },
    benchProcessMaxRssMB: benchMaxRssMB,
    bundle,
  };

  log(`news-extract benchmark: ${results.command}`);
  log(`${results.machine.cores} cores (${results.machine.cpu}), Node ${process.version}`);
  log(`text: ${set.texts.length} documents, ${fmt(megabytes, 2)} MB, ${fmtInt(tokenCount)} tokens — ${set.source}`);
  log();
  log(formatTable(throughputRows));
  log(
    '("pipeline speed ×": how many times the pipeline\'s time the other run takes; > 1 means the pipeline is faster)',
  );
  log();
  log(formatTable(goals));
  log();
  log(formatTable(memoryTables(commandRows, attackRows)));
  log();
  log(
    `cold start: import ${fmt(importMs, 0)} ms + first extract ${fmt(firstExtractMs, 0)} ms; ` +
      `${fmt(processMs, 0)} ms from process start`,
  );
  if (memory['failed']) log(`memory: the ${SETTINGS.memoryMB} MB run failed: ${String(memory['failed'])}`);
  else
    log(
      `memory: ${Number(memory['documents']).toLocaleString('en-US')} documents ` +
        `in ${fmt(Number(memory['seconds']), 0)} s, ` +
        `RSS at start ${fmt(Number(memory['rssAtStartMB']), 0)} MB, peak ${fmt(memoryPeakMB, 0)} MB`,
    );
  log(`this process (all five contenders loaded): max RSS ${fmt(benchMaxRssMB, 0)} MB`);
  log();
  log(formatTable(bundleRows(bundle)));
  log();
  process.stdout.write(`${JSON.stringify(results, null, JSON_ONLY ? 2 : undefined)}\n`);
}

async function bundleOnly(): Promise<void> {
  const bundle = await measureBundle(ROOT);
  log(formatTable(bundleRows(bundle)));
  log();
  process.stdout.write(
    `${JSON.stringify({ command: 'npm run bench -- --bundle', bundle }, null, JSON_ONLY ? 2 : undefined)}\n`,
  );
}

const BUNDLE_ONLY = args.has('--bundle');
await (BUNDLE_ONLY ? bundleOnly() : MEMORY_ONLY ? memoryOnly() : main());
if (!BUNDLE_ONLY && !MEMORY_ONLY && !JSON_ONLY) await (await import('./story.js')).benchStory({ quick: QUICK, log });
