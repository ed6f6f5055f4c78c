/**
 * Publication dates as pages declare them, reduced to the declared calendar day (YYYY-MM-DD).
 * The day is the one written in the value, in its own time zone: "2017-01-18T21:30:00-08:00" is the
 * 18th, as the newsroom dated it, not the 19th of UTC.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
// "Fri Mar 13 2015 12:00:00 GMT+1100" (JavaScript's Date#toString), "March 11, 2015 3:46 PM".
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
// "13 March 2015", "13th Mar. 2015".
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

/** The calendar day a date value declares, or undefined when it names none. */
export function parsePageDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.slice(0, 200);
  const iso = ISO.exec(text) ?? COMPACT.exec(text);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = MONTHS[(mdy[1] ?? '').toLowerCase()];
    if (month) return calendarDay(Number(mdy[3]), month, Number(mdy[2]));
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS[(dmy[2] ?? '').toLowerCase()];
    if (month) return calendarDay(Number(dmy[3]), month, Number(dmy[1]));
  }
  return undefined;
}

/** The date in an article URL: `/2015/03/12/`, `/2015-03-12/`, `/20150312/`. */
export function dateInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(url);
  return match ? calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

function calendarDay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2199) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
