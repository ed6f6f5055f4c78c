import type { DocumentDraft } from './document.js';

/**
 * A pipeline stage: reads what earlier stages produced and adds its own spans.
 * Built-in stages and user taggers share this interface.
 */
export interface Tagger {
  /** Unique within a pipeline; used in error messages and for `before` / `after` placement. */
  readonly name: string;
  /** Run just before the named stage (ignored when `after` is set). */
  readonly before?: string;
  /** Run just after the named stage. */
  readonly after?: string;
  /** What the tagger reads, which an earlier stage must assign (checked before the first document). */
  readonly requires?: readonly DraftField[];
  /** What the tagger fills in for the stages after it. */
  readonly assigns?: readonly DraftField[];
  /**
   * Adds to the draft. A tagger that returns a Promise (it calls a database or a service) runs with
   * `extractAsync` / `extractManyAsync`; `extract` refuses it rather than drop its result.
   */
  tag(doc: DocumentDraft): void | Promise<void>;
}

/** The parts of a draft that stages fill in for each other. */
export type DraftField = 'meta' | 'sentences' | 'tokens' | 'mentions' | 'entities' | 'quotes' | 'dates';

export interface Placement {
  before?: string;
  after?: string;
}

export class NewsExtractError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`news-extract: ${message}`, options);
    this.name = 'NewsExtractError';
  }
}

export class TaggerError extends NewsExtractError {
  readonly tagger: string;
  constructor(tagger: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`tagger "${tagger}" failed: ${reason}`, { cause });
    this.name = 'TaggerError';
    this.tagger = tagger;
  }
}
