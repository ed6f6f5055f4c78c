import { createReadStream, rmSync } from 'node:fs';
import { mkdtemp, open, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';

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
export function streamWriter(stream: { write(chunk: string): unknown; once?(event: 'drain', listener: () => void): unknown }): Writer {
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
    private readonly handle: FileHandle,
  ) {}

  static async create(directory: string, name: string): Promise<AtomicFile> {
    const temporary = join(directory, `.${basename(name)}.${process.pid}-${++counter}.tmp`);
    // Listed before it exists: a signal between the file's creation and the end of the await must
    // find it. 'wx': O_CREAT | O_EXCL, which fails on anything already there, a symlink included.
    temporaries.add(temporary);
    try {
      return new AtomicFile(join(directory, name), temporary, await open(temporary, 'wx', 0o644));
    } catch (error) {
      temporaries.delete(temporary);
      throw error;
    }
  }

  async write(chunk: string): Promise<void> {
    await this.handle.write(chunk);
  }

  async commit(): Promise<void> {
    try {
      await this.handle.close();
      await rename(this.temporary, this.path);
      temporaries.delete(this.temporary);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => {});
    await unlink(this.temporary).catch(() => {});
    temporaries.delete(this.temporary);
  }
}

/** Writes `text` to `directory/name` through a temporary file. */
export async function writeFileAtomic(directory: string, name: string, text: string): Promise<void> {
  const file = await AtomicFile.create(directory, name);
  try {
    await file.write(text);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

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
 * (each as `JSON.stringify(record, null, 2)` indented into the array, the same bytes as stringifying
 * the whole array). The first record is held back until a second one shows it is an array.
 */
export class JsonArrayWriter {
  private held: string | undefined;
  private count = 0;

  constructor(
    private readonly out: Writer,
    /** False when the input was several paths: an array even for one record. */
    private readonly singleAllowed: boolean,
  ) {}

  /** Adds a record; returns 1 when it was too large to write and an error record took its place. */
  async add(record: unknown): Promise<number> {
    const { text, failed } = stringifyRecord(record, 2);
    this.count += 1;
    if (this.count === 1 && this.singleAllowed) {
      this.held = text;
      return failed;
    }
    if (this.count === 1 || (this.count === 2 && this.singleAllowed)) {
      await this.out.write('[\n');
      if (this.count === 2) await this.out.write(`${indent(this.held ?? '')},\n`);
      this.held = undefined;
    } else await this.out.write(',\n');
    await this.out.write(indent(text));
    return failed;
  }

  async end(): Promise<void> {
    if (this.count === 1 && this.singleAllowed) await this.out.write(`${this.held ?? ''}\n`);
    else if (this.count === 0) await this.out.write('[]\n');
    else await this.out.write('\n]\n');
  }
}

function indent(json: string): string {
  return `  ${json.replace(/\n/g, '\n  ')}`;
}

/**
 * A record as JSON, or, when it is too large for one string (V8 caps strings at about 512 MB: a 13 MB
 * article with `--tokens`), an error record in its place, so that it fails alone.
 */
export function stringifyRecord(record: unknown, space?: number): { text: string; failed: number } {
  try {
    return { text: JSON.stringify(record, null, space), failed: 0 };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const id = (record as { id?: unknown } | null)?.id;
    const failure = { id: typeof id === 'string' ? id : 'unknown', error: 'result too large to write as one JSON record (try without --tokens)' };
    return { text: JSON.stringify(failure, null, space), failed: 1 };
  }
}
