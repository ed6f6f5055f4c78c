import { isWord } from '../context.js';
import { build } from './build.js';
import { beforeNextClause, contentEnd } from './syntax.js';
import { CONFIDENCE, type CueRule } from './types.js';

/**
 * Under `attributions`: "The statistics appear to be fabricated", "Clinton seemed irritated".
 * PolNeAR marks the impression as an attribution without source, the whole clause as content
 * (train sample: almost always with no source). Only with an infinitive, an adjective or "like" after.
 */
export const appearance: CueRule = {
  name: 'appearance',
  apply(state, { k, verb, cue, speaker }) {
    const { ctx, first, last, attributions } = state;
    const { tokens } = ctx;
    if (!attributions || (verb.lemma !== 'seem' && verb.lemma !== 'appear') || !speaker || speaker.first < first)
      return false;
    let after = k + 1;
    while (tokens[after]?.pos === 'ADV') after++;
    const complement =
      (isWord(tokens[after], 'to') && /^(VERB|AUX)$/.test(tokens[after + 1]?.pos ?? '')) ||
      tokens[after]?.pos === 'ADJ' ||
      isWord(tokens[after], 'like');
    const end = beforeNextClause(tokens, k, contentEnd(tokens, k, last));
    if (!complement || end <= k) return false;
    state.found.push(
      build(state, {
        first: speaker.first,
        last: end,
        cue,
        speaker: null,
        confidence: CONFIDENCE.sourceless,
        rule: this.name,
      }),
    );
    state.covered = k;
    return true;
  },
};
