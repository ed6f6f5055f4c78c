import type { EntityType } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import { phraseLookup } from './lookup.js';
import type { CoarseType } from './model/labels.js';

/**
 * Combines candidates from several recognisers into one set of non-overlapping mentions. Precedence,
 * highest first:
 * 1. locked candidates (user gazetteers and patterns) win every overlap;
 * 2. rule spans made by a title ("Foreign Minister [Sergey] Lavrov", `titled`): titles,
 *    brackets and possessives are what the rules know best;
 * 3. the learned model's spans (confidence ≥ `minModelConfidence`): it reads context, so its
 *    boundaries and its coarse class win ("Durham beat Somerset": cricket clubs, ORG, although the
 *    lists know both as places). A rule span over the same tokens refines the type within the class
 *    (LOC → GPE, MISC → NORP) or, when the rule has no type, leaves the model's;
 * 4. rule spans the model did not see, when a list, a first name or a head word types them
 *    (confidence ≥ `minRuleConfidence`), or untyped (linking may find them a person: "Trump" alone);
 * Measured on CoNLL-2003 dev and on the corpus articles (docs/EVALUATION.md, Entities).
 */
/** OntoNotes types folded to CoNLL-2003's four, as the learned model sees them (and eval:ner scores them). */
export const COARSE: Record<EntityType, CoarseType> = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
  LAW: 'MISC',
  WORK_OF_ART: 'MISC',
};

/** Below this mean token confidence a model span's type is a guess (right spans go as low as 0.00, see index.ts). */
const UNSURE_MODEL_SPAN = 0.5;

/** The weight of a model span's type when mentions vote on their entity's type. */
const MODEL_WEIGHT = 0.85;

export function coarseType(type: EntityType): CoarseType {
  return COARSE[type];
}

export interface ResolveOptions {
  minModelConfidence: number;
  minRuleConfidence: number;
}

