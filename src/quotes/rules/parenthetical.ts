import type { Token } from '../../types.js';
import { isComma } from '../context.js';
import { cueVerb } from '../cues.js';
import { speakerRightOf } from '../speakers.js';
import { build } from './build.js';
import { contentEnd, hasVerb, onlyAdverbials } from './syntax.js';
import type { CueRule } from './types.js';

/**
 * What follows the attribution resumes the clause: a verb comes (not only adverbials: "…, he said,
 * on Friday" is post-posed), and the next word is not a participle or a cue ("…, he said, adding
 * that …" is a second report) nor a conjunction. The clause's own verb may follow at once ("Such
 * decisions, the researchers say, provide …"), also when wink tags its -s form a noun ("The
 * combination, say economists, marks/NOUN a journey …").
 */
function resumes(tokens: readonly Token[], from: number, end: number): boolean {
  const next = tokens[from] as Token;
  if (/^(CCONJ|SCONJ)$/.test(next.pos)) return false;
  if (next.pos === 'VERB' && (/ing$/.test(next.norm) || cueVerb(next.norm))) return false;
  const taggedNoun =
    next.pos === 'NOUN' && /[^s]s$/.test(next.norm) && /^(DET|ADJ|NUM)$/.test(tokens[from + 1]?.pos ?? '');
  return taggedNoun || (hasVerb(tokens, from, end) && !onlyAdverbials(tokens, from, end));
}

/**
 * Parenthetical: "Many of the closures, he said, have involved public courses.", "In the three
 * years since the shootings, Barden says, far too many lives have been lost", and inverted, "The
 * combination, say economists, marks a journey …": the content is the whole sentence around the
 * attribution.
 */
export const parenthetical: CueRule = {
  name: 'parenthetical',
  apply(state, { k, token, cue, base, speaker, verb }) {
    const { ctx, first, last } = state;
    const { tokens } = ctx;
    // The passive aside's subject ("we" in "we were told") stands where a speaker would.
    let source = speaker;
    let after = k + 1;
    if (!source || source.first <= first || !isComma(tokens[source.first - 1])) {
      // Inverted: ", say economists," (never a participle: ", saying …" is a second report).
      if (!isComma(tokens[k - 1]) || k - 1 <= first || /ing$/.test(token.norm)) return false;
      source = speakerRightOf(ctx, k, last);
      if (!source) return false;
      after = source.last + 1;
    }
    if (!isComma(tokens[after]) || after + 1 >= last) return false;
    const end = contentEnd(tokens, after + 1, last);
    if (end <= after + 1 || !resumes(tokens, after + 1, end)) return false;
    // A passive aside names the listener, not the speaker: "It was, we were told, all part of …".
    const spoken = verb.passive ? null : source;
    state.found.push(build(state, { first, last: end, cue, speaker: spoken, confidence: base, rule: this.name }));
    state.covered = last;
    return true;
  },
};
