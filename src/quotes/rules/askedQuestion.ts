import { isComma, isWord } from '../context.js';
import { build } from './build.js';
import { contentEnd } from './syntax.js';
import { CONFIDENCE, type WordRule } from './types.js';

/**
 * Under `attributions`: "Asked whether he would run, Mr. Lee said …" — the question, put by someone
 * unnamed. The same question in a passive or a when-clause: "…, he said when asked whether he had
 * met Trump", "Trump was asked by a reporter what he meant" (train sample: about four in five marked).
 */
export const askedQuestion: WordRule = {
  name: 'asked-question',
  apply(state, { k, token }) {
    const { ctx, first, last, attributions } = state;
    const { tokens } = ctx;
    if (!attributions || token.norm !== 'asked') return false;
    if (
      k !== first &&
      !isWord(tokens[k - 1], 'when', 'if', 'after', 'before', 'was', 'were', 'is', 'are', 'been', 'being')
    )
      return false;
    let question = k + 1;
    // "asked by a reporter whether …": the asker is not the source of the question's content.
    if (isWord(tokens[question], 'by')) {
      question++;
      while (question <= last && question < k + 7 && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[question]?.pos ?? ''))
        question++;
    }
    if (!isWord(tokens[question], 'if', 'whether', 'why', 'how', 'what', 'when', 'which', 'who', 'whom', 'about'))
      return false;
    let comma = question + 1;
    while (comma <= last && comma < k + 40 && !isComma(tokens[comma])) comma++;
    const end = comma <= last ? comma - 1 : contentEnd(tokens, question, last);
    if (end > question + 1 && (k === first ? isComma(tokens[comma]) : true)) {
      state.found.push(
        build(state, {
          first: question,
          last: end,
          cue: [k, k],
          speaker: null,
          confidence: CONFIDENCE.sourceless,
          rule: this.name,
        }),
      );
      return true;
    }
    return false;
  },
};
