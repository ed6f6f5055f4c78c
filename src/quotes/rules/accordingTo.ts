import { isComma, isSentenceFinal, isWord } from '../context.js';
import { speakerRightOf } from '../speakers.js';
import { build } from './build.js';
import { contentEnd, sourceAfterAccordingTo } from './syntax.js';
import { CONFIDENCE, type WordRule } from './types.js';

/**
 * "According to Peskov, CONTENT." opens its sentence (or clause); otherwise the source closes it:
 * "CONTENT, according to Peskov."
 */
export const accordingTo: WordRule = {
  name: 'according-to',
  apply(state, { k, token }) {
    const { ctx, first, last } = state;
    const { tokens } = ctx;
    if (token.norm !== 'according' || !isWord(tokens[k + 1], 'to')) return false;
    let speaker = speakerRightOf(ctx, k + 1, last) ?? sourceAfterAccordingTo(ctx, k + 2, last);
    if (!speaker) return true;
    // "According to statements from the Kremlin, …": the source runs to the comma.
    const toComma = sourceAfterAccordingTo(ctx, k + 2, last);
    if (toComma && toComma.last > speaker.last && isComma(tokens[toComma.last + 1])) speaker = toComma;
    let opener = k - 1;
    while (opener >= first && (tokens[opener]?.pos === 'CCONJ' || tokens[opener]?.pos === 'ADV')) opener--;
    let contentFirst: number;
    let contentLast: number;
    if (opener < first || isSentenceFinal(tokens[opener]) || tokens[opener]?.text === ':') {
      contentFirst = speaker.last + 1;
      if (isComma(tokens[contentFirst])) contentFirst++;
      contentLast = contentEnd(tokens, contentFirst, last);
    } else {
      contentFirst = first;
      contentLast = contentEnd(tokens, first, k - 1);
    }
    if (contentLast >= contentFirst) {
      state.found.push(
        build(state, {
          first: contentFirst,
          last: contentLast,
          cue: [k, k + 1],
          speaker,
          confidence: CONFIDENCE.accordingTo,
          rule: this.name,
        }),
      );
      state.covered = Math.max(state.covered, speaker.last);
    }
    return true;
  },
};
