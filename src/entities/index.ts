import { type DocumentDraft, type MentionCandidate, makeSpan } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { EntityOptions, EntityType, Token } from '../types.js';
import { EVENT_HEADS_OF_MISC, HEAD_WORDS } from '../vocabulary/english.js';
import { cleanCandidate } from './boundaries.js';
import type { EntityCandidate, Recognizer, RecognizerInput } from './candidate.js';
import { type CapitalReader, readCapitals } from './capitals.js';
import { withContextCues } from './cues.js';
import { buildEntities } from './entities.js';
import { learnedRecognizer } from './learned.js';
import { isFirstName, isSurname } from './lexicon/index.js';
import { linkMentions } from './link.js';
import { phraseLookup } from './lookup.js';
import { coarseType, resolveCandidates } from './resolve.js';
import { createRuleRecognizer } from './rules.js';
import { addLowercaseVariants } from './variants.js';
import { isOrganizationWord, isPlaceWord } from './words.js';

/**
 * The entity stage: candidates from user taggers (locked), the capitalisation rules and the learned
 * model are combined by a fixed precedence (resolve.ts), linked into one entity per real-world thing
 * (link.ts), given the type of their entity, a canonical name, aliases and roles (entities.ts).
 */

export { phraseLookup };

const ruleRecognizer: Recognizer = createRuleRecognizer(phraseLookup);

/**
 * Model spans below this confidence are left out. 0: the model's per-token probabilities are low even
 * for right spans ("Somerset" ORG at 0.00 in CoNLL dev), and any higher threshold cost recall there.
 */
const MIN_MODEL_CONFIDENCE = 0;
/**
 * Rule spans the model did not see need a type this sure (a list 0.9, a first name 0.85); head words (0.75) and
 * acronyms (0.5) alone cost 0.4 F1 on CoNLL dev.
 */
const MIN_RULE_CONFIDENCE = 0.85;

/** The tokens a character range covers (binary search: user taggers may add many mentions). */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < tokens.length && (tokens[last]?.start ?? end) < end) last++;
  return last > lo ? [lo, last] : undefined;
}

function lockedCandidates(doc: DocumentDraft): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const mention of doc.mentions) {
    const range = tokenRange(doc.tokens, mention.start, mention.end);
    if (!range) continue;
    out.push({
      start: mention.start,
      end: mention.end,
      startToken: range[0],
      endToken: range[1],
      type: mention.type,
      confidence: mention.locked ? 1 : 0.8,
      source: mention.source,
      ...(mention.locked ? { locked: true } : {}),
    });
  }
  return out;
}

/**
 * A model span a list knows takes the list's finer type within the model's coarse class ("Kiev" LOC →
 * GPE), and any type of a context-free list ("Kremlin" ORG). Across classes the model, which reads the
 * context, keeps its type against place lists: in "Durham beat Leicestershire" both are cricket clubs.
 */
function withListedType(candidate: EntityCandidate, tokens: readonly Token[], text: string): EntityCandidate {
  const listed = phraseLookup(text.slice(candidate.start, candidate.end));
  if (!listed) return withMakerType(candidate, tokens, text);
  if (!candidate.type || listed.type === candidate.type) return candidate;
  if (listed.brand) return { ...candidate, type: brandType(candidate.type), source: 'model+lexicon' };
  if (listed.contextFree) return { ...candidate, type: listed.type, source: 'model+lexicon' };
  return coarseType(listed.type) === coarseType(candidate.type) ? { ...candidate, type: listed.type } : candidate;
}

/**
 * A brand is a company or its product, never a person, a place or a nationality: the model, trained on
 * 1996 news, read "Instagram" as a place and "Mojang" as a person. Its class still tells the two
 * apart: a miscellany guess ("Xbox" as NORP) is the product, a person or place guess the company.
 */
function brandType(modelType: EntityType): EntityType {
  const coarse = coarseType(modelType);
  if (coarse === 'MISC') return 'PRODUCT';
  return 'ORG';
}

/** A year in a MISC name makes it an event: "Euro 96", "Expo 2020". */
const YEAR = /(?:^|\s)(?:1[89]|20)\d\d(?:$|\s)|\b9\d$/;

