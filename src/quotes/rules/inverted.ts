import { NEVER_INVERTED_VERBS } from '../../data/hand/cueWords.js';
import { isComma, isWord } from '../context.js';
import { speakerRightOf } from '../speakers.js';
import { afterAttributionPiece, build } from './build.js';
import { adverbialTail, clauseAfterTail, contentEnd, reportable } from './syntax.js';
import type { CueRule } from './types.js';

/**
 * Inverted: "CONTENT, said Peskov." Never a participle: in "…, calling Christmas a sham" what
 * follows is the participle's object, not its subject.
 */
const NEVER_INVERTED: ReadonlySet<string> = new Set(NEVER_INVERTED_VERBS);

export const inverted: CueRule = {
  name: 'inverted',
  apply(state, { k, token, cue, base, verb }) {
    const { ctx, first, last } = state;
    if (NEVER_INVERTED.has(verb.lemma)) return false;
    const { tokens } = ctx;
    if (!(isComma(tokens[k - 1]) || (tokens[k - 1]?.kind === 'quote' && k - 1 > first)) || /ing$/.test(token.norm))
      return false;
    let speaker = speakerRightOf(ctx, k, last);
    // "…, said an American official who was briefed on the talks."
    if (speaker && isWord(tokens[speaker.last + 1], 'who'))
      speaker = { ...speaker, last: contentEnd(tokens, speaker.last + 1, last) };
    if (!speaker || k - 2 < first) return false;
    // "…, say the researchers, and they bring us closer to …": a second piece after the attribution.
    const opener = clauseAfterTail(tokens, speaker.last + 1, last);
    const piece = opener >= 0 ? afterAttributionPiece(state, opener, last, speaker, base) : null;
    if (!piece && !adverbialTail(tokens, speaker.last + 1, last)) return false;
    const end = contentEnd(tokens, first, k - 1);
    if (end <= first || !reportable(ctx, first, end)) return false;
    state.found.push(build(state, { first, last: end, cue, speaker, confidence: base, rule: this.name }));
    if (piece) state.found.push(piece);
    state.covered = last;
    return true;
  },
};
