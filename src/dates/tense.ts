import cues from '../data/hand/tense-cues.json';
import type { Token } from '../types.js';
import { REPORTING_FORMS } from '../vocabulary/english.js';
import type { Tense } from './meaning.js';

const FUTURE_AUXILIARIES = new Set(cues.futureAuxiliaries);
const FUTURE_VERBS = new Set(cues.futureVerbs);
const PAST_AUXILIARIES = new Set(cues.pastAuxiliaries);
const PRESENT_AUXILIARIES = new Set(cues.presentAuxiliaries);
const IRREGULAR_PAST = new Set(cues.irregularPast);
const BE_FORMS = new Set(['is', 'are', 'am', "'s", "'re"]);
const FORWARD_CUES = new Set(cues.forwardCues);
const FORWARD_MODALS = new Set(cues.forwardModals);
const IMPERATIVE_OPENERS = new Set(cues.imperativeOpeners);

/** How far back the start of a sentence is looked for (an imperative opener): keeps long sentences linear. */
const MAX_OPENER_DISTANCE = 40;

/**
 * "Call me on Tuesday", "Join us Friday": a sentence that opens with an imperative asks for something
 * ahead. Only consulted when the verb group says nothing of the past.
 */
function opensWithImperative(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  let start = first;
  while (start > 0 && first - start < MAX_OPENER_DISTANCE && tokens[start - 1]?.sentence === sentence) start--;
  if (start > 0 && tokens[start - 1]?.sentence === sentence) return false;
  const opener = tokens[start];
  return (
    !!opener &&
    opener.kind === 'word' &&
    IMPERATIVE_OPENERS.has(opener.norm) &&
    tokens[start + 1]?.pos !== 'AUX' &&
    tokens[start + 1]?.pos !== 'VERB'
  );
}
const BACKWARD_CUES = new Set(cues.backwardCues);

/**
 * "Will the talks resume on Monday?", "Will it end up in the bin one day?": a question opened by "will"
 * (or "shall") asks about something ahead; the auxiliary stands apart from its verb, so the verb group
 * alone does not show it.
 */
function asksAhead(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  let start = first;
  while (start > 0 && first - start < MAX_OPENER_DISTANCE && tokens[start - 1]?.sentence === sentence) start--;
  if (start > 0 && tokens[start - 1]?.sentence === sentence) return false;
  let opener = start;
  while (tokens[opener]?.kind === 'quote' || tokens[opener]?.kind === 'punctuation') opener++;
  const word = tokens[opener]?.norm;
  return (word === 'will' && !isNamedWill(tokens, opener)) || word === 'shall';
}

/**
 * "Will said on Monday", "Will told reporters": a capitalised "Will" right before a reporting verb's
 * finite form is a name (the auxiliary takes the bare verb: "will say").
 */
function isNamedWill(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  return token?.norm === 'will' && token.text.charAt(0) === 'W' && REPORTING_FORMS.has(tokens[k + 1]?.norm ?? '');
}

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/** A verb of the clause: not a noun the tagger took for a verb right after an article ("the hull"). */
function isClauseVerb(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  return !!token && isVerb(token) && tokens[k - 1]?.pos !== 'DET';
}

/** How far, in tokens, the governing verb of a date may be. */
const MAX_DISTANCE = 12;

/**
 * The tense of the verb group nearest to tokens [first, last] in the same sentence: the nearest verb
 * to the left (the one a trailing date modifies: "said Monday", "will meet on Monday"), else the
 * nearest to the right ("On Monday, the company said ..."). wink-nlp gives universal POS tags only,
 * so past forms are read from morphology (-ed, irregular pasts) and futures from auxiliaries
 * ("will", "'ll", "would") and intention verbs ("plans to", "is expected to").
 */
export function tenseAround(tokens: readonly Token[], first: number, last: number): Tense {
  const sentence = tokens[first]?.sentence;
  let verb = -1;
  for (let k = first - 1; k >= 0 && k >= first - MAX_DISTANCE; k--) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence) break;
    if (isClauseVerb(tokens, k)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) {
    for (let k = last + 1; k < tokens.length && k <= last + MAX_DISTANCE; k++) {
      const token = tokens[k];
      if (!token || token.sentence !== sentence) break;
      if (isClauseVerb(tokens, k)) {
        verb = k;
        break;
      }
    }
  }
  const tense = verb < 0 ? 'unknown' : tenseOfVerbGroup(tokens, verb);
  if ((tense === 'unknown' || tense === 'present') && opensWithImperative(tokens, first)) return 'future';
  if ((tense === 'unknown' || tense === 'present') && asksAhead(tokens, first)) return 'future';
  return tense;
}

