/**
 * "Today" as the present era ("Paper maps still exist today", "Today, most bakers buy their flour",
 * "among the most popular hobbies today") against "today" the publication day ("the ministry said
 * today", "talks resume today"). TimeML writes the first PRESENT_REF.
 *
 * The era reading needs a general statement in the present: the nearest verb group is present (or a
 * counterfactual "would have been"), or there is no verb and "today" follows a common noun ("trends
 * today"). It is refused when the story uses "today" for its day elsewhere (a past or future verb right
 * beside one: daily news), when the speaker is in the clause ("I'm here today", "we're seeing today"),
 * and when "today" is the subject of "is" ("Today is a sad day").
 */
import type { Token } from '../types.js';
import { POSSESSIVE_DETERMINERS } from '../vocabulary/english.js';
import { tenseOfVerbGroup } from './tense.js';

/** How far the verb of a generic "today" may be: left first ("exist today"), then right ("Today, X remains"). */
const LEFT_DISTANCE = 3;
const RIGHT_DISTANCE = 8;
/** The speaker's own day: "I know about the stories today", "we're seeing today". */
const SPEAKER_WORDS: ReadonlySet<string> = new Set(['i', 'we', "i'm", 'me', 'us', 'you', "'m", 'our', 'my']);
const SPEAKER_DISTANCE = 5;
/** "by today", "until today", "as of today", "due today": a deadline or a bound is a day. */
const BOUND_WORDS: ReadonlySet<string> = new Set([
  'by',
  'until',
  'till',
  'since',
  'from',
  'of',
  'before',
  'after',
  'due',
]);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['the', 'this', 'that']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', "'s", 'will', 'marks']);

function isVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' || token?.pos === 'AUX';
}

/** The nearest verb to `k` in its sentence: left within LEFT_DISTANCE, else right within RIGHT_DISTANCE. */
function nearestVerb(tokens: readonly Token[], k: number): number {
  const sentence = tokens[k]?.sentence;
  for (let j = k - 1; j >= 0 && j >= k - LEFT_DISTANCE && tokens[j]?.sentence === sentence; j--) {
    if (isVerb(tokens[j])) return j;
  }
  for (let j = k + 1; j < tokens.length && j <= k + RIGHT_DISTANCE && tokens[j]?.sentence === sentence; j++) {
    if (isVerb(tokens[j])) return j;
  }
  return -1;
}

/** "would have been listed": a counterfactual, present in what it says of the era. */
function counterfactual(tokens: readonly Token[], verb: number): boolean {
  for (let j = verb; j >= 0 && j >= verb - 3; j--) {
    const word = tokens[j]?.norm;
    if ((word === 'would' || word === 'could' || word === "'d") && tokens[j + 1]?.norm === 'have') return true;
  }
  return false;
}

/** A past or future verb right beside "today" ("said today", "today denounced", "will meet today"). */
function dailyToday(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  for (const j of [k - 1, k + 1]) {
    const token = tokens[j];
    if (!token || token.sentence !== sentence || !isVerb(token)) continue;
    const tense = tenseOfVerbGroup(tokens, j);
    if (tense === 'past' || tense === 'future') return true;
  }
  return false;
}

/**
 * The noun phrase before the auxiliary at `aux` names one actor: it has a definite determiner or a
 * name ("the city council", "Lisbon's mayor"), unlike a bare mass noun ("neon is experiencing").
 */
function definiteActor(tokens: readonly Token[], aux: number): boolean {
  const sentence = tokens[aux]?.sentence;
  let j = aux - 1;
  while (tokens[j]?.sentence === sentence && tokens[j]?.pos === 'ADV') j--;
  for (; j >= 0 && tokens[j]?.sentence === sentence; j--) {
    const word = tokens[j];
    if (!word) break;
    if (word.pos === 'PROPN' || DEMONSTRATIVES.has(word.norm) || POSSESSIVE_DETERMINERS.has(word.norm)) return true;
    if (word.pos !== 'NOUN' && word.pos !== 'ADJ') break;
  }
  return false;
}

