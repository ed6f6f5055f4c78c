import type { EntityType, QuoteKind, Span, TimexType } from '../types.js';

/**
 * The story view: what several articles about one event say together. Plain, readonly,
 * JSON-serialisable like the per-document contract; offsets point into each article's `text`.
 */
export interface Story {
  /** The articles, in input order; every other field refers to them by `id`. */
  readonly articles: readonly StoryArticle[];
  /** Entities linked across articles, most mentioned first. */
  readonly entities: readonly StoryEntity[];
  /** Quotes grouped by speaker, near-duplicates from different outlets merged into one statement. */
  readonly speakers: readonly StorySpeaker[];
  /** Anchored dates, earliest first, each with the sentences that mention it. */
  readonly timeline: readonly TimelineEntry[];
  /** Dates that could not be placed on the timeline (unresolved, durations, sets, vague references). */
  readonly unresolved: readonly TimelineEntry[];
}

export interface StoryArticle {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly publisher?: string;
  /** Web pages: the site's name as the page declares it ("Ars Technica"). */
  readonly siteName?: string;
  readonly url?: string;
}

/** Where a story entity occurs: one article, the entity's id there, and how often it is mentioned. */
export interface EntityOccurrence {
  readonly article: string;
  readonly entity: string;
  readonly mentions: number;
}

export interface StoryEntity {
  /** `s1`, `s2`, ... in list order (most mentioned first). */
  readonly id: string;
  readonly type: EntityType;
  /** The fullest canonical name any article uses. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** Roles gathered from every article, first spelling of each kept. */
  readonly roles: readonly string[];
  readonly occurrences: readonly EntityOccurrence[];
  /** Total mentions over all articles. */
  readonly mentions: number;
}

/** One outlet's wording of a statement. */
export interface StatementVersion extends Span {
  readonly article: string;
  /** Index of the quote in that article's `quotes`. */
  readonly quote: number;
  readonly kind: QuoteKind;
  readonly cue: string | null;
  /**
   * The speaker when the article names them only by a pronoun ("we", "you", "I"): such quotes are
   * never merged into one speaker across outlets; they stay unattributed, with the pronoun kept here.
   */
  readonly pronoun?: string;
}

export interface Statement {
  /** `q1`, `q2`, ... */
  readonly id: string;
  /** The first version's text (the earliest article that carries it). */
  readonly text: string;
  readonly versions: readonly StatementVersion[];
  /** Article ids that carry the statement, in input order, without repeats. */
  readonly articles: readonly string[];
}

export interface StorySpeaker {
  /** The story entity the speaker resolves to, or null for speakers that resolve to no entity. */
  readonly entity: string | null;
  /** Display name: the entity's name, else the speaker phrase, else `unattributed`. */
  readonly name: string;
  readonly statements: readonly Statement[];
}

/** A sentence of one article that mentions a date. */
export interface DateMention extends Span {
  readonly article: string;
  readonly sentence: Span | null;
}

export interface TimelineEntry {
  /** TIMEX3 value shared by the mentions. */
  readonly value: string;
  readonly type: TimexType;
  readonly mod?: string;
  readonly mentions: readonly DateMention[];
}

export interface AggregateOptions {
  /** Similarity (0..1) from which two quotes of one speaker count as the same statement. */
  readonly quoteThreshold?: number;
  /** Links entities across articles; the default is the entity layer's `linkEntities` (`linkWithEntityLayer`). */
  readonly linker?: CrossDocumentLinker;
}

/**
 * Cross-document entity linking, behind a small interface: for each article, for each of its entities
 * (same order as `doc.entities`), a key shared by every entity that is the same real-world thing.
 */
export type CrossDocumentLinker = (
  docs: readonly import('../types.js').NewsDocument[],
) => readonly (readonly string[])[];
