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

const TEXT_EXTENSIONS = new Set(['.txt']);

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
    else if (TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) results.push({ id: path, path });
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
  const bytes = source.path === undefined ? await stdin() : await readFile(source.path);
  return decodeText(bytes);
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
