import type { QuoteKind, Token } from '../types.js';
import type { QuoteCandidate } from './candidate.js';
import { isComma, isDash, isSentenceFinal, isWord, type QuoteContext } from './context.js';
import { cuePrepositions, cueVerb, isClaimNoun, isUtteranceNoun, stanceVerb, type CueVerb } from './cues.js';
import { COGNITION_OBJECT_VERBS, INFINITIVE_CONTROLLERS } from './data/cueWords.js';
import { DAY_WORDS } from './data/speakerWords.js';
import type { RegionTokens } from './direct.js';
import { clauseSubject, speakerLeftOf, speakerRightOf, type SpeakerPhrase } from './speakers.js';

/**
 * Reported speech in the writer's own sentences, from the cue verb outwards:
 *   Peskov said (that) CONTENT.            pre-posed speaker and cue
 *   CONTENT, Peskov said on Friday.        post-posed
 *   CONTENT, said Peskov.                  inverted
 *   According to Peskov, CONTENT.          and CONTENT, according to Peskov.
 *   Peskov met Lavrov, saying CONTENT.     participle: the sentence's subject speaks
 * Quoted fragments inside the content make it `mixed` or `partial`; a quoted fragment that no cue
 * attributes (scare quotes, titles) is not a quote.
 */

interface Sentence {
  first: number;
  last: number;
}

// Words that may sit between a cue and its content: "said on Friday that", "told CNN in an interview that".
const LEAD_IN_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PART', 'PRON']);

function contentEnd(tokens: readonly Token[], from: number, last: number): number {
  let end = last;
  while (end >= from) {
    const token = tokens[end] as Token;
    if (isSentenceFinal(token) || isComma(token) || token.text === ':' || token.text === ';' || token.text === ')') end--;
    else if (token.kind === 'quote') break;
    else break;
  }
  return end;
}

/** True when tokens [from, to] hold a verb: a reported content is a clause, not a phrase. */
function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') return true;
  return false;
}

/**
 * Content before a post-posed or inverted cue: a clause ("the talks failed, he said") or quoted
 * words; not a bare phrase ("With such a razor-thin margin, Sanders could have requested a recount").
 */
function reportable(ctx: QuoteContext, first: number, end: number): boolean {
  if (hasVerb(ctx.tokens, first, end)) return true;
  for (let i = first; i <= end; i++) if ((ctx.region[i] ?? -1) >= 0) return true;
  return false;
}

/**
 * What follows a post-posed or inverted cue up to the sentence end is adverbial: "said on Friday",
 * or adverbials then a comma and a phrase without a cue of its own ("declared on Thursday, two days
 * after the vote").
 */
function adverbialTail(tokens: readonly Token[], from: number, last: number): boolean {
  const end = contentEnd(tokens, from, last);
  if (onlyAdverbials(tokens, from, end)) return true;
  let comma = from;
  while (comma <= end && !isComma(tokens[comma])) comma++;
  if (comma > end || !onlyAdverbials(tokens, from, comma - 1)) return false;
  for (let i = comma + 1; i <= end; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' && (cueVerb(token.norm) || /ing$/.test(token.norm))) return false;
  }
  return true;
}

/** The stretch's last comma-separated part is a clause, or quoted words: "While …, that is cause for celebration". */
function endsInClause(ctx: QuoteContext, first: number, end: number): boolean {
  let from = end;
  while (from > first && !isComma(ctx.tokens[from - 1])) from--;
  // A subordinate clause is still an adverbial: "On Tuesday, even as shares were tumbling".
  let opener = from;
  while (opener < end && ctx.tokens[opener]?.pos === 'ADV') opener++;
  if (SUBORDINATORS.has(ctx.tokens[opener]?.norm ?? '')) return false;
  if (hasClause(ctx.tokens, from, end)) return true;
  for (let i = first; i <= end; i++) if ((ctx.region[i] ?? -1) >= 0 && ctx.tokens[i]?.kind !== 'quote') return !isWord(ctx.tokens[first], 'in', 'on', 'at');
  return false;
}

const TAIL_CLAUSE_OPENERS = new Set(['because', 'but', 'and', 'while', 'as', 'although', 'though', 'so', 'since', 'even']);

/**
 * After a post-posed cue: adverbials, then a comma and a new clause, subordinate ("because …",
 * "but …") or a participle ("noting …"). Returns the first token of that clause, or -1.
 */
function clauseAfterTail(tokens: readonly Token[], from: number, last: number): number {
  let comma = from;
  while (comma <= last && comma < from + 10 && !isComma(tokens[comma])) comma++;
  if (!isComma(tokens[comma]) || (comma > from && !onlyAdverbials(tokens, from, comma - 1))) return -1;
  const next = tokens[comma + 1];
  if (!next || comma + 1 > last) return -1;
  if (TAIL_CLAUSE_OPENERS.has(next.norm) || (next.pos === 'VERB' && /ing$/.test(next.norm))) return comma + 1;
  return -1;
}

const TIME_NOUNS = new Set([
  'week', 'weekend', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'time', 'spring',
  'summer', 'fall', 'autumn', 'winter', 'session', 'statement', 'interview', 'tweet', 'post',
]);

/**
 * A noun phrase right after a post-posed cue is its object, not an adverbial, unless it names a
 * time ("said this week", "added last month") or the cue takes a listener ("told reporters"):
 * "In South Florida, where land is scarce, developers see golf courses as wasted space".
 */
function takesObject(tokens: readonly Token[], cue: number, verb: CueVerb, last: number): boolean {
  if (verb.listener || cue + 1 > last) return false;
  const next = tokens[cue + 1];
  if (!next || !/^(DET|ADJ|NOUN)$/.test(next.pos)) return false;
  for (let i = cue + 1; i <= cue + 3 && i <= last; i++) {
    const token = tokens[i];
    if (!token) break;
    if (TIME_NOUNS.has(token.norm)) return false;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') return true;
  }
  return true;
}

/** True when tokens [from, to] are only time and place adverbials: "on Friday", "in a statement". */
function onlyAdverbials(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 9) return false;
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.norm === 'that' || token.kind === 'quote') {
      // "…, he told reporters gathered at the Kremlin" is still an adverbial tail.
      if (token.pos === 'VERB' && /ed$/.test(token.norm) && i > from) continue;
      return false;
    }
  }
  return true;
}

/**
 * A reported clause: a finite verb after its subject within the first words ("the talks failed",
 * "Budapest could host"). Not an object with a participle ("Budapest as the site—endorsed by
 * Putin"), an infinitive ("the leaders' will to meet") or an adjunct ("Clinton, saying").
 */
