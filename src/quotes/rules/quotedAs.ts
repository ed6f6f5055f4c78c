import { isComma, isWord } from '../context.js';
import { speakerLeftOf } from '../speakers.js';
import { build } from './build.js';
import { adverbialTail, contentEnd, contentStart, hasClause, reportable } from './syntax.js';
import type { CueRule } from './types.js';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);

/**
 * "…, the regional government was quoted as saying late Thursday by Interfax." and "The ministry
 * was quoted as saying (that) CONTENT": the passive "quoted" names the speaker as its subject
 * (the speaker is the one quoted; the agent after "by" is the outlet). Runs before `passive`,
 * which would read the participle as nobody's report.
 */
export const quotedAs: CueRule = {
  name: 'quoted-as',
  apply(state, { k, verb, base }) {
    const { ctx, first, last } = state;
    const { tokens } = ctx;
    if (verb.lemma !== 'quote' || !isWord(tokens[k + 1], 'as') || !isWord(tokens[k + 2], 'saying')) return false;
    let be = k - 1;
    while (be > first && tokens[be]?.pos === 'ADV') be--;
    if (!BE_FORMS.has(tokens[be]?.norm ?? '')) return false;
    const speaker = speakerLeftOf(ctx, be, first);
    if (!speaker) return false;
    const cue: [number, number] = [k, k + 2];
    if (speaker.first > first + 1 && isComma(tokens[speaker.first - 1])) {
      // Post-posed: only adverbials (a time, the outlet) after "saying".
      if (!adverbialTail(tokens, k + 3, last)) return false;
      const end = contentEnd(tokens, first, speaker.first - 2);
      if (end <= first || !reportable(ctx, first, end)) return false;
      state.found.push(build(state, { first, last: end, cue, speaker, confidence: base, rule: this.name }));
      state.covered = last;
      return true;
    }
    if (speaker.first !== first) return false;
    const start = contentStart(tokens, k + 2, undefined, last);
    const end = contentEnd(tokens, start, last);
    if (end <= start || !(isWord(tokens[start - 1], 'that') || hasClause(tokens, start, end))) return false;
    state.found.push(build(state, { first: start, last: end, cue, speaker, confidence: base, rule: this.name }));
    state.covered = end;
    return true;
  },
};
