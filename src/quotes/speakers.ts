import { DAY_WORDS, PARTS_OF_DAY } from '../data/hand/speakerWords.js';
import { visibleForm } from '../text/chars.js';
import type { Token } from '../types.js';
import { PERSONAL_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../vocabulary/english.js';
import { isComma, isDash, isWord, type QuoteContext } from './context.js';
import { cueVerb, isUtteranceNoun } from './cues.js';

/**
 * Finding the speaker phrase next to a cue, from wink's POS tags: a noun phrase with its titles
 * ("Kremlin spokesman Dmitry Peskov"), possessives ("Russia's leader"), parenthetical party tags
 * ("Rep. Jim Jordan (R-Ohio)") and appositives ("Peskov, the Kremlin spokesman,"), or a pronoun.
 */

export interface SpeakerPhrase {
  /** Token range, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The token range of the phrase's name or head (no appositive), inclusive. */
  readonly headFirst: number;
  readonly headLast: number;
}

/** Pronouns that can be the subject of a reporting verb: the personal ones and "who". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PERSONAL_SUBJECT_PRONOUNS, 'who']);

const NOUN_TAGS = new Set(['PROPN', 'NOUN']);
const QUANTIFIER_SUBJECTS = new Set(['many', 'some', 'most', 'others', 'several', 'few', 'both', 'all']);
// Adverbs and auxiliaries between a subject and its verb: "Peskov also said", "she has repeatedly said".
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART']);

function inPhrase(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'NUM') return true;
  if (token.pos === 'DET') return true;
  if (token.pos === 'PART' && (token.norm === "'s" || token.norm === '’s' || token.norm === "'")) return true;
  // Possessive determiners: "his spokesman", "their leader".
  if (token.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(token.norm)) return true;
  // "Homeland Security Secretary", "Trump-Pence": hyphens inside names; "AT&T".
  if (token.text === '-' || token.text === '&' || token.text === '.') return !token.spaceBefore;
  return false;
}

/**
 * Lower-case particles inside surnames ("de Miranda writes", "van Gogh", "bin Salman"): part of the
 * name when a capitalised proper noun follows. Source: the particles of European and Arabic
 * surnames that wink tags ADP/X.
 */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'du',
  'van',
  'von',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'dos',
  'das',
]);

function nameParticle(token: Token | undefined, next: Token | undefined): boolean {
  return token !== undefined && NAME_PARTICLES.has(token.text) && next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
}

const DOUBLE_QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '`', "''"]);

/** A double quotation mark (not an apostrophe or a single quote, which also close possessives). */
export function isDoubleQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'quote' && DOUBLE_QUOTE_MARKS.has(token.text);
}

/** wink sometimes tags a first name as a verb ("Ted/VERB Cruz"): a capitalised word before a name. */
function mistaggedName(token: Token | undefined, next: Token | undefined): boolean {
  return (
    token !== undefined &&
    next?.pos === 'PROPN' &&
    token.kind === 'word' &&
    /^\p{Lu}\p{Ll}+$/u.test(visibleForm(token.text)) &&
    cueVerb(token.norm) === undefined &&
    token.pos !== 'DET' &&
    token.pos !== 'ADP' &&
    token.pos !== 'PRON' &&
    token.pos !== 'CCONJ' &&
    token.pos !== 'SCONJ'
  );
}

function isProperOrNoun(token: Token | undefined): boolean {
  return token !== undefined && NOUN_TAGS.has(token.pos);
}

/** A word glued by a hyphen to the word before it: "leaning" in "conservative-leaning". */
function hyphenJoined(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  const hyphen = tokens[j - 1];
  return (
    token?.kind === 'word' &&
    !token.spaceBefore &&
    hyphen?.text === '-' &&
    !hyphen.spaceBefore &&
    tokens[j - 2]?.kind === 'word'
  );
}

