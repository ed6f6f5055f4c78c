import { NEVER_INVERTED_VERBS } from '../data/hand/cueWords.js';
import type { Token } from '../types.js';
import type { QuoteCandidate } from './candidate.js';
import {
  isComma,
  isDash,
  isSentenceFinal,
  isWord,
  type QuoteContext,
  tokenAtOrAfter,
  tokenEndingBy,
} from './context.js';
import { cueVerb } from './cues.js';
import type { QuotedRegion, QuotePiece } from './marks.js';
import { clauseSubject, type SpeakerPhrase, speakerLeftOf, speakerRightOf } from './speakers.js';

/**
 * Direct quotes: quoted regions that stand as sentences of their own, attributed by the frame
 * right after them ("…,” Peskov said.), or the frame right before them (Peskov told reporters: “…),
 * or else by the previous quote's speaker when they follow it (a quote paragraph after a quote).
 */

const NEVER_INVERTED: ReadonlySet<string> = new Set(NEVER_INVERTED_VERBS);

export interface RegionTokens {
  readonly region: QuotedRegion;
  /** Token of the opening mark. */
  readonly open: number;
  /** Token of the closing mark (or the last token of an unclosed quote). */
  readonly close: number;
  /** Number of word tokens inside. */
  readonly words: number;
  direct: boolean;
}

// Long enough for "…,” said Melanne Verveer, who served as Hillary Clinton’s chief of staff."
const FRAME_LIMIT = 40;

export function mapRegions(ctx: QuoteContext, regions: readonly QuotedRegion[]): RegionTokens[] {
  const { tokens } = ctx;
  const mapped: RegionTokens[] = [];
  for (const region of regions) {
    const open = tokenAtOrAfter(tokens, region.open);
    const close = tokenEndingBy(tokens, region.close);
    if (open >= tokens.length || close < open) continue;
    let words = 0;
    for (let i = open; i <= close; i++) if ((tokens[i] as Token).kind === 'word') words++;
    if (words === 0) continue;
    const index = mapped.length;
    mapped.push({ region, open, close, words, direct: false });
    for (let i = open; i <= close; i++) ctx.region[i] = index;
  }
  for (const entry of mapped) entry.direct = looksDirect(ctx, entry);
  return mapped;
}

/** A quote that is a sentence (or sentences) of its own, not a fragment of the writer's sentence. */
function looksDirect(ctx: QuoteContext, entry: RegionTokens): boolean {
  const { tokens, paragraph } = ctx;
  const before = tokens[entry.open - 1];
  const lastInside = entry.region.closed ? tokens[entry.close - 1] : tokens[entry.close];
  const after = entry.region.closed ? tokens[entry.close + 1] : undefined;
  const startsClause =
    !before ||
    paragraph[entry.open - 1] !== paragraph[entry.open] ||
    isSentenceFinal(before) ||
    before.text === ':' ||
    isComma(before) ||
    isDash(before) ||
    before.text === '(' ||
    before.kind === 'quote' ||
    (cueVerb(before.norm) !== undefined && before.pos === 'VERB');
  // An unclosed quote runs to its paragraph's end, which ends the quoted sentence too.
  const endsWithPunctuation =
    !entry.region.closed || (lastInside !== undefined && /^[,.!?…]+$|^\.\.\.$|^--$|^—$/.test(lastInside.text));
  const firstInside = tokens[entry.open + 1];
  const capitalised = firstInside !== undefined && /^[\p{Lu}0-9]/u.test(firstInside.text);
  if (startsClause && (endsWithPunctuation || entry.words >= 6)) return true;
  // A quoted sentence after "that" or a noun is still direct when it is a full sentence.
  if (capitalised && endsWithPunctuation && entry.words >= 4) return true;
  if (startsClause && capitalised && entry.words >= 3 && (!after || isSentenceFinal(after) || isComma(after))) {
    // `“Fake news.”` style headlines of a paragraph are direct; titles after "the film" are not.
    return before === undefined || paragraph[entry.open - 1] !== paragraph[entry.open] || before.text === ':';
  }
  return false;
}

