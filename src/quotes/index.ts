import { type DocumentDraft, makeSpan } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { Entity, Quote, QuoteOptions, Speaker, Token } from '../types.js';
import { findBlockQuotations } from './blocks.js';
import type { QuoteCandidate } from './candidate.js';
import { findReportedSpeech } from './clauses.js';
import { buildContext, type QuoteContext, tokenAtOrAfter } from './context.js';
import { findDirectQuotes, mapRegions } from './direct.js';
import { findHeadlineAttributions } from './headlines.js';
import { findQuotedRegions } from './marks.js';
import { findNominalAttributions, findStanceNouns } from './nominal.js';
import { descriptionKind, EntityIndex, resolveSpeaker, type SpeakerRecord } from './resolve.js';

export type { SpeakerQuotes } from './bySpeaker.js';
export { quotesBySpeaker } from './bySpeaker.js';
export type { QuotedRegion, QuotePiece } from './marks.js';
export { findQuotedRegions } from './marks.js';

/** How far back (in characters) a quote without its own attribution may take the previous speaker. */
const INHERIT_DISTANCE = 1500;

/** Finds the quotes of a tokenized document; `entities` are used to resolve speakers. */
export function findQuotes(
  text: string,
  analysisText: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
  options: QuoteOptions = {},
): Quote[] {
  if (tokens.length === 0) return [];
  const ctx = buildContext(analysisText, tokens, options.scope === 'attributions' ? 'attributions' : 'statements');
  const regions = mapRegions(ctx, findQuotedRegions(analysisText));
  const consumed = new Uint8Array(tokens.length);
  const direct = named(findDirectQuotes(ctx, regions, consumed), directRule);
  // The writer's own first-person statements ("I would argue that …", "we blame the stores", "what
  // I call the “surveillance economy”") are no one's quote under `statements` (recent-news
  // guidelines); PARC's `attributions` keeps them.
  const reported = findReportedSpeech(ctx, regions, consumed).filter(
    (quote) => ctx.scope === 'attributions' || !writersOwn(tokens, quote),
  );
  // A headline line already read as reported speech ("…, Kremlin Confirms") is not read twice.
  const headlines = named(findHeadlineAttributions(ctx, consumed), () => 'headline').filter(
    (headline) => !reported.some((quote) => quote.start < headline.end && headline.start < quote.end),
  );
  // Under `attributions`, claim nouns ("her assertion that …") not already inside a found content.
  const nominal = [
    ...named(findNominalAttributions(ctx, consumed), () => 'claim-noun'),
    ...named(findStanceNouns(ctx, consumed), () => 'stance-noun'),
  ].filter(
    (claim) =>
      !reported.some(
        (quote) =>
          quote.start <= claim.start &&
          claim.end <= quote.end &&
          quote.cue?.[0] !== undefined &&
          (tokens[quote.cue[0]] as Token).start > claim.start,
      ),
  );
  const found = [...direct, ...reported, ...headlines, ...nominal];
  const sorted: QuoteCandidate[] = [...found, ...findBlockQuotations(ctx, found)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const candidates = ctx.scope === 'attributions' ? withoutUnmarkedNested(sorted) : sorted;

  const index = new EntityIndex(entities);
  const labels = sectionLabels(ctx, candidates, index);
  const history: SpeakerRecord[] = [];
  const quotes: Quote[] = [];
  // Per quote, its paragraph, and for a description nobody was found for, what kind it names.
  const paragraphs: number[] = [];
  const described = new Map<number, 'person' | 'group'>();
  let previous: {
    speaker: Speaker | null;
    end: number;
    record: SpeakerRecord | null;
    paragraph: number;
    kind: Quote['kind'];
  } | null = null;
  // The paragraph of the last question dropped as the writer's own, and where it ended.
  let rhetorical: { paragraph: number; end: number } | null = null;
  for (const candidate of candidates) {
    let speaker: Speaker | null = null;
    let record: SpeakerRecord | null = null;
    let confidence = candidate.confidence;
    const paragraphOf = ctx.paragraph[tokenAtOrAfter(tokens, candidate.start)] ?? -1;
    if (writersQuestion(ctx, candidate)) {
      rhetorical = { paragraph: paragraphOf, end: candidate.end };
      continue;
    }
    // The further questions of the same list ("…?”, “…?”, “…?”) go with the first.
    if (
      rhetorical &&
      candidate.kind === 'direct' &&
      candidate.cue === null &&
      rhetorical.paragraph === paragraphOf &&
      (previous === null || previous.end < rhetorical.end)
    )
      continue;
    if (candidate.rule === 'block-voice') {
      // A first-person paragraph is the previous quote's speaker's only right after it.
      if (!previous?.speaker?.entity || previous.paragraph !== paragraphOf - 1 || previous.kind !== 'indirect')
        continue;
      speaker = previous.speaker;
      record = previous.record;
    } else if (candidate.speaker) {
      if (labels.has(candidate)) continue;
      const resolved = resolveSpeaker(ctx, text, candidate.speaker, index, history);
      speaker = resolved.speaker;
      record = resolved.record;
      if (record) history.push(record);
      // A pronoun or description nobody could be found for: the attribution is less certain.
      if (!speaker.name) confidence *= 0.85;
      const kind = speaker.entity === undefined ? descriptionKind(tokens, candidate.speaker) : undefined;
      if (kind) described.set(quotes.length, kind);
    } else if (candidate.inherits && previous?.speaker && candidate.start - previous.end < INHERIT_DISTANCE) {
      speaker = previous.speaker;
      record = previous.record;
    } else if (
      previous?.speaker &&
      (continuesSpeaker(ctx, candidate, previous.paragraph) || followsInParagraph(ctx, candidate, previous, index))
    ) {
      speaker = previous.speaker;
      record = previous.record;
      candidate.rule = 'direct-continuation';
    } else {
      const subject = paragraphSubjectSpeaker(ctx, text, candidate, index);
      if (subject) {
        speaker = subject;
        candidate.rule = 'direct-subject';
      }
    }
    const cue = candidate.cue
      ? makeSpan(text, (tokens[candidate.cue[0]] as Token).start, (tokens[candidate.cue[1]] as Token).end)
      : null;
    const quote: Quote = {
      ...makeSpan(text, candidate.start, candidate.end),
      kind: candidate.kind,
      speaker,
      cue,
      confidence: Math.round(confidence * 100) / 100,
      rule: candidate.rule ?? 'unknown',
    };
    quotes.push(quote);
    paragraphs.push(paragraphOf);
    previous = {
      speaker,
      end: candidate.end,
      record,
      paragraph: ctx.paragraph[tokenAtOrAfter(tokens, candidate.end) - 1] ?? 0,
      kind: candidate.kind,
    };
  }
  namedLater(quotes, paragraphs, described, entities);
  return quotes;
}

/** How many paragraphs after a description its speaker may be named. */
const NAMED_LATER_PARAGRAPHS = 2;

/**
 * News convention: a lead attributes to a description ("the Russian space agency said", "according
 * to a computer programmer who …") and names the source in the next paragraph or two ("Roscosmos
 * said", "developer Ammar Askar wrote"). A description nobody earlier fits takes the next named
 * speaker when that one is of its kind (a person; an organisation) and close; its continuation
 * quotes follow. Read from the end so that a chain of descriptions reaches the name.
 */
function namedLater(
  quotes: Quote[],
  paragraphs: readonly number[],
  described: ReadonlyMap<number, 'person' | 'group'>,
  entities: readonly Entity[],
): void {
  if (described.size === 0) return;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const i of [...described.keys()].sort((a, b) => b - a)) {
    const own = (quotes[i] as Quote).speaker;
    if (!own) continue;
    let next: Speaker | undefined;
    let at = -1;
    // Quotes are in text order: past the paragraph window no later name can count (and an unbounded
    // search made a long text without names quadratic).
    for (let j = i + 1; j < quotes.length; j++) {
      if ((paragraphs[j] ?? 0) - (paragraphs[i] ?? 0) > NAMED_LATER_PARAGRAPHS) break;
      const speaker = (quotes[j] as Quote).speaker;
      if (speaker && speaker !== own && speaker.name) {
        next = speaker;
        at = j;
        break;
      }
    }
    const entity = next?.entity === undefined ? undefined : byId.get(next.entity);
    if (!entity || (paragraphs[at] ?? 0) - (paragraphs[i] ?? 0) > NAMED_LATER_PARAGRAPHS) continue;
    const kind = described.get(i);
    if (kind === 'person' ? entity.type !== 'PERSON' : entity.type !== 'ORG') continue;
    const resolved: Speaker = { ...own, entity: entity.id, name: entity.name };
    for (let k = i; k < at; k++) {
      const quote = quotes[k] as Quote;
      if (quote.speaker === own) quotes[k] = { ...quote, speaker: resolved };
    }
  }
}