function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < from + 14; i++) {
    const token = tokens[i] as Token;
    // A verb after a comma or a subordinator belongs to another clause ("…, while the West accuses").
    if (isComma(token) || token.pos === 'SCONJ' || isWord(token, 'while', 'because', 'although')) return false;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    let subject = i - 1;
    while (subject >= from && tokens[subject]?.pos === 'ADV') subject--;
    const before = tokens[subject];
    if (subject < from || !before) continue;
    if (token.pos === 'AUX' && /^(NOUN|PROPN|PRON|NUM)$/.test(before.pos)) return true;
    if (token.pos === 'VERB' && /^(NOUN|PROPN|PRON|NUM)$/.test(before.pos) && !/ing$/.test(token.norm)) return true;
  }
  return false;
}

/** Skips what stands between a cue and its content; returns the first content token. */
function contentStart(tokens: readonly Token[], cue: number, verb: CueVerb | undefined, last: number): number {
  let i = cue + 1;
  // Particles of phrasal cues: "pointed out that", "went on to say".
  if (isWord(tokens[i], 'out', 'up', 'back') && tokens[i]?.pos !== 'NOUN') i++;
  // The listener: "told reporters", "told The Associated Press", "assured allies".
  if (verb?.listener) {
    let j = i;
    // A subject pronoun starts the content ("warned they would"); object pronouns are listeners.
    let headSeen = false;
    while (
      j <= last &&
      j < i + 6 &&
      /^(DET|PROPN|NOUN|ADJ|PRON|PART)$/.test(tokens[j]?.pos ?? '') &&
      !isWord(tokens[j], 'that', 'he', 'she', 'they', 'we', 'i', 'it', 'there')
    ) {
      // The listener is one noun phrase: a determiner after its head opens the content's subject
      // ("told the AP her group never worked", "told reporters the deal was done").
      const token = tokens[j] as Token;
      const opensPhrase = token.pos === 'DET' || (token.pos === 'PRON' && isWord(token, 'his', 'her', 'their', 'its', 'our', 'my'));
      if (headSeen && opensPhrase) break;
      if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON') headSeen = true;
      j++;
    }
    if (j > i) i = j;
  }
  // "Peskov said, commenting on the venue, that such decisions …": an aside before `that`.
  if (isComma(tokens[i])) {
    for (let j = i + 1; j <= last && j < i + 24; j++) {
      if (isComma(tokens[j]) && isWord(tokens[j + 1], 'that')) return j + 2;
      if (tokens[j]?.kind === 'quote' || isSentenceFinal(tokens[j])) break;
    }
  }
  // "said on Friday that", "said in a statement that": skip to `that` when it comes soon.
  let preposition = false;
  for (let j = i; j <= last && j < i + 8; j++) {
    const token = tokens[j] as Token;
    if (token.pos === 'ADP') preposition = true;
    // "dismissed the claim that …": the clause is the object noun's, not the cue's (but "said in
    // a statement that …" is the cue's: a preposition stands before the noun).
    if (token.norm === 'that' && !preposition && isClaimNoun(tokens[j - 1]?.norm ?? '') && j > i) break;
    if (token.norm === 'that' && (token.pos === 'SCONJ' || token.pos === 'PRON' || token.pos === 'DET')) return j + 1;
    if (!LEAD_IN_TAGS.has(token.pos) && !isComma(token)) break;
  }
  // "said on Friday he met Trump", "has said for weeks he is the only one": adverbials, then a
  // reported clause without "that".
  const afterAdverbials = skipAdverbials(tokens, i, last);
  if (afterAdverbials > i && opensClause(tokens, afterAdverbials, last)) return afterAdverbials;
  if (tokens[i]?.text === ':' || isComma(tokens[i])) i++;
  if (isWord(tokens[i], 'that')) i++;
  return i;
}

const TIME_WORDS = new Set([
  ...DAY_WORDS,
  'earlier', 'later', 'again', 'repeatedly', 'privately', 'publicly', 'recently', 'often', 'also',
]);
const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);

/**
 * Skips time and place adverbials after a cue: "on Friday", "Monday", "last week", "in a statement
 * on Tuesday", "for weeks". Returns the first token after them (`from` when there are none).
 */
function skipAdverbials(tokens: readonly Token[], from: number, last: number): number {
  let i = from;
  while (i <= last && i < from + 10) {
    const token = tokens[i] as Token;
    if (TIME_WORDS.has(token.norm)) {
      i++;
      continue;
    }
    if (isWord(token, 'last', 'this', 'next') && TIME_NOUNS.has(tokens[i + 1]?.norm ?? '')) {
      i += 2;
      continue;
    }
    if (token.pos === 'ADP' && !isWord(token, 'that', 'of', 'about', 'to', 'as', 'like')) {
      // One noun phrase: a determiner after its head opens the next phrase (the clause's subject).
      let j = i + 1;
      if (tokens[j]?.pos === 'DET' || (tokens[j]?.pos === 'PRON' && /^(his|her|their|its|our|my)$/.test(tokens[j]?.norm ?? ''))) j++;
      const head = j;
      while (j <= last && j < head + 5 && /^(ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]?.pos ?? '')) j++;
      if (j === head || !/^(NOUN|PROPN|NUM)$/.test(tokens[j - 1]?.pos ?? '')) return from;
      i = j;
      continue;
    }
    break;
  }
  return i;
}

/** A clause opens at `at`: a subject pronoun or noun phrase, then a finite verb. */
function opensClause(tokens: readonly Token[], at: number, last: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (token.pos === 'PRON' && CLAUSE_SUBJECT_PRONOUNS.has(token.norm)) return /^(VERB|AUX|ADV)$/.test(tokens[at + 1]?.pos ?? '');
  return /^(DET|PROPN|NOUN|NUM|ADJ)$/.test(token.pos) && hasClause(tokens, at, last);
}

/**
 * Sentences as token ranges. A "sentence" that starts with a comma or a lower-case word continues
 * the previous one: wink ends a sentence after "Rep. Elijah Cummings (D-Md.)".
 */
function sentences(ctx: QuoteContext): Sentence[] {
  const list: Sentence[] = [];
  const { tokens, paragraph } = ctx;
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const token = tokens[i];
    if (i === tokens.length || (token as Token).sentence !== (tokens[i - 1] as Token).sentence) {
      const continues =
        token !== undefined &&
        paragraph[i] === paragraph[i - 1] &&
        (isComma(token) || /^\p{Ll}/u.test(token.text)) &&
        !isSentenceFinal(tokens[i - 1]);
      if (continues) continue;
      list.push({ first, last: i - 1 });
      first = i;
    }
  }
  return list;
}

const INFINITIVE_CONTROLLER_SET = new Set(INFINITIVE_CONTROLLERS);
const COGNITION_OBJECTS = new Set(COGNITION_OBJECT_VERBS);
// Base forms wink tags as nouns after a plural subject; "report", "claim" or "estimate" are left
// out because "sales report", "tax claims" are compounds.
const PLURAL_PRESENT_CUES = new Set(['show', 'say', 'suggest', 'indicate', 'find', 'predict', 'argue', 'warn', 'note', 'reveal', 'confirm']);
const IRREGULAR_PARTICIPLES = new Set(['said', 'told', 'thought', 'felt', 'found', 'heard', 'read', 'taught']);

