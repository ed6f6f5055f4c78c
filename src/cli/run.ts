import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { version } from '../../package.json';
import type { NewsDocument } from '../types.js';
import { type CliOptions, HELP, parseCliArgs, UsageError } from './args.js';
import {
  collectInputs,
  describeFsError,
  type InputError,
  type InputSource,
  type InputUnit,
  readUnits,
} from './inputs.js';
import { type Extractor, inProcessExtractor, type WorkerSetup, workerPoolExtractor, workerScript } from './pool.js';
import { createProgress, type Progress } from './progress.js';
import { createSink } from './sinks.js';
import { forTerminal, forTerminalLine } from './terminal.js';

export interface CliIO {
  stdout: { write(chunk: string): unknown; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(chunk: string): unknown };
  /** Reads all of standard input. */
  readStdin(): Promise<Buffer>;
  /** Standard input as it arrives (used instead of `readStdin` when given): a filter streams. */
  stdinStream?(): AsyncIterable<Uint8Array>;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  stderrIsTTY?: boolean;
  /** True when standard input is a terminal: with no arguments, the usage is printed instead of waiting. */
  stdinIsTTY?: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
  /** Cores to size the default worker pool by (default: the machine's). */
  cores?: number;
  /**
   * Runs the same command again in a process whose heap is limited to `heapMB` and returns its exit
   * status (main.ts: a child process with `--max-old-space-size`); used for an input too large for the
   * default heap growth (see `heapLimitFor`). Absent: everything runs here.
   */
  respawn?(heapMB: number): Promise<number>;
  /** This process's heap limit in MB (default: V8's); `respawn` is used only to lower it. */
  heapLimitMB?: number;
}

export type Outcome = { ok: true; doc: NewsDocument } | { ok: false; failure: InputError };

/**
 * The command as a function: parses arguments, processes every input (in-process or over worker
 * threads), writes the output in input order as each result arrives and returns the exit status.
 * Unreadable inputs become error records; the others are still processed.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.length === 0 && io.stdinIsTTY) {
    io.stderr.write(`news-extract: no input given (reading a terminal would wait for typed text)\n\n${HELP}`);
    return 2;
  }
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`news-extract: ${forTerminal(error.message)}\nTry 'news-extract --help'.\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }

  if (options.out) {
    try {
      await mkdir(options.out, { recursive: true });
    } catch (error) {
      const reason = describeFsError(error);
      io.stderr.write(`news-extract: cannot create output directory ${forTerminal(options.out)}: ${reason}\n`);
      return 2;
    }
  }

  const sources = await collectInputs(options.paths, options.walk);
  if (sources.length === 0) {
    io.stderr.write('news-extract: no .txt, .md, .html or .jsonl files found in the given paths\n');
    return 1;
  }

  const { bytes, largest } = await inputBytes(sources);
  if (io.respawn && largest > LARGE_INPUT_BYTES) {
    const heapMB = heapLimitFor(largest, options.tokens);
    if (heapMB < 0.9 * (io.heapLimitMB ?? getHeapStatistics().heap_size_limit / 2 ** 20)) return io.respawn(heapMB);
  }
  if (options.story && Number.isFinite(bytes) && bytes > MAX_STORY_BYTES) {
    io.stderr.write(
      `news-extract: --story over ${(bytes / 1e6).toFixed(0)} MB of input refused: ` +
        "a story keeps every article's statements and " +
        `entities in memory and links them all, which past ${MAX_STORY_BYTES / 1e6} MB needs more than 1 GB; ` +
        'make stories of smaller batches (one event, a few days of coverage), or drop --story\n',
    );
    return 2;
  }
  const jobs = options.jobs ?? automaticJobs(bytes, io.cores ?? availableParallelism());
  const progress = createProgress(io.stderr, Boolean(io.stderrIsTTY) && !options.quiet, sources.length, io.columns);
  const extractor = chooseExtractor(options, sources, jobs);
  const sink = createSink(options, io);
  let failures = 0;
  try {
    const stdin =
      io.stdinStream ??
      async function* () {
        yield await io.readStdin();
      };
    const read = (source: InputSource) => readUnits(source, stdin, options.inputFormat);
    for await (const outcome of processInOrder(sources, extractor, read, Math.max(2, jobs * 2), progress)) {
      progress.tick(forTerminalLine(outcome.ok ? outcome.doc.id : outcome.failure.id));
      if (!outcome.ok) {
        failures += 1;
        const clear = io.stderrIsTTY && !options.quiet ? '\r\x1b[K' : '';
        const { id, error } = outcome.failure;
        io.stderr.write(`${clear}news-extract: ${forTerminal(id)}: ${forTerminal(error)}\n`);
      }
      failures += await sink.add(outcome);
    }
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    await extractor.close();
    progress.done();
  }
  failures += await sink.end();
  return failures > 0 ? 1 : 0;
}

/**
 * Worker threads by the size of the batch: a thread loads its own copy of the language model (about
 * 0.3 s and 60 MB), which a few articles never pay back (5 articles: 0.58 s and 214 MB on 2 cores
 * against 0.39 s and 129 MB in-process). One thread per BYTES_PER_THREAD of input, at most
 * MAX_AUTOMATIC_JOBS and the core count; standard input, of unknown size, counts as large.
 */
