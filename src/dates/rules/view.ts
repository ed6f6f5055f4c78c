import type { Token } from '../../types.js';
import type { DateOrder } from '../date-order.js';
import { AMBIGUOUS_MONTHS, MONTHS, NUMBER_WORDS, ORDINALS, UNITS, VAGUE_NUMBERS } from '../lexicon.js';
import type { TemporalMeaning, TimeOfDay, Unit } from '../meaning.js';
import { COLLECTIVE_NOUNS, DATE_CONTEXT_WORDS, DAY_NUMBER, FRACTION, INTEGER, YEAR } from './grammar.js';

/** Capitalised abbreviations that stand before a year: "FY 2016", "AD 1066". */
const YEAR_PREFIXES: ReadonlySet<string> = new Set(['fy', 'ad', 'bc', 'bce', 'ce', 'cy']);

/** Words between a count and its unit: "five-year", "two more weeks", "eight trading days", "ten business days". */
const COUNT_FILLERS: ReadonlySet<string> = new Set([
  '-',
  'more',
  'additional',
  'extra',
  'full',
  'trading',
  'business',
  'working',
]);

/** What a core parser found: the last token it used, and the meaning. */
export interface Core {
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
  /** A numeric date read month-first or day-first by assumption: neither it nor the document told. */
  readonly orderGuessed?: boolean;
}

/**
 * The tokens of a document as the rules read them: normal forms, sentence bounds, capitals, and the
 * small readers every rule family shares (numbers, day numbers, years, counted units).
 */
export class TokenView {
  constructor(
    readonly tokens: readonly Token[],
    /** The document's order of month and day in numeric dates (date-order.ts). */
    readonly dateOrder: DateOrder = { order: 'month-first', source: 'default' },
  ) {}

  norm(k: number): string {
    return this.tokens[k]?.norm ?? '';
  }

  sameSentence(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    return !!ta && !!tb && ta.sentence === tb.sentence;
  }

  /** The token at k when it continues the sentence of token `from`. */
  at(k: number, from: number): Token | undefined {
    const token = this.tokens[k];
    return token && this.sameSentence(k, from) ? token : undefined;
  }

  capitalized(k: number): boolean {
    const text = this.tokens[k]?.text ?? '';
    const first = text.charAt(0);
    return first !== first.toLowerCase();
  }

  /**
   * A capitalised word inside a sentence, after another word: part of a title or a name ("The World of
   * Tomorrow", "the Stuff You Threw Out Now"), not the day word it spells. All capitals are a headline.
   */
  inTitle(k: number): boolean {
    const text = this.tokens[k]?.text ?? '';
    const previous = this.tokens[k - 1];
    return (
      this.capitalized(k) &&
      text !== text.toUpperCase() &&
      !!previous &&
      this.sameSentence(k - 1, k) &&
      previous.kind === 'word'
    );
  }

  monthAt(k: number): number | undefined {
    const month = MONTHS.get(this.norm(k));
    if (month === undefined || !this.capitalized(k)) return undefined;
    return month;
  }

  /**
   * A month written in lower case ("23rd february", "february 23, 2016"), read only where a day number
   * or a year sits beside it; "march" and "may" (words as well as months) only with a year too.
   */
  monthBesideDayAt(k: number, yearFollows: boolean): number | undefined {
    const capital = this.monthAt(k);
    if (capital !== undefined) return capital;
    const word = this.norm(k);
    const month = MONTHS.get(word);
    if (month === undefined || (AMBIGUOUS_MONTHS.has(word) && !yearFollows)) return undefined;
    return month;
  }

