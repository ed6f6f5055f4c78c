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
    const candidate =
      headlineAttribution(tokens, first, last, consumed) ?? sourceFirstHeadline(ctx, first, last, consumed);
    if (candidate) found.push(candidate);
    first = i;
  }
  return found;
}

function headlineAttribution(
  tokens: readonly Token[],
  first: number,
  last: number,
  consumed: Uint8Array,
): QuoteCandidate | null {
  // A headline is one line without a closing period, long enough to make a claim.
  if (last - first < 5 || isSentenceFinal(tokens[last])) return null;
  let separator = last;
  while (separator > last - MAX_SOURCE_TOKENS - 1 && separator > first) {
    const token = tokens[separator] as Token;
    if (token.text === ':' || isDash(token) || (token.text === '-' && token.spaceBefore)) break;
    if (!/^\p{Lu}/u.test(token.text) || consumed[separator]) return null;
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

// Labels that open a line with a colon and name no source: "Update:", "Watch:", "Editor's note:".
const NOT_SOURCES = new Set([
  'update',
  'updated',
  'note',
  'editor',
  'photo',
  'photos',
  'video',
  'watch',
  'read',
  'related',
  'breaking',
  'exclusive',
  'source',
  'sources',
  'credit',
  'live',
  'analysis',
  'opinion',
  'warning',
  'correction',
  'listen',
  'poll',
  'report',
  'review',
  'quiz',
  'timeline',
  'explainer',
  'factbox',
  'q',
  'a',
  'reminder',
  'tip',
  'caption',
  'image',
  'picture',
  'illustration',
  'graphic',
]);

/**
 * The mirror form: the source first, "Reid: ‘Never underestimate Trump.’", "Lewandowski: FBI
 * director acted as ‘judge and jury’". A paragraph that opens with a name of at most three
 * capitalised words (tagged as a name) and a colon, then a claim with a verb or quoted words.
 */
function sourceFirstHeadline(
  ctx: QuoteContext,
  first: number,
  last: number,
  consumed: Uint8Array,
): QuoteCandidate | null {
  const { tokens } = ctx;
  let colon = first;
  while (colon <= last && colon < first + 4 && tokens[colon]?.text !== ':') {
    const token = tokens[colon] as Token;
    if (!/^\p{Lu}/u.test(token.text) || NOT_SOURCES.has(token.norm) || consumed[colon]) return null;
    colon++;
  }
  if (colon === first || colon > last || tokens[colon]?.text !== ':' || tokens[colon - 1]?.pos !== 'PROPN') return null;
  // The claim: to the end of its sentence.
  const sentence = tokens[colon + 1]?.sentence;
  let end = colon + 1;
  while (end + 1 <= last && tokens[end + 1]?.sentence === sentence) end++;
  while (end > colon + 1 && (isSentenceFinal(tokens[end]) || tokens[end]?.kind === 'quote')) end--;
  if (end - colon < 3) return null;
  let claim = false;
  for (let i = colon + 1; i <= end; i++)
    if (/^(VERB|AUX)$/.test(tokens[i]?.pos ?? '') || (ctx.region[i] ?? -1) >= 0) claim = true;
  if (!claim) return null;
  let start = colon + 1;
  if (tokens[start]?.kind === 'quote') start++;
  // A quoted claim is the direct-quote rules' (the name before the colon is their speaker).
  if ((ctx.region[start] ?? -1) >= 0 || consumed[start]) return null;
  return {
    start: (tokens[start] as Token).start,
    end: (tokens[end] as Token).end,
    kind: 'indirect',
    cue: null,
    speaker: { first, last: colon - 1, headFirst: first, headLast: colon - 1 },
    inherits: false,
    confidence: 0.45,
  };
}
