import { addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeekday, isValidDate, pad, type CalendarDate } from './calendar.js';
import type { TemporalMeaning, TimeOfDay } from './meaning.js';
import { withTimeOfDay } from './normalize.js';

type AnaphoricMeaning = Extract<TemporalMeaning, { kind: 'anaphoric' }>;

/**
 * The dates a story has mentioned so far, at each granularity, for expressions told from them: "On
 * March 3 the plant closed. Two days later ..." is March 5, "In 1995 ... the following year" is 1996.
 * Every DATE or TIME with a calendar value counts, whether written out or resolved from the anchor
 * ("Monday", "last year"); fuzzy references, durations and sets do not. The latest mention that has
 * the needed granularity wins: "that day" after "June 3, 1994 ... in 1995" is still June 3, 1994.
 * Quarters come from quarters only: in "the second quarter ended Oct. 31 ... that quarter", the day
 * closes the quarter rather than naming the one it falls in.
 */
export class Discourse {
  private day: CalendarDate | undefined;
  /** Sentence of the latest day mention. */
  private daySentence = -1;
  private week: CalendarDate | undefined;
  private month: { year: number; month: number } | undefined;
  private quarter: { year: number; quarter: number } | undefined;
  private year: number | undefined;

  /** Records the value of a DATE or TIME the story has just mentioned. */
  mention(value: string, sentence: number): void {
    const day = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
    if (day) {
      const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
      if (!isValidDate(date.year, date.month, date.day)) return;
      this.day = date;
      this.daySentence = sentence;
      this.week = date;
      this.month = { year: date.year, month: date.month };
      this.year = date.year;
      return;
    }
    const week = /^(\d{4})-W(\d{2})$/.exec(value);
    if (week) {
      // Any day of that ISO week: January 4th is always in week 1.
      this.week = addDays({ year: Number(week[1]), month: 1, day: 4 }, 7 * (Number(week[2]) - 1));
      this.year = Number(week[1]);
      return;
    }
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) {
      const m = Number(month[2]);
      if (m < 1 || m > 12) return;
      this.month = { year: Number(month[1]), month: m };
      this.year = Number(month[1]);
      return;
    }
    const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
    if (quarter) {
      this.quarter = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
      this.year = Number(quarter[1]);
      return;
    }
    const year = /^(\d{4})(?:-(?:H[12]|SP|SU|FA|WI))?$/.exec(value);
    if (year) this.year = Number(year[1]);
  }

  /** The value of an anaphoric expression, or undefined when the story has no date at its granularity yet. */
  resolve(meaning: AnaphoricMeaning, time: TimeOfDay | undefined, sentence: number): string | undefined {
    const { unit, offset } = meaning;
    if (meaning.near && sentence - this.daySentence > 1) return undefined;
    if (meaning.weekday !== undefined) {
      if (!this.day) return undefined;
      // "the previous Friday": the nearest Friday strictly before (or after) the story's day.
      const today = isoWeekday(this.day);
      const delta = offset < 0 ? -(((today - meaning.weekday + 7) % 7) || 7) : ((meaning.weekday - today + 7) % 7) || 7;
      return withTimeOfDay(formatDay(addDays(this.day, delta)), time);
    }
    switch (unit) {
      case 'D':
        return this.day ? withTimeOfDay(formatDay(addDays(this.day, offset)), time) : undefined;
      case 'W':
        return this.week ? formatWeek(addDays(this.week, 7 * offset)) : undefined;
      case 'M':
        return this.month ? formatMonth(addMonths({ ...this.month, day: 1 }, offset)) : undefined;
      case 'Q': {
        if (!this.quarter) return undefined;
        const index = this.quarter.year * 4 + this.quarter.quarter - 1 + offset;
        const year = Math.floor(index / 4);
        return `${pad(year, 4)}-Q${index - year * 4 + 1}`;
      }
      case 'Y':
        return this.year !== undefined ? pad(this.year + offset, 4) : undefined;
    }
  }
}
