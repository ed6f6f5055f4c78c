import typeCues from '../data/hand/type-cues.json';
import type { EntityType, Token } from '../types.js';
import type { EntityCandidate } from './candidate.js';
import { isFirstName } from './lexicon/index.js';
import type { PhraseLookup } from './lookup.js';

/**
 * Context cues to a name's type: a common noun next to it says what kind of thing it is, whatever
 * the learned model (trained on 1996 news) guessed for a name it never saw. "the online game
 * Minecraft" and "the Minecraft protocol" make a product of what the model read as a place;
 * "developer Mojang" and "Mojang's CEO" an organisation of what it read as a person; "the Moulin
 * Rouge cabaret" a facility. The nouns are data (src/data/hand/type-cues.json).
 *
 * A cue does not retype the mention: it is a vote for its entity's type (entities.ts), worth a few
 * of the model's guesses, less than a title ("President Trump") or a user's gazetteer.
 */

type CueType = 'PRODUCT' | 'ORG' | 'FAC';
const CUE_TYPES: readonly CueType[] = ['PRODUCT', 'ORG', 'FAC'];

function byWord(lists: Record<CueType, readonly string[]>): ReadonlyMap<string, CueType> {
  const map = new Map<string, CueType>();
  for (const type of CUE_TYPES) for (const word of lists[type]) map.set(word, type);
  return map;
}

/** "the game X", "a drug called X", "X, the framework that ...": nouns that name the kind of X. */
const KIND_NOUNS = byWord(typeCues.BEFORE);
/** "the X app", "X compatible", "X's CEO": nouns (and an adjective) right after X. */
const NOUNS_AFTER = byWord(typeCues.AFTER);

/** Words that introduce a name after its kind: "a skin patch called X", "a format known as X". */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled']);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** How many modifiers an apposition's noun may follow: "X, the wildly popular online game". */
const MAX_MODIFIERS = 3;

const isLower = (token: Token | undefined): boolean => token !== undefined && /^\p{Ll}/u.test(token.text);
/** A lower-case word, or an abbreviation written in capitals ("CEO"). */
const isCommonWord = (token: Token | undefined): boolean =>
  token !== undefined && (/^\p{Ll}/u.test(token.text) || /^\p{Lu}{2,4}$/u.test(token.text));
const isPossessive = (token: Token | undefined): boolean => token !== undefined && /^['’]s$/iu.test(token.text);

/** The kind a lower-case noun names, unless it is the possessor of what follows ("the company's CEO"). */
function kindAt(tokens: readonly Token[], i: number): CueType | undefined {
  const token = tokens[i];
  if (!isLower(token) || isPossessive(tokens[i + 1])) return undefined;
  return KIND_NOUNS.get(token?.norm ?? '');
}

/** The kind named before the name: "developer Mojang", "a drug called X", "a format known as X". */
function kindBefore(tokens: readonly Token[], first: number): CueType | undefined {
  const previous = tokens[first - 1];
  if (!previous || previous.sentence !== tokens[first]?.sentence) return undefined;
  const direct = kindAt(tokens, first - 1);
  if (direct) return direct;
  if (NAMING_WORDS.has(previous.norm)) return kindAt(tokens, first - 2);
  if (previous.norm === 'as' && tokens[first - 2]?.norm === 'known') return kindAt(tokens, first - 3);
  return undefined;
}

/**
 * "Chromium's NetLog", "Android's Gemini": what a listed product has is a part or feature of it, a
 * product too (read as an organisation by the model). Not what a company has: "Google's DeepMind".
 */
function partOfProduct(tokens: readonly Token[], first: number, lookup: PhraseLookup): CueType | undefined {
  const owner = tokens[first - 2];
  if (!isPossessive(tokens[first - 1]) || !owner || owner.sentence !== tokens[first]?.sentence) return undefined;
  return lookup(owner.text)?.type === 'PRODUCT' ? 'PRODUCT' : undefined;
}

/** "X, the framework that ...", "X, a Swedish developer": the apposition's noun. */
function kindOfApposition(tokens: readonly Token[], end: number): CueType | undefined {
  if (tokens[end]?.text !== ',' || !DETERMINERS.has(tokens[end + 1]?.norm ?? '')) return undefined;
  for (let i = end + 2; i <= end + 2 + MAX_MODIFIERS && isLower(tokens[i]); i++) {
    const kind = kindAt(tokens, i);
    if (kind) return kind;
  }
  return undefined;
}

/** "the Minecraft protocol", "Fission compatible"; "Mozilla's CEO" (organisations only). */
function kindAfter(tokens: readonly Token[], end: number): CueType | undefined {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]?.sentence) return undefined;
  if (isPossessive(next)) {
    const kind = isCommonWord(tokens[end + 1]) ? NOUNS_AFTER.get(tokens[end + 1]?.norm ?? '') : undefined;
    return kind === 'ORG' ? kind : undefined;
  }
  return isCommonWord(next) ? NOUNS_AFTER.get(next.norm) : undefined;
}

