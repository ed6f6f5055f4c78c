import { COGNITION_OBJECT_VERBS } from '../../data/hand/cueWords.js';
import { DAY_WORDS } from '../../data/hand/speakerWords.js';
import type { Token } from '../../types.js';
import {
  CONTRAST_SUBORDINATORS,
  OBJECT_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  REFLEXIVE_PRONOUNS,
  SUBORDINATORS,
} from '../../vocabulary/english.js';
import { isComma, isSentenceFinal, isWord, type QuoteContext } from '../context.js';
import { type CueVerb, cuePrepositions, cueVerb, isClaimNoun, isUtteranceNoun } from '../cues.js';
import type { RegionTokens } from '../direct.js';
import type { SpeakerPhrase } from '../speakers.js';

/**
 * The clause shapes the reported-speech rules share: where a content starts and ends after a cue,
 * what counts as a clause, an adverbial tail, an object or a label. Each rule in this folder reads
 * them; none of them makes a quote.
 */
// Words that may sit between a cue and its content: "said on Friday that", "told CNN in an interview that".
export const LEAD_IN_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PART', 'PRON']);

export function contentEnd(tokens: readonly Token[], from: number, last: number): number {
  let end = last;
  while (end >= from) {
    const token = tokens[end] as Token;
    if (isSentenceFinal(token) || isComma(token) || token.text === ':' || token.text === ';' || token.text === ')')
      end--;
    else if (token.kind === 'quote') break;
    else break;
  }
  return end;
}

/** True when tokens [from, to] hold a verb: a reported content is a clause, not a phrase. */
export function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') return true;
  return false;
}

/**
 * Content before a post-posed or inverted cue: a clause ("the talks failed, he said") or quoted
 * words; not a bare phrase ("With such a razor-thin margin, Sanders could have requested a recount")
 * nor a participle phrase alone ("Looking at the notes now, they scream of fear").
 */
export function reportable(ctx: QuoteContext, first: number, end: number): boolean {
  for (let i = first; i <= end; i++) {
    const token = ctx.tokens[i] as Token;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/.test(token.norm))) return true;
  }
  for (let i = first; i <= end; i++) if ((ctx.region[i] ?? -1) >= 0) return true;
  return false;
}

/**
 * What follows a post-posed or inverted cue up to the sentence end is adverbial: "said on Friday",
 * or adverbials then a comma and a phrase without a cue of its own ("declared on Thursday, two days
 * after the vote").
 */
export function adverbialTail(tokens: readonly Token[], from: number, last: number): boolean {
  const end = contentEnd(tokens, from, last);
  if (onlyAdverbials(tokens, from, end)) return true;
  let comma = from;
  while (comma <= end && !isComma(tokens[comma])) comma++;
  if (comma > end || !onlyAdverbials(tokens, from, comma - 1)) return false;
  for (let i = comma + 1; i <= end; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' && (cueVerb(token.norm) || /ing$/.test(token.norm))) return false;
  }
  return true;
}

/** The stretch's last comma-separated part is a clause, or quoted words: "While …, that is cause for celebration". */
export function endsInClause(ctx: QuoteContext, first: number, end: number): boolean {
  let from = end;
  while (from > first && !isComma(ctx.tokens[from - 1])) from--;
  // A subordinate clause is still an adverbial: "On Tuesday, even as shares were tumbling".
  let opener = from;
  while (opener < end && ctx.tokens[opener]?.pos === 'ADV') opener++;
  if (SUBORDINATORS.has(ctx.tokens[opener]?.norm ?? '')) return false;
  if (hasClause(ctx.tokens, from, end)) return true;
  for (let i = first; i <= end; i++)
    if ((ctx.region[i] ?? -1) >= 0 && ctx.tokens[i]?.kind !== 'quote')
      return !isWord(ctx.tokens[first], 'in', 'on', 'at');
  return false;
}

/** Words that open a new clause after a post-posed cue's comma ("…, he said, because …", "…, even as …"). */
export const TAIL_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...CONTRAST_SUBORDINATORS,
  'because',
  'since',
  'as',
  'but',
  'and',
  'so',
  'even',
]);