/**
 * News convention: a paragraph that is only a quotation, with no attribution of its own, right
 * after a paragraph that quotes a named speaker (in any form: "De Miranda points out that …"),
 * continues that speaker. Only whole-paragraph quotations: a quotation inside the writer's own
 * sentence without a cue is not given anyone.
 */
function continuesSpeaker(ctx: QuoteContext, candidate: QuoteCandidate, previousParagraph: number): boolean {
  if (candidate.kind !== 'direct' || candidate.cue !== null || candidate.speaker !== null) return false;
  const { tokens, paragraph } = ctx;
  const first = tokenAtOrAfter(tokens, candidate.start);
  const last = tokenAtOrAfter(tokens, candidate.end) - 1;
  const para = paragraph[first] ?? -1;
  if (para - previousParagraph !== 1 || paragraph[last] !== para) return false;
  // Nothing but quotation marks and punctuation before and after the content within the paragraph.
  for (let i = first - 1; i >= 0 && paragraph[i] === para; i--) if ((tokens[i] as Token).kind !== 'quote') return false;
  for (let i = last + 1; i < tokens.length && paragraph[i] === para; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'quote' && token.kind !== 'punctuation') return false;
  }
  return true;
}

/** How far (in characters) a quotation may follow the quote whose speaker it takes in the same paragraph. */
const SAME_PARAGRAPH_GAP = 300;

