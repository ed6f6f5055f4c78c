import type { Token } from '../types.js';
import type { QuoteCandidate } from './candidate.js';
import { isComma, isDash, isSentenceFinal, isWord, type QuoteContext } from './context.js';
import { cueVerb, isUtteranceNoun, type CueVerb } from './cues.js';
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

/** True when tokens [from, to] are only time and place adverbials: "on Friday", "in a statement". */
function onlyAdverbials(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 14) return false;
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

function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < from + 12; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
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
    while (j <= last && j < i + 6 && /^(DET|PROPN|NOUN|ADJ|PRON|PART)$/.test(tokens[j]?.pos ?? '') && tokens[j]?.norm !== 'that') j++;
    if (j > i) i = j;
  }
  // "said on Friday that", "said in a statement that": skip to `that` when it comes soon.
  for (let j = i; j <= last && j < i + 8; j++) {
    const token = tokens[j] as Token;
    if (token.norm === 'that' && (token.pos === 'SCONJ' || token.pos === 'PRON' || token.pos === 'DET')) return j + 1;
    if (!LEAD_IN_TAGS.has(token.pos) && !isComma(token)) break;
  }
  if (tokens[i]?.text === ':' || isComma(tokens[i])) i++;
  if (isWord(tokens[i], 'that')) i++;
  return i;
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
        (isComma(token) || /^[a-z]/.test(token.text)) &&
        !isSentenceFinal(tokens[i - 1]);
      if (continues) continue;
      list.push({ first, last: i - 1 });
      first = i;
    }
  }
  return list;
}

function isCueToken(ctx: QuoteContext, regions: readonly RegionTokens[], k: number): CueVerb | undefined {
  const { tokens } = ctx;
  const token = tokens[k] as Token;
  if ((ctx.region[k] ?? -1) >= 0) return undefined;
  // wink tags some cue verbs as nouns after a plural subject ("groups note that"): trust the
  // complementiser when the word sits between a noun or pronoun and "that".
  const taggedOtherwise =
    (token.pos === 'NOUN' || token.pos === 'ADJ') &&
    /^[a-z]/.test(token.text) &&
    (isWord(tokens[k + 1], 'that') || isWord(tokens[k + 1], 'he', 'she', 'they', 'it', 'we', 'i')) &&
    /^(NOUN|PROPN|PRON|NUM)$/.test(tokens[k - 1]?.pos ?? '');
  if (token.pos !== 'VERB' && !taggedOtherwise) return undefined;
  const verb = cueVerb(token.norm);
  return verb && !(regions.length === 0 && verb.weak) ? verb : undefined;
}

