import { FINDING_VERBS, INFINITIVE_CONTROLLERS } from '../../data/hand/cueWords.js';
import type { Token } from '../../types.js';
import { isComma, isSentenceFinal, isWord, type QuoteContext } from '../context.js';
import { type CueVerb, cueVerb, stanceVerb } from '../cues.js';
import { clauseSubject, type SpeakerPhrase, speakerLeftOf, speakerRightOf } from '../speakers.js';
import { adverbialTail, contentEnd, sourceAfterAccordingTo, TRAILING_WINDOW, takesObject } from './syntax.js';

// Base forms wink tags as nouns after a plural subject; "report", "claim" or "estimate" are left
// out because "sales report", "tax claims" are compounds.
export const PLURAL_PRESENT_CUES = new Set([
  'show',
  'say',
  'suggest',
  'indicate',
  'find',
  'predict',
  'argue',
  'warn',
  'note',
  'reveal',
  'confirm',
]);
const FINDINGS = new Set(FINDING_VERBS);
export const IRREGULAR_PARTICIPLES = new Set(['said', 'told', 'thought', 'felt', 'found', 'heard', 'read', 'taught']);

/**
 * The cue verb at token `k`, when the word there is a cue in context (not inside quotation marks,
 * not an adjective participle, not a refusal); `passive` when it reports nobody's words.
 */
export function isCueToken(ctx: QuoteContext, k: number): (CueVerb & { passive?: boolean }) | undefined {
  const { tokens } = ctx;
  const token = tokens[k] as Token;
  if ((ctx.region[k] ?? -1) >= 0) return undefined;
  // wink tags some cue verbs as nouns after a plural subject ("groups note that"): trust the
  // complementiser when the word sits between a noun or pronoun and "that".
  const taggedOtherwise =
    (token.pos === 'NOUN' || token.pos === 'ADJ') &&
    /^\p{Ll}/u.test(token.text) &&
    (isWord(tokens[k + 1], 'that') || isWord(tokens[k + 1], 'he', 'she', 'they', 'it', 'we', 'i')) &&
    (/^(NOUN|PROPN|PRON|NUM)$/.test(tokens[k - 1]?.pos ?? '') || (/ing$/.test(token.norm) && isComma(tokens[k - 1])));
  // "De Miranda points/NOUN out that", "X, who covers retail, points out that": a phrasal cue no
  // noun compound has.
  const pointsOut =
    isWord(token, 'point', 'points', 'pointed', 'pointing') &&
    isWord(tokens[k + 1], 'out') &&
    isWord(tokens[k + 2], 'that');
  // …and the present plural of a finding verb after a plural noun ("polls/NOUN show/NOUN Clinton
  // ahead", "…, records show."): a compound noun "polls show" does not exist.
  const pluralPresent =
    token.pos === 'NOUN' &&
    PLURAL_PRESENT_CUES.has(token.norm) &&
    /^\p{Ll}/u.test(token.text) &&
    /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') &&
    /[^s]s$/.test(tokens[k - 1]?.norm ?? '');
  // …and the -s form of a speech verb after a singular noun, before a determiner or a subject
  // pronoun: "the company claims/NOUN the device is safe", "Apple warns/NOUN it will …".
  const singularPresent =
    token.pos === 'NOUN' &&
    /[^s]s$/.test(token.norm) &&
    cueVerb(token.norm)?.cueClass === 'speech' &&
    /^\p{Ll}/u.test(token.text) &&
    /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') &&
    !/s$/.test(tokens[k - 1]?.norm ?? '') &&
    (tokens[k + 1]?.pos === 'DET' || isWord(tokens[k + 1], 'he', 'she', 'they', 'it', 'we', 'i'));
  // …and the same form closing the sentence after a name: "…, de Miranda notes." (a name then a
  // plural noun ending the sentence is no compound a comma would set off).
  const closingPresent =
    token.pos === 'NOUN' &&
    /[^s]s$/.test(token.norm) &&
    cueVerb(token.norm)?.cueClass === 'speech' &&
    /^\p{Ll}/u.test(token.text) &&
    tokens[k - 1]?.pos === 'PROPN' &&
    isSentenceFinal(tokens[k + 1]);
  if (token.pos !== 'VERB' && !taggedOtherwise && !pluralPresent && !pointsOut && !singularPresent && !closingPresent)
    return undefined;
  const verb = cueVerb(token.norm) ?? (ctx.scope === 'attributions' ? stanceVerb(token.norm) : undefined);
  if (!verb) return undefined;
  // Beliefs and findings are attributions (PARC) but not statements: "I believe …", "we know …",
  // "the study found that …" quote nobody under the default scope (FINDING_VERBS).
  if (ctx.scope === 'statements' && (verb.cueClass === 'cognition' || FINDINGS.has(verb.lemma))) return undefined;
  if (notSpeechSense(ctx, k, verb)) return undefined;
  let before = k - 1;
  while (before > 0 && tokens[before]?.pos === 'ADV') before--;
  // Passives report nobody's words: "the summit is expected to focus", "it was reported".
  // Irregular participles before an infinitive too: "he is said to favor a deal"; and before a
  // that-clause or a comma, where the subject is the listener: "we were told that …" (PolNeAR
  // train: "I was told that …" has no source), "It was, we were told, all part of …".
  if (
    (/(ed|en|wn)$/.test(token.norm) ||
      (IRREGULAR_PARTICIPLES.has(token.norm) && (isWord(tokens[k + 1], 'to', 'that') || isComma(tokens[k + 1])))) &&
    isWord(tokens[before], 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s')
  ) {
    return { ...verb, passive: true };
  }
  // Refusals: "declined to comment on the timeline", "refused to disclose details".
  if (isWord(tokens[before], 'to') && /^(declin|refus|unable|fail)/.test(tokens[before - 1]?.norm ?? ''))
    return undefined;
  // A participle used as an adjective: "pledged delegates", "the reported deal".
  if (
    /ed$/.test(token.norm) &&
    tokens[k + 1]?.pos === 'NOUN' &&
    /^(DET|ADJ|NUM)$|^'s$|^’s$/.test(
      tokens[k - 1]?.pos === 'PART' ? (tokens[k - 1]?.norm ?? '') : (tokens[k - 1]?.pos ?? ''),
    )
  )
    return undefined;
  // "adds to the drama", "added to the list": not a report. Nor arithmetic with a pronoun object,
  // "add it all up", "add them together": the remark "added" takes a clause or a quote, never "it".
  if (verb.lemma === 'add' && isWord(tokens[k + 1], 'to', 'it', 'them', 'these', 'those', 'everything'))
    return undefined;
  // "pointed out that": "point" alone ("pointed to Hungary's stance") is not a cue.
  // Under `attributions` "pointed to the polls" is a cue with its preposition (PREPOSITIONAL_CUES).
  if (
    verb.lemma === 'point' &&
    !isWord(tokens[k + 1], 'out') &&
    !(ctx.scope === 'attributions' && isWord(tokens[k + 1], 'to'))
  )
    return undefined;
  return verb;
}