/**
 * News convention: a quotation with no attribution of its own right after a reported statement in
 * the same paragraph ("Ruiz shot back in a statement, saying she “made money in bad years.” “Frankly,
 * that is what the country needs.”") is that speaker's, when no other person is named in between.
 */
function followsInParagraph(
  ctx: QuoteContext,
  candidate: QuoteCandidate,
  previous: { end: number; paragraph: number; speaker: Speaker | null },
  index: EntityIndex,
): boolean {
  if (candidate.kind !== 'direct' || candidate.cue !== null || candidate.speaker !== null) return false;
  if (!previous.speaker?.name || candidate.start - previous.end > SAME_PARAGRAPH_GAP) return false;
  const { tokens, paragraph } = ctx;
  const first = tokenAtOrAfter(tokens, candidate.start);
  if (paragraph[first] !== previous.paragraph) return false;
  for (let i = tokenAtOrAfter(tokens, previous.end); i < first; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'PROPN' && index.overlapping(token.start, token.end)?.type === 'PERSON') return false;
  }
  return true;
}

/** The paragraph a whole-paragraph quotation without cue or speaker fills, else -1. */
function wholeParagraphQuote(ctx: QuoteContext, candidate: QuoteCandidate): number {
  if (candidate.kind !== 'direct' || candidate.cue !== null || candidate.speaker !== null) return -1;
  const { tokens, paragraph } = ctx;
  const first = tokenAtOrAfter(tokens, candidate.start);
  const last = tokenAtOrAfter(tokens, candidate.end) - 1;
  const para = paragraph[first] ?? -1;
  if (paragraph[last] !== para) return -1;
  for (let i = first - 1; i >= 0 && paragraph[i] === para; i--) if ((tokens[i] as Token).kind !== 'quote') return -1;
  for (let i = last + 1; i < tokens.length && paragraph[i] === para; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'quote' && token.kind !== 'punctuation') return -1;
  }
  return para;
}