export function findReportedSpeech(
  ctx: QuoteContext,
  regions: readonly RegionTokens[],
  consumed: Uint8Array,
): QuoteCandidate[] {
  const { tokens, text } = ctx;
  const found: QuoteCandidate[] = [];
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
      if (consumed[k] || k <= covered) continue;
      const token = tokens[k] as Token;
      if ((ctx.region[k] ?? -1) >= 0 && regions[ctx.region[k] ?? -1]?.direct) continue;
      let candidate: QuoteCandidate | null = null;

      if (token.norm === 'according' && isWord(tokens[k + 1], 'to')) {
        const speaker = speakerRightOf(ctx, k + 1, last) ?? sourceAfterAccordingTo(ctx, k + 2, last);
        if (!speaker) continue;
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

      const verb = isCueToken(ctx, regions, k);
      if (!verb) continue;
      const base = verb.cueClass === 'speech' ? 0.75 : 0.55;
      const cue: [number, number] = [k, k];

      // Inverted: CONTENT, said Peskov.
      if (isComma(tokens[k - 1]) || (tokens[k - 1]?.kind === 'quote' && k - 1 > first)) {
        const speaker = speakerRightOf(ctx, k, last);
        if (speaker && k - 2 >= first && onlyAdverbials(tokens, speaker.last + 1, contentEnd(tokens, speaker.last + 1, last))) {
          const end = contentEnd(tokens, first, k - 1);
          if (end > first) {
            found.push(build(ctx, regions, first, end, cue, speaker, base));
            covered = last;
            continue;
          }
        }
      }

      const speaker = speakerLeftOf(ctx, k, first);
      // Post-posed: CONTENT, Peskov said (on Friday).
      if (speaker && speaker.first > first) {
        const opener = tokens[speaker.first - 1];
        if ((isComma(opener) || isDash(opener) || opener?.kind === 'quote') && onlyAdverbials(tokens, k + 1, contentEnd(tokens, k + 1, last))) {
          const end = contentEnd(tokens, first, speaker.first - 2);
          if (end > first) {
            found.push(build(ctx, regions, first, end, cue, speaker, base));
            covered = last;
            continue;
          }
        }
      }

      // Naming: Peskov called the meeting “constructive and direct”.
      if (verb.naming) {
        const subject = speaker ?? (isWord(tokens[k - 1], 'and', 'but') ? sentenceSpeaker : null);
        let r = k + 1;
        while (r <= last && r <= k + 8 && (ctx.region[r] ?? -1) < 0 && !isComma(tokens[r])) r++;
        const region = regions[ctx.region[r] ?? -1];
        if (subject && region && !region.direct) {
          found.push(build(ctx, regions, k + 1, Math.min(region.close, last), cue, subject, base));
          covered = region.close;
        }
        continue;
      }

      // Participle: Peskov met Lavrov on Friday, saying CONTENT.
      let subject = speaker;
      // "Peskov, writing on Telegram, said" is an interruption, not a participle clause.
      const participle =
        /ing$/.test(token.norm) &&
        (isComma(tokens[k - 1]) || isWord(tokens[k - 1], 'and') || tokens[k - 1]?.kind === 'quote') &&
        tokens[k + 1]?.pos !== 'ADP';
      if (!subject && participle) {
        subject = sentenceSpeaker ?? clauseSubject(ctx, k, first);
      }
      // Coordinated: Peskov said … and added that CONTENT. The first content ends before "and".
      // Without an earlier cue, the subject is the sentence's own: "McConnell embraced him and said".
      if (!subject && isWord(tokens[k - 1], 'and', 'but') && !sentenceSpeaker) sentenceSpeaker = clauseSubject(ctx, k, first);
      if (!subject && isWord(tokens[k - 1], 'and', 'but') && sentenceSpeaker) {
        subject = sentenceSpeaker;
        if (lastPreposed && lastPreposed.end > (tokens[k - 1] as Token).start) {
          let end = k - 2;
          while (end > first && isComma(tokens[end])) end--;
          const endToken = tokens[end] as Token;
          if (endToken.end > lastPreposed.start) lastPreposed.end = endToken.end;
        }
      }
      if (!subject) continue;
      if (speaker && speaker.first !== first && !isAClauseStart(tokens, speaker.first - 1)) continue;

      // Pre-posed: Peskov said (that) CONTENT.
      const start = contentStart(tokens, k, verb, last);
      let end = contentEnd(tokens, start, last);
      // Inside a relative clause ("Barkley, who said he votes Democratic, said …") the content ends
      // with the clause, at the next comma.
      if (isWord(tokens[k - 1], 'who') && isComma(tokens[k - 2])) {
        for (let i = start + 1; i < end; i++) {
          if (isComma(tokens[i])) {
            end = i - 1;
            break;
          }
        }
      }
      if (end - start < 1) continue;
      const that = isWord(tokens[start - 1], 'that');
      const startsWithQuote = tokens[start]?.kind === 'quote' || tokens[start - 1]?.kind === 'quote';
      if (!that && !startsWithQuote && !hasClause(tokens, start, end)) continue;
      if (verb.weak && !that) continue;
      if (verb.cueClass === 'cognition' && !that && !hasClause(tokens, start, Math.min(end, start + 5))) continue;
      lastPreposed = build(ctx, regions, start, end, cue, subject, that ? base + 0.05 : base);
      found.push(lastPreposed);
      sentenceSpeaker = subject;
      // Nested cues inside the content are allowed ("Peskov said Putin believes ..."), but not
      // the same span twice: skip to the content's start.
      covered = start - 1;
    }
  }
  return found.filter((candidate) => candidate.end > candidate.start && text.slice(candidate.start, candidate.end).trim() !== '');
}

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
  const kind = quoted === 0 ? 'indirect' : share >= 0.95 ? 'direct' : share >= 0.5 ? 'mixed' : 'partial';
  return { start, end, kind, cue, speaker, inherits: false, confidence };
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
