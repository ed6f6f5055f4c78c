import { basename, extname, join } from 'node:path';
import { htmlReportParts, storyHtmlParts } from '../render/html.js';
import { renderPretty, renderStoryPretty } from '../render/pretty.js';
import { aggregate } from '../story/aggregate.js';
import type { Mention, NewsDocument, Span } from '../types.js';
import type { CliOptions } from './args.js';
import { describeFsError, type InputError } from './inputs.js';
import { AtomicFile, JsonArrayWriter, Spool, streamWriter, stringifyRecord, writeFileAtomic, type Writer } from './output.js';
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

export function createSink(options: CliOptions, io: Io): Sink {
  if (options.story) return storySink(options, io);
  if (options.format === 'html') return reportSink(options, io);
  if (options.out) return perInputSink(options.out, io, options.quiet);
  const out = streamWriter(io.stdout);
  if (options.format === 'json') {
    const array = new JsonArrayWriter(out, options.paths.length <= 1);
    return {
      add: async (outcome) => tooLarge(io, outcome, await array.add(record(outcome))),
      end: async () => (await array.end(), 0),
      abort: async () => {},
    };
  }
  return {
    async add(outcome) {
      if (options.format === 'jsonl') {
        const { text, failed } = stringifyRecord(record(outcome));
        await out.write(`${text}\n`);
        return tooLarge(io, outcome, failed);
      }
      if (outcome.ok) await out.write(`${renderPretty(outcome.doc)}\n`);
      return 0;
    },
    end: async () => 0,
    abort: async () => {},
  };
}

/** Says on stderr that a result was too large to write (an error record took its place). */
function tooLarge(io: Io, outcome: Outcome, failed: number): number {
  if (failed > 0) io.stderr.write(`news-extract: ${forTerminal(outcome.ok ? outcome.doc.id : outcome.failure.id)}: result too large to write as one JSON record\n`);
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
        io.stderr.write(`news-extract: ${forTerminal(id)}: written as ${forTerminal(name)} (${forTerminal(wanted)} is another input's)\n`);
      }
      const { text, failed } = stringifyRecord(record(outcome), 2);
      try {
        await writeFileAtomic(directory, name, `${text}\n`);
        if (outcome.ok && !failed) written += 1;
        return tooLarge(io, outcome, failed);
      } catch (error) {
        io.stderr.write(`news-extract: cannot write ${forTerminal(join(directory, name))}: ${describeFsError(error)}\n`);
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

/** `--story`: what the story reads of each document, kept; for an HTML story the documents spooled. */
function storySink(options: CliOptions, io: Io): Sink {
  const docs: NewsDocument[] = [];
  const errors: InputError[] = [];
  let spool: Spool | undefined;
  let total = 0;
  const html = options.format === 'html';
  return {
    async add(outcome) {
      total += 1;
      if (!outcome.ok) {
        errors.push(outcome.failure);
        return 0;
      }
      docs.push(forStory(outcome.doc));
      if (html) {
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
      try {
        switch (options.format) {
          case 'html':
            return await writeOne(options, io, 'story.html', summary, async (out) => {
              const parts = storyHtmlParts(story, (spool?.count ?? 0) > 0);
              await out.write(parts.head);
              let index = 0;
              if (spool) for await (const line of spool.lines()) await out.write(`\n${parts.article(JSON.parse(line) as NewsDocument, index++)}`);
              await out.write(parts.tail);
            });
          case 'pretty':
            return await writeOne(options, io, 'story.txt', summary, (out) => out.write(renderStoryPretty(story)));
          case 'jsonl':
            return await writeOne(options, io, 'story.jsonl', summary, (out) => out.write(`${JSON.stringify(withErrors)}\n`));
          default:
            return await writeOne(options, io, 'story.json', summary, (out) => out.write(`${JSON.stringify(withErrors, null, 2)}\n`));
        }
      } finally {
        await spool?.dispose();
      }
    },
    abort: async () => spool?.dispose(),
  };
}

/**
 * What `aggregate` reads of a document: its statements, entities and dates with the sentences that
 * hold a date (the timeline shows them), copied out so that nothing keeps the text alive. Of an
 * entity's mentions the story counts them only: they are kept as an array of that length without
 * elements.
 */
export function forStory(doc: NewsDocument): NewsDocument {
  const sentences: Span[] = [];
  let k = 0;
  for (const date of [...doc.dates].sort((a, b) => a.start - b.start)) {
    while (k < doc.sentences.length && (doc.sentences[k]?.end ?? 0) <= date.start) k++;
    const sentence = doc.sentences[k];
    if (sentence && sentence.start <= date.start && sentences.at(-1) !== sentence) sentences.push(sentence);
  }
  const entities = doc.entities.map(({ mentions: _mentions, ...entity }) => entity);
  const slim = JSON.parse(JSON.stringify({ id: doc.id, text: '', meta: doc.meta, sentences, entities, quotes: doc.quotes, dates: doc.dates })) as {
    entities: Omit<NewsDocument['entities'][number], 'mentions'>[];
  } & Omit<NewsDocument, 'entities'>;
  return {
    ...slim,
    entities: slim.entities.map((entity, index) => ({ ...entity, mentions: new Array<Mention>(doc.entities[index]?.mentions.length ?? 0) })),
  };
}
