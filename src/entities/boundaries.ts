import type { Token } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import { matchTitle } from './titles.js';

/**
 * Clean boundaries for spans that come from elsewhere than the capitalisation rules (the learned
 * model, user taggers without locks): no punctuation, dashes or quotes at either end ("Ukraine,",
 * "Putin–"), no possessive ("Hungary's" → "Hungary"), no lower-case article ("the Kremlin"), no
 * title before a person ("President Putin" → "Putin"), and pairs joined by a dash split ("Putin–Trump",
 * and "Putin-Trump" when both halves are names of their own, see `isStandalone`). Brackets stay when
 * they are balanced inside the span ("Mladost ( BJ )", "[Sergey] Lavrov").
 */
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
/** Lower-case particles that may open a name: "de Silva", "al-Aqsa", "van Gogh". */
const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'du',
  'al',
  'el',
  'bin',
  'ibn',
  'le',
  'la',
]);
const DASHES: ReadonlySet<string> = new Set(['–', '—']);
const OPENING: Record<string, string> = { ')': '(', ']': '[' };

function balanced(tokens: readonly Token[], first: number, last: number, closer: string): boolean {
  const opener = OPENING[closer];
  let depth = 0;
  for (let i = first; i < last; i++) {
    const text = tokens[i]?.text;
    if (text === opener) depth++;
    else if (text === closer) depth--;
  }
  return depth > 0;
}

const CLOSED_CLASSES: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/**
 * "for the $279 Xbox One S.": a one-letter word whose period ends the sentence (the tokenizer keeps
 * the period with the letter, as in an initial). At the text's end, before another sentence, or before a
 * capitalised function word ("Xbox One S. That revision", where the sentence split was missed).
 */
export function endsWithSentencePeriod(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last];
  if (!token || !/^\p{Lu}\.$/u.test(token.text)) return false;
  const next = tokens[last + 1];
  if (!next || next.sentence !== token.sentence) return true;
  return /^\p{Lu}/u.test(next.text) && CLOSED_CLASSES.has(next.pos);
}

export function cleanCandidate(
  candidate: EntityCandidate,
  tokens: readonly Token[],
  isStandalone: (word: string) => boolean = () => false,
): EntityCandidate[] {
  let first = candidate.startToken;
  let last = candidate.endToken - 1;
  const edge = (token: Token | undefined): boolean =>
    token !== undefined && (EDGE_PUNCTUATION.test(token.text) || token.pos === 'PART');
  // A name starts and ends with a capitalised word, a number or a bracket: edges that are
  // punctuation, possessives or lower-case words ("Putin—and", "the Kremlin") go, until none is left.
  const lower = (token: Token | undefined, leading: boolean): boolean =>
    token !== undefined &&
    /^\p{Ll}/u.test(token.text) &&
    !/\p{Lu}/u.test(token.text) &&
    !(leading && PARTICLES.has(token.text));
  for (let changed = true; changed && first <= last; ) {
    changed = false;
    while (first <= last && (edge(tokens[first]) || lower(tokens[first], true)) && tokens[first]?.text !== '[') {
      first++;
      changed = true;
    }
    while (last >= first && (edge(tokens[last]) || lower(tokens[last], false))) {
      const text = tokens[last]?.text ?? '';
      if (OPENING[text] && balanced(tokens, first, last, text)) break;
      last--;
      changed = true;
    }
  }
  // "Xbox One S. That": a name ends with its sentence.
  for (let i = first; i < last; i++) {
    if (endsWithSentencePeriod(tokens, i)) {
      last = i;
      break;
    }
  }
  if (candidate.type === 'PERSON') {
    const titleEnd = matchTitle(tokens, first, last + 1);
    if (titleEnd > first && titleEnd <= last) first = titleEnd;
  }
  if (first > last) return [];

  // Split at dashes between two capitalised parts; at hyphens only when both halves are names on
  // their own ("Putin-Trump summit", but "Nagorno-Karabakh", "Mercedes-Benz", "Jean-Michel" stay whole).
  const pieces: Array<[number, number]> = [];
  let pieceStart = first;
  for (let i = first + 1; i < last; i++) {
    const token = tokens[i];
    const left = tokens[i - 1];
    const right = tokens[i + 1];
    if (!token || !left || !right || !/^\p{Lu}/u.test(right.text) || !/^\p{Lu}/u.test(left.text)) continue;
    const splits =
      DASHES.has(token.text) ||
      (token.text === '-' &&
        i - 1 === pieceStart &&
        i + 1 === last &&
        isStandalone(left.text) &&
        isStandalone(right.text));
    if (splits) {
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
    const end = endToken.end - (to === last && endsWithSentencePeriod(tokens, to) ? 1 : 0);
    if (end <= startToken.start) continue;
    const { words: _words, ...rest } = candidate;
    const changed = from !== candidate.startToken || to !== candidate.endToken - 1 || end !== candidate.end;
    out.push({ ...(changed ? rest : candidate), start: startToken.start, end, startToken: from, endToken: to + 1 });
  }
  return out;
}