function isCueToken(ctx: QuoteContext, k: number): (CueVerb & { passive?: boolean }) | undefined {
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
  // …and the present plural of a finding verb after a plural noun ("polls/NOUN show/NOUN Clinton
  // ahead", "…, records show."): a compound noun "polls show" does not exist.
  const pluralPresent =
    token.pos === 'NOUN' &&
    PLURAL_PRESENT_CUES.has(token.norm) &&
    /^\p{Ll}/u.test(token.text) &&
    /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') &&
    /[^s]s$/.test(tokens[k - 1]?.norm ?? '');
  if (token.pos !== 'VERB' && !taggedOtherwise && !pluralPresent) return undefined;
  const verb = cueVerb(token.norm) ?? (ctx.scope === 'attributions' ? stanceVerb(token.norm) : undefined);
  if (!verb) return undefined;
  let before = k - 1;
  while (before > 0 && tokens[before]?.pos === 'ADV') before--;
  // Passives report nobody's words: "the summit is expected to focus", "it was reported".
  // Irregular participles before an infinitive too: "he is said to favor a deal".
  if ((/(ed|en|wn)$/.test(token.norm) || (IRREGULAR_PARTICIPLES.has(token.norm) && isWord(tokens[k + 1], 'to'))) && isWord(tokens[before], 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s')) {
    return { ...verb, passive: true };
  }
  // Refusals: "declined to comment on the timeline", "refused to disclose details".
  if (isWord(tokens[before], 'to') && /^(declin|refus|unable|fail)/.test(tokens[before - 1]?.norm ?? '')) return undefined;
  // A participle used as an adjective: "pledged delegates", "the reported deal".
  if (/ed$/.test(token.norm) && tokens[k + 1]?.pos === 'NOUN' && /^(DET|ADJ|NUM)$|^'s$|^’s$/.test(tokens[k - 1]?.pos === 'PART' ? tokens[k - 1]?.norm ?? '' : tokens[k - 1]?.pos ?? '')) return undefined;
  // "adds to the drama", "added to the list": not a report.
  if (verb.lemma === 'add' && isWord(tokens[k + 1], 'to')) return undefined;
  // "pointed out that": "point" alone ("pointed to Hungary's stance") is not a cue.
  // Under `attributions` "pointed to the polls" is a cue with its preposition (PREPOSITIONAL_CUES).
  if (verb.lemma === 'point' && !isWord(tokens[k + 1], 'out') && !(ctx.scope === 'attributions' && isWord(tokens[k + 1], 'to'))) return undefined;
  return verb;
}

export function findReportedSpeech(
  ctx: QuoteContext,
  regions: readonly RegionTokens[],
  consumed: Uint8Array,
): QuoteCandidate[] {
  const { tokens, text } = ctx;
  const found: QuoteCandidate[] = [];
  // PARC/PolNeAR's convention (scope `attributions`): nested reports, noun-phrase and infinitive objects.
  const attributions = ctx.scope === 'attributions';
  for (const sentence of sentences(ctx)) {
    // Work on the stretch of the sentence outside direct quotes.
    let { first, last } = sentence;
    while (first <= last && (ctx.region[first] ?? -1) >= 0 && regions[ctx.region[first] ?? -1]?.direct) first++;
    while (last >= first && (ctx.region[last] ?? -1) >= 0 && regions[ctx.region[last] ?? -1]?.direct) last--;
    if (last - first < 2) continue;
    let covered = -1;
    let sentenceSpeaker: SpeakerPhrase | null = null;
    let lastPreposed: QuoteCandidate | null = null;
    for (let k = first; k <= last; k++) {
      if (consumed[k]) continue;
      // Inside an earlier content, only a coordinated cue of the same speaker starts a new quote:
      // "he stated that … and emphasized the possibility of “lasting peace”".
      const token = tokens[k] as Token;
      // The conjunction of a coordinated cue, adverbs allowed between: "and specifically mentioned".
      const conj = conjunctionBefore(tokens, k);
      if (k <= covered && !(lastPreposed && conj >= 0 && cueVerb(token.norm))) continue;
      if ((ctx.region[k] ?? -1) >= 0 && regions[ctx.region[k] ?? -1]?.direct) continue;
      let candidate: QuoteCandidate | null = null;

      if (token.norm === 'according' && isWord(tokens[k + 1], 'to')) {
        let speaker = speakerRightOf(ctx, k + 1, last) ?? sourceAfterAccordingTo(ctx, k + 2, last);
        if (!speaker) continue;
        // "According to statements from the Kremlin, …": the source runs to the comma.
        const toComma = sourceAfterAccordingTo(ctx, k + 2, last);
        if (toComma && toComma.last > speaker.last && isComma(tokens[toComma.last + 1])) speaker = toComma;
        // "According to X, CONTENT" opens its sentence (or clause); otherwise X closes it.
        let opener = k - 1;
        while (opener >= first && (tokens[opener]?.pos === 'CCONJ' || tokens[opener]?.pos === 'ADV')) opener--;
        if (opener < first || isSentenceFinal(tokens[opener]) || tokens[opener]?.text === ':') {
          // According to Peskov, CONTENT.
          let start = speaker.last + 1;
          if (isComma(tokens[start])) start++;
          const end = contentEnd(tokens, start, last);
          if (end >= start) candidate = build(ctx, regions, start, end, [k, k + 1], speaker, 0.8);
        } else {
          const end = contentEnd(tokens, first, k - 1);
          if (end >= first) candidate = build(ctx, regions, first, end, [k, k + 1], speaker, 0.8);
        }
        if (candidate) {
          found.push(candidate);
          covered = Math.max(covered, speaker.last);
        }
        continue;
      }

      // "Asked whether he would run, Mr. Lee said …": the question, put by someone unnamed.
      // The same question in a passive or a when-clause: "…, he said when asked whether he had met
      // Trump", "Trump was asked by a reporter what he meant" (train sample: about four in five marked).
      if (attributions && token.norm === 'asked' && (k === first || isWord(tokens[k - 1], 'when', 'if', 'after', 'before', 'was', 'were', 'is', 'are', 'been', 'being'))) {
        let question = k + 1;
        // "asked by a reporter whether …": the asker is not the source of the question's content.
        if (isWord(tokens[question], 'by')) {
          question++;
          while (question <= last && question < k + 7 && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[question]?.pos ?? '')) question++;
        }
        if (isWord(tokens[question], 'if', 'whether', 'why', 'how', 'what', 'when', 'which', 'who', 'whom', 'about')) {
          let comma = question + 1;
          while (comma <= last && comma < k + 40 && !isComma(tokens[comma])) comma++;
          const end = comma <= last ? comma - 1 : contentEnd(tokens, question, last);
          if (end > question + 1 && (k === first ? isComma(tokens[comma]) : true)) {
            found.push(build(ctx, regions, question, end, [k, k], null, 0.4));
            continue;
          }
        }
      }
      // "made it clear that …", "has made clear he will not run": a phrasal cue, the clause after it.
      if (isWord(token, 'make', 'makes', 'made', 'making') && token.pos === 'VERB') {
        const clear = isWord(tokens[k + 1], 'clear') ? k + 1 : isWord(tokens[k + 1], 'it') && isWord(tokens[k + 2], 'clear') ? k + 2 : -1;
        if (clear > 0) {
          let start = skipAdverbials(tokens, clear + 1, last);
          // "made it clear to House Democrats that …": the listener.
          if (isWord(tokens[start], 'to')) {
            start++;
            while (start <= last && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[start]?.pos ?? '') && !isWord(tokens[start], 'that')) start++;
            start = skipAdverbials(tokens, start, last);
          }
          const that = isWord(tokens[start], 'that');
          if (that) start++;
          const end = contentEnd(tokens, start, last);
          const subject: SpeakerPhrase | null = speakerLeftOf(ctx, k, first) ?? (conj >= 0 || /ing$/.test(token.norm) ? sentenceSpeaker ?? clauseSubject(ctx, k, first) : null);
          if (subject && end > start && (that || hasClause(tokens, start, end))) {
            lastPreposed = build(ctx, regions, start, attributions ? beforeNextClause(tokens, start, end) : end, [k, clear], subject, 0.7);
            lastPreposed.keepWhenNested = true;
            found.push(lastPreposed);
            sentenceSpeaker = subject;
            covered = attributions ? start - 1 : end;
            continue;
          }
        }
      }
      const verb = isCueToken(ctx, k);
      if (!verb) continue;
      const base = verb.cueClass === 'speech' ? 0.75 : 0.55;
      const cue: [number, number] = [k, k];

      // Passive: "the summit is expected to focus on …", "it was reported that …": nobody named.
      if (verb.passive) {
        const start = contentStart(tokens, k, undefined, last);
        const end = contentEnd(tokens, start, last);
        if (end > start && isWord(tokens[start - 1], 'that')) {
          found.push(build(ctx, regions, start, end, cue, null, 0.4));
          covered = start - 1;
        } else if (attributions && PASSIVE_INFINITIVE_CUES.has(verb.lemma) && isWord(tokens[k + 1], 'to') && /^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '')) {
          // "Trump is expected to deliver a speech tonight", "he is said to favor a deal": PolNeAR
          // marks the expectation or report with no source (train sample: six in seven of these).
          const infinitiveEnd = beforeNextClause(tokens, k + 1, contentEnd(tokens, k + 1, last));
          if (infinitiveEnd >= k + 2) {
            found.push(build(ctx, regions, k + 1, infinitiveEnd, cue, null, 0.4));
            covered = k;
          }
        }
        continue;
      }

      // Inverted: CONTENT, said Peskov. Never a participle: in "…, calling Christmas a sham" what
      // follows is the participle's object, not its subject.
      if ((isComma(tokens[k - 1]) || (tokens[k - 1]?.kind === 'quote' && k - 1 > first)) && !/ing$/.test(token.norm)) {
        let speaker = speakerRightOf(ctx, k, last);
        // "…, said an American official who was briefed on the talks."
        if (speaker && isWord(tokens[speaker.last + 1], 'who')) speaker = { ...speaker, last: contentEnd(tokens, speaker.last + 1, last) };
        if (speaker && k - 2 >= first && adverbialTail(tokens, speaker.last + 1, last)) {
          const end = contentEnd(tokens, first, k - 1);
          if (end > first && reportable(ctx, first, end)) {
            found.push(build(ctx, regions, first, end, cue, speaker, base));
            covered = last;
            continue;
          }
        }
      }

      // An infinitive cue takes the subject of the verb or adjective it depends on: "voters tended to
      // support Clinton", "caucus-goers were more likely to say they preferred Clinton".
      // Only aspect, habit and likelihood words (INFINITIVE_CONTROLLERS).
      const controller = isWord(tokens[k - 1], 'to') && tokens[k - 1]?.pos === 'PART' && INFINITIVE_CONTROLLER_SET.has(tokens[k - 2]?.norm ?? '') ? k - 2 : -1;
      const speaker = speakerLeftOf(ctx, k, first) ?? (controller > first ? speakerLeftOf(ctx, controller, first) : null);
      // "The statistics appear to be fabricated", "Clinton seemed irritated": PolNeAR marks the
      // impression as an attribution without source, the whole clause as content (train sample:
      // almost always with no source). Only with an infinitive, an adjective or "like" after.
      if (attributions && (verb.lemma === 'seem' || verb.lemma === 'appear') && speaker && speaker.first >= first) {
        let after = k + 1;
        while (tokens[after]?.pos === 'ADV') after++;
        const complement = (isWord(tokens[after], 'to') && /^(VERB|AUX)$/.test(tokens[after + 1]?.pos ?? '')) || tokens[after]?.pos === 'ADJ' || isWord(tokens[after], 'like');
        const end = beforeNextClause(tokens, k, contentEnd(tokens, k, last));
        if (complement && end > k) {
          found.push(build(ctx, regions, speaker.first, end, cue, null, 0.4));
          covered = k;
          continue;
        }
      }
      // Parenthetical: "Many of the closures, he said, have involved public courses.", "In the three
      // years since the shootings, Barden says, far too many lives have been lost": the content is the
      // whole sentence around the cue. What follows the cue must be the rest of a clause (a verb, not
      // only adverbials: "…, he said, on Friday" is post-posed) and not a participle ("…, he said,
      // adding that …" is a second report).
      if (speaker && speaker.first > first && isComma(tokens[speaker.first - 1]) && isComma(tokens[k + 1]) && k + 2 < last) {
        const end = contentEnd(tokens, k + 2, last);
        const resumes = hasVerb(tokens, k + 2, end) && !/^(VERB|CCONJ|SCONJ)$/.test(tokens[k + 2]?.pos ?? '') && !onlyAdverbials(tokens, k + 2, end);
        if (end > k + 2 && resumes) {
          found.push(build(ctx, regions, first, end, cue, speaker, base));
          covered = last;
          continue;
        }
      }
      // Post-posed: CONTENT, Peskov said (on Friday).
      if (speaker && speaker.first > first) {
        const opener = tokens[speaker.first - 1];
        const postPosed = (isComma(opener) || isDash(opener) || opener?.kind === 'quote') && !takesObject(tokens, k, verb, last);
        // After the cue, adverbials only; or adverbials, a comma and a clause of the writer's or a
        // second report ("…, he said, because …", "…, Hollande said Tuesday, noting …"): the content
        // ends before the cue, and what follows the comma is read on.
        const clauseAfter = postPosed ? clauseAfterTail(tokens, k + 1, last) : -1;
        if (postPosed && (adverbialTail(tokens, k + 1, last) || clauseAfter >= 0)) {
          const end = contentEnd(tokens, first, speaker.first - 2);
          // With a clause after the cue, what precedes it must be a clause too, not an opening
          // adverbial ("In an interview with Fox, Trump pointed to China, remarking …").
          if (end > first && reportable(ctx, first, end) && (clauseAfter < 0 || endsInClause(ctx, first, end))) {
            found.push(build(ctx, regions, first, end, cue, speaker, base));
            sentenceSpeaker = speaker;
            covered = clauseAfter >= 0 ? clauseAfter - 1 : last;
            continue;
          }
        }
      }

      // "As the Post reported, CONTENT." / "CONTENT, as Peskov said." The as-clause attributes the
      // rest of the sentence; its own tail may hold only adverbials ("as Breitbart reported a few days later").
      if (speaker && isWord(tokens[speaker.first - 1], 'as') && verb.cueClass !== 'stance') {
        const as = speaker.first - 1;
        let tail = k + 1;
        while (tail <= last && !isComma(tokens[tail]) && !isSentenceFinal(tokens[tail])) tail++;
        const tailIsAdverbial = tail === k + 1 || onlyAdverbials(tokens, k + 1, tail - 1);
        if (tailIsAdverbial && as === first && isComma(tokens[tail]) && tail + 1 <= last) {
          const end = contentEnd(tokens, tail + 1, last);
          if (end > tail + 1 && hasVerb(tokens, tail + 1, end)) {
            found.push(build(ctx, regions, tail + 1, end, cue, speaker, base));
            covered = last;
            continue;
          }
        } else if (tailIsAdverbial && as > first && isComma(tokens[as - 1]) && contentEnd(tokens, tail, last) < tail) {
          const end = contentEnd(tokens, first, as - 2);
          if (end > first && hasVerb(tokens, first, end)) {
            found.push(build(ctx, regions, first, end, cue, speaker, base));
            covered = last;
            continue;
          }
        }
      }

      // "Peskov called for calm", "called on Kyiv to negotiate": a speech act with an object.
      const callFor = verb.lemma === 'call' && isWord(tokens[k + 1], 'for', 'on');
      // Naming: Peskov called the meeting “constructive and direct”.
      if (verb.naming && !callFor) {
        // A participle after a comma takes the sentence's subject: "Trump went after Bush, calling him “a loser.”"
        const namingParticiple = /ing$/.test(token.norm) && isComma(tokens[k - 1]);
        const subject: SpeakerPhrase | null = speaker ?? (conj >= 0 ? sentenceSpeaker : namingParticiple ? sentenceSpeaker ?? clauseSubject(ctx, k, first) : null);
        let r = k + 1;
        while (r <= last && r <= k + 8 && (ctx.region[r] ?? -1) < 0 && !isComma(tokens[r])) r++;
        const region = regions[ctx.region[r] ?? -1];
        if (subject && region && !region.direct) {
          const fragmentEnd = region.region.closed ? region.close - 1 : region.close;
          found.push(build(ctx, regions, region.open + 1, Math.min(fragmentEnd, last), cue, subject, base, 'partial'));
          covered = region.close;
        } else if (attributions) {
          // Under `attributions` an unquoted label counts too, object included as PolNeAR marks it:
          // "calling Christmas a sham", "described the field as strong".
          const labelSubject: SpeakerPhrase | null = subject ?? (conj >= 0 ? clauseSubject(ctx, k, first) : null);
          const labelEnd = labelledObjectEnd(tokens, k, verb.lemma, last);
          if (labelSubject && labelEnd > k + 1) {
            lastPreposed = build(ctx, regions, k + 1, labelEnd, cue, labelSubject, base * 0.7);
            found.push(lastPreposed);
            sentenceSpeaker = labelSubject;
            covered = k;
          }
        }
        continue;
      }

      // Participle: Peskov met Lavrov on Friday, saying CONTENT.
      let subject = speaker;
      // "Peskov, writing on Telegram, said" is an interruption, not a participle clause.
      // A preposition after it makes an adjunct ("…, speaking at a rally"), unless it is a particle or
      // the cue's own ("…, pointing out that …", "…, referring to the deal").
      const participle =
        /ing$/.test(token.norm) &&
        (isComma(tokens[k - 1]) || isWord(tokens[k - 1], 'and') || tokens[k - 1]?.kind === 'quote') &&
        (tokens[k + 1]?.pos !== 'ADP' || isWord(tokens[k + 1], 'out', 'up', 'back') || (attributions && (cuePrepositions(verb.lemma)?.includes(tokens[k + 1]?.norm ?? '') ?? false)));
      if (!subject && participle) {
        subject = sentenceSpeaker ?? clauseSubject(ctx, k, first);
      }
      // Coordinated: Peskov said … and added that CONTENT. The first content ends before "and".
      // Without an earlier cue, the subject is the sentence's own: "McConnell embraced him and said".
      if (!subject && conj >= 0 && !sentenceSpeaker) sentenceSpeaker = clauseSubject(ctx, k, first);
      if (!subject && conj >= 0 && sentenceSpeaker) {
        subject = sentenceSpeaker;
        if (lastPreposed && lastPreposed.end > (tokens[conj] as Token).start) {
          let end = conj - 1;
          while (end > first && isComma(tokens[end])) end--;
          const endToken = tokens[end] as Token;
          if (endToken.end > lastPreposed.start) {
            // Built again, not only cut: the kind and the text between marks follow the shorter
            // content ('stated that “…” and emphasized …' is direct once the second report is off).
            const firstToken = lastPreposed.firstToken;
            if (firstToken !== undefined && lastPreposed.kind !== 'partial' && end >= firstToken) {
              const shorter = build(ctx, regions, firstToken, end, lastPreposed.cue ?? cue, lastPreposed.speaker, lastPreposed.confidence);
              lastPreposed.start = shorter.start;
              lastPreposed.end = shorter.end;
              lastPreposed.kind = shorter.kind;
            } else lastPreposed.end = endToken.end;
          }
        }
      }
      if (!subject) {
        // A cue with a that-clause whose subject the tagger could not find ("The company and
        // France's minister, Jane Roe, confirmed that …"): the report stands, its source is unknown.
        const unsourced = verb.cueClass !== 'stance' && !/ing$/.test(token.norm) ? thatClause(ctx, k, verb, last) : null;
        if (unsourced) {
          const source = leadingSubject(tokens, first, k);
          found.push(build(ctx, regions, unsourced.first, attributions ? beforeNextClause(tokens, unsourced.first, unsourced.last) : unsourced.last, cue, source, base * 0.6));
          covered = attributions ? unsourced.first - 1 : unsourced.last;
        }
        continue;
      }
      // "ads attacking Trump", "a super PAC supporting Bush": a participle right after its noun is a
      // reduced relative clause, not a report; under `attributions` the noun is the source of a
      // stance whose content is the object alone ("Ads attacking the mayor ran all week").
      const reducedRelative = /ing$/.test(token.norm) && speaker !== null && speaker.last === k - 1;
      if (reducedRelative && !attributions) continue;
      // A subject right after another verb or a preposition ("said the governor believes …", "voters
      // in both states supported Sanders") is not read by `statements`: often a broken parse or a
      // report inside another. `attributions` reads it and lets withoutUnmarkedNested (index.ts) drop
      // the nested kinds PolNeAR seldom marks: on both halves of a train sample the reports kept were
      // marked about three times in five (F1 +0.8), though their speaker is right less often.
      // A relative clause opens with its pronoun wherever its antecedent stands: "vetoed by Ms. Lane, who said …".
      const pronoun = k - 1;
      const relative = isWord(tokens[pronoun], 'who', 'which');
      if (speaker && speaker.first !== first && !isAClauseStart(tokens, speaker.first - 1) && !reducedRelative && !relative && !attributions) continue;
      if (reducedRelative && subject) subject = nounBefore(tokens, k, subject);

      // Pre-posed: Peskov said (that) CONTENT.
      const start = contentStart(tokens, k, verb, last);
      let end = contentEnd(tokens, start, last);
      // Inside a relative clause ("Barkley, who said he votes Democratic, said …") the content ends
      // with the clause, at the next comma.
      if (relative && isComma(tokens[pronoun - 1])) {
        for (let i = start + 1; i < end; i++) {
          if (isComma(tokens[i])) {
            end = i - 1;
            break;
          }
        }
      }
      // "Putin warned that sanctions would fail, the Kremlin said": the report at the end is the outer
      // one. Under `statements` only the outer one is reported (the corpus guidelines' outermost
      // attribution), and its cue is read next; under `attributions` this one ends before it.
      const outer = trailingAttribution(ctx, start, end, last);
      if (outer >= 0) {
        if (!attributions) continue;
        end = outer - 1;
      }
      // Under `attributions` a following clause of its own ends the content: "reported spending $1
      // million, while another group reported …" holds two reports, not one inside the other.
      if (attributions) end = beforeNextClause(tokens, start, end);
      // "Voters who oppose new taxes stayed home": a restrictive relative's content ends before the main verb.
      if (reducedRelative || (relative && !isComma(tokens[pronoun - 1]))) end = beforeMainVerb(tokens, start, end);
      // One word is a content only as an object under `attributions`: "criticized Clinton", "disputes this".
      if (end < start || (end === start && !attributions)) continue;
      const that = isWord(tokens[start - 1], 'that');
      // "repeated the claim that he made": a noun-phrase object whose noun has the clause.
      if (!that && !attributions && claimObject(tokens, start)) continue;
      if (attributions && !that) {
        const object = objectContent(ctx, k, verb, start, end);
        if (object) {
          lastPreposed = build(ctx, regions, object.first, object.last, object.cueLast === undefined ? cue : [k, object.cueLast], subject, base * 0.7);
          lastPreposed.keepWhenNested = verb.cueClass === 'speech' && !verb.speechAct;
          found.push(lastPreposed);
          sentenceSpeaker = subject;
          covered = Math.max(covered, object.first - 1);
          continue;
        }
      }
      // "have not commented on the timeline", "responded positively to", "agreed in principle to":
      // what follows is an adjunct or an infinitive, not a reported clause.
      if (!that && (/^(ADP|ADV|PART|CCONJ)$/.test(tokens[start]?.pos ?? '') || isWord(tokens[start], 'to')) && !isWord(tokens[start], 'if', 'whether', 'how', 'why', 'when', 'what')) {
        if (tokens[start]?.kind !== 'quote') continue;
      }
      const startsWithQuote = tokens[start]?.kind === 'quote' || tokens[start - 1]?.kind === 'quote';
      // An embedded question's clause follows its wh-word: "asked whether the plan had failed".
      const question = isWord(tokens[start], 'if', 'whether', 'how', 'why', 'when', 'what', 'where', 'who');
      if (!that && !startsWithQuote && !hasClause(tokens, question ? start + 1 : start, end)) {
        // A noun-phrase object is not a report ("Peskov emphasized the leaders' will to meet"),
        // unless it carries quoted words: "emphasized the possibility of “lasting peace”" is a
        // partial quote of those words.
        // Appearance verbs quote nobody: "Washington appears weak before the “offensive”".
        const fragment = verb.lemma === 'seem' || verb.lemma === 'appear' ? null : fragmentWithin(ctx, regions, k + 1, end);
        if (fragment) {
          found.push(build(ctx, regions, fragment.open + 1, fragment.region.closed ? fragment.close - 1 : fragment.close, cue, subject, base, 'partial'));
          sentenceSpeaker = subject;
          covered = fragment.close;
        }
        continue;
      }
      if (verb.weak && !that) continue;
      if (verb.cueClass === 'cognition' && !that && !hasClause(tokens, start, Math.min(end, start + 5))) continue;
      lastPreposed = build(ctx, regions, start, end, cue, subject, that ? base + 0.05 : base);
      lastPreposed.keepWhenNested = verb.cueClass === 'speech' && that;
      found.push(lastPreposed);
      sentenceSpeaker = subject;
      // Only the outermost attribution: "Peskov said Putin believes …" is one quote by Peskov.
      // Under `attributions` the content is read on: Putin's belief is a second, nested one.
      covered = attributions ? start - 1 : end;
    }
  }
  return found.filter((candidate) => candidate.end > candidate.start && text.slice(candidate.start, candidate.end).trim() !== '');
}

