/**
 * Reading the Markdown docs as something a test can check: code samples to run, outputs to compare,
 * and figures tied to the command that prints them. Used by test/docs.test.ts (cheap checks, every
 * `npm test`) and test/helpers/docs-check.ts (`npm run docs:check`: the dataset evaluations).
 *
 * Conventions, written in the Markdown itself (HTML comments do not show on GitHub):
 * - A ```ts / ```js block is a sample: it runs as written against the built package.
 * - `<!-- output -->` before a ```text block: that block is exactly what the sample above prints.
 * - A ```console block: `$ news-extract ...` lines run (as `node dist/cli.js ...`); the lines under a
 *   command must appear in its output, in that order (a block may show a part of the output).
 * - `<!-- check: CMD -->` before a block: the block's lines appear, in order, in what the shell command
 *   CMD prints; cheap, run by the docs test. `<!-- eval: CMD -->`: the same, for commands that take
 *   minutes (dataset evaluations), run by `npm run docs:check`.
 * - A Markdown table right under such a marker is checked as a block (its rows as printed).
 * - `<!-- ignore: REGEX -->` after a check or eval marker: matches of REGEX (timings) are masked on both
 *   sides before comparing.
 */
import { readFileSync } from 'node:fs';

export interface CodeBlock {
  /** The fence's language, lower case ('' when none). */
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The HTML comments (inner text, trimmed) right before the fence, blank lines between allowed. */
  readonly markers: readonly string[];
}

/** Fenced code blocks of a Markdown text, with the comment markers that precede each. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let markers: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const comment = /^<!--\s*(.*?)\s*-->\s*$/.exec(line);
    if (comment) {
      markers.push(comment[1] ?? '');
      continue;
    }
    if (line.startsWith('|') && markers.length > 0) {
      // A Markdown table right under a marker is a block of its own: its rows are the lines to find.
      let j = i;
      while (j < lines.length && (lines[j] ?? '').startsWith('|')) j++;
      blocks.push({ lang: 'table', code: lines.slice(i, j).join('\n'), line: i + 1, markers });
      markers = [];
      i = j - 1;
      continue;
    }
    const fence = /^(\s*)(`{3,})\s*([\w-]*)/.exec(line);
    if (!fence) {
      if (line.trim() !== '') markers = [];
      continue;
    }
    const indent = fence[1]?.length ?? 0;
    const ticks = fence[2] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const inner = lines[j] ?? '';
      if (inner.trim().startsWith(ticks) && inner.trim().replace(/`/g, '') === '') break;
      body.push(inner.slice(Math.min(indent, inner.length - inner.trimStart().length)));
    }
    blocks.push({ lang: (fence[3] ?? '').toLowerCase(), code: body.join('\n'), line: i + 1, markers });
    markers = [];
    i = j;
  }
  return blocks;
}

export const SAMPLE_LANGS = new Set(['ts', 'typescript', 'js', 'javascript']);

/** The marker `name: value` of a block, if any. */
export function marker(block: CodeBlock, name: string): string | undefined {
  for (const text of block.markers) {
    if (text.startsWith(`${name}:`)) return text.slice(name.length + 1).trim();
  }
  return undefined;
}

export interface Mismatch {
  /** The first expected line not found in order. */
  readonly expected: string;
  /** The output line most like it (same first word), if any. */
  readonly nearest?: string;
}

/**
 * Whether every non-blank line of `expected` occurs in `actual`, in order (trailing spaces ignored;
 * `ignore` masks volatile parts such as timings on both sides). Returns the first line that does not.
 */
export function findMismatch(expected: string, actual: string, ignore?: RegExp): Mismatch | undefined {
  const mask = (line: string): string => (ignore ? line.replace(ignore, '…') : line).trimEnd();
  const want = expected
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(mask);
  const have = actual.split('\n').map(mask);
  let at = 0;
  for (const line of want) {
    const found = have.indexOf(line, at);
    if (found < 0) {
      const head = line.trim().split(/\s+/)[0] ?? '';
      const nearest = have.slice(at).find((candidate) => head !== '' && candidate.trim().startsWith(head));
      return nearest === undefined ? { expected: line } : { expected: line, nearest };
    }
    at = found + 1;
  }
  return undefined;
}

/** The `<!-- ignore: REGEX -->` of a block as a global regular expression. */
export function ignorePattern(block: CodeBlock): RegExp | undefined {
  const source = marker(block, 'ignore');
  return source ? new RegExp(source, 'g') : undefined; // regex-safety: a pattern from our own docs
}

export interface FigureCheck {
  readonly file: string;
  readonly block: CodeBlock;
  readonly kind: 'check' | 'eval';
  readonly command: string;
}

/** Every `check:` and `eval:` block of the given Markdown files. */
export function figureChecks(files: readonly string[], root: string): FigureCheck[] {
  const checks: FigureCheck[] = [];
  for (const file of files) {
    for (const block of codeBlocks(readFileSync(`${root}/${file}`, 'utf8'))) {
      for (const kind of ['check', 'eval'] as const) {
        const command = marker(block, kind);
        if (command) checks.push({ file, block, kind, command });
      }
    }
  }
  return checks;
}