/** Walks left from `last` over one noun phrase; returns its first token, or -1. */
function phraseStartLeft(ctx: QuoteContext, last: number, lo: number): number {
  const { tokens } = ctx;
  let j = last;
  while (j >= lo) {
    const token = tokens[j];
    if (!token) break;
    if (token.text === ')') {
      // A parenthetical inside a name: "Jim Jordan (R-Ohio)".
      let k = j - 1;
      while (k >= lo && k > j - 8 && tokens[k]?.text !== '(' && tokens[k]?.text !== ')') k--;
      if (k >= lo && tokens[k]?.text === '(' && isProperOrNoun(tokens[k - 1])) {
        j = k - 1;
        continue;
      }
      break;
    }
    if (inPhrase(token) || mistaggedName(token, tokens[j + 1]) || nameParticle(token, tokens[j + 1])) {
      j--;
      continue;
    }
    // Participles used as adjectives: "registered voters", "elected officials".
    if (token.pos === 'VERB' && /(ed|en)$/.test(token.norm) && tokens[j + 1]?.pos === 'NOUN' && j + 1 <= last) {
      j--;
      continue;
    }
    // The second half of a hyphenated modifier: "the conservative-leaning newspaper", "state-run media".
    if (j < last && hyphenJoined(tokens, j)) {
      j--;
      continue;
    }
    // Proportions: "Six in 10 say", "four out of five".
    if (
      isWord(token, 'in', 'out', 'of') &&
      tokens[j + 1]?.pos === 'NUM' &&
      (tokens[j - 1]?.pos === 'NUM' || isWord(tokens[j - 1], 'out'))
    ) {
      j--;
      continue;
    }
    // "Joel Pollak of Breitbart", "Secretary of State John Kerry", "Obama and Clinton"; "his chief of
    // staff", where the tagger reads the noun after a determiner as an adjective.
    const nounBeforeOf =
      isProperOrNoun(tokens[j - 1]) || (tokens[j - 1]?.pos === 'ADJ' && /^(DET|PRON)$/.test(tokens[j - 2]?.pos ?? ''));
    if (token.norm === 'of' && inPhrase(tokens[j + 1]) && nounBeforeOf) {
      j--;
      continue;
    }
    if (token.norm === 'and' && isProperOrNoun(tokens[j + 1]) && tokens[j - 1]?.pos === 'PROPN') {
      j--;
      continue;
    }
    break;
  }
  const first = j + 1;
  // Leading determiners alone are not a phrase; the phrase must end in a noun.
  if (first > last) return -1;
  return first;
}

/** Walks right from `first` over one noun phrase; returns its last token, or -1. */
function phraseEndRight(ctx: QuoteContext, first: number, hi: number): number {
  const { tokens } = ctx;
  let j = first;
  let lastNoun = -1;
  while (j <= hi) {
    const token = tokens[j];
    if (!token) break;
    // "said Dana Ruiz late Thursday": a time adverbial ends the phrase.
    if (
      j > first &&
      (WEEKDAYS.has(token.norm) || (isWord(token, 'late', 'early') && WEEKDAYS.has(tokens[j + 1]?.norm ?? '')))
    )
      break;
    if (token.text === '(' && isProperOrNoun(tokens[j - 1])) {
      let k = j + 1;
      while (k <= hi && k < j + 8 && tokens[k]?.text !== ')' && tokens[k]?.text !== '(') k++;
      if (tokens[k]?.text === ')') {
        lastNoun = k;
        j = k + 1;
        continue;
      }
      break;
    }
    if (inPhrase(token)) {
      if (isProperOrNoun(token) || token.pos === 'NUM') lastNoun = j;
      j++;
      continue;
    }
    if (
      (hyphenJoined(tokens, j) && j + 1 <= hi && isProperOrNoun(tokens[j + 1])) ||
      (token.norm === 'of' && isProperOrNoun(tokens[j - 1]) && inPhrase(tokens[j + 1])) ||
      (token.norm === 'and' && tokens[j - 1]?.pos === 'PROPN' && isProperOrNoun(tokens[j + 1]))
    ) {
      j++;
      continue;
    }
    break;
  }
  return lastNoun;
}

const POST_MODIFIER_PREPOSITIONS = new Set(['of', 'with', 'for', 'at', 'in', 'from', 'on', 'to', 'by', 'close']);

/**
 * Extends a subject phrase leftwards over what modifies its head from the right: "a source familiar
 * with the investigation said", "officials at the Pentagon said", "officials who spoke with
 * reporters said". Without this the phrase would start inside the modifier.
 */
