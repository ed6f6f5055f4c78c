import { FINDING_VERBS } from '../data/hand/cueWords.js';
import type { Token } from '../types.js';
import type { QuoteCandidate } from './candidate.js';
import { type QuoteContext, tokenAtOrAfter } from './context.js';
import { cueVerb } from './cues.js';
import { clauseSubject, type SpeakerPhrase, speakerLeftOf } from './speakers.js';

/**
 * Block quotations: a paragraph of someone's words that the page set apart (a `<blockquote>`, a
 * transcript excerpt) and that the plain text prints with neither quotation marks nor a cue of its
 * own (scare quotes inside are no quotation of their own: no other quote may cover the paragraph).
 * Two signals in the text itself mark one:
 *
 * - `block-colon`: the paragraph before ends with a colon after a speech cue ("… the goals they
 *   claim for data collection:", "As Dana Ruiz explains, …:"); the paragraph is that speaker's.
 * - `block-voice`: the paragraph's first sentence speaks in the first person ("I've been building
 *   …") right after a paragraph whose last quote reports a named speaker without quotation marks
 *   ("Zuckerberg said …"), in a text whose writer does not otherwise say "I" or "we" outside
 *   quotations; the speaker is that quote's (index.ts checks it and drops the candidate otherwise).
 * - `block-run`: several paragraphs in a row in someone's first person after a paragraph that
 *   reports them (firstPersonRuns).
 */

/** First-person pronouns (wink splits "I've" into "I" + "'ve"). */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
/** Verbs of finding and showing: "The poll also found that:" introduces no one's words. */
const FINDINGS = new Set(FINDING_VERBS);
/** A block is prose: at least this many words. */
const MIN_BLOCK_WORDS = 8;
/** How far back from the colon the cue may be. */
const COLON_CUE_WINDOW = 40;

interface ParagraphRange {
  readonly first: number;
  readonly last: number;
}

function paragraphRanges(ctx: QuoteContext): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  const { paragraph, tokens } = ctx;
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || paragraph[i] !== paragraph[first]) {
      ranges[paragraph[first] as number] = { first, last: i - 1 };
      first = i;
    }
  }
  return ranges;
}

function words(tokens: readonly Token[], range: ParagraphRange): number {
  let count = 0;
  for (let k = range.first; k <= range.last; k++) if ((tokens[k] as Token).kind === 'word') count++;
  return count;
}

/**
 * A first-person pronoun outside quotation marks in the paragraph (its first sentence when
 * `opening`; outside the contents of quotes found, when `inQuote` marks them).
 */
function firstPerson(ctx: QuoteContext, range: ParagraphRange, opening = false, inQuote?: Uint8Array): boolean {
  const sentence = (ctx.tokens[range.first] as Token).sentence;
  for (let k = range.first; k <= range.last; k++) {
    const token = ctx.tokens[k] as Token;
    if (opening && token.sentence !== sentence) return false;
    if (inQuote?.[k]) continue;
    // Not the party label of "Sen. Bernie Sanders (I-Vt.)", nor "US" in capitals.
    const label =
      ctx.tokens[k + 1]?.text === '-' || ctx.tokens[k - 1]?.text === '(' || /^\p{Lu}{2,}$/u.test(token.text);
    if (token.pos === 'PRON' && FIRST_PERSON.has(token.norm) && !label && (ctx.region[k] ?? -1) < 0) return true;
  }
  return false;
}

/** The cue of the sentence a paragraph-closing colon ends, with its speaker: "they claim …:". */
function colonCue(ctx: QuoteContext, range: ParagraphRange): { cue: number; speaker: SpeakerPhrase } | null {
  const { tokens } = ctx;
  if ((tokens[range.last] as Token).text !== ':') return null;
  let start = range.last;
  while (start > range.first && range.last - start < COLON_CUE_WINDOW) {
    const before = tokens[start - 1] as Token;
    if (before.kind === 'punctuation' && /^[.!?]$/.test(before.text)) break;
    start--;
  }
  return lastCue(ctx, start, range.last - 1);
}

/** The last verb of saying in tokens [start, end] outside quotation marks, with its speaker. */
function lastCue(ctx: QuoteContext, start: number, end: number): { cue: number; speaker: SpeakerPhrase } | null {
  const { tokens } = ctx;
  for (let k = end; k >= start; k--) {
    const token = tokens[k] as Token;
    const verb = cueVerb(token.norm);
    // A verb of saying, not of finding or hoping ("The poll also found that:").
    if ((ctx.region[k] ?? -1) >= 0 || !verb || verb.cueClass !== 'speech' || verb.weak || verb.naming) continue;
    if (FINDINGS.has(verb.lemma)) continue;
    if (token.pos !== 'VERB') continue;
    const speaker = speakerLeftOf(ctx, k, start) ?? clauseSubject(ctx, k, start);
    return speaker ? { cue: k, speaker } : null;
  }
  return null;
}

