import type { QuoteKind } from '../types.js';
import type { SpeakerPhrase } from './speakers.js';

/** A quote found by the direct or the reported-speech rules, before its speaker is resolved. */
export interface QuoteCandidate {
  /** Content offsets (without quotation marks). */
  start: number;
  end: number;
  kind: QuoteKind;
  /** Cue token range, inclusive, or null; `cueChar` for a cue that is a single mark (":"). */
  cue: [number, number] | null;
  speaker: SpeakerPhrase | null;
  /** No speaker of its own: takes the previous quote's speaker when it is close enough. */
  inherits: boolean;
  confidence: number;
  /**
   * Under `attributions`, whether the quote still stands when it lies inside another quote's
   * content. False for reports PolNeAR rarely marks there: beliefs, stances, claim nouns, speech
   * acts with a noun-phrase object and bare clauses ("said he would back the bill" is one report,
   * not two). Absent means true.
   */
  keepWhenNested?: boolean;
  /** The content's first token, for a reading that later ends the content earlier (coordination). */
  firstToken?: number;
  /** Name of the rule that made it (`Quote.rule`); set by index.ts for the stages that do not name one. */
  rule?: string;
}