interface Attribution {
  cue: [number, number] | null;
  speaker: SpeakerPhrase | null;
  /** Last token used by the frame. */
  frameEnd: number;
}

/** The frame after a quote: `, Peskov said.`, `said Peskov.`, `he told reporters on Friday.` */
function attributionAfter(ctx: QuoteContext, entry: RegionTokens, limit: number): Attribution | null {
  const { tokens, paragraph } = ctx;
  if (!entry.region.closed) return null;
  let first = entry.close + 1;
  if (isComma(tokens[first]) || isDash(tokens[first])) first++;
  const para = paragraph[entry.close];
  let end = first;
  while (end < tokens.length && end - first < FRAME_LIMIT && end <= limit) {
    const token = tokens[end] as Token;
    if (paragraph[end] !== para || (ctx.region[end] ?? -1) >= 0) break;
    // "Earl Blumenauer (D-Ore.) said": an abbreviation's period inside a party tag ends nothing.
    const inTag = token.text === '.' && tokens[end + 1]?.text === ')' && !tokens[end + 1]?.spaceBefore;
    if (isSentenceFinal(token) && !inTag) break;
    end++;
  }
  const frameLast = end - 1;
  if (frameLast < first) return null;
  // An epigraph-style dash: “…” ― Pamela Padilla, “…” — Anna Berg, a nurse.
  if (isDash(tokens[entry.close + 1]) || tokens[entry.close + 1]?.text === '―') {
    const dash = entry.close + 1;
    if (tokens[dash + 1]?.pos === 'PROPN' || /^\p{Lu}/u.test(tokens[dash + 1]?.text ?? '')) {
      const speaker = speakerRightOf(ctx, dash, frameLast);
      if (speaker) return { cue: [dash, dash], speaker, frameEnd: speaker.last };
    }
  }
  // According to: “…,” according to the ministry.
  if (isWord(tokens[first], 'according') && isWord(tokens[first + 1], 'to')) {
    const speaker = speakerRightOf(ctx, first + 1, frameLast);
    return { cue: [first, first + 1], speaker, frameEnd: speaker ? speaker.last : first + 1 };
  }
  // After a quote that ends its own sentence (“…we are ready.” Peskov said.) the frame must be an
  // attribution only; otherwise it is the next sentence (“…Game over.” Experts suggest that …).
  const endsSentence = tokens[entry.close - 1]?.text === '.';
  for (let k = first; k <= frameLast && k < first + 36; k++) {
    const token = tokens[k] as Token;
    // Right after a name or pronoun, a cue word is a verb whatever the tagger says ("Cruz quipped").
    const afterSubject = k > first && /^(PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '');
    if (!cueVerb(token.norm) || (token.pos !== 'VERB' && !afterSubject)) continue;
    if (k === first) {
      const speaker = speakerRightOf(ctx, k, frameLast);
      return { cue: [k, k], speaker, frameEnd: speaker ? speaker.last : k };
    }
    const speaker = speakerLeftOf(ctx, k, first);
    if (!speaker || speaker.first !== first) return null;
    if (endsSentence) {
      for (let i = k + 1; i <= frameLast && !isComma(tokens[i]); i++) {
        const after = tokens[i] as Token;
        if (after.pos === 'VERB' || after.pos === 'AUX' || after.norm === 'that') return null;
      }
    }
    return { cue: [k, k], speaker, frameEnd: frameLast };
  }
  return null;
}

