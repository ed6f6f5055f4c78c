/**
 * The English closed-class words and core reporting verbs that more than one stage reads: each list
 * once, here, as spaCy keeps them in `lang/en/` and chrono in `locales/en/constants.ts`. A stage that
 * needs a narrower or wider set builds it from these lists and says why beside it.
 *
 * Lower case, as `Token.norm` holds them. Hand-written from any English grammar (the closed classes
 * are short and stable); the reporting verbs are the ones news names its speakers with most often.
 */
import heads from '../data/hand/heads.json';

/** Possessive determiners: "his spokesman", "their leader", "your call". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Personal pronouns in the subject case: "he said", "they warned". */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Personal pronouns in the object case: "told him", "called them liars". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'you', 'him', 'her', 'it', 'us', 'them']);

/** Reflexive pronouns: "described himself as". */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'yourselves',
  'themselves',
]);

/**
 * Subordinating conjunctions that open an adverbial clause: "even as shares were tumbling", "because
 * the talks failed". ("that" and the wh-words open content and relative clauses and are not here.)
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'as',
  'while',
  'because',
  'until',
  'although',
  'though',
  'if',
  'when',
  'whereas',
  'once',
  'unless',
]);

/** Subordinators of contrast and concession: "…, while the West accuses", "…, although prices rose". */
export const CONTRAST_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though']);

/**
 * The reporting verbs news names its speakers with most often, each with its finite past and present
 * forms ("Biden said", "Peskov told"). The quote stage's cue list starts with these lemmas and adds
 * rarer ones; the entity stage types a name before one of these forms as a person.
 */
export const REPORTING_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says'],
  tell: ['told'],
  add: ['added'],
  note: ['noted'],
  state: ['stated'],
  explain: ['explained'],
  emphasize: ['emphasized'],
  emphasise: ['emphasised'],
  stress: ['stressed'],
  warn: ['warned'],
  write: ['wrote'],
  ask: ['asked'],
  reply: ['replied'],
  insist: ['insisted'],
  argue: ['argued'],
  confirm: ['confirmed'],
  announce: ['announced'],
  claim: ['claimed'],
  tweet: ['tweeted'],
};

/** The lemmas of REPORTING_VERB_FORMS. */
export const REPORTING_VERBS: readonly string[] = Object.keys(REPORTING_VERB_FORMS);

/** Every form in REPORTING_VERB_FORMS. */
export const REPORTING_FORMS: ReadonlySet<string> = new Set(Object.values(REPORTING_VERB_FORMS).flat());

/** The forms of "say" and "tell": verbs whenever a name or pronoun comes right before them. */
export const SAY_TELL_FORMS: ReadonlySet<string> = new Set([
  ...(REPORTING_VERB_FORMS['say'] ?? []),
  ...(REPORTING_VERB_FORMS['tell'] ?? []),
]);

/** The types a name's last word can give it (src/data/hand/heads.json says which words and why). */
export type HeadType = 'LAW' | 'FAC' | 'EVENT' | 'ORG';

/** Last words that give a capitalised name its type when no list knows it: "Clean Air Act" (LAW). */
export const HEAD_WORDS: Readonly<Record<HeadType, readonly string[]>> = {
  LAW: heads.LAW,
  FAC: heads.FAC,
  EVENT: heads.EVENT,
  ORG: heads.ORG,
};

/** Last words of newspaper names written "X and Y": "The Globe and Mail" (heads.json NEWSPAPER). */
export const NEWSPAPER_HEADS: ReadonlySet<string> = new Set(heads.NEWSPAPER);

/**
 * Last words that make an event of a name already known to be MISC: the EVENT heads and those that
 * only inside such a name are events ("Champions League", "US Open"; heads.json MISC_EVENT).
 */
export const EVENT_HEADS_OF_MISC: ReadonlySet<string> = new Set([...heads.EVENT, ...heads.MISC_EVENT]);

/**
 * Compass points, which named alone are regions or blocs ("the West", "the Northeast"): LOC, as
 * corpus/README.md types "the West" and as CoNLL-2003 train labels most of them.
 */
export const COMPASS_POINTS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** Generational suffixes, the last word of a person's name: "John Smith Jr.", "Henry Ford II". */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