/**
 * An attribution closing the stretch [from, end] and the sentence (`last`), which reports what
 * precedes it: "…, Peskov said (on Friday)", "…, said the Kremlin", "…, according to officials".
 * Its comma, or -1. Looked for among the last words only: such a tail is a name and a verb.
 */
function trailingAttribution(ctx: QuoteContext, from: number, end: number, last: number): number {
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
      if (speaker?.first === next && adverbialTail(tokens, v + 1, last) && !takesObject(tokens, v, verb, last)) return comma;
    }
  }
  return -1;
}

/** How far from the content's end a trailing attribution may begin, in tokens. */
const TRAILING_WINDOW = 14;

const SUBORDINATORS = new Set(['after', 'before', 'since', 'as', 'while', 'because', 'until', 'although', 'though', 'if', 'when', 'whereas', 'once', 'unless']);

/**
 * The token before a subject phrase can open a clause. Not a preposition ("with Peskov said" is a
 * broken parse), nor a verb (the phrase would be that verb's object), except subordinators.
 */
function isAClauseStart(tokens: readonly Token[], before: number): boolean {
  const token = tokens[before];
  if (!token) return true;
  if (SUBORDINATORS.has(token.norm) || isUtteranceNoun(token.norm)) return true;
  return token.pos !== 'ADP' && token.pos !== 'VERB' && token.pos !== 'AUX';
}

