import { GENERIC_SOURCES, GROUP_NOUNS, NAME_TITLES, PERSON_NOUNS } from '../data/hand/speakerWords.js';
import { makeSpan } from '../document.js';
import { type Gender, genderOf } from '../entities/gender.js';
import type { Entity, EntityType, Speaker, Token } from '../types.js';
import type { QuoteContext } from './context.js';
import type { SpeakerPhrase } from './speakers.js';

/**
 * Resolving a speaker phrase to the entity it means. Names link through the entity layer's
 * mentions and surnames; pronouns and descriptions ("he", "the spokesman", "the ministry") take the
 * nearest compatible earlier speaker or entity, checked against the entity layer's roles. When
 * nothing compatible is found the speaker keeps only its own text: a wrong guess is worse than none.
 */

const PERSON_HEADS = new Set(PERSON_NOUNS);
/** How close (in characters) the previous speaker must be for "the official" to mean them. */
const NEAR_ANTECEDENT = 600;
const GROUP_HEADS = new Set(GROUP_NOUNS);
const TITLES = new Set(NAME_TITLES);
const GENERIC = new Set(GENERIC_SOURCES);
// "A report published Wednesday said": days and months are not the speaker's name.
const DAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTH_NAMES = 'january|february|march|april|june|july|august|september|october|november|december';
const CALENDAR_WORDS = new RegExp(`^(${DAY_NAMES}|${MONTH_NAMES})$`);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'it']);
const GROUP_TYPES = new Set<EntityType>(['ORG', 'GPE', 'NORP']);

export interface SpeakerRecord {
  readonly start: number;
  readonly name: string;
  readonly entity?: Entity;
  /** True when the speaker is known to be a person (a person entity, a personal name or pronoun). */
  readonly person: boolean;
  /** True when the speaker is known to be an organisation, a place or a group ("the Kremlin"). */
  readonly group: boolean;
  /** Role words the text gave this speaker: "Kremlin spokesman Dmitry Peskov" → kremlin, spokesman. */
  readonly roles: readonly string[];
}

interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

/** The entity layer, indexed once per document for lookups by offset and by surname. */
export class EntityIndex {
  private readonly mentions: IndexedMention[];
  private readonly bySurname = new Map<string, Entity[]>();

  constructor(readonly entities: readonly Entity[]) {
    this.mentions = [];
    for (const entity of entities) {
      for (const mention of entity.mentions) this.mentions.push({ start: mention.start, end: mention.end, entity });
      for (const name of [entity.name, ...entity.aliases]) {
        const words = name.toLowerCase().split(/\s+/).filter(Boolean);
        const key = words[words.length - 1];
        if (!key) continue;
        const list = this.bySurname.get(key) ?? [];
        if (!list.includes(entity)) list.push(entity);
        this.bySurname.set(key, list);
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The entity whose mention overlaps [start, end) the most, preferring people. */
  overlapping(start: number, end: number): Entity | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    // First mention that ends after `start` cannot be found by start alone; mentions are short, so
    // search from the first mention starting at or after start - 200.
    const from = start - 200;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as IndexedMention).start < from) lo = mid + 1;
      else hi = mid;
    }
    let best: IndexedMention | undefined;
    let bestScore = 0;
    for (let i = lo; i < this.mentions.length; i++) {
      const mention = this.mentions[i] as IndexedMention;
      if (mention.start >= end) break;
      const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
      if (overlap <= 0) continue;
      const score = overlap + (mention.entity.type === 'PERSON' ? 1000 : 0);
      if (score > bestScore) {
        best = mention;
        bestScore = score;
      }
    }
    return best?.entity;
  }

  /** The entity named by a surname, when exactly one entity of the document carries it. */
  bySurnameOf(word: string): Entity | undefined {
    const list = this.bySurname.get(word.toLowerCase());
    return list && list.length === 1 ? list[0] : undefined;
  }

  /** The entity with a role whose words include `head`, mentioned nearest before `before`. */
  byRole(head: string, before: number): Entity | undefined {
    let best: Entity | undefined;
    let bestStart = -1;
    for (const entity of this.entities) {
      if (
        !entity.roles.some((role) =>
          role
            .toLowerCase()
            .split(/[\s-]+/)
            .includes(head),
        )
      )
        continue;
      for (const mention of entity.mentions) {
        if (mention.start < before && mention.start > bestStart) {
          best = entity;
          bestStart = mention.start;
        }
      }
      if (!best && entity.mentions.length > 0 && bestStart < 0) best = entity;
    }
    return best;
  }

  /** The nearest entity of one of `types` mentioned before `before`. */
  nearestBefore(before: number, accept: (entity: Entity) => boolean): Entity | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as IndexedMention).start < before) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
      const mention = this.mentions[i] as IndexedMention;
      if (accept(mention.entity)) return mention.entity;
    }
    return undefined;
  }
}

