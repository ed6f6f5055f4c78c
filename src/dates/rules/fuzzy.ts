/** Fuzzy references: "now", "currently", "recently", "soon", and "current"/"recent" before a noun. */
import { FUZZY } from '../lexicon.js';
import type { Core, TokenView } from './view.js';

export function parseFuzzy(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  if (word === 'right' && v.norm(k + 1) === 'now' && v.at(k + 1, k)) {
    return { last: k + 1, meaning: { kind: 'reference', value: 'PRESENT_REF' } };
  }
  const value = FUZZY.get(word);
  if (value) {
    // "as soon as", "now that": conjunctions; "just now" keeps its meaning.
    if (word === 'soon' && (v.norm(k - 1) === 'as' || v.norm(k + 1) === 'after')) return undefined;
    return { last: k, meaning: { kind: 'reference', value } };
  }
  // "the current weakness", "a recent filing": TimeBank marks the adjective ("future losses" it
  // mostly leaves out: 4 of 15 on TimeBank, so "future" alone is not taken).
  if (word === 'current' || word === 'recent') {
    const next = v.at(k + 1, k);
    const previous = v.norm(k - 1);
    if (!next || (next.pos !== 'NOUN' && next.pos !== 'ADJ') || previous === 'electric') return undefined;
    if (['account', 'accounts', 'affairs', 'events', 'generations', 'tense'].includes(next.norm)) return undefined;
    const value = word === 'current' ? 'PRESENT_REF' : 'PAST_REF';
    return { last: k, meaning: { kind: 'reference', value } };
  }
  return undefined;
}