/**
 * After a post-posed cue: adverbials, then a comma and a new clause, subordinate ("because …",
 * "but …") or a participle ("noting …"). Returns the first token of that clause, or -1.
 */
export function clauseAfterTail(tokens: readonly Token[], from: number, last: number): number {
  let comma = from;
  while (comma <= last && comma < from + 10 && !isComma(tokens[comma])) comma++;
  if (!isComma(tokens[comma]) || (comma > from && !onlyAdverbials(tokens, from, comma - 1))) return -1;
  const next = tokens[comma + 1];
  if (!next || comma + 1 > last) return -1;
  if (TAIL_CLAUSE_OPENERS.has(next.norm) || (next.pos === 'VERB' && /ing$/.test(next.norm))) return comma + 1;
  return -1;
}

const DAY_WORD_SET: ReadonlySet<string> = new Set(DAY_WORDS);

export const TIME_NOUNS = new Set([
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'morning',
  'afternoon',
  'evening',
  'night',
  'time',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'session',
  'statement',
  'interview',
  'tweet',
  'post',
]);

/**
 * A noun phrase right after a post-posed cue is its object, not an adverbial, unless it names a
 * time ("said this week", "added last month") or the cue takes a listener ("told reporters"):
 * "In South Florida, where land is scarce, developers see golf courses as wasted space".
 */
export function takesObject(tokens: readonly Token[], cue: number, verb: CueVerb, last: number): boolean {
  if (verb.listener || cue + 1 > last) return false;
  const next = tokens[cue + 1];
  if (!next || !/^(DET|ADJ|NOUN)$/.test(next.pos)) return false;
  for (let i = cue + 1; i <= cue + 3 && i <= last; i++) {
    const token = tokens[i];
    if (!token) break;
    if (TIME_NOUNS.has(token.norm)) return false;
    // "said late Thursday", "said early Monday": a time adverbial, not an object.
    if (isWord(token, 'late', 'early') && DAY_WORD_SET.has(tokens[i + 1]?.norm ?? '')) return false;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') return true;
  }
  return true;
}

/** True when tokens [from, to] are only time and place adverbials: "on Friday", "in a statement". */
export function onlyAdverbials(tokens: readonly Token[], from: number, to: number): boolean {
  // "…, he said according to a transcript reviewed by the paper": the source of the report is an adverbial.
  if (isWord(tokens[from], 'according') && isWord(tokens[from + 1], 'to')) return to - from <= 12;
  if (to - from > 9) return false;
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.norm === 'that' || token.kind === 'quote') {
      // "…, he told reporters gathered at the Kremlin" is still an adverbial tail.
      if (token.pos === 'VERB' && /ed$/.test(token.norm) && i > from) continue;
      return false;
    }
  }
  return true;
}

/**
 * A content that opens with a quantity or a quantifier, not an adjunct: "says over 130 titles are
 * in the works", "said most of the debris burnt up", "said about half of them left".
 */
export function opensWithQuantity(tokens: readonly Token[], start: number): boolean {
  const token = tokens[start];
  const next = tokens[start + 1];
  if (
    isWord(token, 'over', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'only', 'just') &&
    next?.pos === 'NUM'
  )
    return true;
  return (
    isWord(token, 'most', 'some', 'many', 'much', 'all', 'none', 'few', 'half', 'each', 'both') && isWord(next, 'of')
  );
}

/**
 * A reported clause: a finite verb after its subject within the first words ("the talks failed",
 * "Budapest could host"). Not an object with a participle ("Budapest as the site—endorsed by
 * Putin"), an infinitive ("the leaders' will to meet") or an adjunct ("Clinton, saying").
 */
