import { basename, extname, join } from 'node:path';
import { htmlReportParts, storyHtmlParts } from '../render/html.js';
import { renderPretty, renderStoryPretty } from '../render/pretty.js';
import { aggregate } from '../story/aggregate.js';
import { storyPart } from '../story/part.js';
import type { Story } from '../story/types.js';
import type { NewsDocument } from '../types.js';
import type { CliOptions, Format } from './args.js';
import { describeFsError, type InputError } from './inputs.js';
import { AtomicFile, JsonArrayWriter, jsonPieces, Spool, streamWriter, type Writer, writeJson } from './output.js';
import type { CliIO, Outcome } from './run.js';
import { forTerminal } from './terminal.js';

/**
 * Where the command's results go, one outcome at a time, in input order. `add` and `end` return how
 * many more failures to count (a file that could not be written). Nothing holds every document:
 * JSON is written record by record, a report article by article (through a spool file, since its
 * title counts the articles), and a story keeps of each document what the story reads (statements,
 * entities, dates and the sentences around them), not its text and tokens.
 */
export interface Sink {
  add(outcome: Outcome): Promise<number>;
  end(): Promise<number>;
  /** Removes what an interrupted run would leave half-written. */
  abort(): Promise<void>;
}

type Io = Pick<CliIO, 'stdout' | 'stderr'>;

/** What a story is written with, besides the story: its error records and, if asked for, every article. */
interface StoryExtras {
  /** The story with the inputs that could not be read, as JSON writes it. */
  withErrors: Story & { errors?: InputError[] };
  /** The articles' documents in input order (only for a format that asks for them: `articles`). */
  articles: AsyncIterable<NewsDocument> | undefined;
}

/** One output format of the command: how a batch's results are written, and how a story is. */
interface OutputFormat {
  /** The results of a batch, in input order, as they arrive. */
  batch(options: CliOptions, io: Io): Sink;
  story: {
    /** The file `--out` writes the story to. */
    file: string;
    /** The format shows every article under the story: their documents are spooled until the end. */
    articles?: boolean;
    write(out: Writer, story: Story, extras: StoryExtras): Promise<void>;
  };
}

/**
 * The command's formats (issue #18): format name to its writers. A new format is one row here and its
 * name in args.ts `FORMATS` (the `Record` type asks for the row). With `--out`, the record formats
 * write one `<name>.json` per input.
 */
export const OUTPUT_FORMATS: Record<Format, OutputFormat> = {
  json: {
    batch: (options, io) => (options.out ? perInputSink(options.out, io, options.quiet) : jsonSink(options, io)),
    story: {
      file: 'story.json',
      write: (out, _story, { withErrors }) => writeStoryJson(out, withErrors, 2),
    },
  },
  jsonl: {
    batch: (options, io) => (options.out ? perInputSink(options.out, io, options.quiet) : jsonlSink(io)),
    story: {
      file: 'story.jsonl',
      write: (out, _story, { withErrors }) => writeStoryJson(out, withErrors, 0),
    },
  },
  pretty: {
    batch: (options, io) => (options.out ? perInputSink(options.out, io, options.quiet) : prettySink(io)),
    story: { file: 'story.txt', write: (out, story) => out.write(renderStoryPretty(story)) },
  },
  html: {
    batch: reportSink,
    story: {
      file: 'story.html',
      articles: true,
      async write(out, story, { articles }) {
        const parts = storyHtmlParts(story, articles !== undefined);
        await out.write(parts.head);
        let index = 0;
        if (articles) for await (const doc of articles) await out.write(`\n${parts.article(doc, index++)}`);
        await out.write(parts.tail);
      },
    },
  },
};

export function createSink(options: CliOptions, io: Io): Sink {
  return options.story ? storySink(options, io) : OUTPUT_FORMATS[options.format].batch(options, io);
}