/** Demonyms and group names: "Serbs", "Bosnian", "Chinese", "Kurdish", "Israeli", "Democrats". */
const GROUP_SUFFIX = /(?:an|ans|ese|ish|ic|ics|i|is|ite|ites|ist|ists|ch|s)$/;

function looksLikeGroupWord(word: string): boolean {
  if (phraseLookup(word)?.type === 'NORP') return true;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && GROUP_SUFFIX.test(word);
}

/**
 * The model's fine typing of a MISC name no list knows defaults to NORP, and to EVENT with a digit.
 * A model number or code is a product ("LGP-30", "Progress MS-04": typed EVENT before), and so is a
 * name with no word shaped like a demonym or a group ("Xbox One X" was typed NORP). A year or an
 * event word keeps the event. Within CoNLL's MISC: the dev scores do not move.
 */
function withMiscType(candidate: EntityCandidate, tokens: readonly Token[], text: string): EntityCandidate {
  if (candidate.type !== 'NORP' && candidate.type !== 'EVENT') return candidate;
  const name = text.slice(candidate.start, candidate.end);
  if (phraseLookup(name)) return candidate;
  const words: string[] = [];
  for (let i = candidate.startToken; i < candidate.endToken; i++) words.push(tokens[i]?.text ?? '');
  if (EVENT_HEADS_OF_MISC.has((words[words.length - 1] ?? '').toLowerCase()) || YEAR.test(name)) return candidate;
  if (/\d/.test(name)) return { ...candidate, type: 'PRODUCT' };
  if (candidate.type === 'NORP' && !words.some(looksLikeGroupWord)) return { ...candidate, type: 'PRODUCT' };
  return candidate;
}

/**
 * Built places whose name says so but which also name the body that runs them are left to the model:
 * hospitals, museums, halls, houses and palaces are organisations as often ("Buckingham Palace said").
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['hospital', 'museum', 'hall', 'palace', 'embassy', 'prison']);
const FACILITY_HEADS: ReadonlySet<string> = new Set(HEAD_WORDS.FAC.filter((word) => !INSTITUTION_HEADS.has(word)));

/**
 * "the International Space Station", "Hartsfield-Jackson Airport": a name the model read as an
 * organisation whose last word says it is a built place (heads.json FAC) is the place.
 */
function withFacilityHead(candidate: EntityCandidate, tokens: readonly Token[], text: string): EntityCandidate {
  if (candidate.type !== 'ORG' || candidate.locked || candidate.endToken - candidate.startToken < 2) return candidate;
  const last = tokens[candidate.endToken - 1];
  if (!last || !/^\p{Lu}/u.test(last.text) || !FACILITY_HEADS.has(last.norm)) return candidate;
  if (phraseLookup(text.slice(candidate.start, candidate.end))) return candidate;
  return { ...candidate, type: 'FAC' };
}

/** Plural nouns written with a possessive inside institutions' names: "Boston Children's Hospital". */
const PLURAL_POSSESSORS: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people', 'veterans', 'workers']);

/**
 * "the Murdoch Children's Research Institute": the model stops at the possessive and reads two names
 * ("Murdoch Children" NORP, "Research Institute" ORG). A name ending in such a plural noun, its
 * possessive and an organisation or place right after are one name, of the second one's type.
 */
