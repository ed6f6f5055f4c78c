/**
 * Lines of code at most 120 characters long, as Biome's formatter writes them (biome.json lineWidth).
 * The check formats a copy of the code first, so that it counts only what the formatter cannot wrap:
 * long strings, comments and regular expressions. `npm run lint` runs it after `biome lint`.
 *
 *   npx tsx scripts/check-line-length.ts            # fails on any line over 120
 *   npx tsx scripts/check-line-length.ts --list     # lists the long lines too
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX = 120;
const FOLDERS = ['src', 'test', 'scripts', 'eval', 'bench'];
const CODE = /\.(?:ts|mts|js|mjs|cjs)$/;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...FOLDERS], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => CODE.test(file));

const scratch = mkdtempSync(join(tmpdir(), 'news-extract-lines-'));
try {
  for (const file of files) cpSync(join(ROOT, file), join(scratch, file));
  cpSync(join(ROOT, 'biome.json'), join(scratch, 'biome.json'));
  const biome = join(ROOT, 'node_modules/.bin/biome');
  const present = FOLDERS.filter((folder) => files.some((file) => file.startsWith(`${folder}/`)));
  execFileSync(biome, ['format', '--write', '--vcs-enabled=false', ...present], { cwd: scratch, stdio: 'pipe' });
  const list = process.argv.includes('--list');
  const problems: string[] = [];
  for (const file of files) {
    const lines = readFileSync(join(scratch, file), 'utf8').split('\n');
    const long = lines.flatMap((line, i) =>
      line.length > MAX ? [`${file}:${i + 1} (${line.length} after formatting)`] : [],
    );
    if (list) for (const line of long) console.log(line);
    problems.push(...long);
  }
  if (problems.length > 0) {
    console.error(`check-line-length: lines longer than ${MAX} characters after formatting:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else console.log(`check-line-length: ${files.length} files, no line over ${MAX} characters`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