export function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < from + 14; i++) {
    const token = tokens[i] as Token;
    // A verb after a comma or a subordinator belongs to another clause ("…, while the West accuses").
    if (isComma(token) || token.pos === 'SCONJ' || CONTRAST_SUBORDINATORS.has(token.norm) || isWord(token, 'because'))
      return false;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    let subject = i - 1;
    while (subject >= from && tokens[subject]?.pos === 'ADV') subject--;
    const before = tokens[subject];
    if (subject < from || !before) continue;
    if (token.pos === 'AUX' && /^(NOUN|PROPN|PRON|NUM)$/.test(before.pos)) return true;
    if (token.pos === 'VERB' && /^(NOUN|PROPN|PRON|NUM)$/.test(before.pos) && !/ing$/.test(token.norm)) return true;
  }
  return false;
}

/** Skips what stands between a cue and its content; returns the first content token. */
export function contentStart(tokens: readonly Token[], cue: number, verb: CueVerb | undefined, last: number): number {
  let i = cue + 1;
  // Particles of phrasal cues: "pointed out that", "went on to say".
  if (isWord(tokens[i], 'out', 'up', 'back') && tokens[i]?.pos !== 'NOUN') i++;
  // The listener: "told reporters", "told The Associated Press", "assured allies".
  if (verb?.listener) {
    let j = i;
    // A subject pronoun starts the content ("warned they would"); object pronouns are listeners.
    let headSeen = false;
    while (
      j <= last &&
      j < i + 6 &&
      /^(DET|PROPN|NOUN|ADJ|PRON|PART)$/.test(tokens[j]?.pos ?? '') &&
      !isWord(tokens[j], 'that', 'he', 'she', 'they', 'we', 'i', 'it', 'there')
    ) {
      // The listener is one noun phrase: a determiner after its head opens the content's subject
      // ("told the AP her group never worked", "told reporters the deal was done").
      const token = tokens[j] as Token;
      const opensPhrase = token.pos === 'DET' || (token.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(token.norm));
      if (headSeen && opensPhrase) break;
      if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON') headSeen = true;
      j++;
      // An object pronoun is the whole listener: "has told us newsrooms need …" ("her" may be a
      // determiner: "told her staff that …").
      if (
        OBJECT_PRONOUNS.has(token.norm) &&
        token.norm !== 'her' &&
        /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[j]?.pos ?? '')
      )
        break;
    }
    if (j > i) i = j;
  }
  // "Peskov said, commenting on the venue, that such decisions …": an aside before `that`.
  if (isComma(tokens[i])) {
    for (let j = i + 1; j <= last && j < i + 24; j++) {
      if (isComma(tokens[j]) && isWord(tokens[j + 1], 'that')) return j + 2;
      if (tokens[j]?.kind === 'quote' || isSentenceFinal(tokens[j])) break;
    }
  }
  // "said on Friday that", "said in a statement that": skip to `that` when it comes soon.
  let preposition = false;
  for (let j = i; j <= last && j < i + 8; j++) {
    const token = tokens[j] as Token;
    if (token.pos === 'ADP') preposition = true;
    // "dismissed the claim that …": the clause is the object noun's, not the cue's (but "said in
    // a statement that …" is the cue's: a preposition stands before the noun).
    if (token.norm === 'that' && !preposition && isClaimNoun(tokens[j - 1]?.norm ?? '') && j > i) break;
    if (token.norm === 'that' && (token.pos === 'SCONJ' || token.pos === 'PRON' || token.pos === 'DET')) return j + 1;
    if (!LEAD_IN_TAGS.has(token.pos) && !isComma(token)) break;
  }
  // "said on Friday he met Trump", "has said for weeks he is the only one": adverbials, then a
  // reported clause without "that".
  const afterAdverbials = skipAdverbials(tokens, i, last);
  if (afterAdverbials > i && opensClause(tokens, afterAdverbials, last)) return afterAdverbials;
  if (tokens[i]?.text === ':' || isComma(tokens[i])) i++;
  if (isWord(tokens[i], 'that')) i++;
  return i;
}

export const TIME_WORDS = new Set([
  ...DAY_WORDS,
  'earlier',
  'later',
  'again',
  'repeatedly',
  'privately',
  'publicly',
  'recently',
  'often',
  'also',
]);
export const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);

/**
 * Skips time and place adverbials after a cue: "on Friday", "Monday", "last week", "in a statement
 * on Tuesday", "for weeks". Returns the first token after them (`from` when there are none).
 */