function joinPossessiveNames(candidates: readonly EntityCandidate[], tokens: readonly Token[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const head = candidates[k] as EntityCandidate;
    const tail = candidates[k + 1];
    const possessive = tokens[head.endToken];
    if (
      tail &&
      !head.locked &&
      !tail.locked &&
      tail.startToken === head.endToken + 1 &&
      (tail.type === 'ORG' || tail.type === 'FAC') &&
      /^['’]s$/u.test(possessive?.text ?? '') &&
      PLURAL_POSSESSORS.has(tokens[head.endToken - 1]?.norm ?? '')
    ) {
      const { words: _words, ...rest } = tail;
      out.push({ ...rest, start: head.start, startToken: head.startToken });
      k++;
      continue;
    }
    out.push(head);
  }
  return out;
}

/** Words that name a model of a product after its number: "PlayStation 4 Pro", "Galaxy S24 Ultra". */
const MODEL_WORD = /^(?:pro|plus|max|mini|ultra|slim|lite|air|se|xl|vr|edition|\p{Lu})$/iu;

/**
 * "the PlayStation 4 Pro": the model stops at the brand it knows ("PlayStation") and leaves the
 * model number out; a listed brand or product followed by a number of at most three digits (and
 * model words) is one product. A number followed by a unit or a count noun ("Google 10 percent",
 * "Sony 3 million") is no model number: only a number ending the name, the clause or before a model
 * word is taken.
 */
function withModelNumber(candidate: EntityCandidate, tokens: readonly Token[], text: string): EntityCandidate {
  if (candidate.locked) return candidate;
  const listed = phraseLookup(text.slice(candidate.start, candidate.end));
  if (!listed?.maker) return candidate;
  const number = tokens[candidate.endToken];
  if (!number || !/^\d{1,3}$/.test(number.text) || number.start - candidate.end > 1) return candidate;
  let end = candidate.endToken + 1;
  while (
    end < tokens.length &&
    MODEL_WORD.test(tokens[end]?.text ?? '') &&
    (tokens[end]?.start ?? 0) - (tokens[end - 1]?.end ?? 0) <= 1
  )
    end++;
  if (end === candidate.endToken + 1 && !endsProductName(tokens, end, text)) return candidate;
  const { words: _words, ...rest } = candidate;
  return {
    ...rest,
    endToken: end,
    end: tokens[end - 1]?.end ?? candidate.end,
    type: 'PRODUCT',
    source: 'model+lexicon',
  };
}

/**
 * After "PlayStation 4" without a model word: a clause goes on ("PlayStation 4, which", "PlayStation 4
 * and", "PlayStation 4 console"). Not a line end, another name or number: "Samsung 10 Haitai 3" and
 * "Hyundai 2" on a line of its own are sports scores (CoNLL-2003 dev).
 */
/** Words after which a product name has ended ("the Switch console", "the Pixel phone and"). */
const PRODUCT_NAME_END =
  /^(?:and|or|is|was|has|had|will|can|console|consoles|system|game|games|phone|phones|model|models|version)$/;

function endsProductName(tokens: readonly Token[], next: number, text: string): boolean {
  const token = tokens[next];
  if (!token) return false;
  if (text.slice(tokens[next - 1]?.end ?? 0, token.start).includes('\n')) return false;
  if (/^[,.;:)]$/.test(token.text)) return true;
  return PRODUCT_NAME_END.test(token.text);
}

/**
 * "Margaret Hamilton Lego figures": a person's name the model ran into a listed company or brand is
 * the person and the company, whether the model called the whole a person or, from its last word, an
 * organisation (then the name must open with a first name: "Margaret Hamilton Reuters story").
 */
function splitPersonBeforeBrand(candidate: EntityCandidate, tokens: readonly Token[], text: string): EntityCandidate[] {
  if (candidate.locked || candidate.endToken - candidate.startToken < 3) return [candidate];
  const personal =
    candidate.type === 'PERSON' || (candidate.type === 'ORG' && isFirstName(tokens[candidate.startToken]?.text ?? ''));
  if (!personal) return [candidate];
  const last = tokens[candidate.endToken - 1];
  if (!last) return [candidate];
  const listed = phraseLookup(last.text);
  if (!listed || !(listed.brand || (listed.type === 'ORG' && listed.contextFree))) return [candidate];
  if (phraseLookup(text.slice(candidate.start, candidate.end))) return [candidate];
  const { words: _words, ...rest } = candidate;
  const headEnd = tokens[candidate.endToken - 2]?.end ?? candidate.end;
  return [
    { ...rest, end: headEnd, endToken: candidate.endToken - 1, type: 'PERSON' },
    { ...rest, start: last.start, startToken: candidate.endToken - 1, type: 'ORG', source: 'model+lexicon' },
  ];
}

/** Last words that make a maker's name a company or a unit of it, not a product ("Google Inc", "Sony Pictures"). */
const COMPANY_TAIL_WORDS = [
  'inc|corp|corporation|co|company|ltd|llc|plc|ag|sa|group|holdings|media|labs?|studios?|games',
  'entertainment|pictures|records|music group|foundation|technologies|software|systems|networks|motors',
  'interactive|research|international|america|europe|india|china|japan',
].join('|');
const COMPANY_TAIL = new RegExp(`^(?:${COMPANY_TAIL_WORDS})\\.?$`, 'i');

