import type { QuoteKind, Token } from '../../types.js';
import type { QuoteCandidate } from '../candidate.js';
import type { QuoteContext } from '../context.js';
import type { CueVerb } from '../cues.js';
import type { RegionTokens } from '../direct.js';
import type { SpeakerPhrase } from '../speakers.js';

/**
 * How sure each reading is, before speaker resolution lowers it for an unresolved pronoun. The
 * values order the readings (a direct quote with its frame is 0.9, in direct.ts); they are not
 * calibrated probabilities.
 */
export const CONFIDENCE = {
  /** "According to Peskov, …": the source is named by the phrase itself. */
  accordingTo: 0.8,
  /** "made it clear that …". */
  madeClear: 0.7,
  /** A verb of saying with its speaker ("said", "told", "warned"). */
  speechCue: 0.75,
  /** Any other cue: thinking, stance, naming ("believes", "criticized", "called"). */
  otherCue: 0.55,
  /** Added when "that" opens the content: the clause boundary is explicit. */
  thatBonus: 0.05,
  /** A report nobody is named for: a passive ("it was reported that"), an unsourced question or impression. */
  sourceless: 0.4,
  /** Factor for a noun-phrase, infinitive or label object under `attributions` ("vowed to fight"). */
  objectFactor: 0.7,
  /** Factor for a that-clause whose subject the tagger could not find. */
  unknownSubjectFactor: 0.6,
} as const;

/** The state of one sentence's reading, shared by the rules as they run over its tokens. */
export interface ClauseState {
  readonly ctx: QuoteContext;
  readonly regions: readonly RegionTokens[];
  /** PARC/PolNeAR's convention (scope `attributions`): nested reports, noun-phrase and infinitive objects. */
  readonly attributions: boolean;
  /** The stretch of the sentence outside direct quotes, inclusive token indices. */
  readonly first: number;
  readonly last: number;
  readonly found: QuoteCandidate[];
  /** Last token inside an earlier content: only a coordinated cue starts a new quote before it. */
  covered: number;
  /** The speaker of the sentence's earlier report, for participles and coordinated cues. */
  sentenceSpeaker: SpeakerPhrase | null;
  /** The last pre-posed report, cut short when a coordinated cue follows ("said … and added …"). */
  lastPreposed: QuoteCandidate | null;
}

/** A token the rules are asked about. */
export interface TokenSite {
  readonly k: number;
  readonly token: Token;
  /** The "and"/"but" right before the token (coordinated cue), or -1. */
  readonly conj: number;
}

/** A token that is a cue verb in context, with what the rules after the passive one share. */
export interface CueSite extends TokenSite {
  readonly verb: CueVerb & { passive?: boolean };
  readonly cue: [number, number];
  /** CONFIDENCE.speechCue or CONFIDENCE.otherCue. */
  readonly base: number;
  /** The phrase left of the cue that is its subject, or null (computed after the passive rule). */
  speaker: SpeakerPhrase | null;
}

/**
 * One rule family. `apply` returns true when it read the token (made a quote, or decided that no
 * later rule may): the driver then moves to the next token. Rules run in list order.
 */
export interface WordRule {
  readonly name: string;
  apply(state: ClauseState, site: TokenSite): boolean;
}

export interface CueRule {
  readonly name: string;
  apply(state: ClauseState, site: CueSite): boolean;
}

export interface BuildOptions {
  /** Content token range, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly cue: [number, number];
  readonly speaker: SpeakerPhrase | null;
  readonly confidence: number;
  /** Name of the rule that made the quote (`Quote.rule`). */
  readonly rule: string;
  /** A kind forced by the rule (a quoted fragment after a naming verb is `partial`). */
  readonly kind?: QuoteKind;
}