/** The frame before a quote: `Peskov told reporters: “`, `As Peskov put it, “`, `Peskov said “`. */
function attributionBefore(ctx: QuoteContext, entry: RegionTokens, floor: number): Attribution | null {
  const { tokens, paragraph } = ctx;
  let last = entry.open - 1;
  const lastToken = tokens[last];
  if (!lastToken || last < floor) return null;
  const colon = lastToken.text === ':';
  let endsWithCue = cueVerb(lastToken.norm) !== undefined && lastToken.pos === 'VERB';
  // A cue and its listener right before the quote: "asked the crowd “…", "told her “…".
  if (!colon && !isComma(lastToken) && !endsWithCue && !isWord(lastToken, 'that')) {
    let k = last;
    while (k > floor && k > last - 5 && /^(DET|NOUN|PROPN|PRON|ADJ)$/.test(tokens[k]?.pos ?? '')) k--;
    const verb = cueVerb(tokens[k]?.norm ?? '');
    if (!verb?.listener || tokens[k]?.pos !== 'VERB') return null;
    last = k;
    endsWithCue = true;
  }
  if (paragraph[last] !== paragraph[entry.open] && !colon) return null;
  if (!endsWithCue) last--;
  // Nothing but the colon or comma before the quote (":«he"): no frame to read.
  if (last < floor) return null;
  const para = paragraph[last];
  let first = last;
  while (first - 1 >= floor && last - first < 30) {
    const token = tokens[first - 1] as Token;
    if (paragraph[first - 1] !== para || (ctx.region[first - 1] ?? -1) >= 0 || isSentenceFinal(token)) break;
    first--;
  }
  for (let k = last; k >= first; k--) {
    const token = tokens[k] as Token;
    if (isWord(token, 'according') && isWord(tokens[k + 1], 'to')) {
      const speaker = speakerRightOf(ctx, k + 1, last);
      return { cue: [k, k + 1], speaker, frameEnd: last };
    }
    // "The New York Times reports/NOUN:": right after a name, a cue word is the verb.
    const afterSubject = k > first && /^(PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '') && /^\p{Ll}/u.test(token.text);
    if (!cueVerb(token.norm) || (token.pos !== 'VERB' && !afterSubject)) continue;
    // The phrase after the cue is its subject only when the cue opens the frame ("“…,” said Peskov,
    // “…”"); further in, it is the listener or object: "Carson … but told his supporters, “…”".
    const inverts =
      (k === first || tokens[k - 1]?.kind === 'quote') && !NEVER_INVERTED.has(cueVerb(token.norm)?.lemma ?? '');
    let speaker = speakerLeftOf(ctx, k, first) ?? (inverts ? speakerRightOf(ctx, k, last) : null);
    // "… and joked, “…”", "…, telling her, “…”": the clause's subject speaks.
    if (!speaker && (isWord(tokens[k - 1], 'and', 'but') || /ing$/.test(token.norm)))
      speaker = clauseSubject(ctx, k, first);
    return { cue: [k, k], speaker, frameEnd: last };
  }
  // "He then listed the qualities: “…”": a colon after a clause; its subject is the likely speaker.
  // "Reid: “Never underestimate Trump.”": a bare name of up to three words before the colon is the speaker.
  const nameOnly =
    last - first < 3 &&
    tokens[last]?.pos === 'PROPN' &&
    tokens.slice(first, last + 1).every((token) => /^\p{Lu}/u.test(token.text));
  const nameSpeaker = nameOnly ? { first, last, headFirst: first, headLast: last } : null;
  if (colon)
    return {
      cue: [last + 1, last + 1],
      speaker: clauseSubject(ctx, last + 1, first) ?? nameSpeaker,
      frameEnd: last + 1,
    };
  return null;
}

/** True when the attribution has a cue word that is not a colon and does not open its line. */
function reportedInLine(ctx: QuoteContext, attribution: Attribution | null): boolean {
  const at = attribution?.cue?.[0];
  const cue = at === undefined ? undefined : ctx.tokens[at];
  if (at === undefined || !cue || cue.text === ':') return false;
  const before = ctx.tokens[at - 1];
  return before !== undefined && !/[\n\r\u2028\u2029]/.test(ctx.analysisText.slice(before.end, cue.start));
}