/** "is voting", "'s meeting": a singular auxiliary and a present participle in the verb group at `verb`. */
function singularProgressive(tokens: readonly Token[], verb: number): boolean {
  const sentence = tokens[verb]?.sentence;
  for (let j = Math.max(0, verb - 2); j <= verb + 2; j++) {
    const aux = tokens[j];
    if (!aux || aux.sentence !== sentence || (aux.norm !== 'is' && aux.norm !== "'s")) continue;
    if (!definiteActor(tokens, j)) continue;
    for (let m = j + 1; m <= j + 2; m++) {
      const participle = tokens[m];
      if (participle && participle.sentence === sentence && isVerb(participle) && participle.norm.endsWith('ing')) {
        return true;
      }
    }
  }
  return false;
}

/** Present verbs of state: "The building still stands today" stays the era, not the day. */
const STATIVE_PRESENTS: ReadonlySet<string> = new Set([
  'exists',
  'remains',
  'stands',
  'lives',
  'survives',
  'stays',
  'continues',
  'seems',
  'looks',
  'means',
  'has',
  'is',
  'does',
  'holds',
  'lies',
  'belongs',
]);

/**
 * "The council votes today on the budget", "The board meets today": one named or definite actor doing
 * a thing today is the day's news, even where the tagger takes the verb ("votes") for a plural noun.
 * Read as [the|possessive|name] [singular noun or name] [verb in -s] "today".
 */
function definiteActorToday(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  const verb = tokens[k - 1];
  const subject = tokens[k - 2];
  if (!verb || !subject || verb.sentence !== sentence || subject.sentence !== sentence) return false;
  if (!/^[a-z]+[^s]s$/.test(verb.norm) || STATIVE_PRESENTS.has(verb.norm) || verb.kind !== 'word') return false;
  if (subject.pos === 'PROPN') return true;
  if (subject.pos !== 'NOUN' || /s$/.test(subject.norm)) return false;
  const determiner = tokens[k - 3];
  return (
    !!determiner &&
    determiner.sentence === sentence &&
    (DEMONSTRATIVES.has(determiner.norm) || POSSESSIVE_DETERMINERS.has(determiner.norm))
  );
}

/** Whether the story uses "today" for its day somewhere: then every "today" in it is that day. */
export function storyTellsToday(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k]?.norm === 'today' && dailyToday(tokens, k)) return true;
  return false;
}

/** Whether the "today" at token `k` names the present era rather than a day. */
export function isGenericToday(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token?.norm !== 'today') return false;
  const sentence = token.sentence;
  if (COPULAS.has(tokens[k + 1]?.norm ?? '') && !(tokens[k - 1]?.sentence === sentence && isVerb(tokens[k - 1])))
    return false;
  for (let j = k - SPEAKER_DISTANCE; j <= k + SPEAKER_DISTANCE; j++) {
    const near = tokens[j];
    if (near && near.sentence === sentence && SPEAKER_WORDS.has(near.norm)) return false;
  }
  const previous = tokens[k - 1];
  if (previous?.sentence === sentence && BOUND_WORDS.has(previous.norm)) return false;
  if (definiteActorToday(tokens, k)) return false;
  // "in Lisbon today", "near Lake Placid today": a named place or actor makes it the day's news.
  for (let j = k - 2; j < k; j++) if (tokens[j]?.sentence === sentence && tokens[j]?.pos === 'PROPN') return false;
  const verb = nearestVerb(tokens, k);
  // No verb near: "the most popular hobbies today" (a plural class of things), not "a statement today".
  if (verb < 0) return previous?.sentence === sentence && previous.pos === 'NOUN' && /[^s]s$/.test(previous.norm);
  for (let j = Math.min(verb, k) + 1; j < Math.max(verb, k); j++) if (tokens[j]?.pos === 'PROPN') return false;
  if (counterfactual(tokens, verb)) return true;
  // "Today, the Lisbon council is voting ..." (above), "Ana Silva joins the team today": a named
  // subject doing something today is news of the day.
  if (verb < k && tokens[verb - 1]?.pos === 'PROPN' && tokens[verb - 1]?.sentence === sentence) return false;
  // "the council is voting today": one actor's action in progress is the day's news; plural
  // progressives ("more people are reading online today") stay general.
  if (singularProgressive(tokens, verb)) return false;
  // Simple presents ("exist", "describe") carry no auxiliary, so the group reads "unknown": not past, not future.
  const tense = tenseOfVerbGroup(tokens, verb);
  return tense === 'present' || tense === 'unknown';
}