export function resolveCandidates(
  locked: readonly EntityCandidate[],
  rules: readonly EntityCandidate[],
  model: readonly EntityCandidate[],
  options: ResolveOptions,
): EntityCandidate[] {
  const scored: Array<{ candidate: EntityCandidate; score: number }> = [];
  const trusted = model.filter((span) => span.confidence >= options.minModelConfidence);
  // The rule span over exactly the same tokens as a model span, found in O(1).
  const ruleBySpan = new Map<string, EntityCandidate>();
  for (const rule of rules) ruleBySpan.set(`${rule.startToken}:${rule.endToken}`, rule);
  const modelTokens = new Set<number>();
  for (const span of trusted) for (let i = span.startToken; i < span.endToken; i++) modelTokens.add(i);
  // Tokens of the model's sure spans: a name it is sure of before a person is not that person's.
  const sureTokens = new Set<number>();
  for (const span of trusted) {
    if (span.confidence >= UNSURE_MODEL_SPAN) for (let i = span.startToken; i < span.endToken; i++) sureTokens.add(i);
  }

  // Rule spans by each token they cover, to find the one that contains a model span.
  const ruleAtToken = new Map<number, EntityCandidate>();
  for (const rule of rules) for (let i = rule.startToken; i < rule.endToken; i++) ruleAtToken.set(i, rule);

  for (const candidate of locked) scored.push({ candidate, score: 100 });
  const byStart = [...trusted].sort((a, b) => a.start - b.start);
  const overlapping = overlappingSpans(byStart);
  // Whole organisation names the model cut in pieces take the model's place (see wholeOrganisation).
  for (const rule of rules) {
    const touching = overlapping(rule);
    const type = wholeOrganisation(rule, touching)
      ? 'ORG'
      : productModel(rule, byStart, touching)
        ? 'PRODUCT'
        : undefined;
    if (type)
      scored.push({ candidate: { ...rule, type, confidence: Math.max(rule.confidence, MODEL_WEIGHT) }, score: 3 });
  }
  for (const span of trusted) {
    let rule = ruleBySpan.get(`${span.startToken}:${span.endToken}`);
    // "his son Hunter Biden": the model saw "Biden", the capitals say "Hunter Biden". A person's name
    // the capitals make longer than the model's takes the capitals' boundaries.
    const container = ruleAtToken.get(span.startToken);
    if (
      !rule &&
      container &&
      container.startToken <= span.startToken &&
      container.endToken >= span.endToken &&
      !container.titled &&
      span.type === 'PERSON' &&
      (container.type === null || container.type === 'PERSON') &&
      // ... but not over a name the model found after it ("Margaret Hamilton" + "Reuters"), nor one
      // it is sure of before it ("Spaniard" + "Carlos Sainz").
      !coversOtherModelTokens(container, span, modelTokens, sureTokens)
    ) {
      rule = { ...container, type: container.type ?? span.type };
    }
    // The model's probabilities are poorly calibrated (right spans at 0.00), so a model span votes
    // in linking with a fixed weight, as sure as a list or a first name.
    let candidate: EntityCandidate = { ...span, confidence: MODEL_WEIGHT };
    if (rule) {
      // "Dunmarrow, speaking in Vienna, said": a name no list knows, the subject of a reporting verb,
      // is a person against the model's unsure place or miscellany guess (an organisation's it keeps:
      // companies and agencies "say" too).
      const reportedPerson =
        rule.subjectOfReport === true &&
        span.confidence < UNSURE_MODEL_SPAN &&
        (span.type === null || COARSE[span.type] === 'LOC' || COARSE[span.type] === 'MISC');
      const refines =
        rule.type !== null &&
        span.type !== null &&
        (COARSE[rule.type] === COARSE[span.type] || rule.contextFree === true || reportedPerson);
      const type = rule.titled || refines ? rule.type : span.type;
      candidate = { ...rule, type, confidence: Math.max(rule.confidence, MODEL_WEIGHT) };
    }
    scored.push({ candidate, score: 2 + span.confidence });
  }
  // Model spans by start (byStart), for the one containing a title (a scan of them all per titled rule
  // was quadratic in a long document: most of the stage's excess time on a 1 MB text).
  for (const rule of rules) {
    if (rule.titled) {
      // "General Motors": a "title" inside a name the model reads as an organisation is no title.
      const title = rule.role?.start ?? rule.start;
      const inside = spanAround(byStart, title, (span) => span.end >= rule.end && span.start < rule.start);
      if (!inside || inside.type === 'PERSON') {
        // "spokesman Nikolaus van der Pas": the title's name stops at a lower-case particle; a person
        // the model reads from the same first word on, surely, goes on to the model's end.
        const longer = spanAround(
          byStart,
          rule.start,
          (span) =>
            span.start === rule.start &&
            span.end > rule.end &&
            span.type === 'PERSON' &&
            span.confidence >= UNSURE_MODEL_SPAN,
        );
        if (longer) {
          const { words: _words, ...rest } = rule;
          scored.push({
            candidate: { ...rest, end: longer.end, endToken: longer.endToken },
            score: 3 + rule.confidence,
          });
          continue;
        }
        scored.push({ candidate: rule, score: 3 + rule.confidence });
        continue;
      }
    }
    let seenByModel = false;
    for (let i = rule.startToken; !seenByModel && i < rule.endToken; i++) seenByModel = modelTokens.has(i);
    if (seenByModel && model.length > 0) continue;
    if (rule.type === null || rule.confidence >= options.minRuleConfidence)
      scored.push({ candidate: rule, score: rule.confidence });
  }
  scored.sort(
    (a, b) => b.score - a.score || b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start),
  );
  // Greedy by score; a candidate is kept when none of its tokens is taken yet.
  const taken = new Set<number>();
  const accepted: EntityCandidate[] = [];
  for (const { candidate } of scored) {
    let free = true;
    for (let i = candidate.startToken; free && i < candidate.endToken; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = candidate.startToken; i < candidate.endToken; i++) taken.add(i);
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * "the American Sign Museum" (model: "American" NORP + "Sign Museum" GPE), "the Committee for a
 * Responsible Federal Budget" ("Committee" + "Responsible Federal Budget"), "the Urban-Brookings Tax
 * Policy Center" ("Urban-Brookings"): the capitals read an organisation's whole name, ending in its
 * head word or joined by a connector after one (rules.ts, `organisation`), where the model saw pieces
 * of it. The whole name wins when every model span it touches lies inside it, unless, without a
 * connector, the model read an organisation up to the head word after a modifier: "the German Finance
 * Ministry" and "the Clinton White House" are an organisation and its modifier (CoNLL-2003 train
 * annotates "French | Interior Ministry", "Brazilian | Senate").
 */
