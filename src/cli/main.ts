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

// Interrupted: the files being written are temporaries beside their final names; remove them, so
// that a killed run leaves complete files only.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    removeTemporaries();
    process.exit(code);
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
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`news-extract: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
