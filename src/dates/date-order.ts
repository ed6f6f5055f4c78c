import type { Token } from '../types.js';
import { MONTHS } from './lexicon.js';
import { DAY_NUMBER, TWO_PART_DATE } from './rules/grammar.js';

/** How a document writes numeric dates: month first (05/25/2015, US) or day first (25/05/2015). */
export interface DateOrder {
  readonly order: 'month-first' | 'day-first';
  /**
   * What settled it: the caller's option, the document's own dates, or nothing (then month-first is
   * assumed and a date that could be read either way is marked `resolved: false`).
   */
  readonly source: 'option' | 'document' | 'default';
}

/**
 * Reads a document's dates to tell its convention. Numeric dates that settle it by themselves
 * (25/05/2015 can only be day-first, 05/25/2015 only month-first) count first; without them, written
 * dates do ("25 May" is the day-first habit, "May 25" the month-first one). Votes on both sides, or
 * none, leave it open.
 */
export function guessDateOrder(tokens: readonly Token[], option?: DateOrder['order']): DateOrder {
  if (option) return { order: option, source: 'option' };
  let dayFirst = 0;
  let monthFirst = 0;
  let writtenDayFirst = 0;
  let writtenMonthFirst = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'number') {
      const parts = TWO_PART_DATE.exec(token.norm);
      if (parts && parts[2] !== '.') {
        const first = Number(parts[1]);
        const second = Number(parts[3]);
        if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst++;
        else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst++;
      }
    }
    const next = tokens[k + 1];
    if (next && next.sentence === token.sentence) {
      if (MONTHS.has(token.norm) && isCapitalized(token.text) && isDayNumber(next.norm)) writtenMonthFirst++;
      else if (isDayNumber(token.norm) && MONTHS.has(next.norm) && isCapitalized(next.text)) writtenDayFirst++;
    }
  }
  const pick = (days: number, months: number): DateOrder | undefined =>
    days > 0 && months === 0
      ? { order: 'day-first', source: 'document' }
      : months > 0 && days === 0
        ? { order: 'month-first', source: 'document' }
        : undefined;
  if (dayFirst > 0 || monthFirst > 0) return pick(dayFirst, monthFirst) ?? { order: 'month-first', source: 'default' };
  return pick(writtenDayFirst, writtenMonthFirst) ?? { order: 'month-first', source: 'default' };
}

function isCapitalized(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

function isDayNumber(word: string): boolean {
  const match = DAY_NUMBER.exec(word);
  return !!match && Number(match[1]) >= 1 && Number(match[1]) <= 31;
}