export function findBlockQuotations(ctx: QuoteContext, others: readonly QuoteCandidate[]): QuoteCandidate[] {
  const { tokens } = ctx;
  if (tokens.length === 0) return [];
  const ranges = paragraphRanges(ctx);
  const covered = new Uint8Array(ranges.length);
  // The paragraphs a quote overlaps: from its first token's to its last token's (one binary search
  // each, and each paragraph marked once per quote: linear in the text for non-nested quotes).
  for (const candidate of others) {
    const first = tokenAtOrAfter(tokens, candidate.start);
    const last = tokenAtOrAfter(tokens, candidate.end) - 1;
    if (first >= tokens.length || last < first) continue;
    for (let p = ctx.paragraph[first] as number; p <= (ctx.paragraph[last] as number); p++) covered[p] = 1;
  }
  const open = (p: number): boolean => {
    const range = ranges[p];
    return (
      range !== undefined &&
      !covered[p] &&
      words(tokens, range) >= MIN_BLOCK_WORDS &&
      (tokens[range.first] as Token).kind === 'word'
    );
  };
  const found: QuoteCandidate[] = [];
  const make = (range: ParagraphRange, rule: string, extra: Partial<QuoteCandidate>): QuoteCandidate => {
    let last = range.last;
    while (last > range.first && (tokens[last] as Token).kind === 'punctuation' && (tokens[last] as Token).text === ':')
      last--;
    return {
      start: (tokens[range.first] as Token).start,
      end: (tokens[last] as Token).end,
      kind: 'direct',
      cue: null,
      speaker: null,
      inherits: false,
      confidence: 0.6,
      rule,
      ...extra,
    };
  };
  // The writer's own voice: "I" or "we" outside any quote's content in a paragraph with quotes, or
  // a first-person paragraph with no quote in the paragraph before it.
  const inQuote = new Uint8Array(tokens.length);
  for (const candidate of others) {
    for (let k = tokenAtOrAfter(tokens, candidate.start); k < tokens.length; k++) {
      if ((tokens[k] as Token).start >= candidate.end) break;
      inQuote[k] = 1;
    }
  }
  let writerSaysI = false;
  for (let p = 0; p < ranges.length && !writerSaysI; p++) {
    const range = ranges[p];
    if (!range) continue;
    if (covered[p]) writerSaysI = firstPerson(ctx, range, false, inQuote);
    else writerSaysI = firstPerson(ctx, range) && (p === 0 || !covered[p - 1]);
  }
  for (let p = 1; p < ranges.length; p++) {
    const range = ranges[p];
    const before = ranges[p - 1];
    if (!range || !before || !open(p)) continue;
    const colon = colonCue(ctx, before);
    if (colon) {
      found.push(make(range, 'block-colon', { cue: [colon.cue, colon.cue], speaker: colon.speaker }));
      covered[p] = 1;
      continue;
    }
    if (!writerSaysI && covered[p - 1] && firstPerson(ctx, range, true)) {
      found.push(make(range, 'block-voice', {}));
      covered[p] = 1;
    }
  }
  found.push(...firstPersonRuns(ctx, ranges, covered, inQuote, open, make));
  return found;
}

function isSingularPersonPronoun(token: Token): boolean {
  return token.pos === 'PRON' && (token.norm === 'he' || token.norm === 'she');
}

/** Most paragraphs in a row without a first-person pronoun inside a first-person run. */
const RUN_GAP = 2;
/** Fewest paragraphs in a run: one or two first-person paragraphs are `block-voice`'s. */
const RUN_MIN_PARAGRAPHS = 3;

/**
 * `block-run`: an excerpt of several paragraphs in someone's first person ("In my case, I chose …",
 * "… lucky us!") inside a text whose writer never says "I" or "we" outside quotations, right after
 * a paragraph that reports that someone with a verb of saying ("Askar has released code he said
 * exploits the bug. Here's how it works."). The run starts and ends on a first-person paragraph,
 * with at most RUN_GAP prose paragraphs without one in between (a figure, a listing); each of its
 * prose paragraphs is a block quotation of that speaker. Paragraphs other quotes cover end the run.
 */
function firstPersonRuns(
  ctx: QuoteContext,
  ranges: readonly (ParagraphRange | undefined)[],
  covered: Uint8Array,
  inQuote: Uint8Array,
  open: (p: number) => boolean,
  make: (range: ParagraphRange, rule: string, extra: Partial<QuoteCandidate>) => QuoteCandidate,
): QuoteCandidate[] {
  const voice = ranges.map((range, p) =>
    range === undefined ? false : covered[p] ? firstPerson(ctx, range, false, inQuote) : firstPerson(ctx, range),
  );
  const found: QuoteCandidate[] = [];
  for (let a = 1; a < ranges.length; a++) {
    const intro = ranges[a - 1];
    if (!voice[a] || covered[a] || voice[a - 1] || !intro) continue;
    let b = a;
    let gap = 0;
    for (let p = a + 1; p < ranges.length && ranges[p] && !covered[p]; p++) {
      // Lines too short to be prose (a code listing printed one line a paragraph: "list: [", "]")
      // neither extend the run nor count as a gap.
      if (words(ctx.tokens, ranges[p] as ParagraphRange) < MIN_BLOCK_WORDS) continue;
      if (voice[p]) {
        b = p;
        gap = 0;
      } else if (++gap > RUN_GAP) break;
    }
    if (b - a + 1 < RUN_MIN_PARAGRAPHS) continue;
    if (voice.some((own, p) => own && (p < a || p > b))) return [];
    // One person's excerpt: the speaker is a name or "he"/"she" (on PolNeAR train the runs after
    // "they" or a plural noun were the writer's own lists and asides).
    const speaker = lastCue(ctx, intro.first, intro.last)?.speaker;
    const head = speaker ? ctx.tokens[speaker.headLast] : undefined;
    if (!speaker || !head || !(head.pos === 'PROPN' || isSingularPersonPronoun(head))) continue;
    for (let p = a; p <= b; p++) {
      const range = ranges[p];
      if (!range || !open(p)) continue;
      found.push(make(range, 'block-run', { speaker }));
      covered[p] = 1;
    }
    a = b;
  }
  return found;
}