export function skipAdverbials(tokens: readonly Token[], from: number, last: number): number {
  let i = from;
  while (i <= last && i < from + 10) {
    const token = tokens[i] as Token;
    if (TIME_WORDS.has(token.norm)) {
      i++;
      continue;
    }
    if (isWord(token, 'last', 'this', 'next') && TIME_NOUNS.has(tokens[i + 1]?.norm ?? '')) {
      i += 2;
      continue;
    }
    if (token.pos === 'ADP' && !isWord(token, 'that', 'of', 'about', 'to', 'as', 'like')) {
      // One noun phrase: a determiner after its head opens the next phrase (the clause's subject).
      let j = i + 1;
      if (tokens[j]?.pos === 'DET' || (tokens[j]?.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(tokens[j]?.norm ?? '')))
        j++;
      const head = j;
      while (j <= last && j < head + 5 && /^(ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]?.pos ?? '')) j++;
      if (j === head || !/^(NOUN|PROPN|NUM)$/.test(tokens[j - 1]?.pos ?? '')) return from;
      i = j;
      continue;
    }
    break;
  }
  return i;
}

/** A clause opens at `at`: a subject pronoun or noun phrase, then a finite verb. */
export function opensClause(tokens: readonly Token[], at: number, last: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (token.pos === 'PRON' && CLAUSE_SUBJECT_PRONOUNS.has(token.norm))
    return /^(VERB|AUX|ADV)$/.test(tokens[at + 1]?.pos ?? '');
  return /^(DET|PROPN|NOUN|NUM|ADJ)$/.test(token.pos) && hasClause(tokens, at, last);
}

/** How far from the content's end a trailing attribution may begin, in tokens. */
export const TRAILING_WINDOW = 14;

/**
 * The token before a subject phrase can open a clause. Not a preposition ("with Peskov said" is a
 * broken parse), nor a verb (the phrase would be that verb's object), except subordinators.
 */
export function isAClauseStart(tokens: readonly Token[], before: number): boolean {
  const token = tokens[before];
  if (!token) return true;
  if (SUBORDINATORS.has(token.norm) || isUtteranceNoun(token.norm)) return true;
  return token.pos !== 'ADP' && token.pos !== 'VERB' && token.pos !== 'AUX';
}

/**
 * The source after "according to", when it is not a clean noun phrase for the tagger ("according to
 * exit/VERB polling/VERB data"): the words up to the next comma or the sentence end, if short.
 */
export function sourceAfterAccordingTo(ctx: QuoteContext, from: number, last: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let end = from;
  let hasNoun = false;
  while (end <= last && end < from + 12) {
    const token = tokens[end] as Token;
    if (isComma(token) || isSentenceFinal(token) || token.kind === 'quote' || token.text === ';') break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON') hasNoun = true;
    end++;
  }
  if (!hasNoun || end === from) return null;
  return { first: from, last: end - 1, headFirst: from, headLast: end - 1 };
}

/** The first quoted fragment (not a direct quote) that opens within tokens [from, to]. */
export function fragmentWithin(
  ctx: QuoteContext,
  regions: readonly RegionTokens[],
  from: number,
  to: number,
): RegionTokens | null {
  for (let i = from; i <= to; i++) {
    const token = ctx.tokens[i] as Token;
    if (isComma(token) || token.text === ';') return null;
    const region = regions[ctx.region[i] ?? -1];
    if (region && !region.direct && region.open === i) return region;
  }
  return null;
}

// Naming verbs whose label follows "as" ("described the plan as reckless") or "to" ("likened the
// tax to theft"); the others take it bare ("called him a liar", "dubbed it the yuca primary").
export const LABEL_AFTER_AS = new Set([
  'describe',
  'characterize',
  'characterise',
  'frame',
  'hail',
  'deride',
  'label',
  'brand',
  'term',
]);
export const LABEL_AFTER_TO = new Set(['liken', 'compare']);
export const LABEL_BARE = new Set(['call', 'dub', 'label', 'brand', 'term']);
/** What can stand as the object of a naming verb on its own: "called him a liar", "described this as". */
const PRONOUN_OBJECTS: ReadonlySet<string> = new Set([...OBJECT_PRONOUNS, ...REFLEXIVE_PRONOUNS, 'this', 'that']);

