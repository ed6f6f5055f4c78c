import { constants, type Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import { describeBytes, readLines } from './lines.js';

export interface InputSource {
  /** Id used in the output: the path as given (or `stdin`). */
  id: string;
  /** File path, or undefined for standard input. */
  path?: string;
  /** Found by walking a directory: opened without following a link put there since (O_NOFOLLOW). */
  noFollow?: boolean;
}

export interface InputError {
  id: string;
  error: string;
}

export const INPUT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl']);

/** How directories are walked; by default as ripgrep and eslint do, and never out through a link. */
export interface WalkOptions {
  /** Follow symbolic links wherever they point (`--follow-symlinks`). */
  followSymlinks?: boolean;
  /** Read dot files and walk dot folders such as `.git` (`--hidden`). */
  hidden?: boolean;
  /** Walk `node_modules` folders (`--no-ignore`). */
  noIgnore?: boolean;
}

/**
 * Expands the command's paths into inputs, in the order given; directories are walked recursively in
 * sorted order. Paths that cannot be listed become errors; the rest still run. A path given by name is
 * read even when it is a link or starts with a dot (the user chose it, as with `rg` and `find -H`);
 * inside a walked directory, dot entries and `node_modules` are skipped and a link is followed only to
 * a place inside the directory given, unless `options` say otherwise.
 */
export async function collectInputs(
  paths: readonly string[],
  options: WalkOptions = {},
): Promise<(InputSource | InputError)[]> {
  const results: (InputSource | InputError)[] = [];
  for (const path of paths.length > 0 ? paths : ['-']) {
    if (path === '-') {
      results.push({ id: 'stdin' });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const root = await realpath(path);
        results.push(...(await walk(path, { root, options, visited: new Set([root]) })));
      } else results.push({ id: path, path });
    } catch (error) {
      results.push({ id: path, error: describeFsError(error) });
    }
  }
  return results;
}

interface Walk {
  /** The real path of the directory given: links may not lead out of it. */
  root: string;
  options: WalkOptions;
  /** Real paths of the directories walked: a link loop is walked once. */
  visited: Set<string>;
}

async function walk(directory: string, context: Walk): Promise<(InputSource | InputError)[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    return [{ id: directory, error: describeFsError(error) }];
  }
  const { options } = context;
  const results: (InputSource | InputError)[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // `.git`, `.cache`, editor backups and dependencies are not the user's articles.
    if (!options.hidden && entry.name.startsWith('.')) continue;
    if (!options.noIgnore && entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    const wanted = INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase());
    if (entry.isSymbolicLink()) results.push(...(await walkLink(path, wanted, context)));
    else if (entry.isDirectory()) results.push(...(await walkDirectory(path, context)));
    else if (wanted) results.push({ id: path, path, noFollow: true });
  }
  return results;
}

async function walkDirectory(path: string, context: Walk): Promise<(InputSource | InputError)[]> {
  const real = await realpath(path).catch(() => path);
  if (context.visited.has(real)) return [];
  context.visited.add(real);
  return walk(path, context);
}

/**
 * A link met while walking. `x.txt -> /etc/shadow` printed the secret's text: a link that leads out
 * of the directory given is an error record, not read, unless `--follow-symlinks`. A link inside it
 * is read through its target (a linked folder is walked where it really is, not twice).
 */
async function walkLink(path: string, wanted: boolean, context: Walk): Promise<(InputSource | InputError)[]> {
  let real: string;
  let isDirectory: boolean;
  try {
    real = await realpath(path);
    isDirectory = (await stat(real)).isDirectory();
  } catch (error) {
    return wanted ? [{ id: path, error: describeFsError(error) }] : [];
  }
  if (!wanted && !isDirectory) return [];
  if (context.options.followSymlinks) {
    return isDirectory ? walkDirectory(path, context) : [{ id: path, path }];
  }
  if (!isInside(real, context.root)) {
    return [{ id: path, error: `symbolic link to outside ${context.root}, not followed (--follow-symlinks reads it)` }];
  }
  return isDirectory ? [] : [{ id: path, path: real, noFollow: true }];
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'is a symbolic link (not followed)';
    default:
      return (error as Error)?.message ?? String(error);
  }
}

/**
 * The most one input, or one JSON line, may hold: it is read into memory whole and every stage runs
 * over it. Past V8's string limit (512 MB) it could not even be decoded (and was misreported as
 * invalid UTF-8); well before that a single article costs gigabytes. A JSON lines file may be of any
 * size: it is read a line at a time.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Standard input as it arrives. */
export type StdinChunks = () => AsyncIterable<Uint8Array>;

export function decodeText(bytes: Uint8Array): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new Error('binary file (contains NUL bytes), not text');
  try {
    // A BOM is dropped by the decoder (ignoreBOM: false), like every text editor does.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

/**
 * Opens an input for reading. A FIFO or a device named `*.txt` would block the read forever (or never
 * end): the open does not wait (O_NONBLOCK) and only a regular file is read. The size checked is that
 * of the file opened, so the check and the read cannot be of two different files.
 */
async function openInput(
  source: InputSource & { path: string },
): Promise<{ chunks: AsyncIterable<Uint8Array>; size: number }> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (source.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  const handle = await open(source.path, flags);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('not a regular file');
    return { chunks: handle.createReadStream({ highWaterMark: 1 << 16 }), size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function tooLarge(size: string, limit: number): Error {
  return new Error(
    `too large: ${size}; one input is read whole and may hold at most ${describeBytes(limit)} ` +
      '(split it, or give articles as JSON lines, which are read a line at a time)',
  );
}

/** All of a stream's bytes, or a "too large" error as soon as they pass `limit`. */
async function readAll(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > limit) throw tooLarge(`over ${describeBytes(limit)}`, limit);
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

/**
 * Reads the stream up to its first newline (or `limit` bytes, or its end) without losing anything:
 * `head` is what was read, `chunks` the whole stream again, from its first byte.
 */
async function peekFirstLine(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
): Promise<{ head: string; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length <= limit) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
    if (next.value.includes(0x0a)) break;
  }
  async function* again(): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: new TextDecoder().decode(Buffer.concat(seen, length)), chunks: again() };
}

