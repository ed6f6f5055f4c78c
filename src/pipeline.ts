import { dateTagger } from './dates/index.js';
import { createDraft, type DocumentDraft, finalizeDraft } from './document.js';
import { entityTagger } from './entities/index.js';
import { checkDisable, checkExtractOptions, checkReferenceDate, isCalendarDate } from './options.js';
import { quoteTagger } from './quotes/index.js';
import { SectionMerger, sectionStarts } from './sections.js';
import { type DraftField, NewsExtractError, type Placement, type Tagger, TaggerError } from './tagger.js';
import { cleanTagger } from './text/clean.js';
import { tokenizeTagger } from './text/tokenize.js';
import type { DateOptions, DocumentMeta, EntityOptions, ExtractOptions, NewsDocument, QuoteOptions } from './types.js';

/** The built-in stages' names, in the order they run. */
export type StageName = 'clean' | 'tokenize' | 'entities' | 'quotes' | 'dates';

export interface PipelineOptions {
  /** Custom taggers, placed by their own `before` / `after` (default: after the last stage). */
  taggers?: readonly Tagger[];
  /** Default reference date for documents without a publication date (YYYY-MM-DD). */
  referenceDate?: string;
  /** Built-in stages to leave out, by name (e.g. `['quotes']`). */
  disable?: readonly StageName[];
  /** Quote stage settings for every document (see `QuoteOptions`); per-call options override. */
  quotes?: QuoteOptions;
  /** Entity stage settings for every document (see `EntityOptions`); per-call options override. */
  entities?: EntityOptions;
  /** Dates stage settings for every document (see `DateOptions`: `order`); per-call options override. */
  dates?: DateOptions;
}

/** Input to `extractMany`: raw text, or text with its own id and options. */
export type ManyInput = string | ({ text: string } & ExtractOptions);

export interface Pipeline {
  /** Stage names in the order they run. */
  readonly stages: readonly string[];
  extract(text: string, options?: ExtractOptions): NewsDocument;
  extractMany(inputs: Iterable<ManyInput>): Generator<NewsDocument>;
  /** As `extract`, awaiting taggers that return a Promise. */
  extractAsync(text: string, options?: ExtractOptions): Promise<NewsDocument>;
  /** As `extractMany`, over a sync or async iterable, awaiting taggers that return a Promise. */
  extractManyAsync(inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>): AsyncGenerator<NewsDocument>;
  /** Adds a tagger; `placement` overrides the tagger's own `before` / `after`. */
  use(tagger: Tagger, placement?: Placement): Pipeline;
}

/**
 * What each built-in stage reads and fills in (spaCy's `requires` / `assigns`): without `tokenize`
 * the entity stage has no tokens to read and would return an empty document without a word.
 */
const CONTRACTS: Record<StageName, Pick<Tagger, 'requires' | 'assigns'>> = {
  clean: { assigns: ['meta'] },
  tokenize: { assigns: ['tokens', 'sentences'] },
  entities: { requires: ['tokens', 'sentences'], assigns: ['mentions', 'entities'] },
  quotes: { requires: ['tokens', 'sentences'], assigns: ['quotes'] },
  dates: { requires: ['tokens', 'sentences'], assigns: ['dates'] },
};

/** The built-in stages, in order. */
export const BUILT_IN_STAGES: readonly Tagger[] = [
  cleanTagger,
  tokenizeTagger,
  entityTagger,
  quoteTagger,
  dateTagger,
].map((stage) => Object.freeze({ ...CONTRACTS[stage.name as StageName], ...stage }));