/**
 * The end of an unquoted object-and-label after a naming verb ("calling Christmas a sham",
 * "described the field as strong", "likened the tax to theft"), or -1. The object is one noun
 * phrase or an object pronoun; a bare label must open a noun or adjective phrase, so "called him
 * on Monday", "called off the talks" and "called the meeting" are not labels.
 */
export function labelledObjectEnd(tokens: readonly Token[], cue: number, lemma: string, last: number): number {
  let i = cue + 1;
  const head = tokens[i];
  if (!head) return -1;
  if (head.pos === 'PRON' && PRONOUN_OBJECTS.has(head.norm)) i++;
  else {
    let nounSeen = false;
    while (i <= last && i < cue + 8) {
      const token = tokens[i] as Token;
      const opensPhrase = token.pos === 'DET' || (token.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(token.norm));
      if (nounSeen && opensPhrase) break;
      // A participle inside the phrase is an adjective: "Rubio's proposed tax plan".
      const modifier =
        token.pos === 'VERB' && /(ed|ing)$/.test(token.norm) && /^(NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '');
      if (!/^(DET|ADJ|NUM|NOUN|PROPN)$/.test(token.pos) && !opensPhrase && !modifier && !isWord(token, "'s", '’s'))
        break;
      if (token.pos === 'NOUN' || token.pos === 'PROPN') nounSeen = true;
      i++;
    }
    if (!nounSeen) return -1;
  }
  const label = tokens[i];
  if (!label || i > last) return -1;
  let labelFirst: number;
  if (isWord(label, 'as') && LABEL_AFTER_AS.has(lemma)) labelFirst = i + 1;
  else if (isWord(label, 'to') && LABEL_AFTER_TO.has(lemma)) labelFirst = i + 1;
  else if (
    LABEL_BARE.has(lemma) &&
    /^(DET|ADJ|NOUN|PROPN|ADV)$/.test(label.pos) &&
    !isWord(label, 'back', 'off', 'out', 'up', 'in', 'today', 'yesterday', 'tonight')
  )
    labelFirst = i;
  else return -1;
  const first = tokens[labelFirst];
  if (!first || labelFirst > last || !/^(DET|ADJ|NOUN|PROPN|ADV|NUM|PRON)$/.test(first.pos)) return -1;
  const end = beforeNextClause(tokens, labelFirst, contentEnd(tokens, labelFirst, last));
  return end >= labelFirst ? end : -1;
}

const COGNITION_OBJECTS = new Set(COGNITION_OBJECT_VERBS);

/** Verbs that take an infinitive as what was said, wanted or promised: "vowed to fight". */
export const INFINITIVE_CUES = new Set([
  'seek',
  'decline',
  'offer',
  'encourage',
  'press',
  'push',
  'vote',
  'seem',
  'appear',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'urge',
  'ask',
  'call',
  'hope',
  'want',
  'plan',
  'intend',
  'refuse',
  'agree',
  'offer',
  'demand',
  'expect',
  'warn',
  'tell',
  'propose',
  'decide',
  'claim',
  'recommend',
  'advise',
]);

/**
 * Under `attributions`: the object of a cue that takes no reported clause, as PARC annotates it.
 * A noun phrase ("criticized Clinton", "rejected the label", "reported spending $1 million"), an
 * infinitive after a verb of intent or request ("vowed to fight", "urged Congress to act"). Not an
 * adjunct ("commented on the timeline"), not a weak form ("written"), not an empty object ("said so").
 */