/** Quantities a verb of saying takes as its object: "said little about the plan", "says nothing of it". */
const SAID_QUANTITIES = new Set(['little', 'nothing', 'much', 'anything', 'something', 'less', 'more']);
// "ca" and "wo" are the tokenizer's halves of "can't" and "won't".
const MODALS = new Set(['can', 'ca', 'could', 'must', 'should', 'would', 'might', 'may', 'will', 'wo', 'shall']);

/**
 * Uses of a cue verb that report nobody's words (issue #16, recent news):
 * - the idiom "All told, the groups spent $4 million" (= in total);
 * - a passive under a modal, the writer's own hedge: "it cannot be denied that", "it should be
 *   noted that", "it must be said that" (never an attribution on PolNeAR train: 0 of 3); not before
 *   an infinitive ("could be expected to take the case" is PARC's sourceless expectation);
 * - under `statements`, a participle with its agent, "Supported by the board, the program …", and
 *   a quantity as the object of saying, "the retellings say little about how …": PARC marks both as
 *   attributions (PolNeAR train: "has said little about" with the content "the plan"), the corpus
 *   guidelines report statements only.
 */
function notSpeechSense(ctx: QuoteContext, k: number, verb: CueVerb): boolean {
  const { tokens } = ctx;
  const token = tokens[k] as Token;
  if (verb.lemma === 'tell' && isWord(tokens[k - 1], 'all') && isComma(tokens[k + 1])) return true;
  let be = k - 1;
  while (be > 0 && tokens[be]?.pos === 'ADV') be--;
  const participle = /(ed|en|wn)$/.test(token.norm) || IRREGULAR_PARTICIPLES.has(token.norm);
  if (participle && isWord(tokens[be], 'be') && !isWord(tokens[k + 1], 'to')) {
    let modal = be - 1;
    while (modal > 0 && (tokens[modal]?.pos === 'ADV' || isWord(tokens[modal], 'not', "n't", 'n’t'))) modal--;
    if (MODALS.has(tokens[modal]?.norm ?? '')) return true;
  }
  if (ctx.scope !== 'statements') return false;
  if (
    /ed$/.test(token.norm) &&
    isWord(tokens[k + 1], 'by') &&
    /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[k + 2]?.pos ?? '')
  )
    return true;
  if (verb.lemma === 'say' && SAID_QUANTITIES.has(tokens[k + 1]?.norm ?? '')) {
    let after = k + 2;
    if (isWord(tokens[after], 'to', 'or') && SAID_QUANTITIES.has(tokens[after + 1]?.norm ?? '')) after += 2;
    // "said little about …", "says nothing on …"; not "said much of the talk was …", "said more
    // than 1,000 donors gave …", where the quantity opens the reported clause.
    const next = tokens[after];
    return next === undefined || isWord(next, 'about', 'on', 'regarding') || isSentenceFinal(next) || isComma(next);
  }
  return false;
}

