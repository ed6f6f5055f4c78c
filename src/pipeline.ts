import { createDraft, finalizeDraft } from './document.js';
import { cleanTagger } from './text/clean.js';
import { tokenizeTagger } from './text/tokenize.js';
import { entityTagger } from './entities/index.js';
import { quoteTagger } from './quotes/index.js';
import { dateTagger } from './dates/index.js';
import { NewsExtractError, TaggerError, type Placement, type Tagger } from './tagger.js';
import type { EntityOptions, ExtractOptions, NewsDocument, QuoteOptions } from './types.js';

export interface PipelineOptions {
  /** Custom taggers, placed by their own `before` / `after` (default: after the last stage). */
  taggers?: readonly Tagger[];
  /** Default reference date for documents without a publication date (YYYY-MM-DD). */
  referenceDate?: string;
  /** Built-in stages to leave out, by name (e.g. `['quotes']`). */
  disable?: readonly string[];
  /** Quote stage settings for every document (see `QuoteOptions`); per-call options override. */
  quotes?: QuoteOptions;
  /** Entity stage settings for every document (see `EntityOptions`); per-call options override. */
  entities?: EntityOptions;
}

/** Input to `extractMany`: raw text, or text with its own id and options. */
export type ManyInput = string | ({ text: string } & ExtractOptions);

export interface Pipeline {
  /** Stage names in the order they run. */
  readonly stages: readonly string[];
  extract(text: string, options?: ExtractOptions): NewsDocument;
  extractMany(inputs: Iterable<ManyInput>): Generator<NewsDocument>;
  /** Adds a tagger; `placement` overrides the tagger's own `before` / `after`. */
  use(tagger: Tagger, placement?: Placement): Pipeline;
}

/** The built-in stages, in order. */
export const BUILT_IN_STAGES: readonly Tagger[] = [cleanTagger, tokenizeTagger, entityTagger, quoteTagger, dateTagger];

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const disabled = new Set(options.disable ?? []);
  const stages: Tagger[] = BUILT_IN_STAGES.filter((stage) => !disabled.has(stage.name));
  const defaults: ExtractOptions = {
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.quotes ? { quotes: options.quotes } : {}),
    ...(options.entities ? { entities: options.entities } : {}),
  };

  const pipeline: Pipeline = {
    get stages() {
      return stages.map((stage) => stage.name);
    },
    extract(text, extractOptions = {}) {
      if (typeof text !== 'string') {
        throw new NewsExtractError(`extract() expects a string, got ${text === null ? 'null' : typeof text}`);
      }
      const draft = createDraft(text, { ...defaults, ...extractOptions });
      for (const stage of stages) {
        try {
          stage.tag(draft);
        } catch (error) {
          throw new TaggerError(stage.name, error);
        }
      }
      return finalizeDraft(draft);
    },
    *extractMany(inputs) {
      let index = 0;
      for (const input of inputs) {
        index += 1;
        if (typeof input === 'string') yield pipeline.extract(input, { id: `doc${index}` });
        else {
          const { text, ...rest } = input;
          yield pipeline.extract(text, { id: `doc${index}`, ...rest });
        }
      }
    },
    use(tagger, placement) {
      insertTagger(stages, tagger, placement ?? { before: tagger.before, after: tagger.after });
      return pipeline;
    },
  };
  for (const tagger of options.taggers ?? []) pipeline.use(tagger);
  return pipeline;
}

function insertTagger(stages: Tagger[], tagger: Tagger, placement: Placement): void {
  if (!tagger || typeof tagger.tag !== 'function' || typeof tagger.name !== 'string' || !tagger.name) {
    throw new NewsExtractError('a tagger needs a non-empty `name` and a `tag(doc)` function');
  }
  if (stages.some((stage) => stage.name === tagger.name)) {
    throw new NewsExtractError(`a stage named "${tagger.name}" is already in the pipeline`);
  }
  const anchor = placement.after ?? placement.before;
  if (anchor === undefined) {
    stages.push(tagger);
    return;
  }
  const index = stages.findIndex((stage) => stage.name === anchor);
  // A tagger anchored to a built-in stage the caller disabled keeps its place in the sequence.
  if (index < 0 && BUILT_IN_STAGES.some((stage) => stage.name === anchor)) {
    const order = BUILT_IN_STAGES.map((stage) => stage.name);
    const rank = order.indexOf(anchor);
    const next = stages.findIndex((stage) => order.includes(stage.name) && order.indexOf(stage.name) > rank);
    stages.splice(next < 0 ? stages.length : next, 0, tagger);
    return;
  }
  if (index < 0) {
    throw new NewsExtractError(
      `cannot place "${tagger.name}" ${placement.after ? 'after' : 'before'} "${anchor}": no such stage (stages: ${stages
        .map((stage) => stage.name)
        .join(', ')})`,
    );
  }
  stages.splice(placement.after !== undefined ? index + 1 : index, 0, tagger);
}

let shared: Pipeline | undefined;

/** Extracts one document with a shared default pipeline (the language model loads once). */
export function extract(text: string, options?: ExtractOptions): NewsDocument {
  shared ??= createPipeline();
  return shared.extract(text, options);
}
