import type { EntityType, Span, Token } from '../types.js';

/**
 * A typed span proposed by one recogniser, before overlaps are resolved and mentions are linked.
 * Token indices are into `doc.tokens`; `endToken` is exclusive.
 */
export interface EntityCandidate {
  start: number;
  end: number;
  startToken: number;
  endToken: number;
  /** null when the span looks like a name but nothing says what kind (resolved by linking). */
  type: EntityType | null;
  /** How sure the recogniser is of the type, 0..1. */
  confidence: number;
  source: string;
  locked?: boolean;
  /** The title or apposition found next to the mention ("Kremlin spokesperson"). */
  role?: Span;
  /** Typed by a list whose type holds in any context (see PhraseInfo.contextFree). */
  contextFree?: boolean;
  /**
   * Typed a person by a title or role right before it ("Foreign Minister Sergey Lavrov"): a title
   * settles the type against the model and the other mentions.
   */
  titled?: boolean;
  /**
   * The capitals read a whole organisation's name, ending in its head word or joined by a connector
   * after one ("American Sign Museum", "Committee for a Responsible Federal Budget"): see resolve.ts.
   */
  organisation?: boolean;
  /** Typed a person as the subject of a reporting verb ("Dunmarrow said"), not by a list or a title. */
  subjectOfReport?: boolean;
  /**
   * The type the name's context gives it ("the game X", "X's CEO": cues.ts): a vote for its entity's
   * type, not the mention's own.
   */
  cue?: EntityType;
  /** The name's words with brackets, possessives and glue removed ("SteveWitkoff" → Steve, Witkoff). */
  words?: string[];
}

/** What a recogniser reads: the draft's tokens and texts, nothing else. */
export interface RecognizerInput {
  readonly text: string;
  readonly analysisText: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
}

/** One source of entity candidates (rules, the learned model, a word list). */
export interface Recognizer {
  readonly name: string;
  recognize(input: RecognizerInput): EntityCandidate[];
}
