import type { TimexType, Token } from '../types.js';
import type { DateOrder } from './date-order.js';
import {
  BOUND_AFTER,
  FUZZY,
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
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
} from './lexicon.js';
import type { TemporalMeaning, TimeOfDay } from './meaning.js';
import { parseAnaphoric } from './rules/anaphoric.js';
import {
  parseDayOfMonth,
  parseDayOfPeriod,
  parseHoliday,
  parseMonthDate,
  parseNthWeekday,
  parseSeason,
  parseYearEnd,
  parseYearOrDecade,
} from './rules/calendar-dates.js';
import { parseClock, withFollowingClock } from './rules/clock.js';
import { parseDayWord, parseDeterminerPhrase, parseWeekday } from './rules/deictic.js';
import { parseFuzzy, parseSomeDay } from './rules/fuzzy.js';
import { DECADE_WORDS, DETERMINER_OFFSET, HOLIDAY_FIRST_WORDS, NEUTRAL_ADJECTIVES } from './rules/grammar.js';
import { parseNumericDate } from './rules/numeric-dates.js';
import { parseAfterNext, parseShifted } from './rules/offsets.js';
import { parsePartOfDay } from './rules/parts-of-day.js';
import { parseOrdinalPeriod, parseQuarterCode, parseYearAgoPeriod } from './rules/periods.js';
import { parseQuantity, parseSet } from './rules/quantities.js';
import { type Core, TokenView } from './rules/view.js';

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
  /** The order of month and day was assumed (a numeric date nothing told): the value is a guess. */
  readonly orderGuessed?: boolean;
}

const POINT_MODS = new Set(['START', 'END', 'MID']);

const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...PHRASE_MODIFIERS.keys()].map((phrase) => phrase.split(' ')[0] ?? ''),
);

/**
 * Words an expression can start with: checked first, so that the parsers run on a small share of the
 * tokens (the stage must stay cheap next to tokenization).
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...WEEKDAY_ABBREVIATIONS.keys(),
  ...UNITS.keys(),
  ...NUMBER_WORDS.keys(),
  ...VAGUE_NUMBERS,
  ...ORDINALS.keys(),
  ...SEASONS.keys(),
  ...PARTS_OF_DAY.keys(),
  ...FUZZY.keys(),
  ...MODIFIERS.keys(),
  ...PHRASE_FIRST_WORDS,
  ...HOLIDAY_FIRST_WORDS,
  ...SET_ADVERBS.keys(),
  ...DETERMINER_OFFSET.keys(),
  'the',
  'that',
  'these',
  'latest',
  'recent',
  'most',
  'fiscal',
  'calendar',
  'comparable',
  'year',
  'every',
  'each',
  'per',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'midnight',
  'future',
  'thanksgiving',
  'right',
  'someday',
  'half',
  'q1',
  'q2',
  'q3',
  'q4',
]);

/** Words after "the" that continue an expression without starting one ("the beginning of 2025", "the near term"). */
const AFTER_ARTICLE_WORDS: ReadonlySet<string> = new Set([
  ...NEUTRAL_ADJECTIVES,
  ...DECADE_WORDS.keys(),
  'beginning',
  'start',
  'end',
  'middle',
  'turn',
  'close',
  'near',
  'far',
  'distant',
  'short',
  'same',
  'very',
  'prior',
  'additional',
  'extra',
  'full',
]);

/** Whether the value depends on the direction of the clause: bare weekdays, months without a year, weekends. */
function meaningNeedsTense(meaning: TemporalMeaning): boolean {
  switch (meaning.kind) {
    case 'weekday':
      return meaning.shift === undefined && meaning.week === undefined;
    case 'calendar':
      return meaning.year === undefined && meaning.shortYear === undefined && meaning.shift === undefined;
    case 'relative':
      return meaning.unit === 'WE';
    case 'shifted':
      return meaningNeedsTense(meaning.base);
    default:
      return false;
  }
}