export function objectContent(
  ctx: QuoteContext,
  cue: number,
  verb: CueVerb,
  start: number,
  end: number,
): { first: number; last: number; cueLast?: number } | null {
  const { tokens } = ctx;
  if (verb.weak) return null;
  const head = tokens[start];
  if (!head) return null;
  let first = start;
  // "referred to the deal as a win", "lashed out at the press": the cue takes its preposition, the
  // content is the prepositional object (not a clause: "spoke about how …" keeps its wh-word).
  if (
    (head.pos === 'ADP' || head.pos === 'PART' || head.pos === 'SCONJ') &&
    cuePrepositions(verb.lemma)?.includes(head.norm)
  ) {
    const next = tokens[start + 1];
    if (start + 1 > end || !next || /^(PUNCT|VERB|AUX|CCONJ)$/.test(next.pos)) return null;
    return { first: start + 1, last: end, cueLast: start };
  }
  // "called for a ceasefire", "called on Kyiv to negotiate": the object after the particle.
  if (verb.lemma === 'call' && isWord(tokens[cue + 1], 'for', 'on')) first = cue + 2;
  else if (isWord(head, 'to')) {
    if (!INFINITIVE_CUES.has(verb.lemma) || tokens[start + 1]?.pos !== 'VERB') return null;
  } else if (/^(ADP|PART|CCONJ|SCONJ|AUX|PUNCT|SYM)$/.test(head.pos)) return null;
  // An adverb heads an object only when a noun phrase follows it: wink tags "none of this" and
  // "super PACs" so; "said again", "spoke softly" stay adverbials.
  else if (
    head.pos === 'ADV' &&
    !(isWord(tokens[start + 1], 'of') || /^(NOUN|PROPN)$/.test(tokens[start + 1]?.pos ?? ''))
  )
    return null;
  else if (verb.lemma === 'seem' || verb.lemma === 'appear') return null;
  // Most beliefs take clauses, not objects ("doubted the figures", "guessed the answer"); those in
  // COGNITION_OBJECT_VERBS take an object as PolNeAR marks it: "voters want a change", "officials
  // are expecting a record turnout", "he doesn't believe it".
  else if (verb.cueClass === 'cognition' && !COGNITION_OBJECTS.has(verb.lemma)) return null;
  else if (isWord(head, 'so') && end === start) return null;
  if (first > end) return null;
  return { first, last: end };
}

/** Words that open a second clause inside a content: "…, while …", "…, but …", "…, because …". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...CONTRAST_SUBORDINATORS,
  'because',
  'since',
  'but',
  'yet',
]);

/** The content's last token before ", while …", ", but …" and the like (a second clause). */
export function beforeNextClause(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    if (isComma(tokens[i]) && CLAUSE_OPENERS.has(tokens[i + 1]?.norm ?? '')) return i - 1;
    // "…, and more than 4 in 10 said Trump would be best": a coordinated report of its own.
    if ((isComma(tokens[i]) && isWord(tokens[i + 1], 'and')) || tokens[i]?.text === ';') {
      const from = isComma(tokens[i]) ? i + 2 : i + 1;
      if (reportFollows(tokens, from, end)) return i - 1;
    }
  }
  return end;
}

/**
 * Under `statements`: the content's last token before a second report with a speaker of its own,
 * "…, while the council said it was not", "… even as the CBO estimated …" — two statements with
 * two speakers in one sentence are two quotes. Only when a subject and a cue verb follow the
 * opener; a contrast of the writer's ("…, while prices rose") stays in the content.
 */
export function beforeSecondReport(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    // "… recalls that X; she said she was “stunned” …": a semicolon then a subject and a cue.
    if (tokens[i]?.text === ';' && reportFollows(tokens, i, end)) return i - 1;
    const comma = isComma(tokens[i]);
    const opener = comma ? i + 1 : i;
    if (!comma && !isWord(tokens[i], 'while', 'whereas') && !(isWord(tokens[i], 'even') && isWord(tokens[i + 1], 'as')))
      continue;
    const from = isWord(tokens[opener], 'even') ? opener + 2 : opener + 1;
    if (!CLAUSE_OPENERS.has(tokens[opener]?.norm ?? '') && !isWord(tokens[opener], 'even', 'and')) continue;
    if (reportFollows(tokens, from - 1, end)) return i - 1;
  }
  return end;
}

