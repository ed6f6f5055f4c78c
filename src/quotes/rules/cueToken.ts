import { FINDING_VERBS, INFINITIVE_CONTROLLERS } from '../../data/hand/cueWords.js';
import type { Token } from '../../types.js';
import { isComma, isWord, type QuoteContext } from '../context.js';
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
  if (token.pos !== 'VERB' && !taggedOtherwise && !pluralPresent && !pointsOut && !singularPresent) return undefined;
  const verb = cueVerb(token.norm) ?? (ctx.scope === 'attributions' ? stanceVerb(token.norm) : undefined);
  if (!verb) return undefined;
  // Beliefs and findings are attributions (PARC) but not statements: "I believe …", "we know …",
  // "the study found that …" quote nobody under the default scope (FINDING_VERBS).
  if (ctx.scope === 'statements' && (verb.cueClass === 'cognition' || FINDINGS.has(verb.lemma))) return undefined;
  let before = k - 1;
  while (before > 0 && tokens[before]?.pos === 'ADV') before--;
  // Passives report nobody's words: "the summit is expected to focus", "it was reported".
  // Irregular participles before an infinitive too: "he is said to favor a deal".
  if (
    (/(ed|en|wn)$/.test(token.norm) || (IRREGULAR_PARTICIPLES.has(token.norm) && isWord(tokens[k + 1], 'to'))) &&
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
  // "adds to the drama", "added to the list": not a report.
  if (verb.lemma === 'add' && isWord(tokens[k + 1], 'to')) return undefined;
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
