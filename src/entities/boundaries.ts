import type { Token } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import { matchTitle } from './titles.js';

/**
 * Clean boundaries for spans that come from elsewhere than the capitalisation rules (the learned
 * model, user taggers without locks): no punctuation, dashes or quotes at either end ("Ukraine,",
 * "Putin–"), no possessive ("Hungary's" → "Hungary"), no leading article or title ("the Kremlin",
 * "President Putin" → "Putin"), and hyphenated pairs split ("Putin-Trump" → "Putin", "Trump").
 */
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
const LEADING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const HYPHENS: ReadonlySet<string> = new Set(['-', '–', '—', '‑']);

export function cleanCandidate(candidate: EntityCandidate, tokens: readonly Token[]): EntityCandidate[] {
  let first = candidate.startToken;
  let last = candidate.endToken - 1;
  const skippable = (token: Token | undefined): boolean =>
    token !== undefined && (EDGE_PUNCTUATION.test(token.text) || token.pos === 'PART') && token.text !== '[' && token.text !== ']';
  while (first <= last && skippable(tokens[first])) first++;
  while (last >= first && (skippable(tokens[last]) || (tokens[last]?.text === ']' && tokens[last - 2]?.text !== '['))) last--;
  while (first < last && LEADING_WORDS.has(tokens[first]?.norm ?? '')) first++;
  const titleEnd = matchTitle(tokens, first, last + 1);
  if (titleEnd > first && titleEnd <= last) first = titleEnd;
  if (first > last) return [];

  // Split at hyphens and dashes between two capitalised parts.
  const pieces: Array<[number, number]> = [];
  let pieceStart = first;
  for (let i = first + 1; i < last; i++) {
    const token = tokens[i];
    if (token && HYPHENS.has(token.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) {
      pieces.push([pieceStart, i - 1]);
      pieceStart = i + 1;
    }
  }
  pieces.push([pieceStart, last]);

  const out: EntityCandidate[] = [];
  for (const [from, to] of pieces) {
    const startToken = tokens[from];
    const endToken = tokens[to];
    if (!startToken || !endToken) continue;
    let end = endToken.end;
    if (/['’]s$/u.test(endToken.text) && endToken.text.length > 3) end -= 2;
    if (end <= startToken.start) continue;
    const { words: _words, ...rest } = candidate;
    const changed = from !== candidate.startToken || to !== candidate.endToken - 1 || end !== endToken.end;
    out.push({
      ...(changed ? rest : candidate),
      start: startToken.start,
      end,
      startToken: from,
      endToken: to + 1,
    });
  }
  return out;
}