/**
 * An attribution closing the stretch [from, end] and the sentence (`last`), which reports what
 * precedes it: "…, Peskov said (on Friday)", "…, said the Kremlin", "…, according to officials".
 * Its comma, or -1. Looked for among the last words only: such a tail is a name and a verb.
 */
export function trailingAttribution(ctx: QuoteContext, from: number, end: number, last: number): number {
  const { tokens } = ctx;
  for (let comma = end - 1; comma > from && comma >= end - TRAILING_WINDOW; comma--) {
    if (!isComma(tokens[comma])) continue;
    const next = comma + 1;
    if (isWord(tokens[next], 'according') && isWord(tokens[next + 1], 'to')) {
      const source = sourceAfterAccordingTo(ctx, next + 2, last);
      if (source && contentEnd(tokens, source.last + 1, last) <= source.last) return comma;
      continue;
    }
    for (let v = next; v <= end && v <= next + 8; v++) {
      const verb = isCueToken(ctx, v);
      if (!verb || verb.passive || verb.cueClass === 'stance' || /ing$/.test((tokens[v] as Token).norm)) continue;
      if (v === next) {
        const speaker = speakerRightOf(ctx, v, last);
        if (speaker && adverbialTail(tokens, speaker.last + 1, last)) return comma;
        continue;
      }
      const speaker = speakerLeftOf(ctx, v, next);
      if (speaker?.first === next && adverbialTail(tokens, v + 1, last) && !takesObject(tokens, v, verb, last))
        return comma;
    }
  }
  return -1;
}

const INFINITIVE_CONTROLLER_SET = new Set(INFINITIVE_CONTROLLERS);

/**
 * The subject left of a cue. An infinitive cue takes the subject of the verb or adjective it
 * depends on: "voters tended to support Clinton", "caucus-goers were more likely to say they
 * preferred Clinton" (only aspect, habit and likelihood words: INFINITIVE_CONTROLLERS, and "went on to").
 */
export function cueSubject(ctx: QuoteContext, k: number, first: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let controller =
    isWord(tokens[k - 1], 'to') &&
    tokens[k - 1]?.pos === 'PART' &&
    INFINITIVE_CONTROLLER_SET.has(tokens[k - 2]?.norm ?? '')
      ? k - 2
      : -1;
  // "D'Souza went on to explain that …": the aspect phrase "go on to".
  if (
    isWord(tokens[k - 1], 'to') &&
    isWord(tokens[k - 2], 'on') &&
    isWord(tokens[k - 3], 'go', 'goes', 'went', 'going', 'gone')
  )
    controller = k - 3;
  const left = speakerLeftOf(ctx, k, first);
  // "Hahn will come on the show to talk about …", "stars went on Twitter to applaud …": the place
  // an infinitive cue follows is no speaker; the clause's subject is.
  const before = left ? tokens[left.first - 1] : undefined;
  if (
    left &&
    isWord(tokens[k - 1], 'to') &&
    tokens[k - 1]?.pos === 'PART' &&
    before?.pos === 'ADP' &&
    !isWord(before, 'of', 'for', 'by', 'with', 'among', 'like', 'than', 'as')
  ) {
    const subject = clauseSubject(ctx, left.first, first);
    if (subject) return subject;
  }
  return left ?? (controller > first ? speakerLeftOf(ctx, controller, first) : null);
}