function build(
  ctx: QuoteContext,
  regions: readonly RegionTokens[],
  first: number,
  last: number,
  cue: [number, number],
  speaker: SpeakerPhrase | null,
  confidence: number,
  kindOverride?: QuoteKind,
): QuoteCandidate {
  const { tokens } = ctx;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  // The share of the content inside quotation marks decides the kind (PolNeAR's rule).
  let quoted = 0;
  const seen = new Set<number>();
  for (let i = first; i <= last; i++) {
    const r = ctx.region[i] ?? -1;
    if (r < 0 || seen.has(r)) continue;
    seen.add(r);
    const region = regions[r]?.region;
    if (!region) continue;
    quoted += Math.max(0, Math.min(end, region.end) - Math.max(start, region.start));
  }
  const share = quoted / Math.max(1, end - start);
  // Every word inside the marks ('said only that "work is under way."'): direct, however short
  // (the marks and the period alone kept a short quote under the share).
  let wordOutside = false;
  for (let i = first; i <= last && !wordOutside && quoted > 0; i++) {
    const token = tokens[i] as Token;
    wordOutside = (ctx.region[i] ?? -1) < 0 && (token.kind === 'word' || token.kind === 'number');
  }
  // The share of quoted text decides between direct and mixed; a fragment taken alone is partial.
  const kind: QuoteKind = kindOverride ?? (quoted === 0 ? 'indirect' : share >= 0.95 || !wordOutside ? 'direct' : 'mixed');
  // A direct quote's text is what lies between its marks (corpus guidelines), also after "that".
  const only = kind === 'direct' && !kindOverride && seen.size === 1 ? regions[seen.values().next().value as number]?.region : undefined;
  const inside = only !== undefined && only.start >= start && only.end <= end;
  return { start: inside ? only.start : start, end: inside ? only.end : end, kind, cue, speaker, inherits: false, confidence, firstToken: first };
}

