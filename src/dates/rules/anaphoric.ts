/**
 * Dates told from an earlier date of the story: "that day", "the same week", "the next day", "the
 * following year", "the previous Friday", "that night", "two days later". The recogniser only marks
 * them (kind 'anaphoric'); discourse.ts resolves them against the last date mentioned before them.
 */
import { ANAPHORIC, ANAPHORIC_NEXT_UNITS, PARTS_OF_DAY, UNITS, WEEKDAYS } from '../lexicon.js';
import type { AnaphoricUnit, TemporalMeaning } from '../meaning.js';
import type { Core, TokenView } from './view.js';

const ANAPHORIC_UNITS: ReadonlySet<string> = new Set<AnaphoricUnit>(['D', 'W', 'M', 'Y', 'Q']);

/** Units told from the story only when counted: "a decade later" (not "that decade"). */
const COUNTED_ONLY_UNITS: ReadonlySet<string> = new Set<AnaphoricUnit>(['DE']);

function anaphoricUnit(word: string): AnaphoricUnit | undefined {
  const unit = UNITS.get(word);
  return unit && ANAPHORIC_UNITS.has(unit) ? (unit as AnaphoricUnit) : undefined;
}

export function parseAnaphoric(v: TokenView, k: number): Core | undefined {
  const word = v.norm(k);
  if (word === 'that' || word === 'the') return parseAnaphoricPhrase(v, k);
  return parseCountedLater(v, k);
}

/** "that day", "the same year", "the following month", "the previous Friday", "the next morning". */
function parseAnaphoricPhrase(v: TokenView, k: number): Core | undefined {
  let determiner: string | undefined;
  let next = k;
  for (let length = 3; length >= 1 && determiner === undefined; length--) {
    if (!v.at(k + length, k)) continue;
    const words: string[] = [];
    for (let j = k; j < k + length; j++) words.push(v.norm(j));
    if (ANAPHORIC.has(words.join(' '))) {
      determiner = words.join(' ');
      next = k + length;
    }
  }
  if (determiner === undefined) return undefined;
  const offset = ANAPHORIC.get(determiner) ?? 0;
  const word = v.norm(next);
  // "the next year" is the coming one in news; "the next day", "the next morning" follow the story.
  if (determiner === 'the next' && !ANAPHORIC_NEXT_UNITS.has(word)) return undefined;
  // "that day care centre", "the same day-to-day work": the unit is part of a noun.
  const after = v.at(next + 1, k);
  if (after && (after.norm === '-' || after.pos === 'NOUN')) return undefined;

  const weekday = WEEKDAYS.get(word);
  if (weekday !== undefined && offset !== 0 && v.capitalized(next) && !word.endsWith('s')) {
    // "the previous Friday": the Friday before the story's date; without one, the one before the anchor.
    const shift = offset < 0 ? -1 : 1;
    return {
      last: next,
      meaning: { kind: 'anaphoric', unit: 'D', offset: shift, weekday, fallback: { kind: 'weekday', weekday, shift } },
    };
  }
  const part = PARTS_OF_DAY.get(word);
  if (part && word !== 'noon' && word !== 'midday' && word !== 'overnight' && !word.endsWith('s')) {
    return { last: next, meaning: { kind: 'anaphoric', unit: 'D', offset }, time: { partOfDay: part } };
  }
  const unit = anaphoricUnit(word);
  if (!unit || word.endsWith('s')) return undefined;
  // "the following year" without an earlier year keeps its old reading: the year after the anchor.
  const fallback: TemporalMeaning | undefined =
    offset !== 0 && unit !== 'D' ? { kind: 'relative', unit, offset } : undefined;
  return { last: next, meaning: { kind: 'anaphoric', unit, offset, ...(fallback ? { fallback } : {}) } };
}

/** "two days later", "a year later": counted from the story's date; without one, the length alone. */
function parseCountedLater(v: TokenView, k: number): Core | undefined {
  const number = v.parseNumber(k, k);
  if (!number || number.value === null || !Number.isInteger(number.value)) return undefined;
  const unitIndex = v.unitIndexAfter(number.next);
  if (!v.at(unitIndex + 1, k) || v.norm(unitIndex + 1) !== 'later') return undefined;
  const counted = v.countedUnit(unitIndex, v.norm(k));
  // "a decade later": told from the story's year too (COUNTED_ONLY_UNITS).
  const known = counted && (ANAPHORIC_UNITS.has(counted) || COUNTED_ONLY_UNITS.has(counted));
  const unit = known ? (counted as AnaphoricUnit) : undefined;
  if (!unit) return undefined;
  const amount = number.value * v.unitScale(unitIndex);
  return {
    last: unitIndex + 1,
    meaning: {
      kind: 'anaphoric',
      unit,
      offset: amount,
      fallback: { kind: 'duration', amount, unit },
    },
    quantity: true,
  };
}
