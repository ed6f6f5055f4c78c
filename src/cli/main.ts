import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import { removeTemporaries } from './output.js';
import { runCli } from './run.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A closed pipe (`news-extract ... | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** The same command under a smaller heap (run.ts: an input too large for V8's default heap growth). */
let child: ChildProcess | undefined;

// Interrupted: the files being written are temporaries beside their final names; remove them, so
// that a killed run leaves complete files only. A child running the command is stopped first.
// A second signal (Ctrl-C reaches a child from the terminal and again from its parent) is ignored
// while the first is handled.
let stopping = false;
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.once('exit', () => process.exit(code));
      child.kill(signal);
      return;
    }
    removeTemporaries();
    process.exit(code);
  });
}

function respawn(heapMB: number): Promise<number> {
  const script = process.argv[1] ?? '';
  const inherited = process.execArgv.filter((arg) => !arg.startsWith('--max-old-space-size'));
  const args = [...inherited, `--max-old-space-size=${heapMB}`];
  return new Promise((resolve) => {
    // The child never re-spawns (NODE_OPTIONS could hold a larger limit than the one given here).
    const env = { ...process.env, NEWS_EXTRACT_RESPAWNED: '1' };
    child = spawn(process.execPath, [...args, script, ...process.argv.slice(2)], { stdio: 'inherit', env });
    child.once('error', (error) => {
      process.stderr.write(`news-extract: cannot start a process with a ${heapMB} MB heap: ${error.message}\n`);
      resolve(70);
    });
    child.once('exit', (status, signal) => resolve(status ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
  });
}

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  stdinStream: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  columns: process.stderr.columns,
  ...(process.env['NEWS_EXTRACT_RESPAWNED'] ? {} : { respawn }),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`news-extract: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
