import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { renderHtml, renderStoryHtml } from '../render/html.js';
import { renderPretty, renderStoryPretty } from '../render/pretty.js';
import { aggregate } from '../story/aggregate.js';
import type { NewsDocument } from '../types.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { collectInputs, describeFsError, outputName, readUnits, type InputError, type InputSource, type InputUnit } from './inputs.js';
import { inProcessExtractor, workerPoolExtractor, workerScript, type Extractor, type WorkerSetup } from './pool.js';
import { createProgress, type Progress } from './progress.js';
import { version } from '../../package.json';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Reads all of standard input. */
  readStdin(): Promise<Buffer>;
  /** Standard input as it arrives (used instead of `readStdin` when given): a filter streams. */
  stdinStream?(): AsyncIterable<Uint8Array>;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  stderrIsTTY?: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
}

type Outcome = { ok: true; doc: NewsDocument } | { ok: false; failure: InputError };

/**
 * The command as a function: parses arguments, processes every input (in-process or over worker
 * threads), writes the output in input order and returns the exit status. Unreadable inputs become
 * error records; the others are still processed.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, availableParallelism());
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`news-extract: ${error.message}\nTry 'news-extract --help'.\n`);
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
      io.stderr.write(`news-extract: cannot create output directory ${options.out}: ${describeFsError(error)}\n`);
      return 2;
    }
  }

  const sources = await collectInputs(options.paths, options.walk);
  if (sources.length === 0) {
    io.stderr.write('news-extract: no .txt, .md, .html or .jsonl files found in the given paths\n');
    return 1;
  }

  const progress = createProgress(io.stderr, Boolean(io.stderrIsTTY) && !options.quiet, sources.length, io.columns);
  const extractor = chooseExtractor(options, sources);
  const collected: Outcome[] = [];
  const usedNames = new Set<string>();
  let failures = 0;
  let total = 0;
  // Documents are only needed all at once for one output (a story, one report, one JSON array).
  const collectAll = options.story || options.format === 'html' || (!options.out && options.format === 'json');
  try {
    const stdin = io.stdinStream ?? (async function* () { yield await io.readStdin(); });
    for await (const outcome of processInOrder(sources, extractor, (source) => readUnits(source, stdin, options.inputFormat), Math.max(2, options.jobs * 2), progress)) {
      total += 1;
      progress.tick(outcome.ok ? outcome.doc.id : outcome.failure.id);
      if (!outcome.ok) {
        failures += 1;
        io.stderr.write(`${io.stderrIsTTY && !options.quiet ? '\r\x1b[K' : ''}news-extract: ${outcome.failure.id}: ${outcome.failure.error}\n`);
      }
      if (collectAll) collected.push(outcome);
      else if (options.out) {
        const written = await writeOutcome(options.out, outcome, usedNames);
        if (!written.ok) {
          failures += 1;
          io.stderr.write(`news-extract: ${written.error}\n`);
        }
      } else if (options.format === 'jsonl') {
        io.stdout.write(`${JSON.stringify(outcome.ok ? outcome.doc : outcome.failure)}\n`);
      } else if (options.format === 'pretty') {
        if (outcome.ok) io.stdout.write(`${renderPretty(outcome.doc)}\n`);
      }
    }
  } finally {
    await extractor.close();
    progress.done();
  }

  if (collectAll) {
    const docs = collected.flatMap((outcome) => (outcome.ok ? [outcome.doc] : []));
    const errors = collected.flatMap((outcome) => (outcome.ok ? [] : [outcome.failure]));
    let output: { text: string; name: string } | null = null;
    if (options.story) {
      const story = aggregate(docs);
      const record = errors.length > 0 ? { ...story, errors } : story;
      if (options.format === 'html') output = { text: renderStoryHtml(story, docs), name: 'story.html' };
      else if (options.format === 'pretty') output = { text: renderStoryPretty(story), name: 'story.txt' };
      else if (options.format === 'jsonl') output = { text: `${JSON.stringify(record)}\n`, name: 'story.jsonl' };
      else output = { text: `${JSON.stringify(record, null, 2)}\n`, name: 'story.json' };
    } else if (options.format === 'html') {
      output = { text: renderHtml(docs), name: 'report.html' };
    } else if (options.format === 'json' && !options.out) {
      const records = collected.map((outcome) => (outcome.ok ? outcome.doc : outcome.failure));
      const single = options.paths.length <= 1 && records.length === 1;
      io.stdout.write(`${JSON.stringify(single ? records[0] : records, null, 2)}\n`);
    }
    if (output && options.out) {
      const path = join(options.out, output.name);
      try {
        await writeFile(path, output.text);
        if (!options.quiet) io.stderr.write(`news-extract: wrote ${path} from ${docs.length} of ${total} inputs\n`);
      } catch (error) {
        failures += 1;
        io.stderr.write(`news-extract: cannot write ${path}: ${describeFsError(error)}\n`);
      }
    } else if (output) io.stdout.write(output.text);
  } else if (options.out && !options.quiet) {
    io.stderr.write(`news-extract: wrote ${total - failures} of ${total} inputs to ${options.out}\n`);
  }
  return failures > 0 ? 1 : 0;
}

/**
 * Worker threads pay off only with several inputs; `--jobs 1`, one plain file, or a run from the
 * TypeScript sources (no built worker script beside this module) extract in-process.
 */
function chooseExtractor(options: CliOptions, sources: readonly (InputSource | InputError)[]): Extractor {
  const setup: WorkerSetup = {
    tokens: options.tokens,
    ...(options.date ? { referenceDate: options.date } : {}),
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.noEntityModel ? { noEntityModel: true } : {}),
  };
  const several =
    sources.length > 1 || options.inputFormat === 'jsonl' || sources.some((source) => 'path' in source && source.path?.toLowerCase().endsWith('.jsonl'));
  const script = workerScript();
  if (options.jobs > 1 && several && script) return workerPoolExtractor(script, options.jobs, setup);
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
          while (pending.length > 0 && (await Promise.race([next.then(() => false, () => false), pending[0]!.then(() => true)]))) {
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

async function writeOutcome(
  directory: string,
  outcome: Outcome,
  usedNames: Set<string>,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const id = outcome.ok ? outcome.doc.id : outcome.failure.id;
  let name = outputName(id);
  for (let n = 2; usedNames.has(name); n++) name = outputName(id).replace(/\.json$/, `-${n}.json`);
  usedNames.add(name);
  const path = join(directory, outcome.ok ? name : name.replace(/\.json$/, '.error.json'));
  try {
    await writeFile(path, `${JSON.stringify(outcome.ok ? outcome.doc : outcome.failure, null, 2)}\n`);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `cannot write ${path}: ${describeFsError(error)}` };
  }
}