  /**
   * A year written with two digits after a day and month: "3 Aug 96", "Aug 9, '96". Only where the
   * sentence pauses after it, so that "Aug 9, 10 people" stays a count.
   */
  shortYearAt(k: number, from: number): { year: number; last: number } | undefined {
    let index = k;
    const apostrophe = /^['’]$/.test(this.norm(k));
    if (apostrophe) {
      if (this.tokens[k + 1]?.start !== this.tokens[k]?.end) return undefined;
      index = k + 1;
    }
    if (!this.at(index, from) || !/^\d{2}$/.test(this.norm(index))) return undefined;
    const next = this.at(index + 1, from);
    if (
      next &&
      !(next.kind === 'punctuation' && !/^[%\-–/]$/.test(next.norm)) &&
      next.pos !== 'CCONJ' &&
      !(next.pos === 'ADP' && next.norm !== 'of')
    )
      return undefined;
    return { year: Number(this.norm(index)), last: index };
  }

  dayNumberAt(k: number): number | undefined {
    const word = this.norm(k);
    const match = DAY_NUMBER.exec(word);
    const value = match ? Number(match[1]) : ORDINALS.get(word);
    return value !== undefined && value >= 1 && value <= 31 ? value : undefined;
  }

  /**
   * A day of the month written as an ordinal word: "third", "twenty-first", "twenty - first", "thirtieth".
   * Only words: "3rd" is read by dayNumberAt.
   */
  ordinalDayAt(k: number): { day: number; last: number } | undefined {
    const word = this.norm(k);
    const tens = word === 'twenty' ? 20 : word === 'thirty' ? 30 : undefined;
    if (tens !== undefined) {
      const onesIndex = this.norm(k + 1) === '-' ? k + 2 : k + 1;
      const ones = ORDINALS.get(this.norm(onesIndex));
      const day = ones !== undefined && ones >= 1 && ones <= 9 ? tens + ones : undefined;
      return day !== undefined && day <= 31 && this.at(onesIndex, k) ? { day, last: onesIndex } : undefined;
    }
    if (/\d/.test(word)) return undefined;
    const day = ORDINALS.get(word);
    return day !== undefined && day >= 1 && day <= 31 ? { day, last: k } : undefined;
  }

  /**
   * A form written as one word that the tokenizer splits ("3-Mar-2016", "2016-03-04T10:30:00Z",
   * "10.30am"): `pattern` (anchored at the start) matched on the normal forms of the tokens written
   * together from k, with no space between them. The match must end where a token ends; undefined when
   * the token before k is glued to it (k is inside a longer word).
   */
  gluedMatch(k: number, pattern: RegExp): { match: RegExpExecArray; last: number } | undefined {
    const token = this.tokens[k];
    if (!token) return undefined;
    const previous = this.tokens[k - 1];
    if (previous && previous.end === token.start && previous.kind !== 'punctuation' && previous.kind !== 'quote')
      return undefined;
    let text = token.norm;
    const ends = [text.length];
    for (let j = k + 1; j < k + 12; j++) {
      const next = this.tokens[j];
      // No sentence check: the splitter may end a sentence at the point of "9.15am", inside the word.
      if (!next || next.start !== this.tokens[j - 1]?.end) break;
      text += next.norm;
      ends.push(text.length);
    }
    const match = pattern.exec(text);
    if (!match) return undefined;
    // "2016-03-04T10:30:00Z." at the end of a sentence: the tokenizer keeps the full stop on the last piece.
    const length = match[0].length;
    const index = ends.indexOf(text.charAt(length) === '.' && !ends.includes(length) ? length + 1 : length);
    return index < 0 ? undefined : { match, last: k + index };
  }

  yearAt(k: number): number | undefined {
    const word = this.norm(k);
    if (!YEAR.test(word)) return undefined;
    const year = Number(word);
    return year >= 1000 && year <= 2199 ? year : undefined;
  }

  /** Years read out in broadcast transcripts: "nineteen ninety-six", "nineteen seventy - nine". */
  spokenYear(k: number): { year: number; last: number } | undefined {
    const century = this.norm(k) === 'nineteen' ? 19 : this.norm(k) === 'eighteen' ? 18 : undefined;
    if (century === undefined) return undefined;
    const tens = NUMBER_WORDS.get(this.norm(k + 1));
    if (tens === undefined || tens < 10 || tens >= 100 || !this.at(k + 1, k)) return undefined;
    let last = k + 1;
    let value = tens;
    if (tens >= 20 && tens % 10 === 0) {
      const onesIndex = this.norm(k + 2) === '-' ? k + 3 : k + 2;
      const ones = NUMBER_WORDS.get(this.norm(onesIndex));
      if (
        ones !== undefined &&
        ones >= 1 &&
        ones <= 9 &&
        /^[a-z]+$/.test(this.norm(onesIndex)) &&
        this.norm(onesIndex) !== 'a' &&
        this.at(onesIndex, k)
      ) {
        value += ones;
        last = onesIndex;
      }
    }
    return { year: century * 100 + value, last };
  }

  /** A four-digit number is a year unless money, a percentage, a count of things or part of a larger number. */
  looksLikeYear(k: number): boolean {
    const previous = this.tokens[k - 1];
    const next = this.tokens[k + 1];
    if (previous && previous.end === this.tokens[k]?.start && previous.kind !== 'punctuation') return false;
    if (
      previous &&
      (previous.kind === 'symbol' || previous.kind === 'number' || previous.norm === 'no.' || previous.norm === '#')
    )
      return false;
    if (
      previous &&
      (previous.norm === 'about' || previous.norm === 'nearly' || previous.norm === 'some' || previous.norm === 'than')
    )
      return false;
    // "an NVIDIA GTX 1080", "the A320 2000": a model number after a name in capitals, not a year ("FY 2016" is one).
    const before = previous?.text ?? '';
    if (previous && /^[A-Z]{2,}$/.test(before) && !YEAR_PREFIXES.has(previous.norm) && this.sameSentence(k - 1, k))
      return false;
    if (next && this.sameSentence(k, k + 1)) {
      if (next.norm === '%' || next.norm === 'percent' || next.kind === 'number' || next.norm === 'people')
        return false;
      if (next.start === this.tokens[k]?.end && next.kind !== 'punctuation' && next.kind !== 'quote') return false;
      // "2000 soldiers", "1500 police": a noun counted by the number, unless a preposition marks a date
      // ("in 1998 profits ..."). A singular noun is what the year describes ("its 1988 recapitalization").
      // "rose by 1500 units": after "by" a counted noun is a quantity.
      const dated =
        previous && previous.norm !== 'by' && (DATE_CONTEXT_WORDS.has(previous.norm) || previous.pos === 'ADP');
      const counted = next.pos === 'NOUN' && (/[^s]s$/.test(next.norm) || COLLECTIVE_NOUNS.has(next.norm));
      if (counted && !dated && !UNITS.has(next.norm)) return false;
    }
    return true;
  }

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

  parseSingleNumber(k: number, from: number): { value: number | null; next: number } | undefined {
    if (!this.at(k, from)) return undefined;
    const word = this.norm(k);
    if (VAGUE_NUMBERS.has(word)) return { value: null, next: k + 1 };
    if ((word === 'a' || word === 'an') && VAGUE_NUMBERS.has(this.norm(k + 1))) return { value: null, next: k + 2 };
    if ((word === 'a' || word === 'an') && this.norm(k + 1) === 'couple') {
      return { value: 2, next: this.norm(k + 2) === 'of' ? k + 3 : k + 2 };
    }
    if ((word === 'a' || word === 'an') && this.norm(k + 1) === 'dozen') return { value: 12, next: k + 2 };
    if (word === 'couple' && this.norm(k + 1) === 'of') return { value: 2, next: k + 2 };
    // "half a century", "half an hour"
    if (word === 'half' && (this.norm(k + 1) === 'a' || this.norm(k + 1) === 'an') && this.at(k + 1, from))
      return { value: 0.5, next: k + 2 };
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
      if (
        ones !== undefined &&
        ones >= 1 &&
        ones <= 9 &&
        this.norm(unitIndex) !== 'a' &&
        this.norm(unitIndex) !== 'an'
      ) {
        return { value: base + ones, next: unitIndex + 1 };
      }
    }
    if (this.norm(k + 1) === 'hundred' && base < 10) return { value: base * 100, next: k + 2 };
    if (this.norm(k + 1) === 'thousand' && base < 100) return { value: base * 1000, next: k + 2 };
    return { value: base, next: k + 1 };
  }

