/**
 * Durations and recurrences: "two weeks", "five-year", "a year ago", "weeks of speculation", "every Monday", "daily",
 * "$5 a day".
 */

import { MONTHS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS } from '../lexicon.js';
import type { TemporalMeaning, Unit } from '../meaning.js';
import { RATE_CONTEXT_WORDS } from './grammar.js';
import type { Core, TokenView } from './view.js';

export function parseQuantity(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  const number = v.parseNumber(k, k);
  let unitIndex: number;
  let amount: number | null;
  if (number) {
    unitIndex = v.unitIndexAfter(number.next);
    amount = number.value;
  } else {
    // A bare plural unit: "weeks of speculation", "for years", "months ago".
    const unit = UNITS.get(word);
    if (!unit || !word.endsWith('s') || unit === 'NI' || unit === 'WE' || unit === 'Q' || unit === 'S')
      return undefined;
    const previous = v.norm(k - 1);
    const next = v.norm(k + 1);
    // "decades-long": the length of something.
    const lasting = next === '-' && v.norm(k + 2) === 'long';
    const licensed =
      ['for', 'in', 'within', 'over', 'after', 'than', 'took', 'lasted', 'spent'].includes(previous) ||
      ['of', 'ago', 'later', 'earlier', 'before', 'past'].includes(next) ||
      lasting;
    if (!licensed || !v.capitalized(k) === false) return undefined;
    unitIndex = k;
    amount = null;
  }
  if (!v.at(unitIndex, k)) return undefined;
  // "a quarter-century", "a half century ago": years.
  const share = amount !== null ? v.centuryShare(unitIndex, k) : undefined;
  if (share && amount !== null) {
    const years = amount * share.years;
    if (v.norm(share.last + 1) === 'ago' && v.at(share.last + 1, k))
      return { last: share.last + 1, meaning: relativeAgo('Y', years), quantity: true };
    return { last: share.last, meaning: { kind: 'duration', amount: years, unit: 'Y' }, quantity: true };
  }
  const unit = v.countedUnit(unitIndex, word);
  if (!unit) return undefined;
  if (amount !== null) amount *= v.unitScale(unitIndex);
  if (unit === 'WE' && amount === null) return undefined;
  let last = unitIndex;
  const after = v.norm(last + 1);
  // "on a day to day basis", "a day of reckoning": idioms, not a day's length.
  if (unit === 'D' && after === 'to' && v.norm(last + 2) === 'day') return undefined;
  if (unit === 'D' && after === 'of' && DAY_IDIOMS.has(v.norm(last + 2))) return undefined;
  // "a year-earlier loss", "the year-ago quarter"
  if (after === '-' && /^(ago|earlier)$/.test(v.norm(last + 2)) && v.at(last + 2, k) && amount !== null) {
    return { first: unitIndex, last: last + 2, meaning: relativeAgo(unit, amount), quantity: true };
  }
  // "in years past", "days past": the past, as "years ago" is.
  if (amount === null && after === 'past' && v.at(last + 1, k) && !v.at(last + 2, k)?.pos?.match(PHRASE_GOES_ON))
    return { last: last + 1, meaning: { kind: 'reference', value: 'PAST_REF' }, quantity: true };
  if ((after === 'ago' || after === 'earlier') && v.at(last + 1, k)) {
    last += 1;
    if (amount === null) return { last, meaning: { kind: 'reference', value: 'PAST_REF' }, quantity: true };
    // "a year ago today", "a month ago today": the same day, that many units back.
    const whole = Number.isInteger(amount) && (unit === 'Y' || unit === 'M' || unit === 'W' || unit === 'D');
    if (after === 'ago' && whole && v.norm(last + 1) === 'today' && v.at(last + 1, k)) {
      const base: TemporalMeaning = { kind: 'relative', unit: 'D', offset: 0 };
      return { last: last + 1, meaning: { kind: 'shifted', amount: -amount, unit: unit as 'Y', base }, quantity: true };
    }
    return { last, meaning: relativeAgo(unit, amount), quantity: true };
  }
  if (after === 'or' && v.norm(last + 2) === 'so' && v.norm(last + 3) === 'ago' && v.at(last + 3, k)) {
    if (amount === null) return { last: last + 3, meaning: { kind: 'reference', value: 'PAST_REF' }, quantity: true };
    return { last: last + 3, meaning: relativeAgo(unit, amount), mod: 'APPROX', quantity: true };
  }
  if (after === 'from' && v.norm(last + 2) === 'now' && v.at(last + 2, k) && amount !== null) {
    return { last: last + 2, meaning: relativeAgo(unit, -amount), quantity: true };
  }
  // "a minute and a half"
  if (
    after === 'and' &&
    v.norm(last + 2) === 'a' &&
    v.norm(last + 3) === 'half' &&
    amount !== null &&
    v.at(last + 3, k)
  ) {
    // "a year and a half ago"
    if (v.norm(last + 4) === 'ago' && v.at(last + 4, k))
      return { last: last + 4, meaning: relativeAgo(unit, amount + 0.5), quantity: true };
    return { last: last + 3, meaning: { kind: 'duration', amount: amount + 0.5, unit }, quantity: true };
  }
  // "decades-long": a length of years, as TimeBank writes it (PXY).
  if (after === '-' && v.norm(last + 2) === 'long' && v.at(last + 2, k)) {
    // "a decades-long fight": the article belongs to the noun, the length is open.
    const plural = amount === 1 && (word === 'a' || word === 'an') && v.norm(unitIndex).endsWith('s');
    const counted = plural ? null : amount;
    const years = counted === null && (unit === 'DE' || unit === 'CE' || unit === 'ML') ? 'Y' : unit;
    return {
      ...(plural ? { first: unitIndex } : {}),
      last: last + 2,
      meaning: { kind: 'duration', amount: counted, unit: years },
      quantity: true,
    };
  }
  return { last, meaning: { kind: 'duration', amount, unit }, quantity: true };
}

