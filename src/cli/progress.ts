import { forTerminalLine } from './terminal.js';

/**
 * A one-line progress bar on stderr, redrawn in place: only when stderr is a terminal and the user did
 * not ask for quiet (a pipe or a log file gets nothing).
 */
export interface Progress {
  /** Records one finished input. */
  tick(label: string): void;
  /** Raises the expected total (a JSONL file turns out to hold several articles). */
  expect(total: number): void;
  done(): void;
}

export function createProgress(
  stream: { write(chunk: string): unknown },
  enabled: boolean,
  total: number,
  columns = 80,
): Progress {
  let finished = 0;
  let expected = total;
  if (!enabled) return { tick() {}, expect() {}, done() {} };
  const draw = (label: string) => {
    const width = 24;
    const filled = expected > 0 ? Math.round((width * Math.min(finished, expected)) / expected) : 0;
    const head = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${finished}/${expected} `;
    const room = Math.max(0, columns - head.length - 1);
    const safe = forTerminalLine(label);
    const tail = safe.length > room ? `…${safe.slice(safe.length - room + 1)}` : safe;
    stream.write(`\r\x1b[K${head}${room > 1 ? tail : ''}`);
  };
  return {
    tick(label) {
      finished += 1;
      draw(label);
    },
    expect(total) {
      expected = Math.max(expected, total);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