/** How far into its paragraph a subject may start, and how long that paragraph may be. */
const SUBJECT_WINDOW = 8;
const SUBJECT_PARAGRAPH_TOKENS = 120;

/**
 * News convention: a quotation paragraph right after a paragraph about a named person ("Ruiz
 * praised the plan and its costs." / "“We need someone who gets things done.”") is that person's,
 * though the paragraph before quotes no one. The person is the subject of the paragraph's first
 * sentence (a PERSON mention before its first verb, not a possessive), the paragraph is short, and
 * it names no other person.
 */
function paragraphSubjectSpeaker(
  ctx: QuoteContext,
  text: string,
  candidate: QuoteCandidate,
  index: EntityIndex,
): Speaker | null {
  const para = wholeParagraphQuote(ctx, candidate);
  if (para <= 0) return null;
  const { tokens, paragraph } = ctx;
  let open = tokenAtOrAfter(tokens, candidate.start) - 1;
  while (open >= 0 && paragraph[open] === para) open--;
  if (open < 0 || paragraph[open] !== para - 1) return null;
  let first = open;
  while (first > 0 && paragraph[first - 1] === para - 1) {
    if (open - first > SUBJECT_PARAGRAPH_TOKENS) return null;
    first--;
  }
  // A paragraph with a quotation of its own is the continuation rule's to read.
  for (let k = first; k <= open; k++) if ((ctx.region[k] ?? -1) >= 0) return null;
  let subject: Entity | undefined;
  let at = -1;
  for (let k = first; k <= open && k < first + SUBJECT_WINDOW; k++) {
    const token = tokens[k] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') break;
    const entity = index.overlapping(token.start, token.end);
    const possessive = /^['’]s$/.test(tokens[k + 1]?.norm ?? '');
    if (entity?.type === 'PERSON' && !possessive) {
      subject = entity;
      at = k;
      break;
    }
  }
  if (!subject || at < 0) return null;
  let end = at;
  while (
    end + 1 <= open &&
    index.overlapping((tokens[end + 1] as Token).start, (tokens[end + 1] as Token).end) === subject
  )
    end++;
  const span = makeSpan(text, (tokens[at] as Token).start, (tokens[end] as Token).end);
  return { ...span, entity: subject.id, name: subject.name };
}

/** A reported statement whose speaker is "I" or "we" in the writer's own text. */
function writersOwn(tokens: readonly Token[], candidate: QuoteCandidate): boolean {
  const speaker = candidate.speaker;
  return (
    speaker !== null &&
    speaker.first === speaker.last &&
    candidate.kind !== 'direct' &&
    isWordAt(tokens, speaker.first, 'i', 'we')
  );
}

function isWordAt(tokens: readonly Token[], at: number, ...words: string[]): boolean {
  const token = tokens[at];
  return token !== undefined && token.pos === 'PRON' && words.includes(token.norm);
}

const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'say', 'saying', 'wonder', 'wondering', 'wondered']);
const WRITER_PRONOUNS = new Set([
  'i',
  'we',
  'you',
  'us',
  'me',
  'yourself',
  'ourselves',
  'myself',
  'i’d',
  "i'd",
  'we’d',
  "we'd",
]);

/**
 * A question the writer puts in their own or the reader's mouth: "You'll ask yourself, “Will this
 * end up in the pile?”", "we spent the year asking “what should we be doing?”", "we should be
 * saying “can you show me how?”" (eval/recent guidelines: not quotes). A quoted question after
 * ask, say or wonder with a first- or second-person subject in the cue's sentence; "“Why now?” she
 * asked" and "the senator asked: “Why now?”" stay quotes.
 */