function mayStartExpression(word: string): boolean {
  if (START_WORDS.has(word)) return true;
  const first = word.charCodeAt(0);
  // digits ("1998", "10:35", "3pm"), apostrophes ("'90s") and "mid-November"
  return (
    (first >= 48 && first <= 57) ||
    first === 39 ||
    first === 0x2019 ||
    word.startsWith('mid-') ||
    word.startsWith('post-') ||
    word.startsWith('pre-')
  );
}

/** One rule family: a core expression starting at token k, or undefined. */
export interface DateParser {
  readonly name: string;
  parse(view: TokenView, k: number): Core | undefined;
}

/**
 * The rule families in the order they are tried at a token, as chrono's `Configuration.parsers`: the
 * first that matches wins, so a more specific form comes before a form it contains ("10:35" before
 * "10", "March 5, 2024" before "2024", "two days ago" before "two days").
 */
export const PARSERS: readonly DateParser[] = [
  { name: 'clock', parse: parseClock },
  { name: 'numeric-date', parse: parseNumericDate },
  { name: 'month-date', parse: parseMonthDate },
  { name: 'nth-weekday', parse: parseNthWeekday },
  { name: 'day-of-period', parse: parseDayOfPeriod },
  { name: 'day-of-month', parse: parseDayOfMonth },
  { name: 'year-or-decade', parse: parseYearOrDecade },
  { name: 'shifted', parse: parseShifted },
  { name: 'after-next', parse: parseAfterNext },
  { name: 'weekday', parse: parseWeekday },
  { name: 'day-word', parse: parseDayWord },
  { name: 'anaphoric', parse: parseAnaphoric },
  { name: 'set', parse: parseSet },
  { name: 'determiner-phrase', parse: parseDeterminerPhrase },
  { name: 'ordinal-period', parse: parseOrdinalPeriod },
  { name: 'quarter-code', parse: parseQuarterCode },
  { name: 'year-ago-period', parse: parseYearAgoPeriod },
  { name: 'year-end', parse: parseYearEnd },
  { name: 'some-day', parse: parseSomeDay },
  { name: 'quantity', parse: parseQuantity },
  { name: 'holiday', parse: parseHoliday },
  { name: 'season', parse: parseSeason },
  { name: 'part-of-day', parse: parsePartOfDay },
  { name: 'fuzzy', parse: parseFuzzy },
];

/**
 * Finds temporal expressions over tokens: at each token, an optional modifier ("early", "the beginning
 * of", "nearly") and a core expression tried by rule family (PARSERS, rules/*.ts), first match wins.
 */
export class Recognizer {
  private readonly view: TokenView;

  constructor(tokens: readonly Token[], dateOrder?: DateOrder) {
    this.view = new TokenView(tokens, dateOrder);
  }

  /** All temporal expressions, left to right, never overlapping. Linear: each try looks a few tokens ahead. */
  recognize(): TemporalMatch[] {
    const found: TemporalMatch[] = [];
    for (let i = 0; i < this.view.tokens.length; ) {
      const match = this.matchAt(i);
      if (match) {
        const joined = this.withNamedPeriod(match);
        found.push(joined);
        i = joined.last + 1;
      } else i++;
    }
    return found;
  }

  /**
   * "a week earlier this month", "two days later this week": an offset from an unnamed point, then the
   * period it falls in. One expression, valued as the period: the point itself is not told.
   */
  private withNamedPeriod(match: TemporalMatch): TemporalMatch {
    if (!/^(earlier|later)$/.test(this.view.norm(match.last)) || match.first === match.last) return match;
    const next = this.view.at(match.last + 1, match.first) ? this.matchAt(match.last + 1) : undefined;
    if (next?.meaning.kind !== 'relative' || next.meaning.unit === 'D' || next.time) return match;
    return { ...next, first: match.first };
  }

