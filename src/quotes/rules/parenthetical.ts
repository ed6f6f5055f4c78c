import { isComma } from '../context.js';
import { build } from './build.js';
import { contentEnd, hasVerb, onlyAdverbials } from './syntax.js';
import type { CueRule } from './types.js';

/**
 * Parenthetical: "Many of the closures, he said, have involved public courses.", "In the three
 * years since the shootings, Barden says, far too many lives have been lost": the content is the
 * whole sentence around the cue. What follows the cue must be the rest of a clause (a verb, not
 * only adverbials: "…, he said, on Friday" is post-posed) and not a participle ("…, he said,
 * adding that …" is a second report).
 */
export const parenthetical: CueRule = {
  name: 'parenthetical',
  apply(state, { k, cue, base, speaker }) {
    const { ctx, first, last } = state;
    const { tokens } = ctx;
    if (!speaker || speaker.first <= first || !isComma(tokens[speaker.first - 1]) || !isComma(tokens[k + 1]) || k + 2 >= last) return false;
    const end = contentEnd(tokens, k + 2, last);
    const resumes = hasVerb(tokens, k + 2, end) && !/^(VERB|CCONJ|SCONJ)$/.test(tokens[k + 2]?.pos ?? '') && !onlyAdverbials(tokens, k + 2, end);
    if (end <= k + 2 || !resumes) return false;
    state.found.push(build(state, { first, last: end, cue, speaker, confidence: base, rule: this.name }));
    state.covered = last;
    return true;
  },
};