/**
 * The source after "according to", when it is not a clean noun phrase for the tagger ("according to
 * exit/VERB polling/VERB data"): the words up to the next comma or the sentence end, if short.
 */
function sourceAfterAccordingTo(ctx: QuoteContext, from: number, last: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let end = from;
  let hasNoun = false;
  while (end <= last && end < from + 12) {
    const token = tokens[end] as Token;
    if (isComma(token) || isSentenceFinal(token) || token.kind === 'quote' || token.text === ';') break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON') hasNoun = true;
    end++;
  }
  if (!hasNoun || end === from) return null;
  return { first: from, last: end - 1, headFirst: from, headLast: end - 1 };
}

/** The first quoted fragment (not a direct quote) that opens within tokens [from, to]. */
function fragmentWithin(ctx: QuoteContext, regions: readonly RegionTokens[], from: number, to: number): RegionTokens | null {
  for (let i = from; i <= to; i++) {
    const token = ctx.tokens[i] as Token;
    if (isComma(token) || token.text === ';') return null;
    const region = regions[ctx.region[i] ?? -1];
    if (region && !region.direct && region.open === i) return region;
  }
  return null;
}

/**
 * Passives with an infinitive that report an expectation or a rumour without its source: "is
 * expected to", "is said to". Not "is supposed to" or "is believed to" (on a PolNeAR train sample
 * never an attribution), nor "is seen as" (one time in three).
 */
