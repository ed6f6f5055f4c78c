import { isComma, isSentenceFinal, isWord } from '../context.js';
import { build } from './build.js';
import { contentEnd, hasVerb, onlyAdverbials } from './syntax.js';
import type { CueRule } from './types.js';

/**
 * "As the Post reported, CONTENT." / "CONTENT, as Peskov said." The as-clause attributes the rest
 * of the sentence; its own tail may hold only adverbials ("as Breitbart reported a few days later").
 */
export const asClause: CueRule = {
  name: 'as-clause',
  apply(state, { k, verb, cue, base, speaker }) {
    const { ctx, first, last } = state;
    const { tokens } = ctx;
    if (!speaker || !isWord(tokens[speaker.first - 1], 'as') || verb.cueClass === 'stance') return false;
    const as = speaker.first - 1;
    let tail = k + 1;
    while (tail <= last && !isComma(tokens[tail]) && !isSentenceFinal(tokens[tail])) tail++;
    const tailIsAdverbial = tail === k + 1 || onlyAdverbials(tokens, k + 1, tail - 1);
    if (tailIsAdverbial && as === first && isComma(tokens[tail]) && tail + 1 <= last) {
      const end = contentEnd(tokens, tail + 1, last);
      if (end > tail + 1 && hasVerb(tokens, tail + 1, end)) {
        state.found.push(build(state, { first: tail + 1, last: end, cue, speaker, confidence: base, rule: this.name }));
        state.covered = last;
        return true;
      }
    } else if (tailIsAdverbial && as > first && isComma(tokens[as - 1]) && contentEnd(tokens, tail, last) < tail) {
      const end = contentEnd(tokens, first, as - 2);
      if (end > first && hasVerb(tokens, first, end)) {
        state.found.push(build(state, { first, last: end, cue, speaker, confidence: base, rule: this.name }));
        state.covered = last;
        return true;
      }
    }
    return false;
  },
};