function extendOverModifiers(ctx: QuoteContext, first: number, lo: number): number {
  const { tokens } = ctx;
  for (let step = 0; step < 3; step++) {
    const before = tokens[first - 1];
    if (!before || first - 1 < lo) break;
    if (POST_MODIFIER_PREPOSITIONS.has(before.norm) && before.pos === 'ADP') {
      let j = first - 2;
      if (tokens[j]?.pos === 'ADJ' && !isProperOrNoun(tokens[j])) j--; // "familiar with", "close to"
      // "Exit polls taken in South Carolina found", "a poll conducted by Gallup shows".
      if (tokens[j]?.pos === 'VERB' && /(ed|en|wn)$/.test(tokens[j]?.norm ?? '') && isProperOrNoun(tokens[j - 1])) j--;
      if (j < lo || !isProperOrNoun(tokens[j])) break;
      const start = phraseStartLeft(ctx, j, lo);
      if (start < 0) break;
      first = start;
      continue;
    }
    // "A news report published Wednesday said", "a memo seen by Reuters said": a participle.
    if (before.pos === 'VERB' && /(ed|en|wn|ne)$/.test(before.norm) && isProperOrNoun(tokens[first - 2])) {
      const start = phraseStartLeft(ctx, first - 2, lo);
      if (start < 0) break;
      first = start;
      continue;
    }
    // "officials who spoke with The Huffington Post said": a short relative clause.
    let rel = first - 1;
    let verb = false;
    while (rel >= lo && rel > first - 10 && !isWord(tokens[rel], 'who', 'that')) {
      const token = tokens[rel] as Token;
      if (token.kind !== 'word' && token.kind !== 'number') break;
      if (token.pos === 'VERB') verb = true;
      rel--;
    }
    if (verb && rel > lo && isWord(tokens[rel], 'who', 'that') && isProperOrNoun(tokens[rel - 1])) {
      const start = phraseStartLeft(ctx, rel - 1, lo);
      if (start < 0) break;
      first = start;
      continue;
    }
    break;
  }
  return first;
}

const WEEKDAYS = new Set(DAY_WORDS);
const PARTS_OF_DAY_SET = new Set(PARTS_OF_DAY);

/** Nouns of a time adverbial after "last", "this", "next": "last month", "earlier this week". */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'summer', 'fall', 'autumn', 'spring', 'winter']);
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'earlier', 'later']);

/**
 * The first token of a time adverbial ending at `j` ("on Friday", "late Thursday night", "last
 * month", "earlier this week"), or -1.
 */
function timeAdverbialStart(tokens: readonly Token[], j: number): number {
  let i = j;
  if (PARTS_OF_DAY_SET.has(tokens[i]?.norm ?? '') && WEEKDAYS.has(tokens[i - 1]?.norm ?? '')) i--;
  if (WEEKDAYS.has(tokens[i]?.norm ?? ''))
    return isWord(tokens[i - 1], 'on', 'early', 'late', 'earlier', 'later') ? i - 1 : i;
  if (!TIME_NOUNS.has(tokens[i]?.norm ?? '') || !TIME_DETERMINERS.has(tokens[i - 1]?.norm ?? '')) return -1;
  return isWord(tokens[i - 2], 'earlier', 'later', 'late', 'early') ? i - 2 : i - 1;
}

/**
 * A time adverbial between a subject and its verb is not the subject: "Sanders on Saturday
 * criticized …", "the ministry Tuesday night said …", "Police had last month charged …". Returns
 * the token before it and before an auxiliary or adverb that precedes it (or `j` itself).
 */
function beforeTimeAdverbial(tokens: readonly Token[], j: number, lo: number): number {
  const start = timeAdverbialStart(tokens, j);
  if (start < 0) return j;
  let i = start - 1;
  while (i >= lo && i > start - 3 && (tokens[i]?.pos === 'AUX' || tokens[i]?.pos === 'ADV')) i--;
  const before = tokens[i];
  // Only when a noun phrase (or a closing party tag) ends right before: "Sanders (I-Vt.) on Saturday".
  if (
    i < lo ||
    !before ||
    !(isProperOrNoun(before) || before.text === ')' || (before.pos === 'PRON' && SUBJECT_PRONOUNS.has(before.norm)))
  )
    return j;
  return i;
}

/**
 * A quantifier that floats after its subject is not the subject: "Carson, Fiorina and Huckabee have
 * all said …", "Fisk and Brandt both condemned …". Returns the token before it (over an auxiliary),
 * when a noun phrase or a pronoun ends there; else `j`.
 */
function beforeFloatingQuantifier(tokens: readonly Token[], j: number, lo: number): number {
  if (!isWord(tokens[j], 'all', 'both', 'each')) return j;
  let i = j - 1;
  while (i >= lo && i > j - 3 && (tokens[i]?.pos === 'AUX' || tokens[i]?.pos === 'ADV')) i--;
  const before = tokens[i];
  if (i < lo || !before) return j;
  const ends =
    isProperOrNoun(before) || before.text === ')' || (before.pos === 'PRON' && SUBJECT_PRONOUNS.has(before.norm));
  return ends ? i : j;
}