const PASSIVE_INFINITIVE_CUES = new Set(['expect', 'say', 'report', 'rumor', 'rumour', 'project']);

// Naming verbs whose label follows "as" ("described the plan as reckless") or "to" ("likened the
// tax to theft"); the others take it bare ("called him a liar", "dubbed it the yuca primary").
const LABEL_AFTER_AS = new Set(['describe', 'characterize', 'characterise', 'frame', 'hail', 'deride', 'label', 'brand', 'term']);
const LABEL_AFTER_TO = new Set(['liken', 'compare']);
const LABEL_BARE = new Set(['call', 'dub', 'label', 'brand', 'term']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself', 'us', 'me', 'this', 'that', 'you']);

/**
 * The end of an unquoted object-and-label after a naming verb ("calling Christmas a sham",
 * "described the field as strong", "likened the tax to theft"), or -1. The object is one noun
 * phrase or an object pronoun; a bare label must open a noun or adjective phrase, so "called him
 * on Monday", "called off the talks" and "called the meeting" are not labels.
 */
function labelledObjectEnd(tokens: readonly Token[], cue: number, lemma: string, last: number): number {
  let i = cue + 1;
  const head = tokens[i];
  if (!head) return -1;
  if (head.pos === 'PRON' && OBJECT_PRONOUNS.has(head.norm)) i++;
  else {
    let nounSeen = false;
    while (i <= last && i < cue + 8) {
      const token = tokens[i] as Token;
      const opensPhrase = token.pos === 'DET' || (token.pos === 'PRON' && /^(his|her|their|its|our|my)$/.test(token.norm));
      if (nounSeen && opensPhrase) break;
      // A participle inside the phrase is an adjective: "Rubio's proposed tax plan".
      const modifier = token.pos === 'VERB' && /(ed|ing)$/.test(token.norm) && /^(NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '');
      if (!/^(DET|ADJ|NUM|NOUN|PROPN)$/.test(token.pos) && !opensPhrase && !modifier && !isWord(token, "'s", '’s')) break;
      if (token.pos === 'NOUN' || token.pos === 'PROPN') nounSeen = true;
      i++;
    }
    if (!nounSeen) return -1;
  }
  const label = tokens[i];
  if (!label || i > last) return -1;
  let labelFirst: number;
  if (isWord(label, 'as') && LABEL_AFTER_AS.has(lemma)) labelFirst = i + 1;
  else if (isWord(label, 'to') && LABEL_AFTER_TO.has(lemma)) labelFirst = i + 1;
  else if (LABEL_BARE.has(lemma) && /^(DET|ADJ|NOUN|PROPN|ADV)$/.test(label.pos) && !isWord(label, 'back', 'off', 'out', 'up', 'in', 'today', 'yesterday', 'tonight')) labelFirst = i;
  else return -1;
  const first = tokens[labelFirst];
  if (!first || labelFirst > last || !/^(DET|ADJ|NOUN|PROPN|ADV|NUM|PRON)$/.test(first.pos)) return -1;
  const end = beforeNextClause(tokens, labelFirst, contentEnd(tokens, labelFirst, last));
  return end >= labelFirst ? end : -1;
}

/** Verbs that take an infinitive as what was said, wanted or promised: "vowed to fight". */
const INFINITIVE_CUES = new Set([
  'seek', 'decline', 'offer', 'encourage', 'press', 'push', 'vote', 'seem', 'appear', 'promise', 'pledge', 'vow', 'threaten', 'urge', 'ask', 'call', 'hope', 'want', 'plan', 'intend', 'refuse',
  'agree', 'offer', 'demand', 'expect', 'warn', 'tell', 'propose', 'decide', 'claim', 'recommend', 'advise',
]);

/**
 * Under `attributions`: the object of a cue that takes no reported clause, as PARC annotates it.
 * A noun phrase ("criticized Clinton", "rejected the label", "reported spending $1 million"), an
 * infinitive after a verb of intent or request ("vowed to fight", "urged Congress to act"). Not an
 * adjunct ("commented on the timeline"), not a weak form ("written"), not an empty object ("said so").
 */
function objectContent(ctx: QuoteContext, cue: number, verb: CueVerb, start: number, end: number): { first: number; last: number; cueLast?: number } | null {
  const { tokens } = ctx;
  if (verb.weak) return null;
  const head = tokens[start];
  if (!head) return null;
  let first = start;
  // "referred to the deal as a win", "lashed out at the press": the cue takes its preposition, the
  // content is the prepositional object (not a clause: "spoke about how …" keeps its wh-word).
  if ((head.pos === 'ADP' || head.pos === 'PART' || head.pos === 'SCONJ') && cuePrepositions(verb.lemma)?.includes(head.norm)) {
    const next = tokens[start + 1];
    if (start + 1 > end || !next || /^(PUNCT|VERB|AUX|CCONJ)$/.test(next.pos)) return null;
    return { first: start + 1, last: end, cueLast: start };
  }
  // "called for a ceasefire", "called on Kyiv to negotiate": the object after the particle.
  if (verb.lemma === 'call' && isWord(tokens[cue + 1], 'for', 'on')) first = cue + 2;
  else if (isWord(head, 'to')) {
    if (!INFINITIVE_CUES.has(verb.lemma) || tokens[start + 1]?.pos !== 'VERB') return null;
  } else if (/^(ADP|PART|CCONJ|SCONJ|AUX|PUNCT|SYM)$/.test(head.pos)) return null;
  // An adverb heads an object only when a noun phrase follows it: wink tags "none of this" and
  // "super PACs" so; "said again", "spoke softly" stay adverbials.
  else if (head.pos === 'ADV' && !(isWord(tokens[start + 1], 'of') || /^(NOUN|PROPN)$/.test(tokens[start + 1]?.pos ?? ''))) return null;
  else if (verb.lemma === 'seem' || verb.lemma === 'appear') return null;
  // Most beliefs take clauses, not objects ("doubted the figures", "guessed the answer"); those in
  // COGNITION_OBJECT_VERBS take an object as PolNeAR marks it: "voters want a change", "officials
  // are expecting a record turnout", "he doesn't believe it".
  else if (verb.cueClass === 'cognition' && !COGNITION_OBJECTS.has(verb.lemma)) return null;
  else if (isWord(head, 'so') && end === start) return null;
  if (first > end) return null;
  return { first, last: end };
}

const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'but', 'because', 'since', 'yet']);

