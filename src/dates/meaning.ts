/**
 * What a recognised temporal expression means, before it is anchored: the recogniser (recognize.ts)
 * produces these, the normaliser (normalize.ts) turns them into TIMEX3 values with the anchor date
 * and the tense of the clause.
 */

/** Calendar units the recogniser knows; letters follow TIMEX3 where it has one. */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE' | 'Q' | 'WE' | 'NI' | 'ML';

/** Season codes (TIMEX3): spring, summer, fall, winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Part-of-day codes (TIMEX3): morning, afternoon, evening, night, midday. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'MI';

/** The direction a clause points to: decides which Monday "on Monday" means. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

export interface ClockTime {
  readonly hour: number;
  readonly minute?: number;
  /** Written only in machine-style stamps: "18:40:39". */
  readonly second?: number;
}

export type TemporalMeaning =
  /** Calendar fields as written; a missing year is taken from the anchor and the tense. */
  | {
      readonly kind: 'calendar';
      readonly year?: number;
      readonly month?: number;
      readonly day?: number;
      readonly quarter?: number;
      readonly half?: number;
      readonly season?: Season;
      /** First three digits of a decade: 199 for the 1990s. */
      readonly decade?: number;
      /** Century number as written: 20 for "the 20th century". */
      readonly century?: number;
      /** Fourth Thursday of November. */
      readonly thanksgiving?: boolean;
      /** Days from Easter Sunday: "Good Friday" is -2. */
      readonly easter?: number;
      /** "the 1988 period": that year's reporting period, the quarter the story reports when it names one. */
      readonly period?: boolean;
      /** Years from the anchor's: "June last year" is -1. */
      readonly yearOffset?: number;
      /** -1 "last April", 0 "this summer", 1 "next January"; undefined when bare. */
      readonly shift?: -1 | 0 | 1;
      /** A year written with two digits ("3 Aug 96", "12-30-16"): its century comes from the anchor. */
      readonly shortYear?: number;
      /** The weekday written with the date ("Friday 12/30"): it picks the year when none is written. */
      readonly weekday?: number;
      /** "the first Monday in May" (1, 1), "the last Friday of the month" (-1, 5): a weekday counted in the month. */
      readonly nth?: { readonly ordinal: number; readonly weekday: number };
      /** Months from the anchor's when the month is named by "the month", "next month": 0, 1. */
      readonly monthOffset?: number;
      /** "the last day of September": the month's last day, whatever its length. */
      readonly lastDay?: boolean;
      /** "the week of March 6" (W), "the weekend of Oct. 11" (WE): the week the day falls in. */
      readonly weekOf?: 'W' | 'WE';
    }
  /**
   * A weekday: "Monday", "last Friday", "next Tuesday"; `week` names its week from the anchor's
   * ("Wednesday of this week" 0, "Friday next week" 1).
   */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly shift?: -1 | 0 | 1; readonly week?: number }
  /**
   * An offset in a unit from the anchor: "yesterday" (D,-1), "last week" (W,-1), "two years ago" (Y,-2).
   * `explicit` marks a written "this" ("this weekend" against a bare "the weekend").
   */
  | { readonly kind: 'relative'; readonly unit: Unit; readonly offset: number; readonly explicit?: boolean }
  /**
   * A day counted from another point: "the day before yesterday" (D,-1 on yesterday), "a week after
   * tomorrow", "2 days after next Friday". The base must come to a day; else the value stays open.
   */
  | {
      readonly kind: 'shifted';
      readonly amount: number;
      readonly unit: 'D' | 'W' | 'M' | 'Y';
      readonly base: TemporalMeaning;
    }
  /** Fuzzy references: now, recently, soon, the past, the future. */
  | { readonly kind: 'reference'; readonly value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /**
   * A length of time; `amount` null when unspecified ("weeks", "several years"). `direction` says the
   * length is laid from the anchor: "the past two months" back, "the next two weeks" ahead.
   */
  | {
      readonly kind: 'duration';
      readonly amount: number | null;
      readonly unit: Unit;
      readonly direction?: 'ahead' | 'back';
    }
  /** A recurrence, already in its TIMEX3 value: P1D, XXXX-WXX-1, XXXX-07. */
  | { readonly kind: 'set'; readonly value: string }
  /**
   * A point told from an earlier date of the story, not from the anchor: "that day" (D, 0), "the next
   * day" (D, 1), "two days later" (D, 2), "the following year" (Y, 1), "the previous Friday" (weekday 5,
   * -1). Resolved against the last date mentioned before it at that granularity (discourse.ts); without
   * one, `fallback` is read as before this rule existed, or the value stays underspecified.
   */
  | {
      readonly kind: 'anaphoric';
      readonly unit: AnaphoricUnit;
      readonly offset: number;
      readonly weekday?: number;
      /**
       * Told only from a date of the same or the previous sentence: a bare clock time or "the morning"
       * belongs to the day the story is telling ("Friday ... at 10:35 a.m."), not to one long before.
       */
      readonly near?: boolean;
      readonly fallback?: TemporalMeaning;
    };

/** Units an anaphoric expression can count in. */
/** 'DE' only counted ("a decade later"): the decade of the story's year that many decades on. */
export type AnaphoricUnit = 'D' | 'W' | 'M' | 'Y' | 'Q' | 'DE';

export interface TimeOfDay {
  readonly partOfDay?: PartOfDay;
  readonly clock?: ClockTime;
}

/**
 * The day the story is telling, else `fallback` (by default the anchor's day): what a bare clock time
 * ("at 10:35 a.m." after "Friday") or "the morning" points to.
 */
export function storyDay(fallback: TemporalMeaning = { kind: 'relative', unit: 'D', offset: 0 }): TemporalMeaning {
  return { kind: 'anaphoric', unit: 'D', offset: 0, near: true, fallback };
}