/** `--format json` to stdout: one object for one input, else an array, record by record. */
function jsonSink(options: CliOptions, io: Io): Sink {
  const onTooLarge = (failed: unknown) => tooLarge(io, failed as NewsDocument | InputError, 1);
  const array = new JsonArrayWriter(streamWriter(io.stdout), options.paths.length <= 1, onTooLarge);
  return { add: async (outcome) => array.add(record(outcome)), end: async () => array.end(), abort: async () => {} };
}

/** `--format jsonl` to stdout: one line a record, each written as soon as it is ready. */
function jsonlSink(io: Io): Sink {
  const out = streamWriter(io.stdout);
  return {
    add: async (outcome) => tooLarge(io, record(outcome), await writeJson(out, record(outcome), 0, '', '\n')),
    end: async () => 0,
    abort: async () => {},
  };
}

/** `--format pretty` to stdout: a summary per article (inputs that failed are on stderr already). */
function prettySink(io: Io): Sink {
  const out = streamWriter(io.stdout);
  return {
    async add(outcome) {
      if (outcome.ok) await out.write(`${renderPretty(outcome.doc)}\n`);
      return 0;
    },
    end: async () => 0,
    abort: async () => {},
  };
}

/** Says on stderr that a result was too large to write (an error record took its place). */
function tooLarge(io: Io, written: NewsDocument | InputError, failed: number): number {
  if (failed > 0) {
    io.stderr.write(`news-extract: ${forTerminal(String(written.id))}: result too large to write as one JSON record\n`);
  }
  return failed;
}

function record(outcome: Outcome): NewsDocument | InputError {
  return outcome.ok ? outcome.doc : outcome.failure;
}

/**
 * Output file names for inputs, distinct and deterministic: `x.json` for a result, `x.error.json`
 * for an error record, then `x-2.json`, `x-3.error.json`, ... in input order when a name is taken
 * ("x.error.txt" read well and "x.txt" unreadable both want "x.error.json"). Compared without case,
 * for file systems that ignore it.
 */
export class OutputNames {
  private readonly used = new Set<string>();

  allocate(id: string, failed: boolean): { name: string; wanted: string } {
    const base = id === 'stdin' ? 'stdin' : basename(id, extname(id)) || 'input';
    const suffix = failed ? '.error.json' : '.json';
    const wanted = `${base}${suffix}`;
    let name = wanted;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base}-${n}${suffix}`;
    this.used.add(name.toLowerCase());
    return { name, wanted };
  }
}

function perInputSink(directory: string, io: Io, quiet: boolean): Sink {
  const names = new OutputNames();
  let total = 0;
  let written = 0;
  return {
    async add(outcome) {
      total += 1;
      const id = outcome.ok ? outcome.doc.id : outcome.failure.id;
      const { name, wanted } = names.allocate(id, !outcome.ok);
      if (name !== wanted) {
        const why = `(${forTerminal(wanted)} is another input's)`;
        io.stderr.write(`news-extract: ${forTerminal(id)}: written as ${forTerminal(name)} ${why}\n`);
      }
      let file: AtomicFile | undefined;
      try {
        file = await AtomicFile.create(directory, name);
        const failed = await writeJson(file, record(outcome), 2, '', '\n');
        await file.commit();
        if (outcome.ok && !failed) written += 1;
        return tooLarge(io, record(outcome), failed);
      } catch (error) {
        await file?.abort();
        const reason = describeFsError(error);
        io.stderr.write(`news-extract: cannot write ${forTerminal(join(directory, name))}: ${reason}\n`);
        return 1;
      }
    },
    async end() {
      if (!quiet) io.stderr.write(`news-extract: wrote ${written} of ${total} inputs to ${forTerminal(directory)}\n`);
      return 0;
    },
    abort: async () => {},
  };
}