/**
 * "PlayStation 4 Pro", "Dolby Atmos", "Google Doc": a known maker followed by a model number or a
 * product word is the maker's product (the recent news set's largest error class was such names
 * typed as nationalities, persons or places). Unless the tail is a company word ("Sony Pictures") or
 * itself a name a list knows ("Google Russia" is not a product).
 */
function withMakerType(candidate: EntityCandidate, tokens: readonly Token[], text: string): EntityCandidate {
  // An organisation the model read stays one: clubs are named after their sponsor ("Lada Togliatti").
  if (!candidate.type || candidate.type === 'PRODUCT' || candidate.type === 'ORG' || candidate.locked) return candidate;
  const length = candidate.endToken - candidate.startToken;
  if (length < 2 || length > 5) return candidate;
  for (let cut = candidate.startToken + 1; cut < candidate.endToken; cut++) {
    const head = phraseLookup(text.slice(candidate.start, tokens[cut - 1]?.end ?? 0));
    if (!head?.maker) continue;
    const tail = text.slice(tokens[cut]?.start ?? 0, candidate.end);
    const tailWords = tail.split(/\s+/);
    // A person the model read keeps its type unless the tail is a model number or word, or the name
    // is no one's: "Rasa" is a brand and a first name ("Rasa Mazeikyte", CoNLL-2003 dev), "Dolby"
    // only a brand ("Dolby Atmos", read as a person).
    const headWords = text.slice(candidate.start, tokens[cut - 1]?.end ?? 0).split(/\s+/);
    const personal =
      headWords.some((word) => isFirstName(word)) || tailWords.some((word) => isSurname(word) || isFirstName(word));
    if (candidate.type === 'PERSON' && personal && !tailWords.some((word) => /\d/.test(word) || MODEL_WORD.test(word)))
      return candidate;
    if (tailWords.some((word) => COMPANY_TAIL.test(word) || isOrganizationWord(word) || isPlaceWord(word)))
      return candidate;
    if (phraseLookup(tail) && !phraseLookup(tail)?.maker) return candidate;
    return { ...candidate, type: 'PRODUCT', source: 'model+lexicon' };
  }
  return candidate;
}

/**
 * "US Tomahawk missiles": a listed place or nationality followed by a name a context-free list knows
 * is two names, not one; "U.S. Open" or "American Airlines" (whose tails no list knows) stay whole.
 */
function splitListedPair(candidate: EntityCandidate, tokens: readonly Token[], text: string): EntityCandidate[] {
  const length = candidate.endToken - candidate.startToken;
  if (length < 2 || length > MAX_NAME_TOKENS || phraseLookup(text.slice(candidate.start, candidate.end)))
    return [candidate];
  for (let cut = candidate.startToken + 1; cut < candidate.endToken; cut++) {
    const headEnd = tokens[cut - 1]?.end ?? 0;
    const tailStart = tokens[cut]?.start ?? 0;
    const head = phraseLookup(text.slice(candidate.start, headEnd));
    const tail = phraseLookup(text.slice(tailStart, candidate.end));
    if (head && (head.type === 'GPE' || head.type === 'NORP') && tail?.contextFree) {
      const { words: _words, ...rest } = candidate;
      return [
        { ...rest, end: headEnd, endToken: cut, type: head.type },
        { ...rest, start: tailStart, startToken: cut, type: tail.type },
      ];
    }
  }
  return [candidate];
}

const HYPHENATED_PAIR = /^(\p{Lu}[\p{L}.]*)[-\u2010\u2011](\p{Lu}[\p{L}.]*)$/u;

/**
 * "US-Russian ties" is one token to the tokenizer but two names: a one-token mention made of two
 * capitalised halves that are each a listed name or written alone elsewhere splits at the hyphen.
 */
function splitHyphenatedToken(
  candidate: EntityCandidate,
  text: string,
  isStandalone: (word: string) => boolean,
): EntityCandidate[] {
  if (candidate.endToken - candidate.startToken !== 1 || candidate.locked) return [candidate];
  const match = HYPHENATED_PAIR.exec(text.slice(candidate.start, candidate.end));
  const left = match?.[1];
  const right = match?.[2];
  if (!left || !right) return [candidate];
  if (!isStandalone(left) || !isStandalone(right)) return [candidate];
  const { words: _words, ...rest } = candidate;
  const rightStart = candidate.end - right.length;
  return [
    { ...rest, end: candidate.start + left.length, type: phraseLookup(left)?.type ?? candidate.type },
    { ...rest, start: rightStart, type: phraseLookup(right)?.type ?? candidate.type },
  ];
}

