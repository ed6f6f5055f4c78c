/**
 * Reporting periods of results stories: "the third quarter", "third-quarter", "the first half of 1989", "the year-ago
 * quarter".
 */
import { ORDINALS } from '../lexicon.js';
import { parseDeterminerPhrase } from './deictic.js';
import type { Core, TokenView } from './view.js';

export function parseOrdinalPeriod(v: TokenView, k: number): Core | undefined {
  const period = parseOrdinalPeriodFrom(v, k);
  // "the third-quarter results", "the fiscal second-quarter loss": "the" determines the noun.
  if (period && v.norm(k) === 'the' && v.norm(period.last - 1) === '-' && v.at(period.last + 1, k)?.pos === 'NOUN') {
    return { ...period, first: k + 1 };
  }
  return period;
}

export function parseOrdinalPeriodFrom(v: TokenView, k: number): Core | undefined {
  let start = k;
  if (v.norm(k) === 'the' && v.at(k + 1, k)) start = k + 1;
  // "the 1988 second quarter"
  const leadingYear = v.at(start + 1, k) && ORDINALS.has(v.norm(start + 1)) ? v.yearAt(start) : undefined;
  if (leadingYear !== undefined) start += 1;
  const ordinal = ORDINALS.get(v.norm(start));
  if (ordinal === undefined) return undefined;
  const unitIndex = v.norm(start + 1) === '-' ? start + 2 : start + 1;
  if (!v.at(unitIndex, k)) return undefined;
  const unitWord = v.norm(unitIndex);
  let last = unitIndex;
  let quarter: number | undefined;
  let half: number | undefined;
  if (unitWord === 'quarter') quarter = ordinal === -1 ? 4 : ordinal;
  else if (unitWord === 'half') half = ordinal === -1 ? 2 : ordinal;
  else return undefined;
  if ((quarter !== undefined && (quarter < 1 || quarter > 4)) || (half !== undefined && (half < 1 || half > 2)))
    return undefined;
  // "a quarter of the ..." is a fraction, not a period; "the first half of 1989" is a period.
  let year: number | undefined;
  if ((v.norm(last + 1) === 'of' || v.norm(last + 1) === ',') && v.at(last + 2, k)) {
    year = v.yearAt(last + 2);
    if (year !== undefined) last += 2;
    else if (v.norm(last + 1) === 'of') {
      const relative = parseDeterminerPhrase(v, last + 2);
      if (relative && relative.meaning.kind === 'relative' && relative.meaning.unit === 'Y') {
        return {
          last: relative.last,
          meaning: { kind: 'calendar', ...(quarter ? { quarter } : { half: half ?? 1 }) },
        };
      }
      if (half !== undefined) return undefined;
    }
  } else if (v.norm(last + 1) === 'of' && half !== undefined) return undefined;
  year ??= leadingYear;
  if (year === undefined && v.norm(last + 1) && /^\d{4}$/.test(v.norm(last + 1))) {
    year = v.yearAt(last + 1);
    if (year !== undefined) last += 1;
  }
  return {
    last,
    meaning: {
      kind: 'calendar',
      ...(quarter !== undefined ? { quarter } : {}),
      ...(half !== undefined ? { half } : {}),
      ...(year !== undefined ? { year } : {}),
    },
  };
}

export function parseYearAgoPeriod(v: TokenView, k: number): Core | undefined {
  let j = k;
  if (v.norm(j) === 'the') j += 1;
  if (v.norm(j) === 'comparable') j += 1;
  if (v.norm(j) !== 'year' || v.norm(j + 1) !== '-' || !/^(ago|earlier)$/.test(v.norm(j + 2))) return undefined;
  if (!v.at(j + 2, k)) return undefined;
  let last = j + 2;
  const next = v.norm(last + 1);
  if ((next === 'quarter' || next === 'period') && v.at(last + 1, k)) {
    last += 1;
    return { last, meaning: { kind: 'relative', unit: 'Q', offset: -5 } };
  }
  const ordinal = ORDINALS.get(next);
  if (ordinal !== undefined && ordinal > 0 && ordinal <= 4 && v.norm(last + 2) === 'quarter' && v.at(last + 2, k)) {
    return { last: last + 2, meaning: { kind: 'calendar', quarter: ordinal, yearOffset: -1 } };
  }
  if (k !== j) return undefined;
  return { last, meaning: { kind: 'relative', unit: 'Y', offset: -1 } };
}

/** "Q3 2024", "Q1": a quarter as reports abbreviate it, with its year when written after it. */
export function parseQuarterCode(v: TokenView, k: number): Core | undefined {
  const code = /^q([1-4])$/.exec(v.norm(k));
  if (!code || !v.capitalized(k)) return undefined;
  const quarter = Number(code[1]);
  const year = v.at(k + 1, k) ? v.yearAt(k + 1) : undefined;
  if (year !== undefined) return { last: k + 1, meaning: { kind: 'calendar', quarter, year } };
  // A bare "Q3" is a date only after a preposition of time ("in Q3", "by Q4"), not "the Q3 model".
  const previous = v.norm(k - 1);
  if (!['in', 'by', 'during', 'for', 'since', 'until'].includes(previous) || !v.sameSentence(k - 1, k))
    return undefined;
  return { last: k, meaning: { kind: 'calendar', quarter } };
}