  matchAt(i: number): TemporalMatch | undefined {
    const word = this.view.norm(i);
    if (!mayStartExpression(word)) return undefined;
    // "the" and "a" are the commonest words: only worth parsing before a word that can continue a date.
    if (
      (word === 'the' || word === 'a' || word === 'an' || word === 'that') &&
      !mayStartExpression(this.view.norm(i + 1)) &&
      !AFTER_ARTICLE_WORDS.has(this.view.norm(i + 1))
    ) {
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
    if (this.view.norm(last + 1) === 'or' && this.view.norm(last + 2) === 'so' && this.view.at(last + 2, first)) {
      last += 2;
      mod ??= 'APPROX';
    }
    const meaning = core.meaning;
    // "1994 or later", "1990 and beyond": an open bound on a calendar point.
    const boundAfter = BOUND_AFTER.get(`${this.view.norm(last + 1)} ${this.view.norm(last + 2)}`);
    if (boundAfter && !mod && meaning.kind === 'calendar' && this.view.at(last + 2, first)) {
      last += 2;
      mod = boundAfter;
    }
    // "a couple of years", "the next couple of weeks": about two.
    if (!mod && meaning.kind === 'duration') {
      for (let k = first; k <= last; k++) if (this.view.norm(k) === 'couple') mod = 'APPROX';
    }
    const type: TimexType =
      meaning.kind === 'duration'
        ? 'DURATION'
        : meaning.kind === 'set'
          ? 'SET'
          : core.time && (core.time.clock || core.time.partOfDay)
            ? 'TIME'
            : 'DATE';
    const needsTense = meaningNeedsTense(meaning);
    return {
      first,
      ...(core.skipChars && first === start ? { skipChars: core.skipChars } : {}),
      last,
      type,
      meaning,
      ...(core.time ? { time: core.time } : {}),
      ...(mod ? { mod } : {}),
      needsTense,
      ...(core.orderGuessed ? { orderGuessed: true } : {}),
    };
  }

  /** "the beginning of", "more than", "early", "the late", "about", "mid-": a modifier and where the core starts. */
  private parsePrefix(i: number): { next: number; mod: string } | undefined {
    const w0 = this.view.norm(i);
    if (PHRASE_FIRST_WORDS.has(w0)) {
      const phrase3 = PHRASE_MODIFIERS.get(`${w0} ${this.view.norm(i + 1)} ${this.view.norm(i + 2)}`);
      if (phrase3 && this.view.at(i + 2, i)) return { next: i + 3, mod: phrase3 };
      const phrase2 = PHRASE_MODIFIERS.get(`${w0} ${this.view.norm(i + 1)}`);
      if (phrase2 && this.view.at(i + 1, i)) return { next: i + 2, mod: phrase2 };
    }
    let k = i;
    if (
      w0 === 'the' &&
      MODIFIERS.has(this.view.norm(i + 1)) &&
      POINT_MODS.has(MODIFIERS.get(this.view.norm(i + 1)) ?? '')
    )
      k = i + 1;
    const word = this.view.norm(k);
    const mod = MODIFIERS.get(word);
    if (!mod) return undefined;
    // "mid - November" written with a spaced hyphen.
    const next = this.view.norm(k + 1) === '-' ? k + 2 : k + 1;
    if (!this.view.at(next, i)) return undefined;
    // "earlier" / "later" modify only deictic points: "earlier this year", "later Sunday".
    if ((word === 'earlier' || word === 'later') && !this.isDeicticStart(next)) return undefined;
    return { next, mod };
  }

  private isDeicticStart(k: number): boolean {
    const word = this.view.norm(k);
    return (
      word === 'this' ||
      word === 'that' ||
      word === 'last' ||
      word === 'next' ||
      word === 'today' ||
      word === 'yesterday' ||
      word === 'tomorrow' ||
      word === 'tonight' ||
      WEEKDAYS.has(word)
    );
  }

  private parseCore(k: number): Core | undefined {
    const core = this.parseCoreAlone(k);
    return core ? withFollowingClock(this.view, k, core) : undefined;
  }

  private parseCoreAlone(k: number): Core | undefined {
    const token = this.view.tokens[k];
    if (!token || token.kind === 'punctuation' || token.kind === 'quote') return undefined;
    for (const parser of PARSERS) {
      const core = parser.parse(this.view, k);
      if (core) return core;
    }
    return undefined;
  }
}