/**
 * An approximator before a number or fraction belongs to the subject: "more than 4 in 10 said",
 * "about half of the voters said", "nearly two-thirds say".
 */
function overApproximator(tokens: readonly Token[], first: number, lo: number): number {
  const head = tokens[first];
  if (!head || !(head.pos === 'NUM' || isWord(head, 'half', 'third', 'quarter', 'two-thirds', 'three-quarters')))
    return first;
  if (isWord(tokens[first - 1], 'than') && isWord(tokens[first - 2], 'more', 'less', 'fewer') && first - 2 >= lo)
    return first - 2;
  if (isWord(tokens[first - 1], 'least') && isWord(tokens[first - 2], 'at') && first - 2 >= lo) return first - 2;
  if (
    isWord(tokens[first - 1], 'about', 'nearly', 'almost', 'roughly', 'around', 'some', 'over', 'only', 'just') &&
    first - 1 >= lo
  )
    return first - 1;
  return first;
}

/** An appositive: a noun phrase without a verb, like "the Kremlin spokesman" or "an aide to Obama". */
function isAppositive(ctx: QuoteContext, first: number, last: number): boolean {
  if (last < first || last - first > 10) return false;
  let hasNoun = false;
  for (let i = first; i <= last; i++) {
    const token = ctx.tokens[i];
    if (!token) return false;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.kind === 'quote') return false;
    if (isProperOrNoun(token)) hasNoun = true;
  }
  return hasNoun;
}

/** A dash between words: "—", "--", or a hyphen with spaces ("Trump - who said … - said"). */
function spacedDash(token: Token | undefined): boolean {
  return isDash(token) || (token?.text === '-' && token.spaceBefore);
}

/**
 * The subject of the cue at `cue`, to its left: "Peskov said", "the Kremlin on Friday said",
 * "Peskov, the Kremlin spokesman, said", "Trump, writing on Twitter, said", "he has said".
 * `lo` is the first token the phrase may use.
 */