/**
 * The longest name, in tokens ("Saint Vincent and the Grenadines", "Bodman , Longely & Dahling"):
 * longer spans are runs of capitalised words (a Title Case table, a shouted line), not names, and
 * bounding them keeps the stage linear on such input.
 */
const MAX_NAME_TOKENS = 12;

/**
 * A name has a capital or a digit, and a word that is not a pronoun or a single letter: the model's
 * all-lower-case spans ("priority") and spans like "I I I" are noise.
 */
function looksLikeName(candidate: EntityCandidate, tokens: readonly Token[], text: string): boolean {
  if (candidate.endToken - candidate.startToken > MAX_NAME_TOKENS) return false;
  if (!/[\p{Lu}\p{N}]/u.test(text.slice(candidate.start, candidate.end))) return false;
  for (let i = candidate.startToken; i < candidate.endToken; i++) {
    const token = tokens[i];
    if (token && token.text.length > 1 && token.pos !== 'PRON' && /[\p{L}\p{N}]/u.test(token.text)) return true;
  }
  return false;
}

/**
 * A model span loses the words at its edges whose capital is only positional and unsupported
 * ("Trump Summit May Happen Within Two Weeks" in a headline → "Trump"); nothing left, no span.
 */
function trimDistrusted(
  candidate: EntityCandidate,
  tokens: readonly Token[],
  capitals: CapitalReader,
  isStandalone: (word: string) => boolean,
): EntityCandidate[] {
  let first = candidate.startToken;
  let last = candidate.endToken - 1;
  while (first <= last && capitals.distrustedAtStart(first)) first++;
  // A lone dictionary word opening a sentence ("Everything will be done") is no name on its own.
  if (first === last && capitals.positionalCommon(first)) return [];
  const untrimmedLast = last;
  while (last >= first && capitals.distrustedAtEnd(last)) last--;
  // "7. Damon Hill ( Britain )" in a results table set in Title Case: a person the model read, cut
  // down to a lone first name, keeps the one word after it (a first name is no one's whole name).
  if (
    candidate.type === 'PERSON' &&
    first === last &&
    untrimmedLast === first + 1 &&
    isFirstName(tokens[first]?.text ?? '') &&
    !isSurname(tokens[first]?.text ?? '')
  )
    last = untrimmedLast;
  if (first > last) return [];
  if (first === candidate.startToken && last === candidate.endToken - 1) return [candidate];
  const trimmed = {
    ...candidate,
    startToken: first,
    endToken: last + 1,
    start: tokens[first]?.start ?? candidate.start,
    end: tokens[last]?.end ?? candidate.end,
  };
  return cleanCandidate(trimmed, tokens, isStandalone);
}

/**
 * Capitalised words the document also writes on their own, outside a hyphenated pair: "Putin" and
 * "Trump" in a text that says "Putin-Trump summit" and "Putin said" (so the pair splits), unlike
 * "Karabakh" in "Nagorno-Karabakh" (which stays whole).
 */
function standaloneWords(tokens: readonly Token[]): (word: string) => boolean {
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !/^\p{Lu}/u.test(token.text)) continue;
    const glued = (other: Token | undefined): boolean => other !== undefined && other.text === '-';
    if (!glued(tokens[i - 1]) && !glued(tokens[i + 1])) words.add(token.text);
  }
  return (word) => words.has(word);
}

/**
 * "a Margaret Hamilton Lego minifigure", in a text that names Margaret Hamilton alone: a person's
 * name the document writes on its own, with one more capitalised word the lists do not know as part
 * of a name, is the person and another name (untyped: linking or nothing types it).
 */
