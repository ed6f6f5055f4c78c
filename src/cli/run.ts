import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPipeline } from '../pipeline.js';
import { renderPretty } from '../render/pretty.js';
import type { NewsDocument } from '../types.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { collectInputs, describeFsError, outputName, readInput, type InputError } from './inputs.js';
import { version } from '../../package.json';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Reads all of standard input. */
  readStdin(): Promise<Buffer>;
}

type Outcome = { ok: true; doc: NewsDocument } | { ok: false; failure: InputError };

/**
 * The command as a function: parses arguments, processes every input in order, writes the output and
 * returns the exit status. Unreadable inputs become error records; the others are still processed.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
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

  const pipeline = createPipeline(options.date ? { referenceDate: options.date } : {});
  const sources = await collectInputs(options.paths);
  if (sources.length === 0) {
    io.stderr.write('news-extract: no .txt files found in the given paths\n');
    return 1;
  }

  const outcomes: Outcome[] = [];
  const usedNames = new Set<string>();
  let failures = 0;
  for (const source of sources) {
    let outcome: Outcome;
    if ('error' in source) outcome = { ok: false, failure: source };
    else {
      try {
        const text = await readInput(source, io.readStdin);
        outcome = { ok: true, doc: pipeline.extract(text, { id: source.id, tokens: options.tokens }) };
      } catch (error) {
        const message = (error as NodeJS.ErrnoException).code ? describeFsError(error) : (error as Error).message;
        outcome = { ok: false, failure: { id: source.id, error: message } };
      }
    }
    if (!outcome.ok) {
      failures += 1;
      io.stderr.write(`news-extract: ${outcome.failure.id}: ${outcome.failure.error}\n`);
    }
    if (options.out) {
      const written = await writeOutcome(options.out, outcome, usedNames);
      if (!written.ok) {
        failures += 1;
        io.stderr.write(`news-extract: ${written.error}\n`);
      }
    } else if (options.format === 'jsonl') {
      io.stdout.write(`${JSON.stringify(outcome.ok ? outcome.doc : outcome.failure)}\n`);
    } else if (options.format === 'pretty') {
      if (outcome.ok) io.stdout.write(`${renderPretty(outcome.doc)}\n`);
    } else {
      outcomes.push(outcome);
    }
  }

  if (!options.out && options.format === 'json') {
    const records = outcomes.map((outcome) => (outcome.ok ? outcome.doc : outcome.failure));
    const single = options.paths.length <= 1 && records.length === 1;
    io.stdout.write(`${JSON.stringify(single ? records[0] : records, null, 2)}\n`);
  }
  if (options.out && !options.quiet) {
    io.stderr.write(`news-extract: wrote ${sources.length - failures} of ${sources.length} inputs to ${options.out}\n`);
  }
  return failures > 0 ? 1 : 0;
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
