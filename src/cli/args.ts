import { parseArgs } from 'node:util';
import { isCalendarDate } from '../options.js';
import { INPUT_FORMATS, type InputFormat, type WalkOptions } from './inputs.js';

export const FORMATS = ['json', 'jsonl', 'pretty', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  /** How inputs are read (`auto`: by extension, else by their first bytes). */
  inputFormat: InputFormat;
  date?: string;
  /** Quote stage scope (`QuoteOptions.scope`). */
  scope?: 'statements' | 'attributions';
  /** Run the entity stage without its learned recognizer (`entities: { model: false }`). */
  noEntityModel: boolean;
  /** How numeric dates such as 05/06/2015 are read (`dates.order`); unset: guessed per document. */
  dateOrder?: 'month-first' | 'day-first';
  /** How directories are walked: links out of them, dot entries, `node_modules`. */
  walk: WalkOptions;
  out?: string;
  tokens: boolean;
  quiet: boolean;
  /** Aggregate every input into one story. */
  story: boolean;
  /** Worker threads; 1 runs in-process; undefined: chosen by the size of the batch (run.ts). */
  jobs?: number;
  help: boolean;
  version: boolean;
}

const SCOPES = ['statements', 'attributions'] as const;
/** `--date-order` values and the `dates.order` each stands for. */
const DATE_ORDERS = { mdy: 'month-first', dmy: 'day-first' } as const;

export class UsageError extends Error {}

export const HELP = `Usage: news-extract [options] [paths...]

Reads news articles and prints who is mentioned, who said what, and when.

Paths are files, directories (searched recursively for .txt, .md, .html and .jsonl files) or "-"
for standard input. With no paths, standard input is read (on a terminal, this usage is shown). A
.html file is a web page: its article, title, date, outlet and byline are read from it. A .jsonl file
holds one article per line: {"text": ..., "id"?, "date"?, "url"?}, or {"html": ...} for a page.

Options:
  -f, --format <json|jsonl|pretty|html>
                                    output format (default: json); html is one self-contained report
  -i, --input-format <auto|text|html|jsonl>
                                    how inputs are read (default: auto: .html pages, .jsonl lines,
                                    other files and standard input sniffed for a page or JSON lines)
  -s, --story                       one story from all inputs: entities linked across articles,
                                    statements per speaker across outlets, a timeline
  -j, --jobs <n>                    worker threads (default: one per 512 KB of input, at most 4 and
                                    the number of cores; 1 = in-process)
  -d, --date <YYYY-MM-DD>           reference date for articles that carry no publication date
      --date-order <mdy|dmy>        read numeric dates such as 05/06/2015 month-first or day-first
                                    (default: guessed from each article's other dates)
      --scope <statements|attributions>
                                    quotes to report: reported statements (default), or every
                                    attribution as PARC/PolNeAR mark them (nested ones, stances)
      --no-entity-model             entities from titles, rules and word lists only: faster, with
                                    much lower recall (docs/EVALUATION.md, Entities)
  -o, --out <dir>                   write one <name>.json per input into <dir> instead of stdout
                                    (story.<format> with --story, report.html with --format html)
      --tokens                      include tokens in JSON output
      --follow-symlinks             in directories, follow symbolic links wherever they lead (default:
                                    only to files inside the directory given; others are errors)
      --hidden                      in directories, read dot files and walk dot folders (.git, ...)
      --no-ignore                   in directories, walk node_modules folders too
  -q, --quiet                       no progress bar or summary on stderr
  -h, --help                        show this help
  -v, --version                     show the version

Directories are walked without dot entries and node_modules, and never out through a link (see
--follow-symlinks, --hidden, --no-ignore). JSON lines are read a line at a time, at any size, and
each result is written as soon as it is ready: news-extract -i jsonl -f jsonl < in.jsonl > out.jsonl
is a streaming filter. Any other input, and any one JSON line, may hold at most 64 MB.

Exit status: 0 when every input was processed, 1 when some input could not be read, 2 for bad arguments.
`;

/**
 * The options, as node:util parseArgs takes them: the one table the parser, and the suggestions for
 * a mistyped option, are made from.
 */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'input-format': { type: 'string', short: 'i' },
  date: { type: 'string', short: 'd' },
  'date-order': { type: 'string' },
  scope: { type: 'string' },
  'no-entity-model': { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  tokens: { type: 'boolean' },
  story: { type: 'boolean', short: 's' },
  jobs: { type: 'string', short: 'j' },
  'follow-symlinks': { type: 'boolean' },
  hidden: { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(describeParseError(error as NodeJS.ErrnoException));
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${values.format}" (expected ${FORMATS.join(', ')})`);
  }
  const inputFormat = (values['input-format'] ?? 'auto') as InputFormat;
  if (!INPUT_FORMATS.includes(inputFormat)) {
    throw new UsageError(`--input-format expects ${INPUT_FORMATS.join(', ')}, got "${values['input-format']}"`);
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new UsageError(`--date expects a calendar date as YYYY-MM-DD, got "${values.date}"`);
  }
  if (values.scope !== undefined && !SCOPES.includes(values.scope as (typeof SCOPES)[number])) {
    throw new UsageError(`--scope expects ${SCOPES.join(' or ')}, got "${values.scope}"`);
  }
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && !Object.hasOwn(DATE_ORDERS, dateOrder)) {
    throw new UsageError(`--date-order expects mdy or dmy, got "${dateOrder}"`);
  }
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a directory');
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^\d{1,4}$/.test(values.jobs) || Number(values.jobs) < 1) {
      throw new UsageError(`--jobs expects a whole number from 1, got "${values.jobs}"`);
    }
    jobs = Number(values.jobs);
  }
  return {
    paths: positionals,
    format,
    inputFormat,
    date: values.date,
    ...(values.scope !== undefined ? { scope: values.scope as (typeof SCOPES)[number] } : {}),
    noEntityModel: values['no-entity-model'] ?? false,
    ...(dateOrder !== undefined ? { dateOrder: DATE_ORDERS[dateOrder as keyof typeof DATE_ORDERS] } : {}),
    walk: {
      followSymlinks: values['follow-symlinks'] ?? false,
      hidden: values.hidden ?? false,
      noIgnore: values['no-ignore'] ?? false,
    },
    out: values.out,
    tokens: values.tokens ?? false,
    story: values.story ?? false,
    ...(jobs !== undefined ? { jobs } : {}),
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/** A day written YYYY-MM-DD alone (no time), that exists. */
function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value);
}

/** parseArgs' message, shorter, with the nearest option for a mistyped one ("--fromat": "--format"). */
function describeParseError(error: NodeJS.ErrnoException): string {
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(error.message)?.[1];
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !unknown) return error.message;
  const suggestion = suggestOption(unknown);
  return `unknown option ${unknown}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
}

/** The option closest to `given` within two edits (a swap of neighbours counts as one), if any. */
export function suggestOption(given: string): string | undefined {
  const word = given.replace(/^-+/, '').split('=')[0] ?? '';
  let best: { name: string; distance: number } | undefined;
  for (const name of Object.keys(OPTIONS)) {
    const distance = editDistance(word.toLowerCase(), name);
    if (distance <= Math.min(2, Math.max(1, name.length >> 2)) && (!best || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best && `--${best.name}`;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}
