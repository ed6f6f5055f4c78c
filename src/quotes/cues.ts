import {
  CLAIM_NOUNS,
  COGNITION_VERBS,
  IRREGULAR_FORMS,
  LISTENER_VERBS,
  NAMING_VERBS,
  PREPOSITIONAL_CUES,
  SPEECH_ACT_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
  UTTERANCE_NOUNS,
  WEAK_FORMS,
} from '../data/hand/cueWords.js';

export type CueClass = 'speech' | 'cognition' | 'stance';

export interface CueVerb {
  readonly lemma: string;
  readonly cueClass: CueClass;
  /** Takes the listener as object before the content: "told reporters that ...". */
  readonly listener: boolean;
  /** A form that is often not a cue ("written", "reading"): needs a clause marker after it. */
  readonly weak: boolean;
  /** A naming verb ("called it “a disaster”"): a cue only with a quoted label after it. */
  readonly naming: boolean;
  /** A speech act that may take a noun phrase as content ("denied the report"). */
  readonly speechAct: boolean;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Regular inflections of a base verb: -s, -ed, -ing with the usual spelling changes. */
export function inflect(base: string): string[] {
  const irregular = IRREGULAR_FORMS[base];
  if (irregular) return [base, ...irregular];
  const last = base[base.length - 1] ?? '';
  const beforeLast = base[base.length - 2] ?? '';
  const forms = [base];
  if (/(s|sh|ch|x|z)$/.test(base)) forms.push(`${base}es`);
  else if (last === 'y' && !VOWELS.has(beforeLast)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (last === 'e') {
    forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWELS.has(beforeLast)) {
    forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  } else if (
    !VOWELS.has(last) &&
    VOWELS.has(beforeLast) &&
    !VOWELS.has(base[base.length - 3] ?? 'a') &&
    !'wxy'.includes(last)
  ) {
    // Consonant-vowel-consonant endings double when stressed ("quipped", "admitted") and not
    // otherwise ("counseled"): both spellings are listed, the wrong one never occurs in text.
    forms.push(`${base}${last}ed`, `${base}${last}ing`, `${base}ed`, `${base}ing`);
  } else {
    forms.push(`${base}ed`, `${base}ing`);
  }
  return forms;
}

function buildCueTable(lists: ReadonlyArray<readonly [readonly string[], CueClass]>): Map<string, CueVerb> {
  const table = new Map<string, CueVerb>();
  const listeners = new Set(LISTENER_VERBS);
  const weak = new Set(WEAK_FORMS);
  const naming = new Set(NAMING_VERBS);
  const acts = new Set(SPEECH_ACT_VERBS);
  const add = (lemma: string, cueClass: CueClass): void => {
    for (const form of inflect(lemma)) {
      if (table.has(form)) continue;
      table.set(form, {
        lemma,
        cueClass,
        listener: listeners.has(lemma),
        weak: weak.has(form),
        naming: naming.has(lemma),
        speechAct: acts.has(lemma),
      });
    }
  };
  for (const [lemmas, cueClass] of lists) for (const lemma of lemmas) add(lemma, cueClass);
  return table;
}

const CUE_TABLE = buildCueTable([
  [SPEECH_VERBS, 'speech'],
  [COGNITION_VERBS, 'cognition'],
  [NAMING_VERBS, 'speech'],
  [SPEECH_ACT_VERBS, 'speech'],
]);
const STANCE_TABLE = buildCueTable([[STANCE_VERBS, 'stance']]);
const UTTERANCES = new Set(UTTERANCE_NOUNS);

/** The cue verb a lower-cased word form belongs to, if any. */
export function cueVerb(norm: string): CueVerb | undefined {
  return CUE_TABLE.get(norm);
}

/** A stance verb ("denounced", "sought"), a cue under the `attributions` scope only. */
export function stanceVerb(norm: string): CueVerb | undefined {
  return STANCE_TABLE.get(norm);
}

const CLAIMS = new Set(CLAIM_NOUNS);

/** A noun that takes a reported clause: "claim", "assertion", "worries". */
export function isClaimNoun(norm: string): boolean {
  return CLAIMS.has(norm);
}

export function isUtteranceNoun(norm: string): boolean {
  return UTTERANCES.has(norm);
}

/** The prepositions after which a cue verb's content is the prepositional object: "refer" -> ["to"]. */
export function cuePrepositions(lemma: string): readonly string[] | undefined {
  return Object.hasOwn(PREPOSITIONAL_CUES, lemma) ? PREPOSITIONAL_CUES[lemma] : undefined;
}