function splitKnownPersonPrefix(
  candidates: readonly EntityCandidate[],
  tokens: readonly Token[],
  text: string,
): EntityCandidate[] {
  const people = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.type === 'PERSON') people.add(text.slice(candidate.start, candidate.end));
  }
  return candidates.flatMap((candidate) => {
    if (candidate.type !== 'PERSON' || candidate.locked || candidate.endToken - candidate.startToken < 3)
      return [candidate];
    const last = tokens[candidate.endToken - 1];
    const headEnd = tokens[candidate.endToken - 2]?.end ?? candidate.end;
    if (!last || !/^\p{Lu}/u.test(last.text) || !people.has(text.slice(candidate.start, headEnd))) return [candidate];
    if (isSurname(last.text) || isFirstName(last.text) || /^(?:Jr|Sr|[IVX]+)\.?$/.test(last.text)) return [candidate];
    const { words: _words, role: _role, titled: _titled, ...rest } = candidate;
    return [
      {
        ...candidate,
        end: headEnd,
        endToken: candidate.endToken - 1,
        ...(candidate.words ? { words: candidate.words.slice(0, -1) } : {}),
      },
      { ...rest, start: last.start, startToken: candidate.endToken - 1, type: null, confidence: 0.5 },
    ];
  });
}

/** Recognises, links and types the entities of one document. */
export function recognizeDocumentEntities(doc: DocumentDraft, options: EntityOptions = {}): void {
  const input: RecognizerInput = {
    text: doc.text,
    analysisText: doc.analysisText,
    tokens: doc.tokens,
    sentences: doc.sentences,
  };
  const capitals = readCapitals(input, phraseLookup);
  const writtenAlone = standaloneWords(doc.tokens);
  // Halves of a hyphenated pair that are names of their own: written alone elsewhere, or listed.
  const standalone = (word: string): boolean => writtenAlone(word) || phraseLookup(word) !== undefined;
  const fromTaggers = lockedCandidates(doc);
  const locked = fromTaggers.filter((candidate) => candidate.locked);
  const unlockedFromTaggers = fromTaggers.filter((candidate) => !candidate.locked);
  const rules = [...unlockedFromTaggers, ...ruleRecognizer.recognize(input)].filter(
    (candidate) => candidate.endToken - candidate.startToken <= MAX_NAME_TOKENS,
  );
  const model =
    options.model === false
      ? []
      : joinPossessiveNames(learnedRecognizer.recognize(input), doc.tokens)
          .flatMap((candidate) => cleanCandidate(candidate, doc.tokens, standalone))
          .flatMap((candidate) => trimDistrusted(candidate, doc.tokens, capitals, standalone))
          .flatMap((candidate) => splitListedPair(candidate, doc.tokens, doc.text))
          .filter((candidate) => looksLikeName(candidate, doc.tokens, doc.text))
          .map((candidate) => withMiscType(candidate, doc.tokens, doc.text))
          .map((candidate) => withListedType(candidate, doc.tokens, doc.text))
          .map((candidate) => withFacilityHead(candidate, doc.tokens, doc.text))
          .map((candidate) => withModelNumber(candidate, doc.tokens, doc.text))
          .flatMap((candidate) => splitPersonBeforeBrand(candidate, doc.tokens, doc.text));
  const accepted = resolveCandidates(locked, rules, model, {
    minModelConfidence: MIN_MODEL_CONFIDENCE,
    minRuleConfidence: MIN_RULE_CONFIDENCE,
  }).filter(
    (candidate) =>
      candidate.end > candidate.start && doc.analysisText.slice(candidate.start, candidate.end).trim() !== '',
  );
  const split = splitKnownPersonPrefix(accepted, doc.tokens, doc.text).flatMap((candidate) =>
    splitHyphenatedToken(candidate, doc.text, standalone),
  );
  const cued = withContextCues(split, doc.tokens, doc.text, phraseLookup);
  const clusters = linkMentions(cued, doc.text, phraseLookup);
  addLowercaseVariants(clusters, doc.tokens, cued);
  const { entities, mentions } = buildEntities(clusters, doc.text);
  doc.entities = entities;
  doc.mentions = mentions.map(
    (mention): MentionCandidate => ({
      ...makeSpan(doc.text, mention.start, mention.end),
      type: mention.type,
      source: mention.source,
      ...(mention.locked ? { locked: true } : {}),
    }),
  );
}

export const entityTagger: Tagger = {
  name: 'entities',
  tag(doc: DocumentDraft) {
    recognizeDocumentEntities(doc, doc.options.entities);
  },
};
