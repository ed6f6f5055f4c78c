import type { Token } from '../types.js';
import type { QuoteCandidate } from './candidate.js';
import { isComma, isSentenceFinal, type QuoteContext } from './context.js';
import { cueVerb } from './cues.js';
import type { RegionTokens } from './direct.js';
import { cueSubject, isCueToken } from './rules/cueToken.js';
import { type ClauseState, CONFIDENCE, CUE_RULES, type CueSite, WORD_RULES } from './rules/index.js';
import { conjunctionBefore } from './rules/syntax.js';

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
        (isComma(token) || /^\p{Ll}/u.test(token.text)) &&
        !isSentenceFinal(tokens[i - 1]);
      if (continues) continue;
      list.push({ first, last: i - 1 });
      first = i;
    }
  }
  return list;
}

/**
 * Runs the rules of `rules/` over every sentence's stretch outside direct quotes, token by token:
 * the word rules first, then, at a cue verb, the cue rules in order (see rules/index.ts).
 */
export function findReportedSpeech(
  ctx: QuoteContext,
  regions: readonly RegionTokens[],
  consumed: Uint8Array,
): QuoteCandidate[] {
  const { tokens, analysisText: text } = ctx;
  const found: QuoteCandidate[] = [];
  const attributions = ctx.scope === 'attributions';
  for (const sentence of sentences(ctx)) {
    // Work on the stretch of the sentence outside direct quotes.
    let { first, last } = sentence;
    while (first <= last && (ctx.region[first] ?? -1) >= 0 && regions[ctx.region[first] ?? -1]?.direct) first++;
    while (last >= first && (ctx.region[last] ?? -1) >= 0 && regions[ctx.region[last] ?? -1]?.direct) last--;
    if (last - first < 2) continue;
    const state: ClauseState = {
      ctx,
      regions,
      attributions,
      first,
      last,
      found,
      covered: -1,
      sentenceSpeaker: null,
      lastPreposed: null,
    };
    for (let k = first; k <= last; k++) {
      if (consumed[k]) continue;
      const token = tokens[k] as Token;
      // Inside an earlier content, only a coordinated cue of the same speaker starts a new quote:
      // "he stated that … and emphasized the possibility of “lasting peace”" (adverbs allowed
      // between: "and specifically mentioned").
      const conj = conjunctionBefore(tokens, k);
      if (k <= state.covered && !(state.lastPreposed && conj >= 0 && cueVerb(token.norm))) continue;
      if ((ctx.region[k] ?? -1) >= 0 && regions[ctx.region[k] ?? -1]?.direct) continue;
      const site = { k, token, conj };
      if (WORD_RULES.some((rule) => rule.apply(state, site))) continue;
      const verb = isCueToken(ctx, k);
      if (!verb) continue;
      const cueSite: CueSite = {
        ...site,
        verb,
        cue: [k, k],
        base: verb.cueClass === 'speech' ? CONFIDENCE.speechCue : CONFIDENCE.otherCue,
        speaker: cueSubject(ctx, k, first),
      };
      for (const rule of CUE_RULES) if (rule.apply(state, cueSite)) break;
    }
  }
  return found.filter(
    (candidate) => candidate.end > candidate.start && text.slice(candidate.start, candidate.end).trim() !== '',
  );
}
