import {
  addDays,
  addMonths,
  type CalendarDate,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  isValidDate,
  pad,
} from './calendar.js';
import type { TemporalMeaning, TimeOfDay } from './meaning.js';
import { withTimeOfDay } from './normalize.js';

type AnaphoricMeaning = Extract<TemporalMeaning, { kind: 'anaphoric' }>;

/** A date the story mentioned, as precise as it was written. */
type Mention =
  | { readonly granularity: 'day'; readonly date: CalendarDate; readonly sentence: number }
  | { readonly granularity: 'week'; readonly date: CalendarDate; readonly sentence: number }
  | { readonly granularity: 'month'; readonly year: number; readonly month: number; readonly sentence: number }
  | { readonly granularity: 'year'; readonly year: number; readonly sentence: number };

/**
 * The time a story is telling, for expressions told from it: "On March 3 the plant closed. Two days
 * later ..." is March 5, "In 1995 ... the following year" is 1996. The reference is the latest DATE
 * or TIME with a calendar value, whether written out or resolved from the anchor ("Monday", "last
 * October"); fuzzy references, durations and sets do not move it.
 *
 * When that mention is coarser than the expression needs, "that day" / "the same month" keep what is
 * known and leave the rest open ("killed last October ... crossed out that same day" → 1998-10-XX);
 * a shifted one ("the next day", "two days later") cannot be counted from it and falls back.
 * Quarters are told from the last quarter mentioned: in "the second quarter ended Oct. 31 ... that
 * quarter", the day closes the quarter rather than naming the one it falls in.
 */
export class Discourse {
  private latest: Mention | undefined;
  private quarter: { year: number; quarter: number } | undefined;

  /** Records the value of a DATE or TIME the story has just mentioned, in sentence `sentence`. */
  mention(value: string, sentence: number): void {
    const day = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
    if (day) {
      const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
      if (isValidDate(date.year, date.month, date.day)) this.latest = { granularity: 'day', date, sentence };
      return;
    }
    const week = /^(\d{4})-W(\d{2})$/.exec(value);
    if (week) {
      // Any day of that ISO week stands for it: January 4th is always in week 1.
      const date = addDays({ year: Number(week[1]), month: 1, day: 4 }, 7 * (Number(week[2]) - 1));
      this.latest = { granularity: 'week', date, sentence };
      return;
    }
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) {
      const m = Number(month[2]);
      if (m >= 1 && m <= 12) this.latest = { granularity: 'month', year: Number(month[1]), month: m, sentence };
      return;
    }
    const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
    if (quarter) {
      this.quarter = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
      this.latest = { granularity: 'year', year: Number(quarter[1]), sentence };
      return;
    }
    const year = /^(\d{4})(?:-(?:H[12]|SP|SU|FA|WI))?$/.exec(value);
    if (year) this.latest = { granularity: 'year', year: Number(year[1]), sentence };
  }

  /** The year of the story's latest date: what "the decade", "the century" without "this" fall in. */
  latestYear(): number | undefined {
    const latest = this.latest;
    if (!latest) return undefined;
    return latest.granularity === 'day' || latest.granularity === 'week' ? latest.date.year : latest.year;
  }

  /** The story's day when its latest date names one ("On March 3 ..."): what "two days later" counts from. */
  latestDay(): CalendarDate | undefined {
    return this.latest?.granularity === 'day' ? this.latest.date : undefined;
  }

  /** The value of an anaphoric expression, or undefined when the story gives nothing to tell it from. */
  resolve(meaning: AnaphoricMeaning, time: TimeOfDay | undefined, sentence: number): string | undefined {
    const { unit, offset } = meaning;
    if (unit === 'Q') {
      if (!this.quarter) return undefined;
      const index = this.quarter.year * 4 + this.quarter.quarter - 1 + offset;
      const year = Math.floor(index / 4);
      return `${pad(year, 4)}-Q${index - year * 4 + 1}`;
    }
    const latest = this.latest;
    if (!latest) return undefined;
    if (meaning.near && (latest.granularity !== 'day' || sentence - latest.sentence > 1)) return undefined;
    const year = latest.granularity === 'day' || latest.granularity === 'week' ? latest.date.year : latest.year;
    if (unit === 'Y') return pad(year + offset, 4);
    // "In 1962 ... About a decade later": the decade ten years on (197), as precise as "a decade" is.
    if (unit === 'DE') return pad(Math.floor((year + 10 * offset) / 10), 3);
    if (latest.granularity === 'day') return fromDay(meaning, latest.date, time);
    if (meaning.weekday !== undefined) return undefined;
    if (unit === 'W') {
      if (latest.granularity === 'week') return formatWeek(addDays(latest.date, 7 * offset));
      return offset === 0 ? `${pad(year, 4)}-WXX` : undefined;
    }
    if (unit === 'M') {
      if (latest.granularity === 'month') return formatMonth(addMonths({ year, month: latest.month, day: 1 }, offset));
      return offset === 0 && latest.granularity === 'year' ? `${pad(year, 4)}-XX` : undefined;
    }
    // "that same day" after "last October": the day is not known, the month is.
    if (offset !== 0 || latest.granularity === 'week') return undefined;
    const month = latest.granularity === 'month' ? pad(latest.month) : 'XX';
    return withTimeOfDay(`${pad(year, 4)}-${month}-XX`, time);
  }
}

function fromDay(meaning: AnaphoricMeaning, day: CalendarDate, time: TimeOfDay | undefined): string {
  const { unit, offset } = meaning;
  if (meaning.weekday !== undefined) {
    // "the previous Friday": the nearest Friday strictly before (or after) the story's day.
    const today = isoWeekday(day);
    const delta = offset < 0 ? -((today - meaning.weekday + 7) % 7 || 7) : (meaning.weekday - today + 7) % 7 || 7;
    return withTimeOfDay(formatDay(addDays(day, delta)), time);
  }
  if (unit === 'W') return formatWeek(addDays(day, 7 * offset));
  if (unit === 'M') return formatMonth(addMonths({ ...day, day: 1 }, offset));
  return withTimeOfDay(formatDay(addDays(day, offset)), time);
}
