import type { Token } from '../types.js';
import { MONTHS } from './lexicon.js';
import type { TemporalMatch } from './recognize.js';

/**
 * Tokens shaped like a date that no rule read: "31/31/2016", "2016.13.01", "the 13th" after a weekday.
 * Two numbers alone ("7/8", "307.2") are fractions and decimals as often as dates, so they do not count.
 */
const DATE_SHAPED = /^(?:\d{1,4}([-/.])\d{1,2}\1\d{1,4}|\d{1,2}(?:st|nd|rd|th))$/;

export function coveredTokens(matches: readonly TemporalMatch[]): ReadonlySet<number> {
  const covered = new Set<number>();
  for (const match of matches) for (let k = match.first; k <= match.last; k++) covered.add(k);
  return covered;
}

/**
 * Whether an expression counted from the anchor (a weekday, "today", a clock time) sits beside a
 * date-shaped token that was not understood: "Friday 31/31/2016", "Friday, Sept. 31", "Friday the 13th".
 * Its value must then stay open rather than fall on the reference day.
 */
export function besideUnreadDate(
  tokens: readonly Token[],
  match: TemporalMatch,
  covered: ReadonlySet<number>,
): boolean {
  if (!namesDayFromAnchor(match)) return false;
  const sentence = tokens[match.first]?.sentence;
  const unread = (k: number): boolean => {
    const token = tokens[k];
    if (!token || token.sentence !== sentence || covered.has(k)) return false;
    // "Friday, Sept. 31": a month name that no rule could read with its day.
    const month =
      MONTHS.has(token.norm) &&
      token.text.charAt(0) !== token.text.charAt(0).toLowerCase() &&
      /^\d/.test(tokens[k + 1]?.norm ?? '');
    return month || DATE_SHAPED.test(token.norm);
  };
  const after = match.last + 1;
  const afterComma = tokens[after]?.norm === ',' || tokens[after]?.norm === 'the' ? after + 1 : after;
  let before = match.first - 1;
  // "2016.13.01, at noon": a clock time's "at" joins it to the date before it.
  if (match.time?.clock && tokens[before]?.norm === 'at') before -= 1;
  const beforeComma = tokens[before]?.norm === ',' ? before - 1 : before;
  return unread(after) || unread(afterComma) || unread(before) || unread(beforeComma);
}

/** Expressions whose day is counted from the anchor or the story: weekdays, "today", clock times, shifted days. */
function namesDayFromAnchor(match: TemporalMatch): boolean {
  const meaning = match.meaning;
  if (meaning.kind === 'weekday' || meaning.kind === 'shifted') return true;
  if (meaning.kind === 'relative') return meaning.unit === 'D';
  return meaning.kind === 'anaphoric' && meaning.unit === 'D';
}