export function speakerLeftOf(ctx: QuoteContext, cue: number, lo: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let j = cue - 1;
  let interruptionEnd = -1;
  let interruptionStart = -1;
  // "he's predicting", "she's said": the contracted auxiliary after a pronoun (not a possessive).
  const contracted = (i: number): boolean =>
    isWord(tokens[i], "'s", '’s') && tokens[i]?.pos === 'AUX' && tokens[i - 1]?.pos === 'PRON';
  // "She has since stressed": "since" as an adverb after an auxiliary.
  const between = (i: number): boolean =>
    BETWEEN_SUBJECT_AND_VERB.has(tokens[i]?.pos ?? '') || (isWord(tokens[i], 'since') && tokens[i - 1]?.pos === 'AUX');
  while (j >= lo && between(j) && (!isWord(tokens[j], "'s", '’s') || contracted(j))) j--;
  // "Peskov, writing on Telegram, said"" / "Peskov, the Kremlin spokesman, said": skip the interruption.
  // Not before a participle: in "Trump attacked Clinton, saying" the comma ends a clause; but an
  // auxiliary makes it a finite verb again ("Huckabee, for his part, is labeling …").
  let auxiliaryBefore = false;
  for (let i = j + 1; i < cue && !auxiliaryBefore; i++) auxiliaryBefore = tokens[i]?.pos === 'AUX';
  if ((isComma(tokens[j]) || spacedDash(tokens[j])) && (!/ing$/.test(tokens[cue]?.norm ?? '') || auxiliaryBefore)) {
    // Up to 30 tokens: "Shane Shook, a security expert who has helped investigate the breaches, said".
    let k = j - 1;
    while (k >= lo && k > j - 30 && !isComma(tokens[k]) && !spacedDash(tokens[k]) && !isDoubleQuoteMark(tokens[k])) k--;
    if (k >= lo && (isComma(tokens[k]) || spacedDash(tokens[k])) && k < j - 1) {
      interruptionStart = k + 1;
      interruptionEnd = j - 1;
      j = k - 1;
      // An age before the appositive: "Marley Anderson, 21, a student, said".
      if (tokens[j]?.pos === 'NUM' && isComma(tokens[j - 1]) && j - 2 >= lo) j -= 2;
    } else return null;
  } else if (isComma(tokens[j]) || spacedDash(tokens[j])) return null;
  j = beforeTimeAdverbial(tokens, j, lo);
  j = beforeFloatingQuantifier(tokens, j, lo);
  let token = tokens[j];
  const phraseEnd = j;
  // "Rep. Jim Jordan (R-Ohio) said": the name ends before the parenthetical.
  if (token?.text === ')') {
    let k = j - 1;
    while (k >= lo && k > j - 8 && tokens[k]?.text !== '(') k--;
    if (k > lo && tokens[k]?.text === '(') j = k - 1;
    token = tokens[j];
  }
  if (!token || j < lo) return null;
  if (token.pos === 'PRON' && SUBJECT_PRONOUNS.has(token.norm)) {
    if (token.norm === 'who') {
      // "Barkley, who said he votes Democratic, said …": the relative pronoun means Barkley. The
      // phrase runs from the name to the pronoun: the name resolves it, the pronoun is the cue's
      // grammatical subject (PARC and PolNeAR mark "who" as the source).
      const antecedent = tokens[j - 2];
      if (
        isComma(tokens[j - 1]) &&
        j - 2 >= lo &&
        antecedent &&
        (isProperOrNoun(antecedent) || antecedent.text === ')')
      ) {
        let end = j - 2;
        if (antecedent.text === ')') {
          while (end > lo && tokens[end]?.text !== '(') end--;
          end--;
        }
        const start = phraseStartLeft(ctx, end, lo);
        if (start >= 0 && start <= end) return { first: start, last: j, headFirst: start, headLast: end };
      }
      // "those who feel squeezed", "Fallin, who opposes abortion": PARC takes the relative pronoun
      // itself as the source; the statements scope wants a name and reports nothing.
      if (ctx.scope === 'attributions') return { first: j, last: j, headFirst: j, headLast: j };
      return null;
    }
    return {
      first: j,
      last: interruptionEnd >= 0 && isAppositive(ctx, interruptionStart, interruptionEnd) ? interruptionEnd : j,
      headFirst: j,
      headLast: j,
    };
  }
  // "The union, which endorsed Clinton in November, …": under `attributions` a non-restrictive
  // "which" is a source too, as PARC marks it (the pronoun itself).
  if (ctx.scope === 'attributions' && isWord(token, 'which') && (isComma(tokens[j - 1]) || isDash(tokens[j - 1]))) {
    return { first: j, last: j, headFirst: j, headLast: j };
  }
  // Quantifiers standing alone as the subject: "many said Monday that …", "as some have speculated".
  if (
    QUANTIFIER_SUBJECTS.has(token.norm) &&
    /^(PRON|DET|ADJ|NOUN)$/.test(token.pos) &&
    !/^(DET|ADJ|NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '') &&
    (tokens[j - 1]?.pos !== 'ADP' || isWord(tokens[j - 1], 'as'))
  ) {
    return { first: j, last: j, headFirst: j, headLast: j };
  }
  // wink tags some surnames as verbs or adjectives ("Cook/VERB said"): a capitalised word right
  // before the cue, not at a position where a verb could be, is a one-word name.
  const capitalisedName =
    mistaggedName(token, { ...token, pos: 'PROPN' }) &&
    (j === lo || !/^\p{Lu}/u.test(tokens[j - 1]?.text ?? 'A') || j === cue - 1);
  const proportion = token.pos === 'NUM' && isWord(tokens[j - 1], 'in', 'of') && tokens[j - 2]?.pos === 'NUM';
  // "The chief/ADJ, Paul Manafort, suggested": a description whose head wink tags as an adjective,
  // before an appositive name.
  const adjectiveHead =
    token.pos === 'ADJ' &&
    tokens[j - 1]?.pos === 'DET' &&
    interruptionEnd >= 0 &&
    tokens[interruptionStart]?.pos === 'PROPN';
  if (!isProperOrNoun(token) && !capitalisedName && !proportion && !adjectiveHead) return null;
  let first = isProperOrNoun(token) || proportion || adjectiveHead ? phraseStartLeft(ctx, j, lo) : j;
  if (first < 0) return null;
  const ownFirst = first;
  first = extendOverModifiers(ctx, first, lo);
  first = overApproximator(tokens, first, lo);
  let phraseFirst = first;
  // "Dmitry Peskov, the Kremlin spokesman, said" reached from the right is covered by the
  // interruption; "the Kremlin spokesman, Dmitry Peskov, said" is the same with the name second.
  const last =
    interruptionEnd >= 0 && isAppositive(ctx, interruptionStart, interruptionEnd) ? interruptionEnd : phraseEnd;
  if (isComma(tokens[first - 1]) && tokens[j]?.pos !== 'PROPN') {
    const before = first - 2;
    if (before >= lo && tokens[before]?.pos === 'PROPN') {
      const nameFirst = phraseStartLeft(ctx, before, lo);
      const opener = tokens[nameFirst - 1];
      if (nameFirst >= 0 && (nameFirst === lo || isComma(opener) || opener?.kind === 'quote')) phraseFirst = nameFirst;
    }
  }
  // "Black Lives Matter issued a statement saying …", "Fisk sent a letter this week urging …": an
  // utterance that is a verb's object does not speak, its issuer (the verb's subject) does.
  if (
    /ing$/.test(tokens[cue]?.norm ?? '') &&
    isUtteranceNoun(tokens[j]?.norm ?? '') &&
    tokens[ownFirst - 1]?.pos === 'VERB'
  ) {
    const issuer = clauseSubject(ctx, ownFirst, lo);
    if (issuer) return issuer;
  }
  return { first: phraseFirst, last, headFirst: first, headLast: j };
}

