import type { Token } from '../types.js';
import type { QuoteCandidate } from './candidate.js';
import { isDash, isSentenceFinal, type QuoteContext } from './context.js';

/**
 * Headline attributions: a headline line that ends with its source after a colon or a dash,
 * "Putin-Trump Summit May Happen Within Two Weeks: Kremlin", "Meeting May Take Place Soon - Kremlin".
 * The claim is reported speech with no cue word; the source is the trailing name.
 */

const MAX_SOURCE_TOKENS = 4;

export function findHeadlineAttributions(ctx: QuoteContext, consumed: Uint8Array): QuoteCandidate[] {
  const { tokens, paragraph } = ctx;
  const found: QuoteCandidate[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && paragraph[i] === paragraph[i - 1]) continue;
    const last = i - 1;
    const candidate = headlineAttribution(tokens, first, last, consumed);
    if (candidate) found.push(candidate);
    first = i;
  }
  return found;
}

function headlineAttribution(tokens: readonly Token[], first: number, last: number, consumed: Uint8Array): QuoteCandidate | null {
  // A headline is one line without a closing period, long enough to make a claim.
  if (last - first < 5 || isSentenceFinal(tokens[last])) return null;
  let separator = last;
  while (separator > last - MAX_SOURCE_TOKENS - 1 && separator > first) {
    const token = tokens[separator] as Token;
    if (token.text === ':' || isDash(token) || (token.text === '-' && token.spaceBefore)) break;
    if (!/^[A-Z]/.test(token.text) || consumed[separator]) return null;
    separator--;
  }
  const separatorToken = tokens[separator];
  if (!separatorToken || separator === last || separator - first < 4) return null;
  if (separatorToken.text !== ':' && !isDash(separatorToken) && separatorToken.text !== '-') return null;
  // The claim needs a verb: "Summit May Happen", not "Live updates: Ukraine".
  let verb = false;
  for (let i = first; i < separator; i++) if (/^(VERB|AUX)$/.test(tokens[i]?.pos ?? '')) verb = true;
  if (!verb) return null;
  const sourceFirst = separator + 1;
  return {
    start: (tokens[first] as Token).start,
    end: (tokens[separator - 1] as Token).end,
    kind: 'indirect',
    cue: null,
    speaker: { first: sourceFirst, last, headFirst: sourceFirst, headLast: last },
    inherits: false,
    confidence: 0.5,
  };
}