function wholeOrganisation(rule: EntityCandidate, touching: readonly EntityCandidate[]): boolean {
  if (!rule.organisation || rule.titled || rule.locked) return false;
  // "... The European Union agreed": an article the tagger read as a name word is not one.
  if (/^(?:the|a|an)$/i.test(rule.words?.[0] ?? '')) return false;
  const inside: EntityCandidate[] = [];
  for (const span of touching) {
    if (span.startToken < rule.startToken || span.endToken > rule.endToken) return false;
    inside.push(span);
  }
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return false;
  if (inside.length === 1 && first.startToken === rule.startToken && first.endToken === rule.endToken) return false;
  const connected = rule.words?.some((word) => word === 'of' || word === 'for') ?? false;
  const organisationAfterModifier = last.type === 'ORG' && last.endToken === rule.endToken && inside.length >= 2;
  if (!connected) return !organisationAfterModifier;
  // "the U.S. Federal Bureau of Investigation": with a connector, only a listed place or nationality
  // is such a modifier ("Committee", read as a nationality, is the name's head).
  const listed = first.endToken === rule.startToken + 1 ? phraseLookup(rule.words?.[0] ?? '') : undefined;
  const placeFirst = listed !== undefined && ['GPE', 'LOC', 'NORP'].includes(listed.type);
  return !(placeFirst && first.startToken === rule.startToken && organisationAfterModifier && inside.length === 2);
}

/** Words that name a model of a product line after its brand: "PlayStation VR", "Xbox One S", "iPhone Pro". */
const MODEL_WORD = /^(?:pro|plus|max|mini|ultra|slim|lite|air|se|xl|\p{Lu}{1,2})$/iu;

/** Two-letter legal forms of companies: "Opel AG", "Deutsche Bahn AG" are companies, not models. */
const COMPANY_FORM = /^(?:ag|sa|nv|bv|co|oy|ab|as|kg|pt)\.?$/i;

/**
 * "the PlayStation VR": a listed maker followed by one or two model words is the maker's product,
 * its own entity, not the brand (the recent news set had "PlayStation VR" and "PlayStation 4" merged
 * into one "PlayStation" organisation). The capitals' span wins when the model's spans there lie
 * inside it, starting with it. A model word a list knows ("Google AI", "LG UK") or a legal form
 * ("Opel AG") is no model.
 */
function productModel(
  rule: EntityCandidate,
  byStart: readonly EntityCandidate[],
  touching: readonly EntityCandidate[],
): boolean {
  const words = rule.words;
  if (rule.titled || rule.locked || !words || words.length !== rule.endToken - rule.startToken) return false;
  const span = spanAround(byStart, rule.start, (candidate) => candidate.startToken === rule.startToken);
  if (!span || span.endToken > rule.endToken) return false;
  if (touching.some((other) => other !== span)) return false;
  for (let cut = words.length - 1; cut >= 1 && cut >= words.length - 2; cut--) {
    const tail = words.slice(cut);
    if (!tail.every((word) => MODEL_WORD.test(word) && !COMPANY_FORM.test(word) && !phraseLookup(word))) return false;
    if (phraseLookup(words.slice(0, cut).join(' '))?.maker === true) return true;
  }
  return false;
}

/**
 * The model spans sharing a token with a rule span, in start order. Found through the tokens the
 * rule covers, not by a scan of every span per rule, which made a long document quadratic.
 */
function overlappingSpans(byStart: readonly EntityCandidate[]): (rule: EntityCandidate) => EntityCandidate[] {
  const atToken = new Map<number, number[]>();
  byStart.forEach((span, k) => {
    for (let i = span.startToken; i < span.endToken; i++) {
      const list = atToken.get(i);
      if (list) list.push(k);
      else atToken.set(i, [k]);
    }
  });
  return (rule) => {
    const found = new Set<number>();
    for (let i = rule.startToken; i < rule.endToken; i++) for (const k of atToken.get(i) ?? []) found.add(k);
    return [...found].sort((a, b) => a - b).map((k) => byStart[k] as EntityCandidate);
  };
}

function coversOtherModelTokens(
  container: EntityCandidate,
  span: EntityCandidate,
  modelTokens: ReadonlySet<number>,
  sureTokens: ReadonlySet<number>,
): boolean {
  for (let i = container.startToken; i < span.startToken; i++) if (sureTokens.has(i)) return true;
  for (let i = span.endToken; i < container.endToken; i++) if (modelTokens.has(i)) return true;
  return false;
}

/**
 * The first span (in start order) that starts at or before `at` and passes `test`: the model's spans
 * do not overlap, so at most the one starting last at or before `at` can contain it; spans sharing
 * that start are all tried.
 */
function spanAround(
  byStart: readonly EntityCandidate[],
  at: number,
  test: (span: EntityCandidate) => boolean,
): EntityCandidate | undefined {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid]?.start ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const span = byStart[k] as EntityCandidate;
    if (test(span)) return span;
    if (span.end <= at) break;
  }
  return undefined;
}