function writersQuestion(ctx: QuoteContext, candidate: QuoteCandidate): boolean {
  if (
    candidate.kind !== 'direct' ||
    !candidate.cue ||
    !/\?\s*$/.test(ctx.analysisText.slice(candidate.start, candidate.end))
  )
    return false;
  const { tokens } = ctx;
  const cue = candidate.cue[0];
  if (!ASKING.has((tokens[cue] as Token).norm) || (tokens[cue] as Token).start > candidate.start) return false;
  const sentence = (tokens[cue] as Token).sentence;
  for (let i = cue - 1; i >= 0 && cue - i <= 30 && (tokens[i] as Token).sentence === sentence; i--) {
    const token = tokens[i] as Token;
    if (token.pos === 'PRON' && WRITER_PRONOUNS.has(token.norm)) return true;
    if (token.pos === 'PROPN' || (token.pos === 'PRON' && /^(he|she|they)$/.test(token.norm))) return false;
  }
  return false;
}

/**
 * Section labels ("Color: Stores use color to …", "Navigation Roadblocks: Stores force you …") have
 * the shape of a source-first headline ("Reid: Never underestimate Trump"). When a text has two or
 * more such lines whose source no entity mention covers, they are a list of labels, not sources.
 */
function sectionLabels(
  ctx: QuoteContext,
  candidates: readonly QuoteCandidate[],
  index: EntityIndex,
): Set<QuoteCandidate> {
  const { tokens } = ctx;
  const unknown = candidates.filter((candidate) => {
    const source = candidate.speaker;
    if (
      candidate.rule !== 'headline' ||
      candidate.cue !== null ||
      !source ||
      (tokens[source.last] as Token).end > candidate.start
    )
      return false;
    return !index.overlapping((tokens[source.first] as Token).start, (tokens[source.last] as Token).end);
  });
  return new Set(unknown.length >= 2 ? unknown : []);
}

/** Names the candidates of a stage that does not name its rules itself. */
function named(candidates: QuoteCandidate[], rule: (candidate: QuoteCandidate) => string): QuoteCandidate[] {
  for (const candidate of candidates) candidate.rule ??= rule(candidate);
  return candidates;
}

/**
 * A direct quote with its frame (`direct`), a quote paragraph that takes the previous quote's
 * speaker (`direct-continuation`), a later piece of a quote split by its attribution or running
 * over paragraphs (`direct-piece`), or a long quotation with no attribution (`direct-unattributed`).
 */
function directRule(candidate: QuoteCandidate): string {
  if (candidate.inherits) return 'direct-continuation';
  if (candidate.cue || candidate.speaker)
    return candidate.cue === null && candidate.speaker ? 'direct-piece' : 'direct';
  return 'direct-unattributed';
}

/**
 * Drops the reports PolNeAR rarely marks inside another report's content (`keepWhenNested`
 * false): in "Pate told Breitbart News he'd support Clinton over Trump" the support is part of what
 * Pate told, not a second attribution (train sample: about one such nested report in four was
 * marked). One pass over candidates sorted by start: a candidate is nested when an earlier one
 * reaches at least as far.
 */
function withoutUnmarkedNested(candidates: readonly QuoteCandidate[]): QuoteCandidate[] {
  const kept: QuoteCandidate[] = [];
  let reach = -1;
  for (const candidate of candidates) {
    const nested = candidate.end <= reach;
    if (!nested || candidate.keepWhenNested !== false) kept.push(candidate);
    reach = Math.max(reach, candidate.end);
  }
  return kept;
}

export const quoteTagger: Tagger = {
  name: 'quotes',
  tag(doc: DocumentDraft) {
    doc.quotes = findQuotes(doc.text, doc.analysisText, doc.tokens, doc.entities, doc.options.quotes);
  },
};
