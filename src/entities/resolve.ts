import type { EntityCandidate } from './candidate.js';

/**
 * Combines candidates from several recognisers into one set of non-overlapping mentions. Precedence,
 * highest first:
 * 1. locked candidates (user gazetteers and patterns) win every overlap;
 * 2. a rule span the model agrees with (same tokens): the rule's boundaries, the surer type;
 * 3. rule spans typed by a list, a title or a first name (confidence ≥ 0.85): rules know titles,
 *    brackets and possessives better than a model trained on Reuters;
 * 4. model spans, by confidence; a model span takes over an untyped rule span it overlaps;
 * 5. the remaining rule spans, typed or not (linking may type them).
 */
export function resolveCandidates(
  locked: readonly EntityCandidate[],
  rules: readonly EntityCandidate[],
  model: readonly EntityCandidate[],
  minModelConfidence: number,
): EntityCandidate[] {
  const scored: Array<{ candidate: EntityCandidate; score: number }> = [];
  for (const candidate of locked) scored.push({ candidate, score: 100 });
  for (const rule of rules) {
    const same = model.find((span) => span.startToken === rule.startToken && span.endToken === rule.endToken);
    const overlapping = same ?? model.find((span) => span.startToken < rule.endToken && rule.startToken < span.endToken);
    if (same) {
      const type = rule.confidence >= same.confidence || rule.type === same.type ? (rule.type ?? same.type) : same.type;
      scored.push({ candidate: { ...rule, type, confidence: Math.max(rule.confidence, same.confidence) }, score: 3 + rule.confidence });
    } else if (rule.type === null && overlapping) {
      // The model saw a name here with other boundaries: take its type, keep the rule's span
      // when the model's span is the one that loses the overlap below.
      scored.push({ candidate: { ...rule, type: overlapping.type, confidence: overlapping.confidence * 0.8 }, score: overlapping.confidence * 0.8 });
    } else {
      scored.push({ candidate: rule, score: rule.confidence >= 0.85 ? 2 + rule.confidence : rule.confidence });
    }
  }
  for (const span of model) {
    if (span.confidence >= minModelConfidence) scored.push({ candidate: span, score: span.confidence + 0.01 });
  }
  scored.sort((a, b) => b.score - a.score || (b.candidate.end - b.candidate.start) - (a.candidate.end - a.candidate.start));
  const accepted: EntityCandidate[] = [];
  for (const { candidate } of scored) {
    if (accepted.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
