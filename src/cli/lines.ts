/** One line of a byte stream: its text, or why it could not be read. Numbers count from 1. */
export type Line = { number: number; text: string } | { number: number; error: string };

/**
 * Splits a byte stream into lines as the bytes arrive, holding at most one line in memory: a 2 GB JSON
 * lines file is read in the memory of its longest line, and a record is handed on as soon as its
 * newline arrives (a filter's first result does not wait for the end of its input). A line longer than
 * `maxLineBytes` is skipped up to its newline without being kept and becomes an error; so does a line
 * that is not UTF-8. A byte order mark before the first line is dropped.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  // The first line loses a byte order mark, as a text editor drops it; a later one keeps it (and is
  // then not JSON).
  const firstLine = new TextDecoder('utf-8', { fatal: true });
  const laterLine = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let length = 0;
  let overlong = false;
  let number = 0;

  const finish = (): Line => {
    number += 1;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    const wasOverlong = overlong;
    parts = [];
    length = 0;
    overlong = false;
    if (wasOverlong) return { number, error: `line ${number} is too large (over ${describeBytes(maxLineBytes)})` };
    try {
      return { number, text: (number === 1 ? firstLine : laterLine).decode(bytes) };
    } catch {
      return { number, error: `line ${number} is not valid UTF-8 text` };
    }
  };
  const keep = (piece: Uint8Array) => {
    if (overlong || piece.length === 0) return;
    if (length + piece.length > maxLineBytes) {
      overlong = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(piece);
    length += piece.length;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline >= 0; newline = chunk.indexOf(0x0a, start)) {
      // A copy: the stream may reuse its buffer, and a kept line must not pin a whole 64 KB chunk.
      keep(chunk.slice(start, newline));
      yield finish();
      start = newline + 1;
    }
    keep(chunk.slice(start));
  }
  if (length > 0 || overlong) yield finish();
}

export function describeBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 && value % 1 !== 0 ? 1 : 0)} ${units[unit]}`;
}
