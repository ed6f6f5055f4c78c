import { STANCE_NOUNS } from '../data/hand/cueWords.js';
import type { Token } from '../types.js';
import { OBJECT_PRONOUNS, PERSONAL_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../vocabulary/english.js';
import type { QuoteCandidate } from './candidate.js';
import { isComma, isSentenceFinal, isWord, type QuoteContext } from './context.js';
import { isClaimNoun } from './cues.js';
import type { SpeakerPhrase } from './speakers.js';

/**
 * Nominal attributions (scope `attributions` only): a claim noun with a reported clause,
 *   "the campaign's earlier claim that Sanders wanted to …"   source: the possessor
 *   "her assertion that “we now finally are …”"               source: the possessive pronoun
 *   "suggestions by the news media that the president …"      source: the by-phrase
 *   "new worries that a fractured party could …"              no source
 * The clause after "that" must be a clause (a subject, then a verb): "the claim that he made" is a
 * relative clause about the claim, not its content.
 */

const SUBJECT_START = /^(PRON|DET|PROPN|NOUN|NUM|ADJ)$/;
/**
 * Words that cannot open the subject of a content clause: object pronouns that are not also subject
 * pronouns or determiners ("it", "you", "her plan" can), and the relative pronouns ("the claim that
 * him …", "the claim which …").
 */
const NOT_SUBJECTS: ReadonlySet<string> = new Set([
  ...[...OBJECT_PRONOUNS].filter((word) => !PERSONAL_SUBJECT_PRONOUNS.has(word) && !POSSESSIVE_DETERMINERS.has(word)),
  'whom',
  'which',
  'what',
]);

/** A subject then a finite verb within the first words after "that": a content clause. */
function clauseAfterThat(tokens: readonly Token[], from: number, last: number): boolean {
  const head = tokens[from];
  if (!head || !SUBJECT_START.test(head.pos) || NOT_SUBJECTS.has(head.norm)) return false;
  for (let i = from + 1; i <= last && i < from + 12; i++) {
    const token = tokens[i] as Token;
    if (isComma(token) || token.kind === 'quote') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      // "the claim that he made." ends at the verb: a relative clause with its object gone.
      const after = tokens[i + 1];
      if (i >= last || !after || isSentenceFinal(after) || isComma(after)) return false;
      return /^(PRON|PROPN|NOUN|NUM|PART|ADV)$/.test(tokens[i - 1]?.pos ?? '');
    }
  }
  return false;
}

/** A determiner, possessive or adjective before the word: it is used as a noun. */
function nounContext(tokens: readonly Token[], k: number): boolean {
  let i = k - 1;
  while (i > k - 3 && (tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'ADV')) i--;
  const before = tokens[i];
  return (
    before !== undefined &&
    (before.pos === 'DET' || isWord(before, "'s", '’s') || POSSESSIVE_DETERMINERS.has(before.norm))
  );
}

/** The possessor before the noun's modifiers: "the campaign's", "her", "Trump's". */
function possessorBefore(ctx: QuoteContext, noun: number, lo: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let i = noun - 1;
  while (i >= lo && i > noun - 4 && (tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'NOUN'))
    i--;
  const token = tokens[i];
  if (!token || i < lo) return null;
  if (token.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(token.norm))
    return { first: i, last: i, headFirst: i, headLast: i };
  if (isWord(token, "'s", '’s', "'")) {
    let first = i - 1;
    while (first > lo && /^(PROPN|NOUN)$/.test(tokens[first - 1]?.pos ?? '')) first--;
    if (first >= lo && /^(PROPN|NOUN)$/.test(tokens[first]?.pos ?? '')) {
      if (tokens[first - 1]?.pos === 'DET') first--;
      return { first, last: i, headFirst: first, headLast: i - 1 };
    }
  }
  return null;
}

/** "by the news media", "from Republicans" right after the noun: the source. */
function agentAfter(ctx: QuoteContext, noun: number, that: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  if (!isWord(tokens[noun + 1], 'by', 'from') || that - noun > 8) return null;
  const first = noun + 2;
  for (let i = first; i < that; i++) if (!/^(DET|PROPN|NOUN|ADJ|PART|NUM)$/.test(tokens[i]?.pos ?? '')) return null;
  return first < that ? { first, last: that - 1, headFirst: first, headLast: that - 1 } : null;
}