/** Words a sentence may open with before its subject: "And", "But", "Then". */
const OPENING_WORDS = new Set(['and', 'but', 'then', 'so', 'yet']);

/**
 * The person who is the subject of the sentence before the one that `pronoun` opens: a PERSON mention
 * before that sentence's first verb ("Russian President Vladimir Putin on Friday rejected …"). Only
 * for a pronoun at its sentence's start (after an opener word at most), or right after a quotation
 * that opens its sentence.
 */
function previousSubject(
  tokens: readonly Token[],
  pronoun: number,
  index: EntityIndex,
  gender: Gender | undefined,
  region?: Int32Array,
): { entity: Entity; start: number } | undefined {
  // Both walks back are bounded, so that a text of one endless sentence stays linear.
  const sentence = (tokens[pronoun] as Token).sentence;
  let start = pronoun;
  // "“I understand it’s a risk …,” he said.": a quotation that opens the pronoun's sentence is
  // passed over; the sentence before it (often the paragraph before) names the speaker.
  const quotation = region?.[pronoun - 1] ?? -1;
  if (quotation >= 0) {
    let open = pronoun - 1;
    while (open > 0 && region?.[open - 1] === quotation && pronoun - open < MAX_QUOTATION_TOKENS) open--;
    const before = tokens[open - 1];
    const opensSentence =
      open > 0 &&
      region?.[open - 1] !== quotation &&
      (before?.sentence !== (tokens[open] as Token).sentence ||
        (before?.kind === 'punctuation' && /^[.!?]$/.test(before.text)));
    if (!opensSentence) return undefined;
    start = open;
  }
  while (quotation < 0 && start > 0 && (tokens[start - 1] as Token).sentence === sentence) {
    const token = tokens[start - 1] as Token;
    if (
      pronoun - start >= 3 ||
      (!OPENING_WORDS.has(token.norm) && token.kind !== 'quote' && token.kind !== 'punctuation')
    )
      return undefined;
    start--;
  }
  if (start === 0) return undefined;
  const first = sentenceStart(tokens, start - 1, start);
  return first === undefined
    ? undefined
    : subjectPerson(tokens, first, start, index, gender, (token) => token.pos === 'VERB' || token.pos === 'AUX');
}

/**
 * The first token of the sentence holding token `at`, unless it lies more than MAX_PREVIOUS_SENTENCE
 * tokens before `from` (a sentence too long to read).
 */
function sentenceStart(tokens: readonly Token[], at: number, from: number): number | undefined {
  const sentence = (tokens[at] as Token).sentence;
  let first = at;
  while (first > 0 && (tokens[first - 1] as Token).sentence === sentence) {
    if (from - first > MAX_PREVIOUS_SENTENCE) return undefined;
    first--;
  }
  return first;
}

/**
 * The PERSON mention that opens tokens first..end before `stops` says the subject is over: not a
 * possessive ("Mr. Trump's campaign chairman, Paul Manafort, dismissed …"), and gender-compatible
 * ("She" after "His opponent, Hillary Clinton, won …" is not Clinton's: a disagreeing name is no antecedent).
 */
