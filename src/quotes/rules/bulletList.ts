import type { Token } from '../../types.js';
import { isSentenceFinal } from '../context.js';
import { build } from './build.js';
import type { CueRule } from './types.js';

/** Markers that open a list item: "•", "-", "*", "–", "—", "·", "▪". */
const BULLETS = new Set(['•', '-', '*', '–', '—', '·', '▪', '◦']);

/**
 * A cue closing its paragraph with a colon, then a bulleted list: "The ministry said:" then
 * "• Schools will reopen on Monday." — the bullets are the content, one quote per item (the first
 * with the cue, the others continuing it, as the pieces of a quote running over paragraphs).
 */
export const bulletList: CueRule = {
  name: 'bullet-list',
  apply(state, { k, cue, base, speaker }) {
    const { ctx } = state;
    const { tokens } = ctx;
    const colon = k + 1;
    if (!speaker || tokens[colon]?.text !== ':' || colon + 1 >= tokens.length) return false;
    // An item runs to the end of its line: lists come one item a line or one a paragraph.
    const lineStart = (i: number): boolean =>
      i < tokens.length &&
      /[\n\r\u2028\u2029]/.test(ctx.analysisText.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start));
    let at = colon + 1;
    let items = 0;
    while (at < tokens.length && BULLETS.has((tokens[at] as Token).text) && lineStart(at)) {
      let last = at;
      while (last + 1 < tokens.length && !lineStart(last + 1)) last++;
      let end = last;
      while (end > at + 1 && isSentenceFinal(tokens[end])) end--;
      if (end > at + 1) {
        const item = build(state, { first: at + 1, last: end, cue, speaker, confidence: base, rule: this.name });
        if (items > 0) item.cue = null;
        state.found.push(item);
        items++;
      }
      at = last + 1;
    }
    return items > 0;
  },
};
