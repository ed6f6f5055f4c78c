import { makeSpan, type DocumentDraft } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { TimeExpression } from '../types.js';
import { chooseAnchor } from './anchor.js';
import { normalizeTimex } from './normalize.js';
import { Recognizer } from './recognize.js';
import { tenseAround } from './tense.js';

/**
 * Finds temporal expressions over the tokens and gives each a TIMEX3 type and value, anchored on the
 * publication date (or the caller's reference date).
 */
export function tagDates(doc: DocumentDraft): TimeExpression[] {
  const tokens = doc.tokens;
  const anchor = chooseAnchor(doc)?.date;
  const dates: TimeExpression[] = [];
  for (const match of new Recognizer(tokens).recognize()) {
    const first = tokens[match.first];
    const last = tokens[match.last];
    if (!first || !last) continue;
    const tense = match.needsTense ? tenseAround(tokens, match.first, match.last) : 'unknown';
    const { value, resolved } = normalizeTimex(match.meaning, anchor, tense, match.time);
    const span = makeSpan(doc.text, first.start, last.end);
    dates.push({ ...span, type: match.type, value, ...(match.mod ? { mod: match.mod } : {}), resolved });
  }
  return dates;
}

export const dateTagger: Tagger = {
  name: 'dates',
  tag(doc: DocumentDraft) {
    doc.dates = tagDates(doc);
  },
};

export { normalizeTimex, normalizeWeekday, normalizeRelative, normalizeDuration } from './normalize.js';
export { chooseAnchor } from './anchor.js';