/** One output made at the end: to `--out`'s directory under `name` (through a temporary file), or to stdout. */
async function writeOne(
  options: CliOptions,
  io: Io,
  name: string,
  summary: string,
  body: (out: Writer) => Promise<void>,
): Promise<number> {
  if (!options.out) {
    await body(streamWriter(io.stdout));
    return 0;
  }
  const path = join(options.out, name);
  let file: AtomicFile | undefined;
  try {
    file = await AtomicFile.create(options.out, name);
    await body(file);
    await file.commit();
    if (!options.quiet) io.stderr.write(`news-extract: wrote ${forTerminal(path)} ${summary}\n`);
    return 0;
  } catch (error) {
    await file?.abort();
    io.stderr.write(`news-extract: cannot write ${forTerminal(path)}: ${describeFsError(error)}\n`);
    return 1;
  }
}

/** `--format html`: one report; articles are rendered as they come and spooled until the title is known. */
function reportSink(options: CliOptions, io: Io): Sink {
  let spool: Spool | undefined;
  let first: NewsDocument | undefined;
  let total = 0;
  return {
    async add(outcome) {
      total += 1;
      if (!outcome.ok) return 0;
      spool ??= await Spool.create();
      first ??= outcome.doc;
      // Rendered now with its final anchor (a1, a2, ...): only the head needs the count.
      const parts = htmlReportParts(2, undefined);
      await spool.append(JSON.stringify(parts.article(outcome.doc, spool.count)));
      return 0;
    },
    async end() {
      const count = spool?.count ?? 0;
      try {
        return await writeOne(options, io, 'report.html', `from ${count} of ${total} inputs`, async (out) => {
          const parts = htmlReportParts(count, first);
          await out.write(parts.head);
          if (spool) for await (const line of spool.lines()) await out.write(`\n${JSON.parse(line) as string}`);
          await out.write(parts.tail);
        });
      } finally {
        await spool?.dispose();
      }
    },
    abort: async () => spool?.dispose(),
  };
}

/** `--story`: what the story reads of each document, kept; the documents spooled for a format that shows them. */
function storySink(options: CliOptions, io: Io): Sink {
  const format = OUTPUT_FORMATS[options.format].story;
  const docs: NewsDocument[] = [];
  const errors: InputError[] = [];
  let spool: Spool | undefined;
  let total = 0;
  return {
    async add(outcome) {
      total += 1;
      if (!outcome.ok) {
        errors.push(outcome.failure);
        return 0;
      }
      docs.push(forStory(outcome.doc));
      if (format.articles) {
        spool ??= await Spool.create();
        await spool.append(JSON.stringify(outcome.doc));
      }
      return 0;
    },
    async end() {
      const story = aggregate(docs);
      docs.length = 0;
      const summary = `from ${story.articles.length} of ${total} inputs`;
      const withErrors = errors.length > 0 ? { ...story, errors } : story;
      const articles = spool && spooled(spool);
      try {
        const write = (out: Writer) => format.write(out, story, { withErrors, articles });
        return await writeOne(options, io, format.file, summary, write);
      } finally {
        await spool?.dispose();
      }
    },
    abort: async () => spool?.dispose(),
  };
}

async function* spooled(spool: Spool): AsyncGenerator<NewsDocument> {
  for await (const line of spool.lines()) yield JSON.parse(line) as NewsDocument;
}

/**
 * A story as JSON (`JSON.stringify(story, null, space)` and a line break), written in chunks of about
 * 64 K characters: the story grows with its articles (18.7 MB of articles made 62 MB of JSON, 128 MB
 * as one string), and one string of it was the command's last peak. Walked down to each statement's
 * version and each date mention (`jsonPieces`).
 */
async function writeStoryJson(out: Writer, story: unknown, space: number): Promise<void> {
  let chunk = '';
  for (const piece of jsonPieces(story, space, 6)) {
    chunk += piece;
    if (chunk.length >= 1 << 16) {
      await out.write(chunk);
      chunk = '';
    }
  }
  await out.write(`${chunk}\n`);
}

/** What a story keeps of each article (`storyPart`, src/story/part.ts). */
export const forStory = storyPart;
