import data from '../data/hand/date-words.json';
import type { PartOfDay, Season, Unit } from './meaning.js';

/** Typed views of lexicon.json (see its comments for sources). */
export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(data.months));
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(data.ambiguousMonths);
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(data.weekdays));
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries(data.weekdayAbbreviations));
export const UNITS: ReadonlyMap<string, Unit> = new Map(Object.entries(data.units) as [string, Unit][]);
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(data.numbers));
export const VAGUE_NUMBERS: ReadonlySet<string> = new Set(data.vagueNumbers);
export const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(data.ordinals));
export const SEASONS: ReadonlyMap<string, Season> = new Map(Object.entries(data.seasons) as [string, Season][]);
export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map(
  Object.entries(data.partsOfDay) as [string, PartOfDay][],
);
export const FUZZY: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map(
  Object.entries(data.fuzzy) as [string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'][],
);
export const MODIFIERS: ReadonlyMap<string, string> = new Map(Object.entries(data.modifiers));
export const PHRASE_MODIFIERS: ReadonlyMap<string, string> = new Map(Object.entries(data.phraseModifiers));
export const HOLIDAYS: ReadonlyMap<string, string> = new Map(Object.entries(data.holidays));
export const SET_ADVERBS: ReadonlyMap<string, string> = new Map(Object.entries(data.setAdverbs));
export const ANAPHORIC: ReadonlyMap<string, number> = new Map(Object.entries(data.anaphoric));
export const ANAPHORIC_NEXT_UNITS: ReadonlySet<string> = new Set(data.anaphoricNextUnits);
export const BOUND_AFTER: ReadonlyMap<string, string> = new Map(Object.entries(data.boundAfter));
export const GENERIC_TODAY: ReadonlySet<string> = new Set(data.genericToday);
