import { close, createReadStream, openSync, rmSync, writeFile } from 'node:fs';
import { type FileHandle, mkdtemp, open, rename, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

/**
 * How the command writes: nothing is built as one string (a 60 MB batch overflowed V8's string limit
 * and lost every result), and no file is written in place. A file goes to a temporary name beside
 * its final one, opened with O_EXCL (so no symlink or file already there is followed or reused),
 * and is renamed over the final name once complete: the rename replaces a symlink at that name
 * rather than writing through it, and a run killed midway leaves complete files only. The
 * temporaries in flight are removed on SIGINT / SIGTERM (main.ts) and on any failure.
 */

/** Where text goes, one chunk after another. */
export interface Writer {
  write(chunk: string): Promise<void>;
}

/** Temporary files being written; main.ts removes them when the process is interrupted. */
const temporaries = new Set<string>();

export function removeTemporaries(): void {
  for (const path of temporaries) rmSync(path, { recursive: true, force: true });
  temporaries.clear();
}

/** A writer over a stream that waits for `drain` when the stream asks it to (a slow pipe). */
export function streamWriter(stream: {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}): Writer {
  return {
    async write(chunk) {
      if (stream.write(chunk) === false && typeof stream.once === 'function') {
        await new Promise<void>((resolve) => stream.once?.('drain', resolve));
      }
    },
  };
}

let counter = 0;

/** A file written under a temporary name in its directory and renamed into place by `commit`. */
export class AtomicFile implements Writer {
  private constructor(
    readonly path: string,
    private readonly temporary: string,
    private readonly fd: number,
  ) {}

  static async create(directory: string, name: string): Promise<AtomicFile> {
    const temporary = join(directory, `.${basename(name)}.${process.pid}-${++counter}.tmp`);
    // Opened synchronously: an asynchronous open still in the thread pool when a signal arrived
    // created the file after the handler had removed the temporaries (seen under load). Listed at
    // once, so the handler finds it. 'wx': O_CREAT | O_EXCL, which fails on anything already there,
    // a symlink included.
    const fd = openSync(temporary, 'wx', 0o644);
    temporaries.add(temporary);
    return new AtomicFile(join(directory, name), temporary, fd);
  }

  async write(chunk: string): Promise<void> {
    await writeAll(this.fd, chunk);
  }

  async commit(): Promise<void> {
    try {
      await closeFd(this.fd);
      await rename(this.temporary, this.path);
      temporaries.delete(this.temporary);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    await closeFd(this.fd).catch(() => {});
    await unlink(this.temporary).catch(() => {});
    temporaries.delete(this.temporary);
  }
}

/** `writeFile` on a descriptor writes all of `data` at the file's position, looping over short writes. */
const writeAll = promisify(writeFile) as (fd: number, data: string) => Promise<void>;
const closeFd = promisify(close);

/**
 * A scratch file of lines, for what must be written after something known only at the end (a
 * report's articles come after its title, which counts them): appended line by line, read back line
 * by line, removed by `dispose` (and on interruption).
 */
export class Spool {
  private constructor(
    private readonly directory: string,
    private readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  count = 0;

  static async create(): Promise<Spool> {
    const directory = await mkdtemp(join(tmpdir(), 'news-extract-'));
    const path = join(directory, 'spool.jsonl');
    temporaries.add(directory);
    return new Spool(directory, path, await open(path, 'wx', 0o600));
  }

  /** Appends one line (which must hold no newline: JSON does not). */
  async append(line: string): Promise<void> {
    await this.handle.write(`${line}\n`);
    this.count += 1;
  }

  async *lines(): AsyncGenerator<string> {
    const reader = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of reader) yield line;
  }

  async dispose(): Promise<void> {
    await this.handle.close().catch(() => {});
    await rm(this.directory, { recursive: true, force: true });
    temporaries.delete(this.directory);
  }
}

/**
 * The default JSON output: one object for a single input, else an array, written record by record
 * and each record piece by piece (`jsonPieces`: the same bytes as stringifying the whole array with
 * `JSON.stringify(records, null, 2)`). The first record is held back, as an object, until a second
 * one shows that the output is an array.
 */
export class JsonArrayWriter {
  private held: unknown;
  private count = 0;

  constructor(
    private readonly out: Writer,
    /** False when the input was several paths: an array even for one record. */
    private readonly singleAllowed: boolean,
    /** Told of each record too large to write (an error record took its place). */
    private readonly onTooLarge: (record: unknown) => void = () => {},
  ) {}

  /** Adds a record; returns how many records (this one, or the one held back) were too large to write. */
  async add(record: unknown): Promise<number> {
    this.count += 1;
    if (this.count === 1 && this.singleAllowed) {
      this.held = record;
      return 0;
    }
    let failed = 0;
    if (this.count === 1 || (this.count === 2 && this.singleAllowed)) {
      await this.out.write('[\n  ');
      if (this.count === 2) failed += await this.write(this.held, '  ', ',\n  ');
      this.held = undefined;
    } else await this.out.write(',\n  ');
    return failed + (await this.write(record, '  '));
  }

  /** Ends the output; returns 1 when the record held back was too large to write. */
  async end(): Promise<number> {
    if (this.count === 1 && this.singleAllowed) return this.write(this.held, '', '\n');
    await this.out.write(this.count === 0 ? '[]\n' : '\n]\n');
    return 0;
  }

  private async write(record: unknown, indent: string, after?: string): Promise<number> {
    const failed = await writeJson(this.out, record, 2, indent, after);
    if (failed > 0) this.onTooLarge(record);
    return failed;
  }
}

/** Pieces are gathered up to this many characters before a write. */
const WRITE_CHUNK = 1 << 16;

/**
 * Writes `JSON.stringify(record, null, space)` (indented by `indent` after each line break), then
 * `after`, in chunks: a 20 MB article's result is about 150 MB of indented JSON, which as one string
 * (and its indented copy) doubled the command's peak memory. When the record's first piece cannot be
 * made (too large for one string: V8 caps strings at about 512 MB), an error record takes its place
 * and 1 is returned, so that the record fails alone.
 */
export async function writeJson(
  out: Writer,
  record: unknown,
  space: number,
  indent: string,
  after = '',
): Promise<number> {
  const pieces = jsonPieces(record, space, pieceLevels(record), indent);
  let first: IteratorResult<string>;
  try {
    first = pieces.next();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const id = (record as { id?: unknown } | null)?.id;
    const failure = {
      id: typeof id === 'string' ? id : 'unknown',
      error: 'result too large to write as one JSON record (try without --tokens)',
    };
    await out.write(`${reindent(JSON.stringify(failure, null, space), indent)}${after}`);
    return 1;
  }
  let chunk = first.done ? '' : first.value;
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= WRITE_CHUNK) {
      await out.write(chunk);
      chunk = '';
    }
  }
  await out.write(chunk + after);
  return 0;
}

