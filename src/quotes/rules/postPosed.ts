import { isComma, isDash } from '../context.js';
import { afterAttributionPiece, build } from './build.js';
import { adverbialTail, clauseAfterTail, contentEnd, endsInClause, reportable, takesObject } from './syntax.js';
import type { CueRule } from './types.js';

/**
 * Post-posed: "CONTENT, Peskov said (on Friday)." After the cue, adverbials only; or adverbials,
 * a comma and a clause of the writer's or a second report ("…, he said, because …", "…, Hollande
 * said Tuesday, noting …"): the content ends before the cue, and what follows the comma is read on.
 */
export const postPosed: CueRule = {
  name: 'post-posed',
  apply(state, { k, verb, cue, base, speaker }) {
    const { ctx, first, last } = state;
    const { tokens } = ctx;
    if (!speaker || speaker.first <= first) return false;
    const opener = tokens[speaker.first - 1];
    const postPosed =
      (isComma(opener) || isDash(opener) || opener?.kind === 'quote') && !takesObject(tokens, k, verb, last);
    if (!postPosed) return false;
    const clauseAfter = clauseAfterTail(tokens, k + 1, last);
    if (!adverbialTail(tokens, k + 1, last) && clauseAfter < 0) return false;
    const end = contentEnd(tokens, first, speaker.first - 2);
    // With a clause after the cue, what precedes it must be a clause too, not an opening
    // adverbial ("In an interview with Fox, Trump pointed to China, remarking …").
    if (end <= first || !reportable(ctx, first, end) || (clauseAfter >= 0 && !endsInClause(ctx, first, end)))
      return false;
    state.found.push(build(state, { first, last: end, cue, speaker, confidence: base, rule: this.name }));
    state.sentenceSpeaker = speaker;
    state.covered = clauseAfter >= 0 ? clauseAfter - 1 : last;
    const piece = clauseAfter >= 0 ? afterAttributionPiece(state, clauseAfter, last, speaker, base) : null;
    if (piece) {
      state.found.push(piece);
      state.covered = last;
    }
    return true;
  },
};