export function outputName(id: string): string {
  const base = id === 'stdin' ? 'stdin' : basename(id, extname(id));
  return `${base}.json`;
}

/** How an input's content is read: prose, a web page, JSON lines; `auto` decides per input. */
export const INPUT_FORMATS = ['auto', 'text', 'html', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One document to extract: its text (or a web page's HTML) and what the input says about it. */
export interface InputUnit {
  id: string;
  /** The article text, or the page's HTML source when `html` is true. */
  text: string;
  /** The text is a web page: it goes through `extractHtml`. */
  html?: boolean;
  /** Publication date the input gives (a JSONL `date`): the reference date for it. */
  date?: string;
  url?: string;
}

/**
 * Reads one input into the documents it holds, as it reads: one for text, Markdown and HTML pages
 * (read by `extractHtml`), one per line for JSON lines (`{"text" | "html", "id"?, "date"?, "url"?}`),
 * each yielded as soon as its line has arrived. A JSONL line that is not such a record becomes an
 * error of its own; the other lines still run. A text or page over `limit` bytes is refused before it
 * is read.
 */
export async function* readUnits(
  source: InputSource,
  stdin: StdinChunks,
  format: InputFormat = 'auto',
  limit: number = MAX_INPUT_BYTES,
): AsyncGenerator<InputUnit | InputError> {
  const opened =
    source.path === undefined
      ? { chunks: stdin(), size: undefined }
      : await openInput({ ...source, path: source.path });
  let chunks = opened.chunks;
  let chosen = format === 'auto' ? formatByExtension(source) : format;
  if (chosen === 'auto') {
    const peeked = await peekFirstLine(chunks, limit);
    chunks = peeked.chunks;
    chosen = detectFormat(undefined, peeked.head);
  }
  if (chosen === 'jsonl') {
    for await (const line of readLines(chunks, limit)) {
      if ('error' in line) yield { id: `${source.id}:${line.number}`, error: line.error };
      else if (line.text.trim() !== '') yield parseJsonLine(source.id, line.text, line.number);
    }
    return;
  }
  if (opened.size !== undefined && opened.size > limit) throw tooLarge(describeBytes(opened.size), limit);
  const content = decodeText(await readAll(chunks, limit));
  yield chosen === 'html' ? { id: source.id, text: content, html: true } : { id: source.id, text: content };
}

/** `.html`/`.htm` files are pages and `.jsonl` files JSON lines; for other inputs, `auto`. */
function formatByExtension(source: InputSource): InputFormat {
  if (source.path === undefined) return 'auto';
  // The name given, not a link's target: `story.jsonl -> data/2025-10-17` is JSON lines.
  const extension = extname(source.id).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.jsonl') return 'jsonl';
  return 'auto';
}

/**
 * `auto`: `.html`/`.htm` files are pages and `.jsonl` files JSON lines; other files and standard input
 * are sniffed: a page starts with `<!doctype html>`, `<html` or `<head` (after comments), JSON lines
 * with a first line that parses as a record with a "text" or "html" string. The rest is prose.
 */
export function detectFormat(path: string | undefined, content: string): Exclude<InputFormat, 'auto'> {
  const extension = path ? extname(path).toLowerCase() : '';
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.jsonl') return 'jsonl';
  const start = content.slice(0, 4096).replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  if (/^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(start)) return 'html';
  if (start.startsWith('{')) {
    const newline = content.indexOf('\n');
    const firstLine = newline < 0 ? content : content.slice(0, newline);
    try {
      const record = JSON.parse(firstLine) as Record<string, unknown> | null;
      if (record && (typeof record['text'] === 'string' || typeof record['html'] === 'string')) return 'jsonl';
    } catch {
      // not JSON lines: prose that starts with a brace
    }
  }
  return 'text';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseJsonLines(fileId: string, content: string): (InputUnit | InputError)[] {
  return content
    .split('\n')
    .flatMap((line, index) => (line.trim() === '' ? [] : [parseJsonLine(fileId, line, index + 1)]));
}

/** One JSON line (`number` counts from 1) as a unit, or the error that says what is wrong with it. */
export function parseJsonLine(fileId: string, line: string, number: number): InputUnit | InputError {
  const fallbackId = `${fileId}:${number}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: fallbackId, error: `line ${number} is not valid JSON` };
  }
  const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const { text, html, id, date, url } = fields;
  if (typeof text !== 'string' && typeof html !== 'string') {
    return { id: fallbackId, error: `line ${number} has no "text" or "html" string` };
  }
  const unitId = typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : fallbackId;
  const unit: InputUnit =
    typeof text === 'string' ? { id: unitId, text } : { id: unitId, text: html as string, html: true };
  if (typeof date === 'string' && ISO_DATE.test(date.slice(0, 10))) unit.date = date.slice(0, 10);
  if (typeof url === 'string') unit.url = url;
  return unit;
}
