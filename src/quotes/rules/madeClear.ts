import { isWord } from '../context.js';
import { clauseSubject, type SpeakerPhrase, speakerLeftOf } from '../speakers.js';
import { build } from './build.js';
import { beforeNextClause, contentEnd, hasClause, skipAdverbials } from './syntax.js';
import { CONFIDENCE, type WordRule } from './types.js';

/** "made it clear that …", "has made clear he will not run": a phrasal cue, the clause after it. */
export const madeClear: WordRule = {
  name: 'made-clear',
  apply(state, { k, token, conj }) {
    const { ctx, first, last, attributions } = state;
    const { tokens } = ctx;
    if (!isWord(token, 'make', 'makes', 'made', 'making') || token.pos !== 'VERB') return false;
    const clear = isWord(tokens[k + 1], 'clear')
      ? k + 1
      : isWord(tokens[k + 1], 'it') && isWord(tokens[k + 2], 'clear')
        ? k + 2
        : -1;
    if (clear < 0) return false;
    // "The rules should make it clear that …", "we need to make clear …": an obligation, not a report.
    let before = k - 1;
    while (before > first && tokens[before]?.pos === 'ADV') before--;
    if (
      isWord(tokens[before], 'should', 'must', 'could', 'would', 'might', 'may', 'shall') ||
      (isWord(tokens[before], 'to') && isWord(tokens[before - 1], 'need', 'needs', 'have', 'has', 'ought'))
    )
      return false;
    let start = skipAdverbials(tokens, clear + 1, last);
    // "made it clear to House Democrats that …": the listener.
    if (isWord(tokens[start], 'to')) {
      start++;
      while (
        start <= last &&
        /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[start]?.pos ?? '') &&
        !isWord(tokens[start], 'that')
      )
        start++;
      start = skipAdverbials(tokens, start, last);
    }
    const that = isWord(tokens[start], 'that');
    if (that) start++;
    const end = contentEnd(tokens, start, last);
    const subject: SpeakerPhrase | null =
      speakerLeftOf(ctx, k, first) ??
      (conj >= 0 || /ing$/.test(token.norm) ? (state.sentenceSpeaker ?? clauseSubject(ctx, k, first)) : null);
    if (!subject || end <= start || (!that && !hasClause(tokens, start, end))) return false;
    const quote = build(state, {
      first: start,
      last: attributions ? beforeNextClause(tokens, start, end) : end,
      cue: [k, clear],
      speaker: subject,
      confidence: CONFIDENCE.madeClear,
      rule: this.name,
    });
    quote.keepWhenNested = true;
    state.lastPreposed = quote;
    state.found.push(quote);
    state.sentenceSpeaker = subject;
    state.covered = attributions ? start - 1 : end;
    return true;
  },
};
