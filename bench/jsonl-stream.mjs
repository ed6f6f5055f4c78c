// Bounded memory for a large JSON lines file (#15, item 3), measured on the built command: generates
// `sizeMB` of JSONL in the temporary folder (records of 64 KB that carry no article, and so become
// cheap error records, with a short real article every 8th record and one 100 MB line past the
// per-line limit), runs `node dist/cli.js <file> -f jsonl -q` over it, checks that one output line
// came out per record, and reports the command's peak resident set size (getrusage maxRSS).
// Usage: node bench/jsonl-stream.mjs [sizeMB=256] [--no-overlong] [extra command arguments...]
// (`--no-overlong` leaves out the 100 MB line, for a command that would try to extract it;
// `--stdin` gives the file on standard input with `-i jsonl`, the command as a filter.)
// The file is deleted afterwards. A 2 GB run takes about a minute of generation plus the extraction.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [sizeArg = '256', ...rest] = process.argv.slice(2);
const overlong = !rest.includes('--no-overlong');
const viaStdin = rest.includes('--stdin');
const extra = rest.filter((arg) => arg !== '--no-overlong' && arg !== '--stdin');
const targetBytes = Number(sizeArg) * 1024 * 1024;
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const file = join(tmpdir(), `news-extract-stream-${process.pid}.jsonl`);

const ARTICLES = [
  'Mayor Ana Ruiz said on Monday that the harbour bridge would reopen in May.',
  '"We will not wait for the ministry," said Tom Okafor, who chairs the residents\' association.',
  'The council met in Leeds on Tuesday and voted 7-2 to fund the repairs.',
];
const padding = 'p'.repeat(64 * 1024 - 40);

async function generate() {
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  const write = async (line) => {
    if (!out.write(line)) await once(out, 'drain');
    written += Buffer.byteLength(line);
    records += 1;
  };
  while (written < targetBytes) {
    if (records === 100 && overlong) {
      // One line over the 64 MB per-line limit: skipped without being held, reported alone.
      await write(`{"id":"huge","text":"${'h'.repeat(100 * 1024 * 1024)}"}\n`);
    } else if (records % 8 === 0) {
      await write(`${JSON.stringify({ id: `a${records}`, text: ARTICLES[records % ARTICLES.length] })}\n`);
    } else {
      await write(`${JSON.stringify({ id: `p${records}`, note: padding })}\n`);
    }
  }
  out.end();
  await once(out, 'finish');
  return records;
}

const started = Date.now();
const records = await generate();
const generatedIn = (Date.now() - started) / 1000;

// Prints the process's peak RSS on exit, from getrusage: the true peak, not a sample.
const preload =
  'data:text/javascript,' +
  `process.on('exit',()=>process.stderr.write('maxRSS '+process.resourceUsage().maxRSS+'\\n'))`;
const input = viaStdin ? ['-i', 'jsonl'] : [file];
const child = spawn(process.execPath, ['--import', preload, cli, ...input, '-f', 'jsonl', '-q', ...extra], {
  stdio: [viaStdin ? openSync(file, 'r') : 'ignore', 'pipe', 'pipe'],
});
let lines = 0;
let articles = 0;
let tooLarge = 0;
let tail = '';
child.stdout.on('data', (chunk) => {
  const text = tail + chunk.toString('utf8');
  const parts = text.split('\n');
  tail = parts.pop();
  for (const line of parts) {
    lines += 1;
    if (line.startsWith('{"id":"a')) articles += 1;
    if (line.includes('is too large')) tooLarge += 1;
  }
});
let stderrTail = '';
child.stderr.on('data', (chunk) => (stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4096)));
const runStarted = Date.now();
const [code] = await once(child, 'close');
const maxRssKB = Number(/maxRSS (\d+)/.exec(stderrTail)?.[1] ?? NaN);
const result = {
  fileMB: Math.round(statSync(file).size / 1024 / 1024),
  records,
  outputLines: lines,
  articles,
  tooLargeLines: tooLarge,
  exitCode: code,
  peakRssMB: Math.round(maxRssKB / 1024),
  generateSeconds: generatedIn,
  runSeconds: (Date.now() - runStarted) / 1000,
  args: [...input.filter((arg) => arg !== file), ...extra],
};
rmSync(file, { force: true });
console.log(JSON.stringify(result));
if (lines !== records || tooLarge !== (overlong && records > 100 ? 1 : 0)) {
  console.error('FAIL: one output line per record expected');
  process.exitCode = 1;
}