export function parseSet(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  const adverb = SET_ADVERBS.get(word);
  // "its quarterly dividend", "average daily volume": the adjective describes a thing, not a time.
  if (adverb && !(v.at(k + 1, k)?.pos === 'NOUN')) return { last: k, meaning: { kind: 'set', value: adverb } };
  if (word === 'every' || word === 'each' || word === 'per') {
    let j = k + 1;
    if (v.norm(j) === 'other') j += 1;
    let amount = 1;
    const number = v.parseNumber(j, k);
    if (number && number.value !== null && word !== 'per') {
      amount = number.value;
      j = number.next;
    }
    if (!v.at(j, k)) return undefined;
    const w = v.norm(j);
    const weekday = WEEKDAYS.get(w);
    if (weekday !== undefined) {
      const part = v.at(j + 1, k) ? PARTS_OF_DAY.get(v.norm(j + 1)) : undefined;
      if (part) return { last: j + 1, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}T${part}` } };
      return { last: j, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}` } };
    }
    const month = MONTHS.get(w);
    if (month !== undefined && v.capitalized(j))
      return { last: j, meaning: { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}` } };
    const part = PARTS_OF_DAY.get(w);
    if (part) return { last: j, meaning: { kind: 'set', value: `XXXX-XX-XXT${part}` } };
    const season = SEASONS.get(w);
    if (season) return { last: j, meaning: { kind: 'set', value: `XXXX-${season}` } };
    const unit = UNITS.get(w);
    if (unit && unit !== 'NI') return { last: j, meaning: { kind: 'set', value: setPeriod(amount, unit) } };
    return undefined;
  }
  // "$5 a day", "twice a week": a rate.
  if ((word === 'a' || word === 'an') && k > 0) {
    const previous = v.tokens[k - 1];
    const unit = UNITS.get(v.norm(k + 1));
    if (!unit || unit === 'NI' || unit === 'S' || !previous || !v.sameSentence(k - 1, k + 1)) return undefined;
    if (v.norm(k + 1).endsWith('s')) return undefined;
    if (/^(ago|earlier|later|before|after)$/.test(v.norm(k + 2))) return undefined;
    if (v.norm(k + 2) === '-' && /^(ago|earlier)$/.test(v.norm(k + 3))) return undefined;
    // "$5 a day", "twice a week", "10,000 units a year"
    const counted = previous.pos === 'NOUN' && v.tokens[k - 2]?.kind === 'number';
    if (previous.kind === 'number' || RATE_CONTEXT_WORDS.has(previous.norm) || counted) {
      return { last: k + 1, meaning: { kind: 'set', value: setPeriod(1, unit) } };
    }
  }
  return undefined;
}

function setPeriod(amount: number, unit: Unit): string {
  const letter: Record<Unit, string> = {
    Y: 'Y',
    M: 'M',
    W: 'W',
    D: 'D',
    H: 'TH',
    MIN: 'TM',
    S: 'TS',
    DE: 'DE',
    CE: 'CE',
    Q: 'Q',
    WE: 'WE',
    NI: 'D',
    ML: 'ML',
  };
  const code = letter[unit];
  if (unit === 'WE') return 'XXXX-WXX-WE';
  return code.startsWith('T') ? `PT${amount}${code.slice(1)}` : `P${amount}${code}`;
}

/** Nouns after "a day of" that make an idiom ("a day of reckoning"), not a day's length. */
const DAY_IDIOMS: ReadonlySet<string> = new Set(['reckoning', 'judgment', 'judgement']);

/** Word classes after "years past" that show "past" is a preposition ("hours past midnight"). */
const PHRASE_GOES_ON = /^(NOUN|PROPN|NUM|DET|ADJ)$/;

/** A fraction counted in the next smaller unit: "a year and a half ago" is 18 months ago. */
const SMALLER: Partial<Record<Unit, readonly [Unit, number]>> = {
  CE: ['Y', 100],
  DE: ['Y', 10],
  Y: ['M', 12],
  W: ['D', 7],
};

/** "two weeks ago": the anchor shifted back, at the granularity of the unit. */
function relativeAgo(unit: Unit, amount: number): TemporalMeaning {
  const smaller = SMALLER[unit];
  if (!Number.isInteger(amount) && smaller && Number.isInteger(amount * smaller[1]))
    return relativeAgo(smaller[0], amount * smaller[1]);
  const whole = Math.round(amount);
  // "two weeks ago", "a fortnight ago", "3 weeks from now": up to four weeks people count to the day
  // (TimeBank: "two weeks ago" 1998-03-08); "six weeks ago" is the week (1998-W02).
  if (unit === 'W' && Number.isInteger(amount) && Math.abs(whole) <= 4)
    return { kind: 'relative', unit: 'D', offset: -7 * whole };
  // "a decade ago", "a century ago": at the granularity of their unit (2018: 200, 2019: 19).
  if (unit === 'DE' || unit === 'CE') return { kind: 'relative', unit, offset: -whole };
  if (unit === 'H' || unit === 'MIN' || unit === 'S' || unit === 'NI')
    return { kind: 'relative', unit: 'D', offset: 0 };
  return { kind: 'relative', unit, offset: -whole };
}