  /** Where the unit of a count starts: "five-year", "two more weeks", "an additional year", "eight trading days". */
  unitIndexAfter(next: number): number {
    return COUNT_FILLERS.has(this.norm(next)) ? next + 1 : next;
  }

  /** "quarter-century", "half century": a share of a century counted as years, and where it ends. */
  centuryShare(k: number, from: number): { years: number; last: number } | undefined {
    const share = this.norm(k) === 'quarter' ? 25 : this.norm(k) === 'half' ? 50 : undefined;
    if (share === undefined) return undefined;
    const last = this.norm(k + 1) === '-' ? k + 2 : k + 1;
    if (this.norm(last) !== 'century' || !this.at(last, from)) return undefined;
    return { years: share, last };
  }

  /** How many of its unit a unit word counts: a "fortnight" is two weeks. */
  unitScale(k: number): number {
    return this.norm(k).startsWith('fortnight') ? 2 : 1;
  }

  /** The unit at k when it is counted (not "a second summit", not "a quarter of", not "52 years old"). */
  countedUnit(k: number, numberWord: string): Unit | undefined {
    const unit = UNITS.get(this.norm(k));
    if (!unit || unit === 'NI') return undefined;
    const next = this.at(k + 1, k);
    // "a second summit", "the second half": "second" as an ordinal, not a unit.
    if (
      unit === 'S' &&
      (numberWord === 'a' || numberWord === 'an' || numberWord === 'one' || /^\d{4}$/.test(numberWord))
    )
      return undefined;
    if (unit === 'S' && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')) return undefined;
    // "a quarter of the shares", "three quarters of": fractions.
    if (unit === 'Q' && (this.norm(k + 1) === 'of' || numberWord === 'a')) return undefined;
    // "ten-year-old", "52 years old": ages.
    if (this.norm(k + 1) === '-' && this.norm(k + 2) === 'old') return undefined;
    if (this.norm(k + 1) === 'old' || this.norm(k + 1) === 'younger' || this.norm(k + 1) === 'older') return undefined;
    return unit;
  }
}