const STAGE_NAMES = BUILT_IN_STAGES.map((stage) => stage.name);

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  if (typeof options !== 'object' || options === null)
    throw new NewsExtractError('createPipeline() expects an options object');
  checkDisable(options.disable, STAGE_NAMES);
  checkReferenceDate(options.referenceDate);
  checkExtractOptions(
    { quotes: options.quotes, entities: options.entities, dates: options.dates },
    'createPipeline options',
  );
  const disabled = new Set<string>(options.disable ?? []);
  const stages: Tagger[] = BUILT_IN_STAGES.filter((stage) => !disabled.has(stage.name));
  const defaults: ExtractOptions = {
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.quotes ? { quotes: options.quotes } : {}),
    ...(options.entities ? { entities: options.entities } : {}),
    ...(options.dates ? { dates: options.dates } : {}),
  };
  /** Set once the stages' requirements are checked; `use` clears it. */
  let checked = false;

  const begin = (text: string, extractOptions: ExtractOptions) => {
    if (typeof text !== 'string') {
      throw new NewsExtractError(`extract() expects a string, got ${text === null ? 'null' : typeof text}`);
    }
    checkExtractOptions(extractOptions);
    if (!checked) {
      checkRequirements(stages, disabled);
      checked = true;
    }
    return createDraft(text, { ...defaults, ...extractOptions });
  };
  const manyOptions = (input: ManyInput, index: number): [string, ExtractOptions] => {
    if (typeof input === 'string') return [input, { id: `doc${index}` }];
    const { text, ...rest } = input;
    return [text, { id: `doc${index}`, ...rest }];
  };

  const runStages = (draft: DocumentDraft): NewsDocument => {
    for (const stage of stages) {
      let result: unknown;
      try {
        result = stage.tag(draft);
      } catch (error) {
        throw new TaggerError(stage.name, error);
      }
      if (isThenable(result)) {
        // Its rejection must not crash the process after extract() has thrown.
        result.then(undefined, () => {});
        throw new NewsExtractError(
          `tagger "${stage.name}" returned a Promise: extract() is synchronous; ` +
            'use extractAsync() or extractManyAsync() for asynchronous taggers',
        );
      }
    }
    return finalizeDraft(draft);
  };
  const runStagesAsync = async (draft: DocumentDraft): Promise<NewsDocument> => {
    for (const stage of stages) {
      try {
        await stage.tag(draft);
      } catch (error) {
        throw new TaggerError(stage.name, error);
      }
    }
    return finalizeDraft(draft);
  };
  const inSections = (
    draft: DocumentDraft,
    starts: readonly number[],
    run: (section: string, options: ExtractOptions) => NewsDocument,
  ) => {
    const merger = new SectionMerger(draft.id, draft.text);
    for (let index = 0; index < starts.length; index++) {
      merger.add(run(sectionOf(draft.text, starts, index), sectionOptions(draft, merger.first)), starts[index] ?? 0);
    }
    return merger.finish();
  };

  const pipeline: Pipeline = {
    get stages() {
      return stages.map((stage) => stage.name);
    },
    extract(text, extractOptions = {}) {
      const draft = begin(text, extractOptions);
      const starts = sectionStarts(text);
      if (starts.length > 1) return inSections(draft, starts, (section, options) => runStages(begin(section, options)));
      return runStages(draft);
    },
    *extractMany(inputs) {
      let index = 0;
      for (const input of inputs) yield pipeline.extract(...manyOptions(input, ++index));
    },
    async extractAsync(text, extractOptions = {}) {
      const draft = begin(text, extractOptions);
      const starts = sectionStarts(text);
      if (starts.length > 1) {
        const merger = new SectionMerger(draft.id, text);
        for (let index = 0; index < starts.length; index++) {
          merger.add(
            await runStagesAsync(begin(sectionOf(text, starts, index), sectionOptions(draft, merger.first))),
            starts[index] ?? 0,
          );
        }
        return merger.finish();
      }
      return runStagesAsync(draft);
    },
    async *extractManyAsync(inputs) {
      let index = 0;
      for await (const input of inputs) yield await pipeline.extractAsync(...manyOptions(input, ++index));
    },
    use(tagger, placement) {
      insertTagger(stages, tagger, placement ?? { before: tagger.before, after: tagger.after });
      checked = false;
      return pipeline;
    },
  };
  for (const tagger of options.taggers ?? []) pipeline.use(tagger);
  return pipeline;
}

function sectionOf(text: string, starts: readonly number[], index: number): string {
  return text.slice(starts[index] ?? 0, starts[index + 1] ?? text.length);
}

/**
 * The options of a section of a long text (sections.ts): the caller's, with the first section's
 * publication date as the reference date of the later ones.
 */
function sectionOptions(draft: DocumentDraft, first: DocumentMeta | undefined): ExtractOptions {
  const date = first?.date;
  return { ...draft.options, ...(date && isCalendarDate(date) ? { referenceDate: date } : {}) };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Every stage's `requires` must be assigned by a stage before it; says which stage would assign it. */
function checkRequirements(stages: readonly Tagger[], disabled: ReadonlySet<string>): void {
  const assigned = new Set<DraftField>();
  for (const stage of stages) {
    const missing = (stage.requires ?? []).filter((field) => !assigned.has(field));
    if (missing.length > 0) {
      const providers = BUILT_IN_STAGES.filter((built) => built.assigns?.some((field) => missing.includes(field))).map(
        (built) => built.name,
      );
      const off = providers.filter((name) => disabled.has(name));
      throw new NewsExtractError(
        `stage "${stage.name}" requires ${missing.join(' and ')}, which no stage before it assigns` +
          (off.length > 0 ? ` (stage ${off.map((name) => `"${name}"`).join(', ')} is disabled)` : '') +
          '; enable it, disable the stages that need it, or add a tagger that assigns it',
      );
    }
    for (const field of stage.assigns ?? []) assigned.add(field);
  }
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
      `cannot place "${tagger.name}" ${placement.after ? 'after' : 'before'} "${anchor}": ` +
        `no such stage (stages: ${stages.map((stage) => stage.name).join(', ')})`,
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

/** `extract` with the shared default pipeline, as a Promise (for symmetry with `extractAsync` pipelines). */
export function extractAsync(text: string, options?: ExtractOptions): Promise<NewsDocument> {
  shared ??= createPipeline();
  return shared.extractAsync(text, options);
}