/** The content's last token before ", while …", ", but …" and the like (a second clause). */
function beforeNextClause(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    if (isComma(tokens[i]) && CLAUSE_OPENERS.has(tokens[i + 1]?.norm ?? '')) return i - 1;
    // "…, and more than 4 in 10 said Trump would be best": a coordinated report of its own.
    if ((isComma(tokens[i]) && isWord(tokens[i + 1], 'and')) || tokens[i]?.text === ';') {
      const from = isComma(tokens[i]) ? i + 2 : i + 1;
      if (reportFollows(tokens, from, end)) return i - 1;
    }
  }
  return end;
}

/** A subject then a cue verb within the first words from `from`: "a third said …", "officials warned …". */
function reportFollows(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from + 1; i <= end && i < from + 10; i++) {
    const token = tokens[i] as Token;
    if (isComma(token) || token.kind === 'quote') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      return token.pos === 'VERB' && cueVerb(token.norm) !== undefined && /^(NOUN|PROPN|PRON|NUM|ADV)$/.test(tokens[i - 1]?.pos ?? '');
    }
  }
  return false;
}

/** The bare noun phrase right before a participle: "ads" in "spent money on ads attacking Trump". */
function nounBefore(tokens: readonly Token[], participle: number, phrase: SpeakerPhrase): SpeakerPhrase {
  let first = participle - 1;
  while (first > phrase.first && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[first - 1]?.pos ?? '')) first--;
  if (tokens[first - 1]?.pos === 'DET' && first - 1 >= phrase.first) first--;
  return { first, last: participle - 1, headFirst: first, headLast: participle - 1 };
}

/** The "and" or "but" right before a cue, over at most two adverbs ("and later added"), or -1. */
function conjunctionBefore(tokens: readonly Token[], cue: number): number {
  let i = cue - 1;
  while (i > cue - 3 && tokens[i]?.pos === 'ADV') i--;
  return isWord(tokens[i], 'and', 'but') ? i : -1;
}

/** The that-clause right after a cue (over its listener and adverbials), when it is a clause. */
function thatClause(ctx: QuoteContext, cue: number, verb: CueVerb, last: number): { first: number; last: number } | null {
  const { tokens } = ctx;
  const start = contentStart(tokens, cue, verb, last);
  const that = tokens[start - 1];
  if (!that || that.norm !== 'that' || that.pos !== 'SCONJ') return null;
  const end = contentEnd(tokens, start, last);
  if (end - start < 2 || !hasClause(tokens, start, end)) return null;
  return { first: start, last: end };
}

/**
 * The noun phrase that opens the sentence when only prepositional material stands between it and
 * the cue: "The Kremlin on Friday indicated", "The ministry in a statement indicated", and the
 * same with the date lost ("The Kremlin on indicated"). Null when a verb or comma intervenes.
 */
function leadingSubject(tokens: readonly Token[], first: number, cue: number): SpeakerPhrase | null {
  let i = first;
  while (i < cue && /^(DET|ADJ|PROPN|NOUN|NUM)$/.test(tokens[i]?.pos ?? '')) i++;
  const head = i - 1;
  if (head < first || !/^(PROPN|NOUN)$/.test(tokens[head]?.pos ?? '') || tokens[i]?.pos !== 'ADP') return null;
  for (let j = i; j < cue; j++) if (!/^(ADP|DET|ADJ|PROPN|NOUN|NUM|ADV)$/.test(tokens[j]?.pos ?? '')) return null;
  return { first, last: head, headFirst: first, headLast: head };
}

/** The object of a reduced relative ends before the sentence's main verb: "the mayor" in "Ads attacking the mayor ran". */
function beforeMainVerb(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 1; i <= end; i++) {
    const token = tokens[i] as Token;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && /^(NOUN|PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '')) return i - 1;
  }
  return end;
}

/** "the claim that …", "her earlier assertion that …": an object noun that owns the that-clause. */
function claimObject(tokens: readonly Token[], start: number): boolean {
  let i = start;
  while (i < start + 4 && /^(DET|ADJ|ADV|PART)$/.test(tokens[i]?.pos ?? '')) i++;
  if (isWord(tokens[i], 'his', 'her', 'their', 'its', 'our')) i++;
  while (i < start + 5 && /^(ADJ|ADV)$/.test(tokens[i]?.pos ?? '')) i++;
  return isClaimNoun(tokens[i]?.norm ?? '') && isWord(tokens[i + 1], 'that');
}