export function automaticJobs(bytes: number, cores: number): number {
  const wanted = Number.isFinite(bytes) ? Math.ceil(bytes / BYTES_PER_THREAD) : Infinity;
  return Math.max(1, Math.min(wanted, cores, MAX_AUTOMATIC_JOBS));
}
const BYTES_PER_THREAD = 512 * 1024;

/**
 * The most input a story is made of: 10 MB of small articles peaked at 647 MB (npm run bench --
 * --memory --memory-mb=10), and 100 MB passed 1.9 GB while linking (docs/PERFORMANCE.md). A story
 * is one event's coverage; a batch this large is refused before any work rather than run out of
 * memory after an hour. Standard input, of unknown size, is not checked.
 */
export const MAX_STORY_BYTES = 20e6;
const MAX_AUTOMATIC_JOBS = 4;

/**
 * A single input over this many bytes is extracted under a heap limit sized to it (`heapLimitFor`):
 * V8 lets its heap grow to three or four times the live data before it collects, so one 20 MB text
 * peaked at 697 MB through `extract()` and 1.2 GB through the command, while under a 300 MB limit it
 * completes in 344 MB. JSON lines are not counted (each line is one input, at most 64 MB).
 */
export const LARGE_INPUT_BYTES = 4e6;

/**
 * The heap limit in MB for a run whose largest input has `bytes`: what the model and the stages need
 * (about 120 MB), the result (about 5 MB a MB of text, 60 with `--tokens`) and room for V8 to collect.
 */
export function heapLimitFor(bytes: number, tokens: boolean): number {
  return Math.ceil(192 + ((tokens ? 64 : 8) * bytes) / 1e6);
}

/** The batch's size in bytes (Infinity with standard input) and its largest file that is not JSON lines. */
async function inputBytes(sources: readonly (InputSource | InputError)[]): Promise<{ bytes: number; largest: number }> {
  let bytes = 0;
  let largest = 0;
  for (const source of sources) {
    if ('error' in source) continue;
    if (source.path === undefined) return { bytes: Infinity, largest };
    const size = await stat(source.path).then(
      (info) => info.size,
      () => 0,
    );
    bytes += size;
    if (!source.path.toLowerCase().endsWith('.jsonl')) largest = Math.max(largest, size);
  }
  return { bytes, largest };
}

/**
 * Worker threads pay off only with several inputs; `--jobs 1`, one plain file, or a run from the
 * TypeScript sources (no built worker script beside this module) extract in-process.
 */
function chooseExtractor(options: CliOptions, sources: readonly (InputSource | InputError)[], jobs: number): Extractor {
  const setup: WorkerSetup = {
    tokens: options.tokens,
    ...(options.date ? { referenceDate: options.date } : {}),
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.noEntityModel ? { noEntityModel: true } : {}),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
  };
  const several =
    sources.length > 1 ||
    options.inputFormat === 'jsonl' ||
    sources.some((source) => 'path' in source && source.path?.toLowerCase().endsWith('.jsonl'));
  const script = workerScript();
  if (jobs > 1 && several && script) return workerPoolExtractor(script, jobs, setup);
  return inProcessExtractor(setup);
}

/**
 * Reads inputs one after another and keeps up to `window` extractions in flight; yields outcomes in
 * input order (a slow article holds back the ones after it, never reorders them). A finished outcome
 * is yielded while the next record is awaited: as a filter, each result is written as soon as it is
 * ready, not when the input ends or the window fills.
 */
async function* processInOrder(
  sources: readonly (InputSource | InputError)[],
  extractor: Extractor,
  read: (source: InputSource) => AsyncIterable<InputUnit | InputError>,
  window: number,
  progress: Progress,
): AsyncGenerator<Outcome> {
  const pending: Promise<Outcome>[] = [];
  const start = (unit: InputUnit | InputError): Promise<Outcome> =>
    'error' in unit
      ? Promise.resolve({ ok: false, failure: unit })
      : extractor.extract(unit).then(
          (doc): Outcome => ({ ok: true, doc }),
          (error: unknown): Outcome => ({ ok: false, failure: { id: unit.id, error: describeError(error) } }),
        );
  let expected = sources.length;
  for (const source of sources) {
    let units = 0;
    const add = (unit: InputUnit | InputError) => {
      units += 1;
      if (units > 1) progress.expect(++expected);
      pending.push(start(unit));
    };
    if ('error' in source) add(source);
    else {
      const iterator = read(source)[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = iterator.next();
          const inputFirst = next.then(
            () => false,
            () => false,
          );
          while (pending.length > 0 && (await Promise.race([inputFirst, pending[0]!.then(() => true)]))) {
            yield await pending.shift()!;
          }
          const result = await next;
          if (result.done) break;
          add(result.value);
          while (pending.length >= window) yield await pending.shift()!;
        }
      } catch (error) {
        add({ id: source.id, error: describeError(error) });
      }
    }
    if (units === 0) progress.expect(--expected);
  }
  while (pending.length > 0) yield await pending.shift()!;
}

function describeError(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ? describeFsError(error) : ((error as Error)?.message ?? String(error));
}