/** A subject then a cue verb within the first words from `from`: "a third said …", "officials warned …". */
export function reportFollows(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from + 1; i <= end && i < from + 10; i++) {
    const token = tokens[i] as Token;
    if (isComma(token) || token.kind === 'quote') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      return (
        token.pos === 'VERB' &&
        cueVerb(token.norm) !== undefined &&
        /^(NOUN|PROPN|PRON|NUM|ADV)$/.test(tokens[i - 1]?.pos ?? '')
      );
    }
  }
  return false;
}

/** The bare noun phrase right before a participle: "ads" in "spent money on ads attacking Trump". */
export function nounBefore(tokens: readonly Token[], participle: number, phrase: SpeakerPhrase): SpeakerPhrase {
  let first = participle - 1;
  while (first > phrase.first && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[first - 1]?.pos ?? '')) first--;
  if (tokens[first - 1]?.pos === 'DET' && first - 1 >= phrase.first) first--;
  return { first, last: participle - 1, headFirst: first, headLast: participle - 1 };
}

/**
 * The "and" or "but" right before a cue, over at most two adverbs or auxiliaries ("and later added", "and has said"),
 * or -1.
 */
export function conjunctionBefore(tokens: readonly Token[], cue: number): number {
  let i = cue - 1;
  // Auxiliaries too: "describes himself as a moderate and has said that …".
  while (
    i > cue - 3 &&
    (tokens[i]?.pos === 'ADV' ||
      (tokens[i]?.pos === 'AUX' && isWord(tokens[i], 'has', 'have', 'had', 'will', 'would', 'also')))
  )
    i--;
  return isWord(tokens[i], 'and', 'but') ? i : -1;
}

/** The that-clause right after a cue (over its listener and adverbials), when it is a clause. */
export function thatClause(
  ctx: QuoteContext,
  cue: number,
  verb: CueVerb,
  last: number,
): { first: number; last: number } | null {
  const { tokens } = ctx;
  const start = contentStart(tokens, cue, verb, last);
  const that = tokens[start - 1];
  if (that?.norm !== 'that' || that.pos !== 'SCONJ') return null;
  const end = contentEnd(tokens, start, last);
  if (end - start < 2 || !hasClause(tokens, start, end)) return null;
  return { first: start, last: end };
}

/**
 * The noun phrase that opens the sentence when only prepositional material stands between it and
 * the cue: "The Kremlin on Friday indicated", "The ministry in a statement indicated", and the
 * same with the date lost ("The Kremlin on indicated"). Null when a verb or comma intervenes.
 */
export function leadingSubject(tokens: readonly Token[], first: number, cue: number): SpeakerPhrase | null {
  let i = first;
  while (i < cue && /^(DET|ADJ|PROPN|NOUN|NUM)$/.test(tokens[i]?.pos ?? '')) i++;
  const head = i - 1;
  if (head < first || !/^(PROPN|NOUN)$/.test(tokens[head]?.pos ?? '') || tokens[i]?.pos !== 'ADP') return null;
  for (let j = i; j < cue; j++) if (!/^(ADP|DET|ADJ|PROPN|NOUN|NUM|ADV)$/.test(tokens[j]?.pos ?? '')) return null;
  return { first, last: head, headFirst: first, headLast: head };
}

/**
 * The object of a reduced relative ends before the sentence's main verb: "the mayor" in "Ads attacking the mayor ran".
 */
export function beforeMainVerb(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 1; i <= end; i++) {
    const token = tokens[i] as Token;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && /^(NOUN|PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? ''))
      return i - 1;
  }
  return end;
}

/** "the claim that …", "her earlier assertion that …": an object noun that owns the that-clause. */
export function claimObject(tokens: readonly Token[], start: number): boolean {
  let i = start;
  while (i < start + 4 && /^(DET|ADJ|ADV|PART)$/.test(tokens[i]?.pos ?? '')) i++;
  if (POSSESSIVE_DETERMINERS.has(tokens[i]?.norm ?? '')) i++;
  while (i < start + 5 && /^(ADJ|ADV)$/.test(tokens[i]?.pos ?? '')) i++;
  return isClaimNoun(tokens[i]?.norm ?? '') && isWord(tokens[i + 1], 'that');
}
