import type { Token } from '../../types.js';
import { isComma, isWord } from '../context.js';
import { clauseSubject, type SpeakerPhrase } from '../speakers.js';
import { build } from './build.js';
import { labelledObjectEnd } from './syntax.js';
import { CONFIDENCE, type CueRule } from './types.js';

/** The noun phrase ending at `head` follows a verb or a preposition: it is an object. */
function objectNoun(tokens: readonly Token[], head: number): boolean {
  let i = head;
  while (i > head - 5 && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[i - 1]?.pos ?? '')) i--;
  return /^(VERB|ADP)$/.test(tokens[i - 1]?.pos ?? '');
}

/**
 * Naming: "Peskov called the meeting “constructive and direct”" is a partial quote of the label.
 * Under `attributions` an unquoted label counts too, object included as PolNeAR marks it:
 * "calling Christmas a sham", "described the field as strong". Not "called for calm" or "called
 * on Kyiv to negotiate": speech acts with an object, read by the pre-posed rule.
 */
export const naming: CueRule = {
  name: 'naming',
  apply(state, { k, token, conj, verb, cue, base, speaker }) {
    const { ctx, regions, first, last, attributions } = state;
    const { tokens } = ctx;
    const callFor = verb.lemma === 'call' && isWord(tokens[k + 1], 'for', 'on');
    if (!verb.naming || callFor) return false;
    // "the researchers used a technique called “mental chronometry”": a participle naming a thing,
    // right after its noun, in the object of another verb or a preposition; nobody is quoted.
    if (/ed$/.test(token.norm) && tokens[k - 1]?.pos === 'NOUN' && objectNoun(tokens, k - 1)) return true;
    // A participle after a comma takes the sentence's subject: "Trump went after Bush, calling him “a loser.”"
    const namingParticiple = /ing$/.test(token.norm) && isComma(tokens[k - 1]);
    const subject: SpeakerPhrase | null =
      speaker ??
      (conj >= 0
        ? state.sentenceSpeaker
        : namingParticiple
          ? (state.sentenceSpeaker ?? clauseSubject(ctx, k, first))
          : null);
    let r = k + 1;
    while (r <= last && r <= k + 8 && (ctx.region[r] ?? -1) < 0 && !isComma(tokens[r])) r++;
    const region = regions[ctx.region[r] ?? -1];
    if (subject && region && !region.direct) {
      const fragmentEnd = region.region.closed ? region.close - 1 : region.close;
      state.found.push(
        build(state, {
          first: region.open + 1,
          last: Math.min(fragmentEnd, last),
          cue,
          speaker: subject,
          confidence: base,
          rule: this.name,
          kind: 'partial',
        }),
      );
      state.covered = region.close;
    } else if (attributions) {
      const labelSubject: SpeakerPhrase | null = subject ?? (conj >= 0 ? clauseSubject(ctx, k, first) : null);
      const labelEnd = labelledObjectEnd(tokens, k, verb.lemma, last);
      if (labelSubject && labelEnd > k + 1) {
        const quote = build(state, {
          first: k + 1,
          last: labelEnd,
          cue,
          speaker: labelSubject,
          confidence: base * CONFIDENCE.objectFactor,
          rule: 'naming-label',
        });
        state.lastPreposed = quote;
        state.found.push(quote);
        state.sentenceSpeaker = labelSubject;
        state.covered = k;
      }
    }
    return true;
  },
};
