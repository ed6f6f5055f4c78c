import type { TimexType, Token } from '../types.js';
import {
  AMBIGUOUS_MONTHS,
  FUZZY,
  HOLIDAYS,
  MODIFIERS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  PHRASE_MODIFIERS,
  SEASONS,
  SET_ADVERBS,
  UNITS,
  VAGUE_NUMBERS,
  WEEKDAYS,
} from './lexicon.js';
import type { ClockTime, PartOfDay, TemporalMeaning, TimeOfDay, Unit } from './meaning.js';

/**
 * A temporal expression found over tokens [first, last] (inclusive), with its meaning before
 * anchoring. `needsTense` marks expressions whose value depends on the direction of the clause.
 */
export interface TemporalMatch {
  readonly first: number;
  /** Characters of the first token that are not part of the expression ("post-" in "post-October 16"). */
  readonly skipChars?: number;
  readonly last: number;
  readonly type: TimexType;
  readonly meaning: TemporalMeaning;
  readonly time?: TimeOfDay;
  readonly mod?: string;
  readonly needsTense: boolean;
}

/** What a core parser found: the last token it used, and the meaning. */
interface Core {
  /** Where the expression starts when not where the parser started ("the two-week talks" → "two-week"). */
  readonly first?: number;
  /** Characters of the first token to leave out: "post-October 16" → "October 16". */
  readonly skipChars?: number;
  readonly last: number;
  readonly meaning: TemporalMeaning;
  readonly time?: TimeOfDay;
  readonly mod?: string;
  /** Durations and quantities take quantity modifiers ("nearly two years"), points take START/END. */
  readonly quantity?: boolean;
}

const POINT_MODS = new Set(['START', 'END', 'MID']);

const DETERMINER_OFFSET: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['this', 0],
  ['current', 0],
  ['present', 0],
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['preceding', -1],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
  ['upcoming', 1],
]);

/** Adjectives between "the" and a unit that leave the offset to the determiner ("the current fiscal year"). */
const NEUTRAL_ADJECTIVES = new Set(['fiscal', 'calendar', 'full', 'financial', 'same']);

/** Nouns counted without a plural ending: "1500 police". */
const COLLECTIVE_NOUNS = new Set(['people', 'police', 'personnel', 'staff', 'cattle', 'military', 'infantry']);

const TIME_ZONES = new Set(['est', 'edt', 'et', 'gmt', 'utc', 'pst', 'pdt', 'pt', 'cst', 'cdt', 'ct', 'mst', 'mdt', 'bst', 'cet', 'cest']);

/** Words before a bare month or year that make it a date ("in May", "since 1998", "last March"). */
const DATE_CONTEXT_WORDS = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'of', 'last', 'next', 'this', 'early', 'late', 'mid',
  'before', 'after', 'during', 'from', 'to', 'between', 'on', 'for', 'that', 'each', 'every', 'around',
]);

/** Tokens after which "a year" / "a day" is a rate ("$5 a day", "twice a week"): TIMEX3 SET. */
const RATE_CONTEXT_WORDS = new Set([
  'times', 'once', 'twice', 'thrice', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dollars',
  'cents', 'percent', '%', 'euros', 'pounds', 'barrels', 'tons', 'yen',
]);

const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set([...PHRASE_MODIFIERS.keys()].map((phrase) => phrase.split(' ')[0] ?? ''));
const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...HOLIDAYS.keys()].map((phrase) => phrase.split(' ')[0] ?? ''));

/**
 * Words an expression can start with: checked first, so that the parsers run on a small share of the
 * tokens (the stage must stay cheap next to tokenization).
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...UNITS.keys(), ...NUMBER_WORDS.keys(), ...VAGUE_NUMBERS, ...ORDINALS.keys(),
  ...SEASONS.keys(), ...PARTS_OF_DAY.keys(), ...FUZZY.keys(), ...MODIFIERS.keys(), ...PHRASE_FIRST_WORDS,
  ...HOLIDAY_FIRST_WORDS, ...SET_ADVERBS.keys(), ...DETERMINER_OFFSET.keys(),
  'the', 'these', 'latest', 'recent', 'most', 'fiscal', 'calendar', 'comparable', 'year', 'every', 'each', 'per',
  'today', 'tonight', 'yesterday', 'tomorrow', 'midnight', 'current', 'future', 'thanksgiving', 'right',
]);

/** Words after "the" that continue an expression without starting one ("the beginning of 2025", "the near term"). */
const AFTER_ARTICLE_WORDS: ReadonlySet<string> = new Set([
  ...NEUTRAL_ADJECTIVES, 'beginning', 'start', 'end', 'middle', 'turn', 'close', 'near', 'short', 'twenties', 'thirties', 'forties',
  'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
]);

function mayStartExpression(word: string): boolean {
  if (START_WORDS.has(word)) return true;
  const first = word.charCodeAt(0);
  // digits ("1998", "10:35", "3pm"), apostrophes ("'90s") and "mid-November"
  return (
    (first >= 48 && first <= 57) || first === 39 || first === 0x2019 ||
    word.startsWith('mid-') || word.startsWith('post-') || word.startsWith('pre-')
  );
}

/** "the nineties": decades spelled out, as the first three digits of their years. */
const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 192], ['thirties', 193], ['forties', 194], ['fifties', 195], ['sixties', 196],
  ['seventies', 197], ['eighties', 198], ['nineties', 199],
]);