/**
 * How deep `writeJson` splits a record: an article's result is one piece; a long text's is split down
 * to its mentions.
 */
function pieceLevels(record: unknown): number {
  const text = (record as { text?: unknown } | null)?.text;
  return typeof text === 'string' && text.length > 100_000 ? 4 : 0;
}

function reindent(json: string, indent: string): string {
  return indent ? json.replace(/\n/g, `\n${indent}`) : json;
}

/**
 * `JSON.stringify(value, null, space)` with every line break followed by `indent`, as a sequence of
 * pieces: objects and arrays are walked `levels` deep (a document, its arrays, their elements, an
 * entity's mentions), their members stringified one at a time, so that no piece is larger than one
 * member. The same rules as `JSON.stringify`: members that are undefined, functions or symbols are
 * left out of objects and written `null` in arrays; a value with `toJSON` is stringified whole.
 */
export function* jsonPieces(value: unknown, space: number, levels: number, indent = ''): Generator<string> {
  const whole =
    value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function';
  if (levels <= 0 || whole) {
    yield reindent(JSON.stringify(value, null, space) ?? 'null', indent);
    return;
  }
  const inner = space > 0 ? `${indent}${' '.repeat(space)}` : '';
  const open = space > 0 ? `\n${inner}` : '';
  const close = space > 0 ? `\n${indent}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[${open}` : `,${open}`;
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonPieces(item, space, levels - 1, inner);
    }
    yield `${close}]`;
    return;
  }
  let written = 0;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${written === 0 ? '{' : ','}${open}${JSON.stringify(key)}${space > 0 ? ': ' : ':'}`;
    yield* jsonPieces(item, space, levels - 1, inner);
    written += 1;
  }
  yield written === 0 ? '{}' : `${close}}`;
}