/** Reads the verb group that ends or starts at `index`: its auxiliaries and the verb itself. */
export function tenseOfVerbGroup(tokens: readonly Token[], index: number): Tense {
  const sentence = tokens[index]?.sentence;
  // Walk to the start of the verb group ("will not be held", "is expected to meet").
  let start = index;
  while (start > 0) {
    const previous = tokens[start - 1];
    if (!previous || previous.sentence !== sentence) break;
    if (isVerb(previous) || previous.pos === 'PART' || previous.norm === 'not' || previous.pos === 'ADV') start--;
    else break;
  }
  let end = index;
  while (end + 1 < tokens.length) {
    const next = tokens[end + 1];
    if (!next || next.sentence !== sentence) break;
    if (isVerb(next) || next.pos === 'PART' || next.norm === 'not') end++;
    else break;
  }
  // "Let's meet on Tuesday", "let us meet": a proposal looks ahead.
  const before = tokens[start - 1];
  if (
    before &&
    before.sentence === sentence &&
    (before.norm === "'s" || before.norm === 'us') &&
    tokens[start - 2]?.norm === 'let'
  )
    return 'future';
  if (tokens[start]?.norm === 'let' && (tokens[start + 1]?.norm === "'s" || tokens[start + 1]?.norm === 'us'))
    return 'future';
  let sawPast = false;
  let sawPresent = false;
  for (let k = start; k <= end; k++) {
    const token = tokens[k];
    if (!token) continue;
    const word = token.norm;
    if (FUTURE_AUXILIARIES.has(word) && !isNamedWill(tokens, k)) return 'future';
    // "we can meet on Tuesday", "talks may resume Friday"; but "should have met" is past.
    if (
      FORWARD_MODALS.has(word) &&
      token.pos === 'AUX' &&
      tokens[k + 1]?.norm !== 'have' &&
      !(tokens[k + 1]?.norm === 'not' && tokens[k + 2]?.norm === 'have')
    )
      return 'future';
    // "is expected to", "plans to", "is going to": an intention points forward; "had been scheduled to
    // expire at midnight Friday" is an intention already past.
    if (FUTURE_VERBS.has(word) && tokens[k + 1]?.norm === 'to')
      return hasPastPerfect(tokens, start, end) ? 'past' : 'future';
    // "is to resume trading Tuesday", "are to meet on Monday": "be to" announces what is arranged.
    if (BE_FORMS.has(word) && tokens[k + 1]?.norm === 'to' && tokens[k + 2] && isVerb(tokens[k + 2] as Token))
      return 'future';
    // "guidelines to be published in early November": a passive infinitive points forward.
    if (word === 'to' && tokens[k + 1]?.norm === 'be') return 'future';
    // "is scheduled for completion by Dec. 10", "is expected in December" (but "had been due to expire").
    if (FUTURE_VERBS.has(word) && word !== 'set' && word !== 'going' && !hasPastPerfect(tokens, start, end))
      return 'future';
    // "has said", "have come down": the present perfect reports the past.
    if ((word === 'has' || word === 'have' || word === "'ve") && tokens[k + 1] && isVerb(tokens[k + 1] as Token))
      return 'past';
    if (PAST_AUXILIARIES.has(word) || IRREGULAR_PAST.has(word)) sawPast = true;
    else if (PRESENT_AUXILIARIES.has(word)) sawPresent = true;
    else if (isVerb(token) && /[a-z]ed$/.test(word)) sawPast = true;
  }
  // "has said", "have met": present perfect reports the past.
  if (sawPast) return 'past';
  return sawPresent ? 'present' : 'unknown';
}

function hasPastPerfect(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (tokens[k]?.norm === 'had') return true;
  return false;
}

/**
 * A word before a date can settle its direction: "since Jan. 13" is past; "until mid-November",
 * "by Dec. 15" name a deadline ahead, whatever the tense of the clause ("was extended until Nov. 16"),
 * and so do "payable Dec. 7" and "effective Feb. 1" ("declared a dividend, payable Dec. 15").
 */
export function tenseFromPreposition(tokens: readonly Token[], first: number): Tense | undefined {
  const previous = tokens[first - 1];
  if (!previous || previous.sentence !== tokens[first]?.sentence) return undefined;
  if (BACKWARD_CUES.has(previous.norm)) return 'past';
  if (FORWARD_CUES.has(previous.norm)) return 'future';
  if (previous.norm === 'to' || previous.norm === 'before') return 'unknown';
  return undefined;
}
