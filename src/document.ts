import type {
  DocumentMeta,
  Entity,
  EntityType,
  ExtractOptions,
  Mention,
  NewsDocument,
  Quote,
  Span,
  TimeExpression,
  Token,
} from './types.js';

/**
 * A typed span proposed by a recogniser or a custom tagger, before mentions are linked into entities.
 * `source` names the tagger that proposed it; `locked` candidates (from user gazetteers and patterns)
 * win every overlap with the built-in recognisers.
 */
export interface MentionCandidate extends Mention {
  readonly source: string;
  readonly locked?: boolean;
  /** A title or apposition found next to the mention ("Kremlin spokesperson"). */
  readonly role?: string;
}

/** Mutable metadata while the pipeline runs. */
export interface DraftMeta {
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
  dateline?: Span;
  boilerplate: Span[];
}

/**
 * The document as the pipeline builds it: what every tagger reads and adds to.
 * Frozen into a plain `NewsDocument` when the last stage has run.
 */
export interface DocumentDraft {
  readonly id: string;
  /** The caller's text, unchanged. */
  readonly text: string;
  readonly options: Readonly<ExtractOptions>;
  meta: DraftMeta;
  /**
   * The text the extraction stages analyse: the same length as `text` (offsets are shared), with
   * boilerplate and metadata lines blanked to spaces so that nothing is extracted from them.
   */
  analysisText: string;
  sentences: Span[];
  tokens: Token[];
  mentions: MentionCandidate[];
  entities: Entity[];
  quotes: Quote[];
  dates: TimeExpression[];
  /** Span groups for labels that are not entity types. */
  spans: Record<string, Span[]>;
  /** Private per-stage data (the equivalent of spaCy's `doc._`); never serialised. */
  readonly data: Record<string, unknown>;
}

export function createDraft(text: string, options: ExtractOptions = {}): DocumentDraft {
  return {
    id: options.id ?? 'doc',
    text,
    options,
    meta: { boilerplate: [] },
    analysisText: text,
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    quotes: [],
    dates: [],
    // Span group labels come from custom taggers ("constructor", "__proto__"): no prototype to collide with.
    spans: Object.create(null),
    data: Object.create(null),
  };
}

/** Builds a span over `text`, so that the offset invariant holds by construction. */
export function makeSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function finalizeDraft(draft: DocumentDraft): NewsDocument {
  const meta: DocumentMeta = { ...draft.meta };
  const doc: {
    -readonly [K in keyof NewsDocument]: NewsDocument[K];
  } = {
    id: draft.id,
    text: draft.text,
    meta,
    sentences: draft.sentences,
    entities: draft.entities,
    quotes: draft.quotes,
    dates: draft.dates,
  };
  if (draft.options.tokens) doc.tokens = draft.tokens;
  if (Object.keys(draft.spans).length > 0) doc.spans = draft.spans;
  return doc;
}

export type { EntityType };