/** Finds the direct quotes, merging a quote split by its attribution into one. */
export function findDirectQuotes(
  ctx: QuoteContext,
  entries: readonly RegionTokens[],
  consumed: Uint8Array,
): QuoteCandidate[] {
  const { tokens, paragraph, storyParagraph } = ctx;
  const found: QuoteCandidate[] = [];
  let floor = 0;
  let previousDirect: QuoteCandidate | null = null;
  let previousParagraph = -10;
  for (let r = 0; r < entries.length; r++) {
    const entry = entries[r] as RegionTokens;
    if (!entry.direct) continue;
    const next = entries[r + 1];
    const limit = next ? next.open - 1 : tokens.length - 1;
    const lastInside = tokens[entry.region.closed ? entry.close - 1 : entry.close];
    const innerComma = lastInside !== undefined && isComma(lastInside);
    let attribution: Attribution | null = null;
    const before = attributionBefore(ctx, entry, floor);
    if (before && (before.speaker || !innerComma)) attribution = before;
    attribution ??= attributionAfter(ctx, entry, limit) ?? before;
    // A mark left open on a teaser or link label ("Read more: «big…") quotes no statement, unless a
    // cue verb inside the line reports it ("He says «NATO will act"); a colon or a verb opening the
    // line ("Read more:", "Watch:") does not.
    if (entry.region.label && !reportedInLine(ctx, attribution)) continue;

    const pieces = [...entry.region.pieces];
    let closeToken = entry.close;
    // “…,” Peskov said. “…” — the second part is its own quote, by the same speaker.
    if (attribution && attribution.frameEnd > entry.close && next?.direct) {
      let gap = attribution.frameEnd + 1;
      if (isSentenceFinal(tokens[gap]) || isComma(tokens[gap]) || isDash(tokens[gap])) gap++;
      // Not when the second quote has its own attribution: “…,” she said. “…,” she said.
      const ownFrame = attributionAfter(
        ctx,
        next,
        entries[r + 2] ? (entries[r + 2] as RegionTokens).open - 1 : tokens.length - 1,
      );
      if (gap === next.open && paragraph[next.open] === paragraph[entry.close] && !ownFrame) {
        pieces.push(...next.region.pieces);
        closeToken = next.close;
        r++;
      }
    }
    // Unattributed short quotes and quoted titles ("State of the Union", campaign slogans) are not
    // statements anyone is reported to have made.
    if (!attribution && (entry.words < 6 || isTitleCase(ctx, entry))) {
      const para = storyParagraph[entry.open] ?? 0;
      if (!previousDirect || para - previousParagraph > 1 || isTitleCase(ctx, entry)) continue;
    }
    let confidence = attribution?.speaker ? 0.9 : 0.5;
    if (!entry.region.closed) confidence *= 0.7;
    const first = pieces[0] as QuotePiece;
    const candidate: QuoteCandidate = {
      start: first.start,
      end: first.end,
      kind: 'direct',
      cue: attribution?.cue ?? null,
      speaker: attribution?.speaker ?? null,
      inherits: false,
      confidence,
    };
    if (!attribution?.speaker) {
      // A quote paragraph right after another quote continues that speaker.
      const para = storyParagraph[entry.open] ?? 0;
      if (previousDirect && para - previousParagraph <= 1) {
        candidate.inherits = true;
        candidate.confidence = entry.region.closed ? 0.6 : 0.45;
      }
    }
    if (attribution) {
      const [cueFirst, cueLast] = attribution.cue ?? [0, -1];
      for (let i = cueFirst; i <= cueLast; i++) consumed[i] = 1;
      if (attribution.speaker)
        for (let i = attribution.speaker.first; i <= attribution.speaker.last; i++) consumed[i] = 1;
      if (attribution.frameEnd > closeToken) floor = attribution.frameEnd + 1;
    }
    floor = Math.max(floor, closeToken + 1);
    found.push(candidate);
    // The continuation after the attribution, and each further paragraph of a quote that runs on:
    // quotes of their own, by the same speaker, with no cue of their own.
    for (const piece of pieces.slice(1)) {
      if (piece.end <= piece.start) continue;
      found.push({
        ...candidate,
        start: piece.start,
        end: piece.end,
        cue: null,
        confidence: candidate.confidence * 0.95,
      });
    }
    previousDirect = candidate;
    previousParagraph = storyParagraph[closeToken] ?? 0;
  }
  return found;
}

/** Most words capitalised: a title or a slogan ("Peace Through Strength"), not a quoted sentence. */
function isTitleCase(ctx: QuoteContext, entry: RegionTokens): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = entry.open + 1; i < entry.close; i++) {
    const token = ctx.tokens[i] as Token;
    if (token.kind !== 'word' || token.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(token.text)) capitalised++;
  }
  return words > 0 && capitalised / words >= 0.6;
}