const CLOCK = /^(\d{1,2}):(\d{2})$/;
const GLUED_CLOCK = /^(\d{1,2})(?::(\d{2}))?([ap])\.?m\.?$/;
const MERIDIEM = /^([ap])\.?m\.?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YEAR = /^\d{4}$/;
const DECADE = /^(\d{3})0'?s$/;
const SHORT_DECADE = /^['’](\d)0s$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const INTEGER = /^\d+(?:\.\d+)?$/;
const FRACTION = /^(\d)\/(\d)$/;

export class Recognizer {
  constructor(private readonly tokens: readonly Token[]) {}

  private norm(k: number): string {
    return this.tokens[k]?.norm ?? '';
  }

  private sameSentence(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    return !!ta && !!tb && ta.sentence === tb.sentence;
  }

  /** The token at k when it continues the sentence of token `from`. */
  private at(k: number, from: number): Token | undefined {
    const token = this.tokens[k];
    return token && this.sameSentence(k, from) ? token : undefined;
  }

  private capitalized(k: number): boolean {
    const text = this.tokens[k]?.text ?? '';
    const first = text.charAt(0);
    return first !== first.toLowerCase();
  }

  /** All temporal expressions, left to right, never overlapping. Linear: each try looks a few tokens ahead. */
  recognize(): TemporalMatch[] {
    const found: TemporalMatch[] = [];
    for (let i = 0; i < this.tokens.length; ) {
      const match = this.matchAt(i);
      if (match) {
        found.push(match);
        i = match.last + 1;
      } else i++;
    }
    return found;
  }

  matchAt(i: number): TemporalMatch | undefined {
    const word = this.norm(i);
    if (!mayStartExpression(word)) return undefined;
    // "the" and "a" are the commonest words: only worth parsing before a word that can continue a date.
    if ((word === 'the' || word === 'a' || word === 'an') && !mayStartExpression(this.norm(i + 1)) && !AFTER_ARTICLE_WORDS.has(this.norm(i + 1))) {
      return undefined;
    }
    const prefix = this.parsePrefix(i);
    if (prefix) {
      const core = this.parseCore(prefix.next);
      if (core && this.prefixFits(prefix.mod, core)) return this.finish(i, core, prefix.mod);
    }
    const core = this.parseCore(i);
    return core ? this.finish(i, core, undefined) : undefined;
  }

  private prefixFits(mod: string, core: Core): boolean {
    if (POINT_MODS.has(mod)) return !core.quantity && core.meaning.kind !== 'reference' && core.meaning.kind !== 'set';
    // "around Nov. 1", "about 7:15 p.m.", "nearly two years", "about a year ago"
    const dayDate = core.meaning.kind === 'calendar' && core.meaning.day !== undefined && mod === 'APPROX';
    return core.quantity === true || core.time?.clock !== undefined || core.meaning.kind === 'relative' || dayDate;
  }

  private finish(start: number, core: Core, prefixMod: string | undefined): TemporalMatch {
    const first = prefixMod === undefined && core.first !== undefined ? core.first : start;
    let last = core.last;
    let mod = prefixMod ?? core.mod;
    // "the next year or so", "a week or so ago" (handled in the quantity) : "or so" approximates.
    if (this.norm(last + 1) === 'or' && this.norm(last + 2) === 'so' && this.at(last + 2, first)) {
      last += 2;
      mod ??= 'APPROX';
    }
    const meaning = core.meaning;
    const type: TimexType =
      meaning.kind === 'duration'
        ? 'DURATION'
        : meaning.kind === 'set'
          ? 'SET'
          : core.time && (core.time.clock || core.time.partOfDay)
            ? 'TIME'
            : 'DATE';
    const needsTense =
      (meaning.kind === 'weekday' && meaning.shift === undefined) ||
      (meaning.kind === 'calendar' && meaning.year === undefined && meaning.shift === undefined) ||
      (meaning.kind === 'relative' && meaning.unit === 'WE');
    return {
      first,
      ...(core.skipChars && first === start ? { skipChars: core.skipChars } : {}),
      last,
      type,
      meaning,
      ...(core.time ? { time: core.time } : {}),
      ...(mod ? { mod } : {}),
      needsTense,
    };
  }

  /** "the beginning of", "more than", "early", "the late", "about", "mid-": a modifier and where the core starts. */
  private parsePrefix(i: number): { next: number; mod: string } | undefined {
    const w0 = this.norm(i);
    if (PHRASE_FIRST_WORDS.has(w0)) {
      const phrase3 = PHRASE_MODIFIERS.get(`${w0} ${this.norm(i + 1)} ${this.norm(i + 2)}`);
      if (phrase3 && this.at(i + 2, i)) return { next: i + 3, mod: phrase3 };
      const phrase2 = PHRASE_MODIFIERS.get(`${w0} ${this.norm(i + 1)}`);
      if (phrase2 && this.at(i + 1, i)) return { next: i + 2, mod: phrase2 };
    }
    let k = i;
    if (w0 === 'the' && MODIFIERS.has(this.norm(i + 1)) && POINT_MODS.has(MODIFIERS.get(this.norm(i + 1)) ?? '')) k = i + 1;
    const word = this.norm(k);
    const mod = MODIFIERS.get(word);
    if (!mod) return undefined;
    // "mid - November" written with a spaced hyphen.
    const next = this.norm(k + 1) === '-' ? k + 2 : k + 1;
    if (!this.at(next, i)) return undefined;
    // "earlier" / "later" modify only deictic points: "earlier this year", "later Sunday".
    if ((word === 'earlier' || word === 'later') && !this.isDeicticStart(next)) return undefined;
    return { next, mod };
  }

  private isDeicticStart(k: number): boolean {
    const word = this.norm(k);
    return (
      word === 'this' || word === 'last' || word === 'next' || word === 'today' || word === 'yesterday' ||
      word === 'tomorrow' || word === 'tonight' || WEEKDAYS.has(word)
    );
  }

  private parseCore(k: number): Core | undefined {
    const token = this.tokens[k];
    if (!token || token.kind === 'punctuation' || token.kind === 'quote') return undefined;
    return (
      this.parseClock(k) ??
      this.parseNumericDate(k) ??
      this.parseMonthDate(k) ??
      this.parseYearOrDecade(k) ??
      this.parseWeekday(k) ??
      this.parseDayWord(k) ??
      this.parseSet(k) ??
      this.parseDeterminerPhrase(k) ??
      this.parseOrdinalPeriod(k) ??
      this.parseYearAgoPeriod(k) ??
      this.parseYearEnd(k) ??
      this.parseQuantity(k) ??
      this.parseHoliday(k) ??
      this.parseSeason(k) ??
      this.parseFuzzy(k)
    );
  }

  // ---- clock times: "10:35 a.m.", "5 p.m. EST Nov. 9", "3pm", "midnight Friday" ----

  private parseClock(k: number): Core | undefined {
    const word = this.norm(k);
    let clock: ClockTime | undefined;
    let last = k;
    const glued = GLUED_CLOCK.exec(word);
    const colon = CLOCK.exec(word);
    if (glued) clock = toClock(Number(glued[1]), glued[2] ? Number(glued[2]) : 0, glued[3]);
    else if (colon) {
      const meridiem = MERIDIEM.exec(this.norm(k + 1));
      if (meridiem && this.at(k + 1, k)) {
        clock = toClock(Number(colon[1]), Number(colon[2]), meridiem[1]);
        last = k + 1;
      } else clock = toClock(Number(colon[1]), Number(colon[2]), undefined);
    } else if (/^\d{1,2}$/.test(word)) {
      const meridiem = MERIDIEM.exec(this.norm(k + 1));
      if (meridiem && this.at(k + 1, k)) {
        clock = toClock(Number(word), 0, meridiem[1]);
        last = k + 1;
      }
    } else if (word === 'noon' || word === 'midday') clock = { hour: 12, minute: 0 };
    else if (word === 'midnight') clock = { hour: 24, minute: 0 };
    if (!clock) return undefined;
    if (TIME_ZONES.has(this.norm(last + 1)) && this.at(last + 1, k)) last += 1;
    // A day that follows names the day of the clock time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
    let dayStart = last + 1;
    if (this.norm(dayStart) === ',' || this.norm(dayStart) === 'on') dayStart += 1;
    const day = this.at(dayStart, k) ? (this.parseWeekday(dayStart, true) ?? this.parseDayWord(dayStart, true) ?? this.parseMonthDate(dayStart)) : undefined;
    if (day && (day.meaning.kind !== 'calendar' || day.meaning.day !== undefined)) {
      return { last: day.last, meaning: day.meaning, time: { clock } };
    }
    return { last, meaning: { kind: 'relative', unit: 'D', offset: 0 }, time: { clock } };
  }

  // ---- 2025-10-17, 10/17/2025 ----

  private parseNumericDate(k: number): Core | undefined {
    const word = this.norm(k);
    const iso = ISO_DATE.exec(word);
    if (iso) {
      const month = Number(iso[2]);
      const day = Number(iso[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      return { last: k, meaning: { kind: 'calendar', year: Number(iso[1]), month, day } };
    }
    const slash = SLASH_DATE.exec(word);
    if (slash) {
      const month = Number(slash[1]);
      const day = Number(slash[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      return { last: k, meaning: { kind: 'calendar', year: Number(slash[3]), month, day } };
    }
    return undefined;
  }

  // ---- months: "Oct. 16", "October 16, 2025", "16 October 2025", "August 1988", "mid-November", "May" ----

  private monthAt(k: number): number | undefined {
    const month = MONTHS.get(this.norm(k));
    if (month === undefined || !this.capitalized(k)) return undefined;
    return month;
  }

  private dayNumberAt(k: number): number | undefined {
    const word = this.norm(k);
    const match = DAY_NUMBER.exec(word);
    const value = match ? Number(match[1]) : ORDINALS.get(word);
    return value !== undefined && value >= 1 && value <= 31 ? value : undefined;
  }

  private yearAt(k: number): number | undefined {
    const word = this.norm(k);
    if (!YEAR.test(word)) return undefined;
    const year = Number(word);
    return year >= 1000 && year <= 2199 ? year : undefined;
  }

  private parseMonthDate(k: number): Core | undefined {
    // "the mid-1990s"
    if (this.norm(k) === 'the' && this.norm(k + 1).startsWith('mid-') && this.at(k + 1, k)) {
      const inner = this.parseMonthDate(k + 1);
      return inner && inner.meaning.kind === 'calendar' && inner.meaning.month === undefined ? inner : undefined;
    }
    const word = this.norm(k);
    // "post-October 16 call", "pre-2025 levels": the expression starts after the hyphen.
    const affix = /^(post|pre)-/.exec(word);
    if (affix) {
      const rest = word.slice(affix[0].length);
      const restText = (this.tokens[k]?.text ?? '').slice(affix[0].length);
      const month = MONTHS.get(rest);
      const capital = restText.charAt(0) !== restText.charAt(0).toLowerCase();
      if (month !== undefined && capital && !AMBIGUOUS_MONTHS.has(rest)) {
        const tail = this.monthTail(k, month, undefined);
        return tail ? { ...tail, skipChars: affix[0].length } : undefined;
      }
      const year = /^\d{4}$/.test(rest) ? Number(rest) : undefined;
      if (year !== undefined && year >= 1000 && year <= 2199) {
        return { last: k, meaning: { kind: 'calendar', year }, skipChars: affix[0].length };
      }
      return undefined;
    }
    // "mid-November": one token.
    if (word.startsWith('mid-')) {
      const month = MONTHS.get(word.slice(4));
      if (month !== undefined) return this.monthTail(k, month, 'MID');
      const year = /^mid-(\d{4})$/.exec(word);
      if (year) return { last: k, meaning: { kind: 'calendar', year: Number(year[1]) }, mod: 'MID' };
      const decade = /^mid-(\d{3})0'?s$/.exec(word);
      if (decade) return { last: k, meaning: { kind: 'calendar', decade: Number(decade[1]) }, mod: 'MID' };
      return undefined;
    }
    // Day first: "16 October 2025", "the 16th of October".
    const dayFirst = this.dayNumberAt(k);
    if (dayFirst !== undefined && /\d/.test(word)) {
      const monthIndex = this.norm(k + 1) === 'of' ? k + 2 : k + 1;
      const month = this.at(monthIndex, k) ? this.monthAt(monthIndex) : undefined;
      if (month !== undefined) {
        const year = this.at(monthIndex + 1, k) ? this.yearAt(monthIndex + 1) : undefined;
        return {
          last: year !== undefined ? monthIndex + 1 : monthIndex,
          meaning: { kind: 'calendar', month, day: dayFirst, ...(year !== undefined ? { year } : {}) },
        };
      }
    }
    const month = this.monthAt(k);
    if (month === undefined) return undefined;
    return this.monthTail(k, month, undefined);
  }

  private monthTail(k: number, month: number, mod: string | undefined): Core | undefined {
    const day = this.at(k + 1, k) ? this.dayNumberAt(k + 1) : undefined;
    // "Oct. 16" but not "May 5,000": a day number is a short number.
    if (day !== undefined && !(this.norm(k + 2) === ',' && /^\d{3}$/.test(this.norm(k + 3)))) {
      let last = k + 1;
      let yearIndex = last + 1;
      if (this.norm(yearIndex) === ',') yearIndex += 1;
      const year = this.at(yearIndex, k) ? this.yearAt(yearIndex) : undefined;
      if (year !== undefined) last = yearIndex;
      return {
        last,
        meaning: { kind: 'calendar', month, day, ...(year !== undefined ? { year } : {}) },
        ...(mod ? { mod } : {}),
      };
    }
    let yearIndex = k + 1;
    if (this.norm(yearIndex) === ',' || this.norm(yearIndex) === 'of') yearIndex += 1;
    const year = this.at(yearIndex, k) ? this.yearAt(yearIndex) : undefined;
    if (year !== undefined) return { last: yearIndex, meaning: { kind: 'calendar', year, month }, ...(mod ? { mod } : {}) };
    // "January nineteen ninety-seven" (broadcast transcripts)
    const spoken = this.at(k + 1, k) ? this.spokenYear(k + 1) : undefined;
    if (spoken) return { last: spoken.last, meaning: { kind: 'calendar', year: spoken.year, month }, ...(mod ? { mod } : {}) };
    // "June last year", "January this year": one expression, the year fixed by the determiner.
    const yearShift = DETERMINER_OFFSET.get(this.norm(k + 1));
    if (yearShift !== undefined && this.norm(k + 2) === 'year' && this.at(k + 2, k)) {
      return { last: k + 2, meaning: { kind: 'calendar', month, yearOffset: yearShift }, ...(mod ? { mod } : {}) };
    }
    // A month alone: "May" the verb and "March" the noun need a date context; "April Ryan" is a name.
    const word = this.norm(k);
    const previous = this.tokens[k - 1];
    const hasContext = mod !== undefined || (!!previous && this.sameSentence(k - 1, k) && DATE_CONTEXT_WORDS.has(previous.norm));
    if (AMBIGUOUS_MONTHS.has(word) && !hasContext) return undefined;
    const next = this.at(k + 1, k);
    if (!hasContext && next && next.pos === 'PROPN' && this.capitalized(k + 1)) return undefined;
    if (!hasContext && k > 0 && !this.sameSentence(k - 1, k) && word === 'may') return undefined;
    return { last: k, meaning: { kind: 'calendar', month }, ...(mod ? { mod } : {}) };
  }

  // ---- years and decades: "1998", "fiscal 1989", "the 1990s", "the '80s", "the 20th century" ----

  private parseYearOrDecade(k: number): Core | undefined {
    let start = k;
    const word = this.norm(k);
    if ((word === 'fiscal' || word === 'calendar') && this.at(k + 1, k)) start = k + 1;
    else if (word === 'the' && this.at(k + 1, k)) start = k + 1;
    const w = this.norm(start);
    const decade = DECADE.exec(w);
    if (decade) return { last: start, meaning: { kind: 'calendar', decade: Number(decade[1]) } };
    const short = SHORT_DECADE.exec(w);
    if (short) return { last: start, meaning: { kind: 'calendar', decade: 190 + Number(short[1]) } };
    const decadeWord = DECADE_WORDS.get(w);
    if (decadeWord !== undefined && word === 'the') return { last: start, meaning: { kind: 'calendar', decade: decadeWord } };
    // "the year two thousand" (broadcast transcripts)
    if (word === 'the' && w === 'year' && this.norm(start + 1) === 'two' && this.norm(start + 2) === 'thousand' && this.at(start + 2, k)) {
      return { last: start + 2, meaning: { kind: 'calendar', year: 2000 } };
    }
    // "the 1988 period", "the 1989 quarter": that year's reporting period.
    if (word === 'the' && (this.norm(start + 1) === 'period' || this.norm(start + 1) === 'quarter') && this.at(start + 1, k)) {
      const year = this.yearAt(start);
      if (year !== undefined) return { last: start + 1, meaning: { kind: 'calendar', year } };
    }
    if (word === 'the') {
      // "the 20th century", "the 21st century"
      const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
      if (ordinal && /^centur/.test(this.norm(start + 1)) && this.at(start + 1, k)) {
        return { last: start + 1, meaning: { kind: 'calendar', century: Number(ordinal[1]) } };
      }
      return undefined;
    }
    const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
    if (ordinal && /^century$/.test(this.norm(start + 1)) && this.at(start + 1, k)) {
      return { last: start + 1, meaning: { kind: 'calendar', century: Number(ordinal[1]) } };
    }
    const spoken = this.spokenYear(start);
    if (spoken) return { last: spoken.last, meaning: { kind: 'calendar', year: spoken.year } };
    const year = this.yearAt(start);
    if (year === undefined || !this.looksLikeYear(start)) return undefined;
    return { last: start, meaning: { kind: 'calendar', year } };
  }

  /** Years read out in broadcast transcripts: "nineteen ninety-six", "nineteen seventy - nine". */
  private spokenYear(k: number): { year: number; last: number } | undefined {
    const century = this.norm(k) === 'nineteen' ? 19 : this.norm(k) === 'eighteen' ? 18 : undefined;
    if (century === undefined) return undefined;
    const tens = NUMBER_WORDS.get(this.norm(k + 1));
    if (tens === undefined || tens < 10 || tens >= 100 || !this.at(k + 1, k)) return undefined;
    let last = k + 1;
    let value = tens;
    if (tens >= 20 && tens % 10 === 0) {
      const onesIndex = this.norm(k + 2) === '-' ? k + 3 : k + 2;
      const ones = NUMBER_WORDS.get(this.norm(onesIndex));
      if (ones !== undefined && ones >= 1 && ones <= 9 && /^[a-z]+$/.test(this.norm(onesIndex)) && this.norm(onesIndex) !== 'a' && this.at(onesIndex, k)) {
        value += ones;
        last = onesIndex;
      }
    }
    return { year: century * 100 + value, last };
  }

  /** A four-digit number is a year unless money, a percentage, a count of things or part of a larger number. */
  private looksLikeYear(k: number): boolean {
    const previous = this.tokens[k - 1];
    const next = this.tokens[k + 1];
    if (previous && previous.end === this.tokens[k]?.start && previous.kind !== 'punctuation') return false;
    if (previous && (previous.kind === 'symbol' || previous.kind === 'number' || previous.norm === 'no.' || previous.norm === '#')) return false;
    if (previous && (previous.norm === 'about' || previous.norm === 'nearly' || previous.norm === 'some' || previous.norm === 'than')) return false;
    if (next && this.sameSentence(k, k + 1)) {
      if (next.norm === '%' || next.norm === 'percent' || next.kind === 'number' || next.norm === 'people') return false;
      if (next.start === this.tokens[k]?.end && next.kind !== 'punctuation' && next.kind !== 'quote') return false;
      // "2000 soldiers", "1500 police": a noun counted by the number, unless a preposition marks a date
      // ("in 1998 profits ..."). A singular noun is what the year describes ("its 1988 recapitalization").
      const dated = previous && (DATE_CONTEXT_WORDS.has(previous.norm) || previous.pos === 'ADP');
      const counted = next.pos === 'NOUN' && (/[^s]s$/.test(next.norm) || COLLECTIVE_NOUNS.has(next.norm));
      if (counted && !dated && !UNITS.has(next.norm)) return false;
    }
    return true;
  }

  // ---- weekdays: "Monday", "Friday morning", "Friday, Oct. 16" ----

  private parseWeekday(k: number, insideClock = false): Core | undefined {
    const word = this.norm(k);
    const weekday = WEEKDAYS.get(word);
    if (weekday === undefined || !this.capitalized(k)) return undefined;
    if (word.endsWith('s') && !word.endsWith('.')) {
      // "Mondays", "on Tuesday nights" read as recurring: SET.
      return { last: k, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}` } };
    }
    const part = this.at(k + 1, k) ? PARTS_OF_DAY.get(this.norm(k + 1)) : undefined;
    if (part && !insideClock) {
      if (this.norm(k + 1).endsWith('s')) return { last: k + 1, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}T${part}` } };
      return { last: k + 1, meaning: { kind: 'weekday', weekday }, time: { partOfDay: part } };
    }
    // "Friday, Oct. 16": the calendar date fixes the day.
    let dateStart = k + 1;
    if (this.norm(dateStart) === ',') dateStart += 1;
    const date = this.at(dateStart, k) ? this.parseMonthDate(dateStart) : undefined;
    if (date && date.meaning.kind === 'calendar' && date.meaning.day !== undefined) return date.last >= k ? { ...date } : undefined;
    return { last: k, meaning: { kind: 'weekday', weekday } };
  }

  // ---- today, tonight, yesterday, tomorrow (+ morning ...) ----

  private parseDayWord(k: number, insideClock = false): Core | undefined {
    const word = this.norm(k);
    const offset = word === 'today' ? 0 : word === 'tonight' ? 0 : word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : undefined;
    if (offset === undefined) return undefined;
    const meaning: TemporalMeaning = { kind: 'relative', unit: 'D', offset };
    if (word === 'tonight') return { last: k, meaning, time: insideClock ? {} : { partOfDay: 'NI' } };
    const part = this.at(k + 1, k) ? PARTS_OF_DAY.get(this.norm(k + 1)) : undefined;
    if (part && !insideClock && !this.norm(k + 1).endsWith('s')) return { last: k + 1, meaning, time: { partOfDay: part } };
    return { last: k, meaning };
  }

  // ---- sets: "every Monday", "each year", "daily", "$5 a day", "twice a week" ----

  private parseSet(k: number): Core | undefined {
    const word = this.norm(k);
    const adverb = SET_ADVERBS.get(word);
    // "its quarterly dividend", "average daily volume": the adjective describes a thing, not a time.
    if (adverb && !(this.at(k + 1, k)?.pos === 'NOUN')) return { last: k, meaning: { kind: 'set', value: adverb } };
    if (word === 'every' || word === 'each' || word === 'per') {
      let j = k + 1;
      if (this.norm(j) === 'other') j += 1;
      let amount = 1;
      const number = this.parseNumber(j, k);
      if (number && number.value !== null && word !== 'per') {
        amount = number.value;
        j = number.next;
      }
      if (!this.at(j, k)) return undefined;
      const w = this.norm(j);
      const weekday = WEEKDAYS.get(w);
      if (weekday !== undefined) {
        const part = this.at(j + 1, k) ? PARTS_OF_DAY.get(this.norm(j + 1)) : undefined;
        if (part) return { last: j + 1, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}T${part}` } };
        return { last: j, meaning: { kind: 'set', value: `XXXX-WXX-${weekday}` } };
      }
      const month = MONTHS.get(w);
      if (month !== undefined && this.capitalized(j)) return { last: j, meaning: { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}` } };
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
      const previous = this.tokens[k - 1];
      const unit = UNITS.get(this.norm(k + 1));
      if (!unit || unit === 'NI' || unit === 'S' || !previous || !this.sameSentence(k - 1, k + 1)) return undefined;
      if (this.norm(k + 1).endsWith('s')) return undefined;
      if (/^(ago|earlier|later|before|after)$/.test(this.norm(k + 2))) return undefined;
      if (this.norm(k + 2) === '-' && /^(ago|earlier)$/.test(this.norm(k + 3))) return undefined;
      // "$5 a day", "twice a week", "10,000 units a year"
      const counted = previous.pos === 'NOUN' && this.tokens[k - 2]?.kind === 'number';
      if (previous.kind === 'number' || RATE_CONTEXT_WORDS.has(previous.norm) || counted) {
        return { last: k + 1, meaning: { kind: 'set', value: setPeriod(1, unit) } };
      }
    }
    return undefined;
  }

  // ---- "last week", "this year", "the past two months", "next Friday", "the third quarter", "the past" ----

  private parseDeterminerPhrase(k: number): Core | undefined {
    const word = this.norm(k);
    let j = k;
    let offset: -1 | 0 | 1 | undefined;
    let sawThe = false;
    let latest = false;
    if (word === 'the') {
      sawThe = true;
      j += 1;
      const reference = this.parseReferencePhrase(k);
      if (reference) return reference;
    }
    if (word === 'these' && this.norm(k + 1) === 'days' && this.at(k + 1, k)) {
      return { last: k + 1, meaning: { kind: 'reference', value: 'PRESENT_REF' } };
    }
    // "last" the verb: "talks will last two weeks".
    if (word === 'last' && this.tokens[k - 1] && (this.tokens[k - 1]?.pos === 'AUX' || this.tokens[k - 1]?.pos === 'PART')) return undefined;
    for (let steps = 0; steps < 3 && this.at(j, k); steps++) {
      const w = this.norm(j);
      const det = DETERMINER_OFFSET.get(w);
      if (det !== undefined) {
        // "this coming Sunday": the coming one. "following last month's vote": two phrases.
        if (offset !== undefined && !(offset === 0 && det === 1)) break;
        offset = offset === 0 && det === 1 ? 1 : det;
        j += 1;
      } else if (w === 'latest' || w === 'recent' || w === 'most') {
        latest = true;
        j += 1;
      } else if (NEUTRAL_ADJECTIVES.has(w)) j += 1;
      else break;
    }
    if (j === k || !this.at(j, k)) return undefined;
    const w = this.norm(j);
    if (!sawThe && offset === undefined && !latest) return undefined;

    // "the past two months", "the next few days", "the first nine months", "the nine months": durations.
    const ordinalFirst = w === 'first' || w === 'last' ? j + 1 : j;
    const number = YEAR.test(this.norm(ordinalFirst)) ? undefined : this.parseNumber(ordinalFirst, k);
    if (number && (number.value === null || number.value !== 1 || this.norm(ordinalFirst) !== 'a')) {
      const unitIndex = this.unitIndexAfter(number.next);
      const unit = this.at(unitIndex, k) ? this.countedUnit(unitIndex, this.norm(ordinalFirst)) : undefined;
      if (unit && unit !== 'WE') {
        // "the two-week talks", "the 30-day period": the determiner belongs to the noun, not the duration.
        const adjectival = sawThe && j === k + 1 && this.norm(unitIndex - 1) === '-' && this.at(unitIndex + 1, k)?.pos === 'NOUN';
        return {
          ...(adjectival ? { first: j } : {}),
          last: unitIndex,
          meaning: { kind: 'duration', amount: number.value, unit },
          quantity: true,
        };
      }
    }

    // "recent years", "coming weeks": fuzzy references (plural unit, no number).
    const unit = UNITS.get(w);
    if (unit && w.endsWith('s') && unit !== 'NI') {
      if (latest) return { last: j, meaning: { kind: 'reference', value: 'PAST_REF' } };
      if (offset === 1) return { last: j, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
      if (offset === -1 && !sawThe) return { last: j, meaning: { kind: 'reference', value: 'PAST_REF' } };
      return undefined;
    }

    // "the third quarter", "the first half of 1989"
    if (sawThe || offset !== undefined) {
      const period = this.parseOrdinalPeriod(j);
      if (period) return period;
    }

    if (unit) return this.relativeUnit(k, j, unit, offset, sawThe, latest);
    // "the latest period" in a results story: the last reported quarter.
    if (w === 'period' && latest) return { last: j, meaning: { kind: 'relative', unit: 'Q', offset: -1 } };


    const part = PARTS_OF_DAY.get(w);
    if (part && !w.endsWith('s') && w !== 'noon') {
      // "this morning", "last night", "the morning"
      const dayOffset = offset === -1 && w === 'night' ? -1 : offset === 1 ? 1 : 0;
      if (offset === -1 && w !== 'night') return undefined;
      return { last: j, meaning: { kind: 'relative', unit: 'D', offset: dayOffset }, time: { partOfDay: part } };
    }
    if (offset === undefined && !sawThe) return undefined;
    const month = this.monthAt(j);
    if (month !== undefined && offset !== undefined) {
      return { last: j, meaning: { kind: 'calendar', month, shift: offset } };
    }
    const weekday = WEEKDAYS.get(w);
    if (weekday !== undefined && offset !== undefined && this.capitalized(j)) {
      return { last: j, meaning: { kind: 'weekday', weekday, shift: offset } };
    }
    const season = SEASONS.get(w);
    if (season) {
      if (offset === undefined && !sawThe) return undefined;
      // "the fall of Rome": a season needs "this/last/next" or "the ... of <year>".
      let last = j;
      let year: number | undefined;
      if (this.norm(j + 1) === 'of' && this.at(j + 2, k)) {
        year = this.yearAt(j + 2);
        const spoken = year === undefined ? this.spokenYear(j + 2) : undefined;
        if (year !== undefined) last = j + 2;
        else if (spoken) {
          year = spoken.year;
          last = spoken.last;
        }
        else if (sawThe && offset === undefined) return undefined;
      }
      return {
        last,
        meaning: { kind: 'calendar', season, ...(year !== undefined ? { year } : {}), ...(offset !== undefined ? { shift: offset } : {}) },
      };
    }
    return undefined;
  }

  /** "the past", "the future", "the present", "the near future" (without a unit after them). */
  private parseReferencePhrase(k: number): Core | undefined {
    const j = k + 1;
    const w = this.norm(j);
    if (!this.at(j, k)) return undefined;
    const next = this.at(j + 1, k);
    const nextIsTemporal =
      !!next && (UNITS.has(next.norm) || NUMBER_WORDS.has(next.norm) || next.kind === 'number' || VAGUE_NUMBERS.has(next.norm) || next.norm === 'couple');
    if (w === 'past' && !nextIsTemporal) return { last: j, meaning: { kind: 'reference', value: 'PAST_REF' } };
    if (w === 'future' && this.norm(j + 1) !== 'of') return { last: j, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
    if (w === 'near' && this.norm(j + 1) === 'future' && next) return { last: j + 1, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
    // "in the near term", "in the short term"
    if ((w === 'near' || w === 'short') && this.norm(j + 1) === 'term' && next) return { last: j + 1, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
    if (w === 'present' && !next?.pos.startsWith('N') && !next?.pos.startsWith('ADJ')) {
      return { last: j, meaning: { kind: 'reference', value: 'PRESENT_REF' } };
    }
    return undefined;
  }

  private relativeUnit(
    k: number,
    j: number,
    unit: Unit,
    offset: -1 | 0 | 1 | undefined,
    sawThe: boolean,
    latest: boolean,
  ): Core | undefined {
    const w = this.norm(j);
    if (unit === 'H' || unit === 'MIN' || unit === 'S' || unit === 'ML') {
      if (offset === undefined) return undefined;
      return { last: j, meaning: { kind: 'duration', amount: 1, unit }, quantity: true };
    }
    if (unit === 'NI') {
      if (offset === -1) return { last: j, meaning: { kind: 'relative', unit: 'D', offset: -1 }, time: { partOfDay: 'NI' } };
      if (offset === 0) return { last: j, meaning: { kind: 'relative', unit: 'D', offset: 0 }, time: { partOfDay: 'NI' } };
      return undefined;
    }
    if (unit === 'WE') return { last: j, meaning: { kind: 'relative', unit: 'WE', offset: offset ?? 0 } };
    // "the day" alone is too often "the day of the attack"; keep it for "this day" only.
    if (unit === 'D' && offset === undefined) return undefined;
    if (unit === 'D' && (offset === 1 || offset === -1) && this.norm(k) === 'the') return undefined;
    // "the year of the dragon", "the month of Ramadan": not the anchor's.
    if (sawThe && offset === undefined && !latest && this.norm(j + 1) === 'of') return undefined;
    // "the quarter", "the latest quarter" in a results story: the last reported quarter.
    const resolvedOffset = unit === 'Q' && offset === undefined ? -1 : latest && offset === undefined ? -1 : (offset ?? 0);
    // "the year" after "the past/last": TimeBank reads "the past year" as the previous calendar year.
    if (w.endsWith('s')) return undefined;
    // "the year ended March 31", "the fiscal year ending June 30": a twelve-month period.
    if (offset === undefined && /^(ended|ending|ends)$/.test(this.norm(j + 1)) && unit === 'Y') {
      return { last: j, meaning: { kind: 'duration', amount: 1, unit }, quantity: true };
    }
    // "this year's"/"year-end"/"year-ago" are handled elsewhere; "the year-ago quarter" must not stop at "year".
    if (this.norm(j + 1) === '-' && /^(ago|earlier|end|long|old)$/.test(this.norm(j + 2))) return undefined;
    // "this year's third quarter", "last year's quarter": the quarter of that year.
    if (unit === 'Y' && /^['’]s$/.test(this.norm(j + 1)) && this.at(j + 2, k)) {
      const period = this.parseOrdinalPeriodFrom(j + 2);
      if (period && period.meaning.kind === 'calendar' && period.meaning.year === undefined) {
        return { last: period.last, meaning: { ...period.meaning, yearOffset: resolvedOffset } };
      }
      if (this.norm(j + 2) === 'quarter') return { last: j + 2, meaning: { kind: 'relative', unit: 'Q', offset: -1 + 4 * resolvedOffset } };
    }
    return { last: j, meaning: { kind: 'relative', unit, offset: resolvedOffset } };
  }

  // ---- "third quarter", "third-quarter", "the first half of 1989", "fourth quarter of 1989" ----

  private parseOrdinalPeriod(k: number): Core | undefined {
    const period = this.parseOrdinalPeriodFrom(k);
    // "the third-quarter results", "the fiscal second-quarter loss": "the" determines the noun.
    if (period && this.norm(k) === 'the' && this.norm(period.last - 1) === '-' && this.at(period.last + 1, k)?.pos === 'NOUN') {
      return { ...period, first: k + 1 };
    }
    return period;
  }

  private parseOrdinalPeriodFrom(k: number): Core | undefined {
    let start = k;
    if (this.norm(k) === 'the' && this.at(k + 1, k)) start = k + 1;
    // "the 1988 second quarter"
    const leadingYear = this.at(start + 1, k) && ORDINALS.has(this.norm(start + 1)) ? this.yearAt(start) : undefined;
    if (leadingYear !== undefined) start += 1;
    const ordinal = ORDINALS.get(this.norm(start));
    if (ordinal === undefined) return undefined;
    const unitIndex = this.norm(start + 1) === '-' ? start + 2 : start + 1;
    if (!this.at(unitIndex, k)) return undefined;
    const unitWord = this.norm(unitIndex);
    let last = unitIndex;
    let quarter: number | undefined;
    let half: number | undefined;
    if (unitWord === 'quarter') quarter = ordinal === -1 ? 4 : ordinal;
    else if (unitWord === 'half') half = ordinal === -1 ? 2 : ordinal;
    else return undefined;
    if ((quarter !== undefined && (quarter < 1 || quarter > 4)) || (half !== undefined && (half < 1 || half > 2))) return undefined;
    // "a quarter of the ..." is a fraction, not a period; "the first half of 1989" is a period.
    let year: number | undefined;
    if ((this.norm(last + 1) === 'of' || this.norm(last + 1) === ',') && this.at(last + 2, k)) {
      year = this.yearAt(last + 2);
      if (year !== undefined) last += 2;
      else if (this.norm(last + 1) === 'of') {
        const relative = this.parseDeterminerPhrase(last + 2);
        if (relative && relative.meaning.kind === 'relative' && relative.meaning.unit === 'Y') {
          return {
            last: relative.last,
            meaning: { kind: 'calendar', ...(quarter ? { quarter } : { half: half ?? 1 }) },
          };
        }
        if (half !== undefined) return undefined;
      }
    } else if (this.norm(last + 1) === 'of' && half !== undefined) return undefined;
    year ??= leadingYear;
    if (year === undefined && this.norm(last + 1) && /^\d{4}$/.test(this.norm(last + 1))) {
      year = this.yearAt(last + 1);
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

  // ---- "the year-ago quarter", "the year-earlier period", "year-earlier" (results stories) ----

  private parseYearAgoPeriod(k: number): Core | undefined {
    let j = k;
    if (this.norm(j) === 'the') j += 1;
    if (this.norm(j) === 'comparable') j += 1;
    if (this.norm(j) !== 'year' || this.norm(j + 1) !== '-' || !/^(ago|earlier)$/.test(this.norm(j + 2))) return undefined;
    if (!this.at(j + 2, k)) return undefined;
    let last = j + 2;
    const next = this.norm(last + 1);
    if ((next === 'quarter' || next === 'period') && this.at(last + 1, k)) {
      last += 1;
      return { last, meaning: { kind: 'relative', unit: 'Q', offset: -5 } };
    }
    const ordinal = ORDINALS.get(next);
    if (ordinal !== undefined && ordinal > 0 && ordinal <= 4 && this.norm(last + 2) === 'quarter' && this.at(last + 2, k)) {
      return { last: last + 2, meaning: { kind: 'calendar', quarter: ordinal, yearOffset: -1 } };
    }
    if (k !== j) return undefined;
    return { last, meaning: { kind: 'relative', unit: 'Y', offset: -1 } };
  }

  // ---- "year-end", "year end", "year's end": the last day of the anchor's year ----

  private parseYearEnd(k: number): Core | undefined {
    if (this.norm(k) !== 'year') return undefined;
    const joiner = this.norm(k + 1);
    const endIndex = joiner === '-' || /^['’]s$/.test(joiner) ? k + 2 : k + 1;
    if (this.norm(endIndex) !== 'end' || !this.at(endIndex, k)) return undefined;
    // The year follows the tense like a month's: "since year-end" (in October) is last year's.
    return { last: endIndex, meaning: { kind: 'calendar', month: 12, day: 31 } };
  }

  // ---- numbers ----

  /** A count: "two", "24", "twenty - four", "a", "a few", "several", "a couple of", "5 1/2". Null value: vague. */
  parseNumber(k: number, from: number): { value: number | null; next: number } | undefined {
    const single = this.parseSingleNumber(k, from);
    // "two to three weeks", "12 to 18 months", "a year or two": a range leaves the amount open.
    if (single && single.value !== null && (this.norm(single.next) === 'to' || this.norm(single.next) === 'or')) {
      const second = this.parseSingleNumber(single.next + 1, from);
      if (second && second.value !== null && second.value > single.value && this.norm(single.next + 1) !== 'a') {
        return { value: null, next: second.next };
      }
    }
    return single;
  }

  private parseSingleNumber(k: number, from: number): { value: number | null; next: number } | undefined {
    if (!this.at(k, from)) return undefined;
    const word = this.norm(k);
    if (VAGUE_NUMBERS.has(word)) return { value: null, next: k + 1 };
    if ((word === 'a' || word === 'an') && VAGUE_NUMBERS.has(this.norm(k + 1))) return { value: null, next: k + 2 };
    if ((word === 'a' || word === 'an') && this.norm(k + 1) === 'couple') {
      return { value: 2, next: this.norm(k + 2) === 'of' ? k + 3 : k + 2 };
    }
    if ((word === 'a' || word === 'an') && this.norm(k + 1) === 'dozen') return { value: 12, next: k + 2 };
    if (word === 'couple' && this.norm(k + 1) === 'of') return { value: 2, next: k + 2 };
    if (INTEGER.test(word)) {
      let value = Number(word);
      let next = k + 1;
      const fraction = FRACTION.exec(this.norm(next));
      if (fraction && this.at(next, from)) {
        value += Number(fraction[1]) / Number(fraction[2]);
        next += 1;
      }
      return { value, next };
    }
    const base = NUMBER_WORDS.get(word);
    if (base === undefined || word === 'half' || word === 'couple') return undefined;
    if (base >= 20 && base < 100) {
      // "twenty four", "twenty - four"
      const unitIndex = this.norm(k + 1) === '-' ? k + 2 : k + 1;
      const ones = NUMBER_WORDS.get(this.norm(unitIndex));
      if (ones !== undefined && ones >= 1 && ones <= 9 && this.norm(unitIndex) !== 'a' && this.norm(unitIndex) !== 'an') {
        return { value: base + ones, next: unitIndex + 1 };
      }
    }
    if (this.norm(k + 1) === 'hundred' && base < 10) return { value: base * 100, next: k + 2 };
    if (this.norm(k + 1) === 'thousand' && base < 100) return { value: base * 1000, next: k + 2 };
    return { value: base, next: k + 1 };
  }

  // ---- "two weeks", "five-year", "a year ago", "weeks of speculation", "nearly four years ago" ----

  private parseQuantity(k: number): Core | undefined {
    const word = this.norm(k);
    const number = this.parseNumber(k, k);
    let unitIndex: number;
    let amount: number | null;
    if (number) {
      unitIndex = this.unitIndexAfter(number.next);
      amount = number.value;
    } else {
      // A bare plural unit: "weeks of speculation", "for years", "months ago".
      const unit = UNITS.get(word);
      if (!unit || !word.endsWith('s') || unit === 'NI' || unit === 'WE' || unit === 'Q' || unit === 'S') return undefined;
      const previous = this.norm(k - 1);
      const next = this.norm(k + 1);
      const licensed =
        ['for', 'in', 'within', 'over', 'after', 'than', 'took', 'lasted', 'spent'].includes(previous) ||
        ['of', 'ago', 'later', 'earlier', 'before'].includes(next);
      if (!licensed || !this.capitalized(k) === false) return undefined;
      unitIndex = k;
      amount = null;
    }
    if (!this.at(unitIndex, k)) return undefined;
    const unit = this.countedUnit(unitIndex, word);
    if (!unit) return undefined;
    if (unit === 'WE' && amount === null) return undefined;
    let last = unitIndex;
    const after = this.norm(last + 1);
    // "a year-earlier loss", "the year-ago quarter"
    if (after === '-' && /^(ago|earlier)$/.test(this.norm(last + 2)) && this.at(last + 2, k) && amount !== null) {
      return { first: unitIndex, last: last + 2, meaning: relativeAgo(unit, amount), quantity: true };
    }
    if ((after === 'ago' || after === 'earlier') && this.at(last + 1, k)) {
      last += 1;
      if (amount === null) return { last, meaning: { kind: 'reference', value: 'PAST_REF' }, quantity: true };
      return { last, meaning: relativeAgo(unit, amount), quantity: true };
    }
    if (after === 'or' && this.norm(last + 2) === 'so' && this.norm(last + 3) === 'ago' && this.at(last + 3, k)) {
      if (amount === null) return { last: last + 3, meaning: { kind: 'reference', value: 'PAST_REF' }, quantity: true };
      return { last: last + 3, meaning: relativeAgo(unit, amount), mod: 'APPROX', quantity: true };
    }
    if (after === 'from' && this.norm(last + 2) === 'now' && this.at(last + 2, k) && amount !== null) {
      return { last: last + 2, meaning: relativeAgo(unit, -amount), quantity: true };
    }
    // "a minute and a half"
    if (after === 'and' && this.norm(last + 2) === 'a' && this.norm(last + 3) === 'half' && amount !== null && this.at(last + 3, k)) {
      return { last: last + 3, meaning: { kind: 'duration', amount: amount + 0.5, unit }, quantity: true };
    }
    // "decades-long"
    if (after === '-' && this.norm(last + 2) === 'long' && this.at(last + 2, k)) last += 2;
    return { last, meaning: { kind: 'duration', amount, unit }, quantity: true };
  }

  /** Where the unit of a count starts: "five-year", "two more weeks", "an additional year". */
  private unitIndexAfter(next: number): number {
    const word = this.norm(next);
    if (word === '-' || word === 'more' || word === 'additional' || word === 'extra' || word === 'full') return next + 1;
    return next;
  }

  /** The unit at k when it is counted (not "a second summit", not "a quarter of", not "52 years old"). */
  private countedUnit(k: number, numberWord: string): Unit | undefined {
    const unit = UNITS.get(this.norm(k));
    if (!unit || unit === 'NI') return undefined;
    const next = this.at(k + 1, k);
    // "a second summit", "the second half": "second" as an ordinal, not a unit.
    if (unit === 'S' && (numberWord === 'a' || numberWord === 'an' || numberWord === 'one' || /^\d{4}$/.test(numberWord))) return undefined;
    if (unit === 'S' && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')) return undefined;
    // "a quarter of the shares", "three quarters of": fractions.
    if (unit === 'Q' && (this.norm(k + 1) === 'of' || numberWord === 'a')) return undefined;
    // "ten-year-old", "52 years old": ages.
    if (this.norm(k + 1) === '-' && this.norm(k + 2) === 'old') return undefined;
    if (this.norm(k + 1) === 'old' || this.norm(k + 1) === 'younger' || this.norm(k + 1) === 'older') return undefined;
    return unit;
  }

  // ---- holidays: "Christmas", "New Year's Day", "Thanksgiving" ----

  private parseHoliday(k: number): Core | undefined {
    if (!this.capitalized(k)) return undefined;
    if (this.norm(k) === 'thanksgiving') {
      const last = this.norm(k + 1) === 'day' && this.at(k + 1, k) ? k + 1 : k;
      return { last, meaning: { kind: 'calendar', thanksgiving: true } };
    }
    if (!HOLIDAY_FIRST_WORDS.has(this.norm(k))) return undefined;
    let phrase = '';
    let best: Core | undefined;
    for (let j = k; j < k + 4 && this.at(j, k); j++) {
      const w = this.norm(j);
      phrase = j === k ? w : w === "'s" || w === '’s' ? `${phrase}'s` : `${phrase} ${w}`;
      const date = HOLIDAYS.get(phrase);
      if (date) {
        const [month, day] = date.split('-').map(Number);
        if (month !== undefined && day !== undefined) best = { last: j, meaning: { kind: 'calendar', month, day } };
      }
    }
    if (best) {
      // "Christmas 1998"
      const year = this.at(best.last + 1, k) ? this.yearAt(best.last + 1) : undefined;
      if (year !== undefined && best.meaning.kind === 'calendar') {
        return { last: best.last + 1, meaning: { ...best.meaning, year } };
      }
    }
    return best;
  }

  // ---- a season after a preposition: "in summer", "by spring 2026" ----

  private parseSeason(k: number): Core | undefined {
    const season = SEASONS.get(this.norm(k));
    if (!season) return undefined;
    const previous = this.norm(k - 1);
    const year = this.at(k + 1, k) ? this.yearAt(k + 1) : undefined;
    if (year !== undefined) return { last: k + 1, meaning: { kind: 'calendar', season, year } };
    if (!['in', 'since', 'by', 'until', 'this', 'during', 'early', 'late', 'mid'].includes(previous)) return undefined;
    if (this.tokens[k]?.pos === 'VERB') return undefined;
    return { last: k, meaning: { kind: 'calendar', season } };
  }

  // ---- now, currently, recently, soon; "current" and "recent" before a noun ----

  private parseFuzzy(k: number): Core | undefined {
    const word = this.norm(k);
    if (word === 'right' && this.norm(k + 1) === 'now' && this.at(k + 1, k)) {
      return { last: k + 1, meaning: { kind: 'reference', value: 'PRESENT_REF' } };
    }
    const value = FUZZY.get(word);
    if (value) {
      // "as soon as", "now that": conjunctions; "just now" keeps its meaning.
      if (word === 'soon' && (this.norm(k - 1) === 'as' || this.norm(k + 1) === 'after')) return undefined;
      return { last: k, meaning: { kind: 'reference', value } };
    }
    // "the current weakness", "a recent filing": TimeBank marks the adjective ("future losses" it
    // mostly leaves out: 4 of 15 on TimeBank, so "future" alone is not taken).
    if (word === 'current' || word === 'recent') {
      const next = this.at(k + 1, k);
      const previous = this.norm(k - 1);
      if (!next || (next.pos !== 'NOUN' && next.pos !== 'ADJ') || previous === 'electric') return undefined;
      if (['account', 'accounts', 'affairs', 'events', 'generations', 'tense'].includes(next.norm)) return undefined;
      const value = word === 'current' ? 'PRESENT_REF' : 'PAST_REF';
      return { last: k, meaning: { kind: 'reference', value } };
    }
    return undefined;
  }
}

function toClock(hour: number, minute: number, meridiem: string | undefined): ClockTime | undefined {
  if (minute > 59 || hour > 24) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  return { hour, minute };
}

function setPeriod(amount: number, unit: Unit): string {
  const letter: Record<Unit, string> = {
    Y: 'Y', M: 'M', W: 'W', D: 'D', H: 'TH', MIN: 'TM', S: 'TS', DE: 'DE', CE: 'CE', Q: 'Q', WE: 'WE', NI: 'D', ML: 'ML',
  };
  const code = letter[unit];
  if (unit === 'WE') return 'XXXX-WXX-WE';
  return code.startsWith('T') ? `PT${amount}${code.slice(1)}` : `P${amount}${code}`;
}

/** "two weeks ago": the anchor shifted back, at the granularity of the unit. */
function relativeAgo(unit: Unit, amount: number): TemporalMeaning {
  const whole = Math.round(amount);
  if (unit === 'DE') return { kind: 'relative', unit: 'Y', offset: -10 * whole };
  if (unit === 'CE') return { kind: 'relative', unit: 'Y', offset: -100 * whole };
  if (unit === 'H' || unit === 'MIN' || unit === 'S' || unit === 'NI') return { kind: 'relative', unit: 'D', offset: 0 };
  return { kind: 'relative', unit, offset: -whole };
}

export type { PartOfDay };