/**
 * The speaker after an inverted cue: "said Peskov", "said the Kremlin spokesman, Dmitry Peskov",
 * "according to Russia's leader". `hi` is the last token the phrase may use.
 */
export function speakerRightOf(ctx: QuoteContext, cue: number, hi: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  const first = cue + 1;
  const token = tokens[first];
  if (!token || first > hi) return null;
  if (token.pos === 'PRON' && SUBJECT_PRONOUNS.has(token.norm) && token.norm !== 'who') {
    return { first, last: first, headFirst: first, headLast: first };
  }
  const last = phraseEndRight(ctx, first, hi);
  if (last < first) return null;
  let phraseLast = last;
  // Appositive name after a description: "said the Kremlin spokesman, Dmitry Peskov".
  if ((isComma(tokens[last + 1]) || isDash(tokens[last + 1])) && tokens[last + 2]?.pos === 'PROPN') {
    const nameLast = phraseEndRight(ctx, last + 2, hi);
    if (nameLast > last) phraseLast = nameLast;
  } else if ((isComma(tokens[last + 1]) || isDash(tokens[last + 1])) && tokens[last + 2]?.pos === 'DET') {
    // "said Peskov, the Kremlin spokesman" / "said Mr. Smith -- the senator"; but not "According
    // to Russia's leader, the talks failed", where the second phrase is the content's subject.
    const roleLast = phraseEndRight(ctx, last + 2, hi);
    const after = tokens[roleLast + 1];
    const closes = roleLast >= hi || !after || isComma(after) || isDash(after) || after.kind === 'punctuation';
    if (roleLast > last && closes) phraseLast = roleLast;
  }
  return { first, last: phraseLast, headFirst: first, headLast: last };
}

/**
 * The subject of the clause a cue belongs to when the cue has none of its own: a participle or a
 * coordinated verb ("Axelrod emailed her, telling her, “…”", "Silverman was joined on stage and
 * joked, “…”"). The nearest name or subject pronoun before the cue that a verb follows.
 */
export function clauseSubject(ctx: QuoteContext, cue: number, lo: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  for (let i = cue - 2; i >= lo && i >= cue - 30; i--) {
    const token = tokens[i] as Token;
    if (token.kind === 'quote') break;
    const next = tokens[i + 1] as Token;
    const verbNext =
      next.pos === 'VERB' ||
      next.pos === 'AUX' ||
      (next.pos === 'ADV' && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? ''));
    if (!verbNext) continue;
    // "Vice President Lena Fisk on Monday hit the campaign trail, trashing …": the adverbial is not the subject.
    const time = timeAdverbialStart(tokens, i);
    const at = time >= 0 ? time - 1 : i;
    const subject = tokens[at];
    if (at < lo || !subject) continue;
    if (
      subject.pos === 'PRON' &&
      SUBJECT_PRONOUNS.has(subject.norm) &&
      subject.norm !== 'who' &&
      subject.norm !== 'it'
    ) {
      return { first: at, last: at, headFirst: at, headLast: at };
    }
    if (subject.pos === 'PROPN' || subject.pos === 'NOUN') {
      const first = phraseStartLeft(ctx, at, lo);
      if (first >= 0) return { first, last: at, headFirst: first, headLast: at };
    }
  }
  return null;
}