function subjectPerson(
  tokens: readonly Token[],
  first: number,
  end: number,
  index: EntityIndex,
  gender: Gender | undefined,
  stops: (token: Token) => boolean,
): { entity: Entity; start: number } | undefined {
  for (let k = first; k < end && k < first + MAX_SUBJECT_TOKENS; k++) {
    const token = tokens[k] as Token;
    if (stops(token)) return undefined;
    const entity = index.overlapping(token.start, token.end);
    const possessive = /^['’]s$/.test(tokens[k + 1]?.norm ?? '');
    if (entity?.type === 'PERSON' && !possessive) {
      const known = genderOf(entity.name, entity.roles);
      return known && gender && known !== gender ? undefined : { entity, start: token.start };
    }
  }
  return undefined;
}

/**
 * The person who is the subject of the pronoun's own sentence, for a pronoun inside it: "Carson said
 * he saw no need to change", "Rubio spoke over boos as he congratulated the winner". A PERSON
 * mention before the sentence's first verb or preposition (not a possessive), gender-compatible; it is
 * preferred over earlier speakers, as in centering accounts of pronoun resolution.
 */
function sentenceSubject(
  tokens: readonly Token[],
  pronoun: number,
  index: EntityIndex,
  gender: Gender | undefined,
): { entity: Entity; start: number } | undefined {
  const first = sentenceStart(tokens, pronoun, pronoun);
  // "In an interview with Fisk, he said …": a name in an opening phrase is not the subject.
  const stops = (token: Token): boolean =>
    token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'ADP' || token.kind === 'quote';
  return first === undefined ? undefined : subjectPerson(tokens, first, pronoun, index, gender, stops);
}

/** Longer quotations are not passed over to find the sentence before them. */
const MAX_QUOTATION_TOKENS = 400;
/** How far into a sentence its subject may start: "Former U.S. Secretary of State Marta Olsen". */
const MAX_SUBJECT_TOKENS = 8;
/** Longer sentences (tables, run-on text) are not read for a subject. */
const MAX_PREVIOUS_SENTENCE = 400;

/**
 * The proper name inside a phrase, without titles: "Kremlin spokesman Dmitry Peskov" → "Dmitry
 * Peskov"; "the leader of the Anti-Defamation League, Jonathan Greenblatt" → "Jonathan Greenblatt".
 * Runs that modify a noun ("Kremlin" in "Kremlin spokesman") or sit in parentheses ("(R-Ohio)") are
 * not names; a run after a determiner ("the Anti-Defamation League") loses to a personal name.
 */
export function properNameTokens(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  let depth = 0;
  let i = first;
  while (i <= last) {
    const token = tokens[i] as Token;
    if (token.text === '(') depth++;
    if (token.text === ')') depth = Math.max(0, depth - 1);
    if (token.pos !== 'PROPN' || depth > 0) {
      i++;
      continue;
    }
    let runStart = i;
    let runEnd = i;
    while (runEnd + 1 <= last) {
      const next = tokens[runEnd + 1] as Token;
      if (
        next.pos === 'PROPN' ||
        ((next.text === '.' || next.text === '-') && !next.spaceBefore && tokens[runEnd + 2]?.pos === 'PROPN')
      )
        runEnd++;
      else break;
    }
    i = runEnd + 1;
    // The name starts after the last title in the run: "Finance Minister Marta Olsen".
    for (let t = runEnd - 1; t >= runStart; t--) {
      if (TITLES.has(tokens[t]?.norm ?? '')) {
        runStart = t + 1;
        break;
      }
    }
    // "Secretary of State John Kerry": the office's object is not part of the name.
    if (isWordAt(tokens, runStart - 1, 'of') && runEnd - runStart >= 2) runStart++;
    // A run that ends in a title is the title ("U.S. Secretary" of "U.S. Secretary of State Marco Rubio").
    if (
      TITLES.has(tokens[runStart]?.norm ?? '') ||
      TITLES.has(tokens[runEnd]?.norm ?? '') ||
      CALENDAR_WORDS.test(tokens[runEnd]?.norm ?? '')
    )
      continue;
    if (runStart === runEnd && GENERIC.has(tokens[runStart]?.norm ?? '')) continue;
    const after = tokens[runEnd + 1];
    if (runEnd < last && after && after.pos === 'NOUN') continue;
    // "a Moscow-based analyst": a name in a hyphenated modifier is not the speaker's name.
    if (runEnd < last && after?.text === '-' && !after.spaceBefore && tokens[runEnd + 2]?.spaceBefore === false)
      continue;
    const before = tokens[runStart - 1];
    // "a junior from Las Vegas", "exit polls taken in South Carolina": a place in a modifier.
    if (before && runStart > first && before.pos === 'ADP' && before.norm !== 'of') continue;
    let score = runEnd > runStart ? 2 : 0;
    if (before && runStart > first && (before.pos === 'DET' || before.norm === 'of')) score -= 3;
    if (score > bestScore) {
      best = [runStart, runEnd];
      bestScore = score;
    }
  }
  return best;
}

function isWordAt(tokens: readonly Token[], index: number, word: string): boolean {
  return tokens[index]?.norm === word;
}

function headNoun(tokens: readonly Token[], first: number, last: number): string | undefined {
  for (let i = last; i >= first; i--) {
    const token = tokens[i];
    if (token && (token.pos === 'NOUN' || token.pos === 'PROPN')) return token.norm;
  }
  return undefined;
}

/** Group heads that name a document or a finding, not an institution: "the report said". */
const DOCUMENT_HEADS = new Set(['report', 'study', 'survey', 'poll', 'statement']);

/**
 * What a singular description names, for a speaker the text names only later: "according to a
 * computer programmer …" (a person), "the Russian space agency said" (an institution). Undefined
 * for names, pronouns, plurals, generic sources and documents.
 */
export function descriptionKind(tokens: readonly Token[], phrase: SpeakerPhrase): 'person' | 'group' | undefined {
  if (properNameTokens(tokens, phrase.first, phrase.last)) return undefined;
  const determiner = tokens[phrase.headFirst]?.norm;
  if (determiner !== 'a' && determiner !== 'an' && determiner !== 'the') return undefined;
  const head = headNoun(tokens, phrase.headFirst, phrase.headLast);
  if (!head || GENERIC.has(head)) return undefined;
  if (PERSON_HEADS.has(head) && !/[^s]s$/.test(head)) return 'person';
  if (GROUP_HEADS.has(head) && !DOCUMENT_HEADS.has(head)) return 'group';
  return undefined;
}

export interface ResolvedSpeaker {
  readonly speaker: Speaker;
  readonly record: SpeakerRecord | null;
}

export function resolveSpeaker(
  ctx: QuoteContext,
  /** The caller's text: the speaker's span is cut from it, not from the analysis text. */
  text: string,
  phrase: SpeakerPhrase,
  index: EntityIndex,
  history: readonly SpeakerRecord[],
): ResolvedSpeaker {
  const { tokens } = ctx;
  const firstToken = tokens[phrase.first] as Token;
  const lastToken = tokens[phrase.last] as Token;
  const span = makeSpan(text, firstToken.start, lastToken.end);
  const head = tokens[phrase.headLast] as Token;
  const ownRoles: string[] = [];
  const nameRange = properNameTokens(tokens, phrase.first, phrase.last);
  for (let i = phrase.first; i <= phrase.last; i++) {
    const token = tokens[i] as Token;
    const inName = nameRange !== null && i >= nameRange[0] && i <= nameRange[1];
    if (!inName && (token.pos === 'NOUN' || token.pos === 'PROPN')) ownRoles.push(token.norm);
  }
  const link = (
    entity: Entity | undefined,
    name: string,
    person: boolean,
    inherited: readonly string[] = [],
    group = false,
  ): ResolvedSpeaker => {
    const resolvedName = entity?.name ?? name;
    const speaker: Speaker = entity
      ? { ...span, entity: entity.id, name: resolvedName }
      : { ...span, name: resolvedName };
    const isPerson = entity ? entity.type === 'PERSON' : person;
    const isGroup = entity ? GROUP_TYPES.has(entity.type) : group;
    const roles = [...new Set([...inherited, ...ownRoles])];
    return {
      speaker,
      record: { start: span.start, name: resolvedName, entity, person: isPerson, group: isGroup, roles },
    };
  };

  // Pronouns: the nearest compatible earlier speaker, else the nearest compatible entity.
  if (phrase.headFirst === phrase.headLast && head.pos === 'PRON') {
    const wantsPerson = PERSON_PRONOUNS.has(head.norm);
    const wantsGroup = GROUP_PRONOUNS.has(head.norm);
    if (!wantsPerson && !wantsGroup) return { speaker: { ...span }, record: null };
    // "Trump responded by … He said:": a sentence-initial "he" continues the person who is the subject
    // of the sentence before, when that person was named after the last earlier speaker.
    const pronounGender = head.norm === 'he' ? 'male' : head.norm === 'she' ? 'female' : undefined;
    const subject = wantsPerson
      ? (previousSubject(tokens, phrase.first, index, pronounGender, ctx.region) ??
        sentenceSubject(tokens, phrase.first, index, pronounGender))
      : undefined;
    for (let i = history.length - 1; i >= 0 && i >= history.length - 4; i--) {
      const record = history[i] as SpeakerRecord;
      // A one-word name ("Barkley") is neither known person nor known group: "he" may take it, "they" not.
      const known =
        wantsPerson && pronounGender
          ? genderOf(record.entity?.name ?? record.name, record.entity?.roles ?? record.roles)
          : undefined;
      const compatible = (wantsPerson ? !record.group : record.group) && !(known && known !== pronounGender);
      if (compatible && span.start - record.start < 3000) {
        if (subject && subject.start > record.start && subject.entity !== record.entity) break;
        return link(record.entity, record.name, record.person, record.roles, record.group);
      }
    }
    if (subject) return link(subject.entity, subject.entity.name, true);
    const entity = index.nearestBefore(span.start, (candidate) => {
      if (!wantsPerson) return GROUP_TYPES.has(candidate.type);
      const known = pronounGender ? genderOf(candidate.name, candidate.roles) : undefined;
      return candidate.type === 'PERSON' && !(known && known !== pronounGender);
    });
    if (entity) return link(entity, entity.name, wantsPerson);
    return { speaker: { ...span }, record: null };
  }

  // A name: an entity mention on it, else a surname the entity layer or an earlier speaker knows.
  const possessive = nameRange && /^['’]s$/.test(tokens[nameRange[1] + 1]?.norm ?? '');
  if (nameRange && !possessive) {
    const nameStart = (tokens[nameRange[0]] as Token).start;
    const nameEnd = (tokens[nameRange[1]] as Token).end;
    const name = text.slice(nameStart, nameEnd);
    const entity = index.overlapping(nameStart, nameEnd) ?? index.bySurnameOf((tokens[nameRange[1]] as Token).text);
    if (entity) return link(entity, entity.name, entity.type === 'PERSON');
    const surname = (tokens[nameRange[1]] as Token).norm;
    const headWord = headNoun(tokens, phrase.headFirst, phrase.headLast) ?? '';
    const isGroup = GROUP_HEADS.has(headWord) || GROUP_HEADS.has(surname);
    for (let i = history.length - 1; i >= 0; i--) {
      const record = history[i] as SpeakerRecord;
      const words = record.name.toLowerCase().split(/\s+/);
      if (words[words.length - 1] === surname && record.name.length >= name.length) {
        return link(record.entity, record.name, record.person, record.roles, record.group);
      }
    }
    // Multi-word names are people unless their head says otherwise ("Kremlin", "White House").
    const person = !isGroup && nameRange[1] > nameRange[0];
    return link(undefined, name, person, [], isGroup);
  }

  // A description: an entity with a matching role, else the nearest earlier speaker of that kind.
  // Only a mention of the head itself: "the Kremlin" is the Kremlin, "Russian state media" and
  // "U.S. officials" are not Russia or the United States.
  const entityOnPhrase = index.overlapping(head.start, head.end);
  if (entityOnPhrase) return link(entityOnPhrase, entityOnPhrase.name, entityOnPhrase.type === 'PERSON');
  const headWord = headNoun(tokens, phrase.headFirst, phrase.headLast);
  const definite = tokens[phrase.headFirst]?.norm === 'the' || Boolean(possessive);
  if (headWord && definite && PERSON_HEADS.has(headWord)) {
    const byRole = index.byRole(headWord, span.start);
    if (byRole) return link(byRole, byRole.name, true);
    // "the spokesman" after "Kremlin spokesman Dmitry Peskov": an earlier speaker given that role.
    for (let i = history.length - 1; i >= 0 && i >= history.length - 8; i--) {
      const record = history[i] as SpeakerRecord;
      if (record.person && record.roles.includes(headWord)) return link(record.entity, record.name, true, record.roles);
    }
    // "the official said" right after Peskov spoke: the nearest earlier speaker who is a person,
    // when close (a few sentences); further away the description may well be someone new.
    const nearest = history[history.length - 1];
    if (nearest?.person && !nearest.group && span.start - nearest.start < NEAR_ANTECEDENT) {
      return link(nearest.entity, nearest.name, true, nearest.roles);
    }
  } else if (headWord && definite && GROUP_HEADS.has(headWord)) {
    const byRole = index.byRole(headWord, span.start);
    if (byRole) return link(byRole, byRole.name, false);
    // "Roscosmos said …. The Russian space agency would not …": an institution named just before
    // as the speaker, when close; a document ("the report") is not the institution that wrote it.
    const nearest = history[history.length - 1];
    if (
      !DOCUMENT_HEADS.has(headWord) &&
      nearest?.entity?.type === 'ORG' &&
      span.start - nearest.start < NEAR_ANTECEDENT
    ) {
      return link(nearest.entity, nearest.name, false, nearest.roles, true);
    }
  }
  // "Administration officials said …. They said …": a plural description no entity names is still
  // a group a later "they" can mean (before, "they" went to the nearest country or company).
  if (headWord && /[^s]s$/.test(headWord) && head.pos === 'NOUN') {
    return {
      speaker: { ...span },
      record: { start: span.start, name: span.text, entity: undefined, person: false, group: true, roles: ownRoles },
    };
  }
  return { speaker: { ...span }, record: null };
}
