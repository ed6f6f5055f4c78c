/**
 * The output contract of news-extract: plain, readonly, JSON-serialisable interfaces.
 *
 * Every span holds UTF-16 offsets into the caller's original string, so that
 * `doc.text.slice(span.start, span.end) === span.text` always holds.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** OntoNotes entity type names. */
export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'GPE'
  | 'LOC'
  | 'NORP'
  | 'FAC'
  | 'PRODUCT'
  | 'EVENT'
  | 'LAW'
  | 'WORK_OF_ART';

export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'NORP',
  'FAC',
  'PRODUCT',
  'EVENT',
  'LAW',
  'WORK_OF_ART',
];

export type TokenKind = 'word' | 'number' | 'punctuation' | 'quote' | 'symbol' | 'url' | 'email' | 'other';

export interface Token extends Span {
  /** Index of the sentence (in `NewsDocument.sentences`) the token belongs to. */
  readonly sentence: number;
  readonly kind: TokenKind;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, ...). */
  readonly pos: string;
  /** Lower-cased normal form, as the word reads: invisible characters (soft hyphen, zero-width) removed, NFC. */
  readonly norm: string;
  /** True when whitespace precedes the token in the original text. */
  readonly spaceBefore: boolean;
}

/** An entity mention: a span, typed, that belongs to one entity. */
export interface Mention extends Span {
  readonly type: EntityType;
}

export interface Entity {
  /** Stable within a document (`e1`, `e2`, ...); across documents after `linkEntities`. */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the fullest proper name the document uses. */
  readonly name: string;
  /** Other surface forms used for this entity (without the canonical name). */
  readonly aliases: readonly string[];
  /** Titles and appositions: "Kremlin spokesperson", "US Secretary of State". */
  readonly roles: readonly string[];
  readonly mentions: readonly Mention[];
}

export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect';

export interface Speaker extends Span {
  /** Id of the entity the speaker resolves to, when it resolves to one. */
  readonly entity?: string;
  /** Canonical name of that entity, or the speaker phrase itself. */
  readonly name?: string;
}

export interface Quote extends Span {
  readonly kind: QuoteKind;
  readonly speaker: Speaker | null;
  readonly cue: Span | null;
  /** 0..1: how sure the attribution is. */
  readonly confidence: number;
  /**
   * The rule that found the quote, for tracing and per-rule evaluation: `direct` (a quotation with
   * its frame), `direct-continuation`, `post-posed`, `pre-posed`, `according-to`, … (the list and
   * what each reads: src/quotes/rules/index.ts, docs/EVALUATION.md "Quotes"). Always set by the quote stage;
   * optional so that quotes made elsewhere (gold files, custom taggers) need not invent one.
   */
  readonly rule?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  readonly type: TimexType;
  /** TIMEX3 value: 2025-10-16, 2025-W43, P2W, PRESENT_REF, XXXX-WXX-1, ... */
  readonly value: string;
  /** TIMEX3 modifier where the expression has one: START, END, MID, APPROX, ... */
  readonly mod?: string;
  /**
   * False when the value rests on something the text did not give: an anchor (no publication or
   * reference date: `XXXX-WXX-1`), or, for a numeric date such as `05/06/2015`, the order of month and
   * day, which neither the date, the document's other dates nor the `dates.order` option told (the
   * value is then read month-first).
   */
  readonly resolved: boolean;
  /**
   * For a DURATION laid from the anchor ("in 5 days", "within a month", "the past two months", "the
   * next three weeks") or from a day the story named ("On March 3 ... Two days later": `P2D`, March 3
   * to March 5): the first and last day it covers, as TIMEX3 `beginPoint` / `endPoint` would give them
   * (`P5D` on 2025-10-17 → `{ start: '2025-10-17', end: '2025-10-22' }`). Absent when the duration is
   * only a length ("it took five days") or its amount or anchor is unknown.
   */
  readonly interval?: DurationInterval;
}

/** The stretch of calendar a duration covers, in TIMEX3 day values (YYYY-MM-DD), both ends included. */
export interface DurationInterval {
  readonly start: string;
  readonly end: string;
}

/** Dates stage settings. */
export interface DateOptions {
  /**
   * How to read numeric dates whose numbers allow both orders (`05/06/2015`): `month-first` (US) or
   * `day-first`. Without it the stage reads the document's other dates (`25/12/2015` can only be
   * day-first, `Dec 25` is the month-first habit) and, when they do not tell, reads month-first and
   * marks the value `resolved: false`.
   */
  order?: 'month-first' | 'day-first';
}

export interface DocumentMeta {
  readonly title?: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date?: string;
  readonly url?: string;
  readonly publisher?: string;
  /**
   * A wire dateline opening the story ("WASHINGTON (Reuters) -", "NEW YORK, Nov. 19 (UPI) —"): its
   * agency becomes the publisher when nothing else names one; its place stays an entity mention.
   */
  readonly dateline?: Span;
  /** Lines recognised as boilerplate and kept out of extraction. */
  readonly boilerplate: readonly Span[];
  /** Web pages (`news-extract/html`): the byline, without "By", dates and agencies. */
  readonly byline?: string;
  /** Web pages: the people in the byline; each is also a PERSON entity with the role `author`. */
  readonly authors?: readonly string[];
  /** Web pages: the site's name as the page declares it (`publisher` is the outlet used in reports). */
  readonly siteName?: string;
  /** Web pages: the language the page declares ("en-US"); the stages themselves read English. */
  readonly lang?: string;
  /** Web pages: how the text was found (Readability's article, or the whole page's blocks). */
  readonly extraction?: 'readability' | 'fallback';
}

export interface NewsDocument {
  readonly id: string;
  /** The input, unchanged. */
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly sentences: readonly Span[];
  /** Present only when `options.tokens` is true. */
  readonly tokens?: readonly Token[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly dates: readonly TimeExpression[];
  /** Span groups added by custom taggers (pattern taggers with non-entity labels, ...). */
  readonly spans?: Readonly<Record<string, readonly Span[]>>;
}

export interface ExtractOptions {
  /** Document id; defaults to `doc`. */
  id?: string;
  /** Reference date (YYYY-MM-DD) used when the article carries no publication date. */
  referenceDate?: string;
  /** Include tokens in the output. */
  tokens?: boolean;
  /** Quote stage settings. */
  quotes?: QuoteOptions;
  /** Entity stage settings. */
  entities?: EntityOptions;
  /** Dates stage settings. */
  dates?: DateOptions;
}

/**
 * What the entity stage runs. `model: false` leaves the learned recognizer out (about 60% of the
 * stage's time): titles, capitalisation rules and word lists find the names alone, faster and with
 * lower recall (docs/EVALUATION.md, Entities, gives both on CoNLL-2003 dev).
 */
export interface EntityOptions {
  model?: boolean;
}

/**
 * What the quote stage reports. `statements` (the default) follows the corpus guidelines: reported
 * statements only, the outermost attribution of a sentence, no bare noun-phrase objects ("praised
 * the deal") and no stances without a clause. `attributions` follows PARC/PolNeAR: also nested
 * attributions ("X said Y believes Z" is two), speech acts and stances with a noun-phrase or
 * infinitive object ("criticized Clinton", "vowed to fight", "a super PAC supporting Bush").
 */
export interface QuoteOptions {
  scope?: QuoteScope;
}

export type QuoteScope = 'statements' | 'attributions';
export const QUOTE_SCOPES: readonly QuoteScope[] = ['statements', 'attributions'];
