/**
 * Robustness to real-world characters: CoNLL-2003 dev (entities) and PolNeAR dev (quotes) as they are
 * and perturbed by eval/perturb.ts (diacritic-rich names, invisible characters inside long words).
 *
 *   npm run eval:robust
 *
 * Rows: the unchanged text; the perturbation (`all`); and the control `plain-names` (the same new
 * names in their plain spelling, no invisible characters), which tells what the characters cost from
 * what meeting a new name costs. Goal: entity F1, quote F1 and speaker accuracy of `all` within 0.5
 * points of the unchanged text. Word splits: every token of the unchanged text, carried to the
 * perturbed text, must be a token there too (no name or word cut at a diacritic or invisible mark).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/text/tokenize.js';
import { requireDataset } from './datasets.js';
import { type PerturbMode, perturb } from './perturb.js';
import { datasetsDir, formatTable } from './score.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const datasets = datasetsDir(root);
requireDataset('eval:robust', datasets);

function run(script: string, mode: PerturbMode | undefined): string {
  const args = ['--import', 'tsx', join(root, 'eval', script), ...(mode ? ['--robust', mode] : [])];
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The numeric cells of the first table row that starts with `label`. */
function cells(output: string, label: string): number[] {
  const line = output.split('\n').find((row) => row.startsWith(label));
  if (!line) throw new Error(`eval:robust: no row "${label}" in the output`);
  return line.slice(label.length).trim().split(/\s+/).map(Number);
}

interface Figures {
  entityF1: number;
  quoteF1: number;
  speaker: number;
}

function figures(mode: PerturbMode | undefined): Figures {
  const ner = cells(run('ner.ts', mode), 'news-extract pipeline (doc.entities)');
  const quotes = cells(run('quotes.ts', mode), 'news-extract, scope statements (default)');
  // ner: PER ORG LOC MISC F1, micro P, R, F1, docs/s; quotes: P, R, F1, speaker acc, cue recall, ...
  return { entityF1: ner[6] ?? NaN, quoteF1: quotes[2] ?? NaN, speaker: quotes[3] ?? NaN };
}

function texts(file: string): string[] {
  return readFileSync(join(datasets, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Tokens of the unchanged text that are not tokens of the perturbed text, where they were carried. */
function wordSplits(docs: readonly string[]): { tokens: number; split: number; examples: string[] } {
  let tokens = 0;
  let split = 0;
  const examples: string[] = [];
  for (const text of docs) {
    const changed = perturb(text, 'all');
    const after = new Set(tokenize(changed.text).tokens.map((token) => `${token.start}:${token.end}`));
    for (const token of tokenize(text).tokens) {
      tokens++;
      const start = changed.mapOffset(token.start);
      const end = changed.mapOffset(token.end);
      if (after.has(`${start}:${end}`)) continue;
      split++;
      if (examples.length < 5) examples.push(JSON.stringify(changed.text.slice(start, end)));
    }
  }
  return { tokens, split, examples };
}

const unchanged = figures(undefined);
const perturbed = figures('all');
const control = figures('plain-names');
const point = (value: number): string => value.toFixed(1);
const delta = (value: number, base: number): string => `${value - base >= 0 ? '+' : ''}${(value - base).toFixed(1)}`;
console.log(
  'CoNLL-2003 dev (entity micro F1, pipeline) and PolNeAR dev (quote F1 and speaker accuracy, default scope).\n',
);
console.log(
  formatTable([
    ['text', 'entity F1', 'quote F1', 'speaker acc'],
    ['unchanged', point(unchanged.entityF1), point(unchanged.quoteF1), point(unchanged.speaker)],
    ['perturbed (names + invisibles)', point(perturbed.entityF1), point(perturbed.quoteF1), point(perturbed.speaker)],
    [
      '  difference',
      delta(perturbed.entityF1, unchanged.entityF1),
      delta(perturbed.quoteF1, unchanged.quoteF1),
      delta(perturbed.speaker, unchanged.speaker),
    ],
    ['control: new names, plain spelling', point(control.entityF1), point(control.quoteF1), point(control.speaker)],
  ]),
);

const conll = texts('conll2003/testa.docs.jsonl');
const polnear = texts('polnear/dev.jsonl');
let counts = { names: 0, invisibles: 0 };
for (const text of [...conll, ...polnear]) {
  const changed = perturb(text, 'all');
  counts = { names: counts.names + changed.names, invisibles: counts.invisibles + changed.invisibles };
}
const splits = wordSplits([...conll, ...polnear]);
console.log(`\n${counts.names} names replaced, ${counts.invisibles} invisible characters inserted.`);
console.log(
  `Word splits: ${splits.split} of ${splits.tokens} tokens of the unchanged ` +
    `text are not tokens of the perturbed text${splits.examples.length ? `: ${splits.examples.join(', ')}` : ''}.`,
);
const within = (value: number, base: number): boolean => Math.abs(value - base) <= 0.5 + 1e-9;
const met =
  within(perturbed.entityF1, unchanged.entityF1) &&
  within(perturbed.quoteF1, unchanged.quoteF1) &&
  within(perturbed.speaker, unchanged.speaker) &&
  splits.split === 0;
console.log(`Goal (every figure within 0.5 points, no word split): ${met ? 'met' : 'NOT met'}.`);
