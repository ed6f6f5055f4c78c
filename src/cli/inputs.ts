import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

export interface InputSource {
  /** Id used in the output: the path as given (or `stdin`). */
  id: string;
  /** File path, or undefined for standard input. */
  path?: string;
}

export interface InputError {
  id: string;
  error: string;
}

export const INPUT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl']);

/**
 * Expands the command's paths into inputs, in the order given; directories are walked recursively in
 * sorted order. Paths that cannot be listed become errors; the rest still run.
 */
export async function collectInputs(paths: readonly string[]): Promise<(InputSource | InputError)[]> {
  const results: (InputSource | InputError)[] = [];
  for (const path of paths.length > 0 ? paths : ['-']) {
    if (path === '-') {
      results.push({ id: 'stdin' });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) results.push(...(await walk(path)));
      else results.push({ id: path, path });
    } catch (error) {
      results.push({ id: path, error: describeFsError(error) });
    }
  }
  return results;
}

async function walk(directory: string): Promise<(InputSource | InputError)[]> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    return [{ id: directory, error: describeFsError(error) }];
  }
  const results: (InputSource | InputError)[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) results.push(...(await walk(path)));
    else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) results.push({ id: path, path });
  }
  return results;
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
    default:
      return (error as Error)?.message ?? String(error);
  }
}

/** Reads and decodes an input as UTF-8 text; binary or invalid UTF-8 is an error, not garbage. */
export async function readInput(source: InputSource, stdin: () => Promise<Buffer>): Promise<string> {
  if (source.path === undefined) return decodeText(await stdin());
  // A FIFO or a device named `*.txt` would block the read forever (or never end): only regular files.
  if (!(await stat(source.path)).isFile()) throw new Error('not a regular file');
  return decodeText(await readFile(source.path));
}

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
 * Reads one input into the documents it holds: one for text, Markdown and HTML pages (read by
 * `extractHtml`), one per line for JSON lines (`{"text" | "html", "id"?, "date"?, "url"?}`). A JSONL
 * line that is not such a record becomes an error of its own; the other lines still run.
 */
export async function readUnits(
  source: InputSource,
  stdin: () => Promise<Buffer>,
  format: InputFormat = 'auto',
): Promise<(InputUnit | InputError)[]> {
  const content = await readInput(source, stdin);
  const chosen = format === 'auto' ? detectFormat(source.path, content) : format;
  if (chosen === 'html') return [{ id: source.id, text: content, html: true }];
  if (chosen === 'jsonl') return parseJsonLines(source.id, content);
  return [{ id: source.id, text: content }];
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
  const units: (InputUnit | InputError)[] = [];
  const lines = content.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const fallbackId = `${fileId}:${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      units.push({ id: fallbackId, error: `line ${index + 1} is not valid JSON` });
      return;
    }
    const { text, html, id, date, url } = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
    if (typeof text !== 'string' && typeof html !== 'string') {
      units.push({ id: fallbackId, error: `line ${index + 1} has no "text" or "html" string` });
      return;
    }
    const unitId = typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : fallbackId;
    const unit: InputUnit = typeof text === 'string' ? { id: unitId, text } : { id: unitId, text: html as string, html: true };
    if (typeof date === 'string' && ISO_DATE.test(date.slice(0, 10))) unit.date = date.slice(0, 10);
    if (typeof url === 'string') unit.url = url;
    units.push(unit);
  });
  return units;
}
