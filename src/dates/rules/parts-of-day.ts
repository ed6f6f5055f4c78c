/**
 * A part of the day under a modifier: "mid-afternoon", "late morning", "early evening Tuesday", "mid-afternoon
 * yesterday".
 */

import { PARTS_OF_DAY } from '../lexicon.js';
import { storyDay } from '../meaning.js';
import { parseDayWord, parseWeekday } from './deictic.js';
import type { Core, TokenView } from './view.js';

/** Parts of the day that are stretches, not clock points ("noon", "midday" are times of the clock). */
const STRETCHES: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

export function parsePartOfDay(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  let mod: string | undefined;
  let partWord = word;
  if (word.startsWith('mid-')) {
    partWord = word.slice(4);
    mod = 'MID';
  } else {
    // Bare "afternoon" is a greeting or a noun ("afternoon tea"); only a modifier before it makes it a time:
    // the recogniser has read "mid", "early" or "late" and asks for the core here.
    const before = v.norm(k - 1) === '-' ? v.norm(k - 2) : v.norm(k - 1);
    if (!v.sameSentence(k - 1, k) || (before !== 'mid' && before !== 'early' && before !== 'late')) return undefined;
  }
  if (!STRETCHES.has(partWord)) return undefined;
  const partOfDay = PARTS_OF_DAY.get(partWord);
  if (!partOfDay) return undefined;
  const next = v.at(k + 1, k);
  // "mid-afternoon yesterday", "early evening Tuesday": the day that follows names the day.
  const day = next ? (parseDayWord(v, k + 1, true) ?? parseWeekday(v, k + 1, true)) : undefined;
  if (day && day.meaning.kind !== 'set') {
    return { last: day.last, meaning: day.meaning, time: { partOfDay }, ...(mod ? { mod } : {}) };
  }
  // "late-night shows", "mid-morning trading": the phrase describes a noun.
  if (next && next.pos === 'NOUN') return undefined;
  return {
    last: k,
    meaning: storyDay(),
    time: { partOfDay },
    ...(mod ? { mod } : {}),
  };
}