/**
 * The type a name's context gives it, if any. Names of people and listed places are left alone:
 * "developer John Carmack" and "the Trump hotel" name a person, whatever the noun.
 */
export function contextType(
  candidate: EntityCandidate,
  tokens: readonly Token[],
  text: string,
  lookup: PhraseLookup,
): EntityType | undefined {
  if (candidate.locked || candidate.titled) return undefined;
  const firstWord = tokens[candidate.startToken]?.text ?? '';
  const listed = lookup(text.slice(candidate.start, candidate.end));
  if (listed?.type === 'PERSON' || (candidate.endToken - candidate.startToken > 1 && isFirstName(firstWord)))
    return undefined;
  // A place before a noun says where the thing is: "her Brooklyn headquarters", "a Mali hotel
  // assault", "a Reno casino" (PolNeAR train, read when these cues were checked).
  if (listed && (listed.type === 'GPE' || listed.type === 'LOC')) return undefined;
  const named =
    kindBefore(tokens, candidate.startToken) ??
    kindOfApposition(tokens, candidate.endToken) ??
    partOfProduct(tokens, candidate.startToken, lookup);
  if (named) return named;
  const after = kindAfter(tokens, candidate.endToken);
  // "the Moulin Rouge cabaret" names one; "a Midtown Manhattan hotel" says where one is.
  if (after === 'FAC' && tokens[candidate.startToken - 1]?.norm !== 'the') return undefined;
  return after;
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

/**
 * "Joshua Becker at Becoming Minimalist", "a researcher at Quorvane": a person's name, "at", then a
 * name no list knows as a place is where the person works, an organisation ("Smith at Wimbledon",
 * a listed place, is left alone).
 */
function workplaceCue(
  candidate: EntityCandidate,
  tokens: readonly Token[],
  text: string,
  lookup: PhraseLookup,
  personEnds: ReadonlySet<number>,
): EntityType | undefined {
  if (candidate.locked || candidate.type === 'PERSON') return undefined;
  // "Trent Hamm at The Simple Dollar": an article may stand outside the name.
  const atIndex = candidate.startToken - (tokens[candidate.startToken - 1]?.norm === 'the' ? 2 : 1);
  if (tokens[atIndex]?.text !== 'at' || !personEnds.has(atIndex)) return undefined;
  const listed = lookup(text.slice(candidate.start, candidate.end).replace(/^the\s+/i, ''));
  return listed && PLACE_TYPES.has(listed.type) ? undefined : 'ORG';
}

/** Each candidate with the type its context gives it, as `cue` (see entities.ts, voteType). */
export function withContextCues(
  candidates: readonly EntityCandidate[],
  tokens: readonly Token[],
  text: string,
  lookup: PhraseLookup,
): EntityCandidate[] {
  const personEnds = new Set<number>();
  for (const candidate of candidates) if (candidate.type === 'PERSON') personEnds.add(candidate.endToken);
  return candidates.map((candidate) => {
    const cue =
      contextType(candidate, tokens, text, lookup) ?? workplaceCue(candidate, tokens, text, lookup, personEnds);
    return cue ? { ...candidate, cue } : candidate;
  });
}
