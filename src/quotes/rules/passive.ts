import { isComma, isWord } from '../context.js';
import { build } from './build.js';
import { beforeNextClause, contentEnd, contentStart } from './syntax.js';
import { CONFIDENCE, type CueRule } from './types.js';

/**
 * Passives with an infinitive that report an expectation or a rumour without its source: "is
 * expected to", "is said to". Not "is supposed to" or "is believed to" (on a PolNeAR train sample
 * never an attribution), nor "is seen as" (one time in three).
 */
const PASSIVE_INFINITIVE_CUES = new Set(['expect', 'say', 'report', 'rumor', 'rumour', 'project']);

/** Passive: "the summit is expected to focus on …", "it was reported that …": nobody named. */
export const passive: CueRule = {
  name: 'passive',
  apply(state, { k, verb, cue }) {
    if (!verb.passive) return false;
    const { ctx, last, attributions } = state;
    const { tokens } = ctx;
    // "It was, we were told, all part of …": an aside, read by the parenthetical rule.
    if (isComma(tokens[k + 1]) && k + 2 < last) {
      let before = k - 2;
      while (before > k - 6 && /^(PRON|DET|ADJ|NOUN|PROPN)$/.test(tokens[before]?.pos ?? '')) before--;
      if (before < k - 2 && isComma(tokens[before])) return false;
    }
    const start = contentStart(tokens, k, undefined, last);
    const end = contentEnd(tokens, start, last);
    if (end > start && isWord(tokens[start - 1], 'that')) {
      state.found.push(
        build(state, {
          first: start,
          last: end,
          cue,
          speaker: null,
          confidence: CONFIDENCE.sourceless,
          rule: this.name,
        }),
      );
      state.covered = start - 1;
    } else if (
      attributions &&
      PASSIVE_INFINITIVE_CUES.has(verb.lemma) &&
      isWord(tokens[k + 1], 'to') &&
      /^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '')
    ) {
      // "Trump is expected to deliver a speech tonight", "he is said to favor a deal": PolNeAR
      // marks the expectation or report with no source (train sample: six in seven of these).
      const infinitiveEnd = beforeNextClause(tokens, k + 1, contentEnd(tokens, k + 1, last));
      if (infinitiveEnd >= k + 2) {
        state.found.push(
          build(state, {
            first: k + 1,
            last: infinitiveEnd,
            cue,
            speaker: null,
            confidence: CONFIDENCE.sourceless,
            rule: 'passive-infinitive',
          }),
        );
        state.covered = k;
      }
    }
    return true;
  },
};