/** Reported content tokens[from..to] whose cue is the noun at k: never a continuation of an earlier quote. */
function nounReport(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  speaker: SpeakerPhrase | null,
  confidence: number,
): QuoteCandidate {
  return {
    start: (tokens[from] as Token).start,
    end: (tokens[to] as Token).end,
    kind: 'indirect',
    cue: [k, k],
    speaker,
    inherits: false,
    confidence,
    keepWhenNested: false,
  };
}

export function findNominalAttributions(ctx: QuoteContext, consumed: Uint8Array): QuoteCandidate[] {
  if (ctx.scope !== 'attributions') return [];
  const { tokens } = ctx;
  const found: QuoteCandidate[] = [];
  let sentenceFirst = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (k > 0 && token.sentence !== tokens[k - 1]?.sentence) sentenceFirst = k;
    if (!isClaimNoun(token.norm) || consumed[k] || (ctx.region[k] ?? -1) >= 0) continue;
    // wink tags some of these nouns as verbs after a possessive ("the campaign's earlier claim/VERB").
    if (token.pos !== 'NOUN' && !(token.pos === 'VERB' && nounContext(tokens, k))) continue;
    // "that" right after the noun, or after a short by-phrase.
    let that = k + 1;
    while (
      that < tokens.length &&
      that <= k + 8 &&
      !isWord(tokens[that], 'that') &&
      !isComma(tokens[that]) &&
      !isSentenceFinal(tokens[that])
    )
      that++;
    if (!isWord(tokens[that], 'that')) continue;
    const agent = that === k + 1 ? null : agentAfter(ctx, k, that);
    if (that !== k + 1 && !agent) continue;
    let last = that + 1;
    while (last < tokens.length && tokens[last]?.sentence === token.sentence) last++;
    last--;
    if (!clauseAfterThat(tokens, that + 1, last)) continue;
    // Up to the end of the sentence, or the first ", and"/"; " that closes the clause.
    let end = that + 1;
    while (
      end < last &&
      !(isComma(tokens[end + 1]) && isWord(tokens[end + 2], 'and', 'but', 'which', 'while')) &&
      tokens[end + 1]?.text !== ';' &&
      tokens[end + 1]?.text !== '—'
    )
      end++;
    while (
      end > that + 1 &&
      (isSentenceFinal(tokens[end]) || isComma(tokens[end]) || tokens[end]?.kind === 'punctuation')
    )
      end--;
    if (end <= that + 1) continue;
    const speaker = agent ?? possessorBefore(ctx, k, sentenceFirst);
    found.push(nounReport(tokens, k, that + 1, end, speaker, 0.4));
  }
  return found;
}

/**
 * Stance nouns with their object (scope `attributions` only): "Cruz's criticism of the deal",
 * "Republican support for Israel". Read only with a possessor or a by/from-phrase, or an adjective
 * naming a group right before the noun, so that "support for the bill grew" without any holder
 * is left alone.
 */
export function findStanceNouns(ctx: QuoteContext, consumed: Uint8Array): QuoteCandidate[] {
  if (ctx.scope !== 'attributions') return [];
  const { tokens } = ctx;
  const found: QuoteCandidate[] = [];
  let sentenceFirst = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (k > 0 && token.sentence !== tokens[k - 1]?.sentence) sentenceFirst = k;
    const prepositions = Object.hasOwn(STANCE_NOUNS, token.norm) ? STANCE_NOUNS[token.norm] : undefined;
    if (!prepositions || token.pos !== 'NOUN' || consumed[k] || (ctx.region[k] ?? -1) >= 0) continue;
    if (!isWord(tokens[k + 1], ...prepositions)) continue;
    const speaker = possessorBefore(ctx, k, sentenceFirst);
    if (!speaker) continue;
    // The object: to the next comma, clause word or verb.
    let end = k + 2;
    while (
      end + 1 < tokens.length &&
      tokens[end + 1]?.sentence === token.sentence &&
      /^(DET|ADJ|NOUN|PROPN|NUM|PART|ADP|CCONJ)$/.test(tokens[end + 1]?.pos ?? '') &&
      !isComma(tokens[end + 1]) &&
      !isWord(tokens[end + 1], 'that', 'which', 'who')
    ) {
      end++;
    }
    while (end > k + 2 && /^(ADP|CCONJ|DET)$/.test(tokens[end]?.pos ?? '')) end--;
    if (!/^(NOUN|PROPN|NUM|PRON)$/.test(tokens[end]?.pos ?? '')) continue;
    found.push(nounReport(tokens, k, k + 2, end, speaker, 0.35));
  }
  return found;
}
