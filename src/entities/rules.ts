import { makeSpan } from '../document.js';
import type { EntityType, Span, Token } from '../types.js';
import { COMPASS_POINTS, HEAD_WORDS, NEWSPAPER_HEADS, REPORTING_FORMS } from '../vocabulary/english.js';
import { endsWithSentencePeriod } from './boundaries.js';
import type { EntityCandidate, Recognizer, RecognizerInput } from './candidate.js';
import {
  CLOSED_POS,
  foldWord,
  isAcronym,
  isCapitalised,
  isPositional,
  readCapitals,
  type SentenceShape,
} from './capitals.js';
import type { PhraseLookup } from './lookup.js';
import { splitGluedName } from './names.js';
import { matchTitle } from './titles.js';
import { hasWordClass, isCommonWord, isOrganizationWord, isPlaceWord, type WordClass } from './words.js';

/**
 * The capitalisation recogniser: runs of capitalised words, cut at titles, punctuation, possessives
 * and hyphens, typed by word lists, titles and head words. It finds names no list holds ("Peskov",
 * "Witkoff") by their shape, and it keeps the words that are capitalised only by their position
 * (sentence starts, Title Case headlines) out unless they are known names.
 */

/** Name particles that may sit inside a name: "Ludwig van Beethoven", "Osama bin Laden". */
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'du',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'bin',
  'al',
  'el',
  'ibn',
  'le',
  'la',
]);
/** Connectors inside organisation and place names: "Bank of England", "Gulf of Mexico". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', '&', 'and', 'the', 'on']);
/** A possessive glued to the token ends the name: "Zelenskiy's". */
/** The longest interruption between a name and its verb, in tokens. */
const MAX_INTERRUPTION = 12;
const POSSESSIVE_TAIL = /['’]s?$/u;

/**
 * How sure each rule is of the type it gives: a title settles a person; a list is nearly as sure; a
 * first name or a demonym is as sure as the model's guess (MODEL_WEIGHT in resolve.ts); a head word
 * is less so; a bare acronym or an unsure reporting subject barely counts.
 */
const RULE_CONFIDENCE = {
  titled: 0.95,
  listed: 0.9,
  firstName: 0.85,
  demonym: 0.85,
  personWords: 0.85,
  organisationName: 0.85,
  subjectOfReport: 0.85,
  headWord: 0.75,
  placeWord: 0.7,
  unsureSubjectOfReport: 0.6,
  acronym: 0.5,
} as const;

/** Articles a connector may take inside a name: "Committee for a Responsible Federal Budget". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Word classes of the names of places and people ("England", "Park", "Jesus"). */
const NAME_CLASSES: readonly WordClass[] = ['country', 'city', 'region', 'place', 'firstName', 'lastName', 'person'];

/** A company's legal form or kind ends its name: "Oakley Inc of the United States" is two names. */
const COMPANY_FORMS: ReadonlySet<string> = new Set(
  ['inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'partners', 'holdings', 'group'].flatMap(
    (form) => [form, `${form}.`],
  ),
);

/** A run of name words (token indices) and whether a connector joined it after an organisation word. */
interface Run {
  start: number;
  end: number;
  words: number[];
  /** A connector ("of", "for") joined it after an organisation's head word: "Committee for ...". */
  organisation: boolean;
  /** "and" or "&" joined two names in it. */
  coordinated: boolean;
}

const HEAD_TYPES = new Map<string, EntityType>();
for (const [type, words] of Object.entries(HEAD_WORDS)) {
  for (const word of words) if (!HEAD_TYPES.has(word)) HEAD_TYPES.set(word, type as EntityType);
}

/** The last word of an organisation's name: "Center", "Museum", "Committee", "Party". */
function isOrganisationHead(word: string): boolean {
  return isOrganizationWord(word) || HEAD_TYPES.get(word) === 'ORG';
}

export function createRuleRecognizer(lookup: PhraseLookup): Recognizer {
  return {
    name: 'rules',
    recognize(input: RecognizerInput): EntityCandidate[] {
      const { tokens, text } = input;
      const { shapes, acceptable } = readCapitals(input, lookup);

      const candidates: EntityCandidate[] = [];
      for (const shape of shapes) {
        let pendingTitle: { start: number; end: number; roleStart: number } | undefined;
        let i = shape.start;
        while (i < shape.end) {
          const token = tokens[i];
          if (!token) break;
          const titleEnd = matchTitle(tokens, i, shape.end);
          if (titleEnd > i && startsName(titleEnd, shape)) {
            const previous = candidates[candidates.length - 1];
            let roleStart = i;
            // "Russian President", "Kremlin spokesperson", "U.S. Secretary of State": the modifier
            // just before the title is part of the role.
            if (previous && previous.endToken === i && previous.type !== 'PERSON') roleStart = previous.startToken;
            else if (previous && tokens[i - 1]?.pos === 'PART' && previous.endToken === i - 1)
              roleStart = previous.startToken;
            pendingTitle = { start: i, end: titleEnd, roleStart };
            i = titleEnd;
            continue;
          }
          if (!acceptable(i, shape) && !startsBracket(i, shape)) {
            if (!(pendingTitle && token.text === ',' && i === pendingTitle.end)) pendingTitle = undefined;
            i += 1;
            continue;
          }
          const run = readRun(i, shape);
          if (run.words.length === 0) {
            i = Math.max(i + 1, run.end);
            continue;
          }
          const titled =
            pendingTitle !== undefined &&
            (pendingTitle.end === i || (tokens[pendingTitle.end]?.text === ',' && pendingTitle.end + 1 === i));
          const candidate = buildCandidate(run, titled ? pendingTitle : undefined, shape);
          if (candidate) candidates.push(candidate);
          pendingTitle = undefined;
          // Always move on: a run that ends where it began would be read again forever.
          i = Math.max(i + 1, run.end);
        }
      }
      return candidates;

      function startsName(at: number, shape: SentenceShape): boolean {
        let k = at;
        if (tokens[k]?.text === ',') k += 1;
        if (tokens[k]?.text === '[') k += 1;
        const next = tokens[k];
        if (!isCapitalised(next) || k >= shape.end) return false;
        // "General Motors", "Justice Department": a common word after the "title" makes it a name.
        return !isCommonWord(foldWord(next.text)) || hasWordClass(foldWord(next.text), 'firstName');
      }

      function startsBracket(at: number, shape: SentenceShape): boolean {
        return tokens[at]?.text === '[' && acceptable(at + 1, shape) && tokens[at + 2]?.text === ']';
      }

      function readRun(from: number, shape: SentenceShape): Run {
        const words: number[] = [];
        let j = from;
        let end = from;
        let hyphenAt: { words: number; end: number } | undefined;
        // "Committee for ...", "Bank of ...": a connector joined after an organisation's head word.
        let joinedAfterOrganisation = false;
        // Where the last such connector stands among the words, and whether "and" joined two names.
        let connectorAt = -1;
        let coordinated = false;
        let newspaperName = false;
        while (j < shape.end) {
          const token = tokens[j];
          if (!token) break;
          if (words.length > 0) {
            const titleEnd = matchTitle(tokens, j, shape.end);
            if (titleEnd > j && startsName(titleEnd, shape)) break;
          }
          if (acceptable(j, shape) && (words.length === 0 || token.spaceBefore || tokens[j - 1]?.text === ']')) {
            words.push(j);
            j += 1;
            end = j;
            if (POSSESSIVE_TAIL.test(token.text) && token.text.length > 3) break;
            if (endsWithSentencePeriod(tokens, j - 1)) break;
            continue;
          }
          // "Foreign Minister [Sergey] Lavrov": a bracketed insertion is part of the name.
          if (startsBracket(j, shape) && isCapitalised(tokens[j + 3])) {
            words.push(j + 1);
            j += 3;
            end = j;
            continue;
          }
          // "Jean-Claude": a hyphen joins two first names; other hyphens split ("Putin-Trump"), unless
          // the name goes on to an organisation's head word ("the Urban-Brookings Tax Policy Center").
          if (
            token.text === '-' &&
            !token.spaceBefore &&
            words.length > 0 &&
            tokens[j + 1] &&
            !tokens[j + 1]?.spaceBefore
          ) {
            const left = tokens[j - 1];
            const right = tokens[j + 1];
            if (
              left &&
              right &&
              isCapitalised(right) &&
              hasWordClass(left.norm, 'firstName') &&
              hasWordClass(right.norm, 'firstName')
            ) {
              words.push(j + 1);
              j += 2;
              end = j;
              continue;
            }
            if (hyphenAt === undefined && right && isCapitalised(right) && acceptable(j + 1, shape)) {
              hyphenAt = { words: words.length, end };
              words.push(j, j + 1);
              j += 2;
              end = j;
              continue;
            }
            break;
          }
          const norm = token.norm;
          if (words.length > 0 && (PARTICLES.has(norm) || NAME_CONNECTORS.has(norm)) && token.spaceBefore) {
            // Connectors stay only between a head word and a capitalised word ("Bank of England",
            // "Gulf of Mexico", "Ministry of Defence"); particles only inside person-like names.
            const lastWord = tokens[words[words.length - 1] ?? from];
            let next = j + 1;
            // "Bank of the South", "Committee for a Responsible Federal Budget".
            if (norm === 'of' && tokens[next]?.norm === 'the') next += 1;
            else if (norm === 'for' && ARTICLES.has(tokens[next]?.norm ?? '')) next += 1;
            // Two particles in a row: "Ursula von der Leyen", "Rafael de la Cruz".
            if (PARTICLES.has(norm) && PARTICLES.has(tokens[next]?.norm ?? '') && tokens[next]?.spaceBefore) next += 1;
            // "The Globe and Mail", "The News and Observer": one word, "and", a newspaper's head word.
            const newspaper =
              norm === 'and' &&
              words.length === 1 &&
              lastWord !== undefined &&
              !NEWSPAPER_HEADS.has(lastWord.norm) &&
              !NAME_CLASSES.some((wordClass) => hasWordClass(lastWord.norm, wordClass)) &&
              NEWSPAPER_HEADS.has(tokens[next]?.norm ?? '') &&
              tokens[next + 1]?.text !== '-' &&
              !(acceptable(next + 1, shape) && tokens[next + 1]?.spaceBefore);
            if (newspaper && acceptable(next, shape)) {
              words.push(j, next);
              j = next + 1;
              end = j;
              newspaperName = true;
              break;
            }
            const joins = PARTICLES.has(norm)
              ? !NAME_CONNECTORS.has(norm) && lastWord !== undefined && hasWordClass(lastWord.norm, 'firstName')
              : lastWord !== undefined &&
                (isOrganizationWord(lastWord.norm) ||
                  isPlaceWord(lastWord.norm) ||
                  HEAD_TYPES.has(lastWord.norm) ||
                  lastWord.norm === 'united');
            if (joins && acceptable(next, shape)) {
              // A person's particles belong to the name ("von der Leyen"), connectors not to its words.
              // An organisation's connectors belong to its name too: "University of California", not
              // "University California".
              if (PARTICLES.has(norm)) for (let k = j; k < next; k++) words.push(k);
              else if ((norm === 'of' || norm === 'for') && lastWord && isOrganizationWord(lastWord.norm)) {
                joinedAfterOrganisation = true;
                connectorAt = words.length;
                for (let k = j; k < next; k++) words.push(k);
              } else if (norm === 'and' || norm === '&') coordinated = true;
              j = next;
              continue;
            }
          }
          break;
        }
        // A hyphenated pair that does not go on to an organisation's head word is two names.
        const last = tokens[words[words.length - 1] ?? from];
        if (hyphenAt && !(last && isOrganisationHead(last.norm))) {
          words.length = hyphenAt.words;
          end = hyphenAt.end;
          joinedAfterOrganisation = false;
        }
        // "Bank of England", "Bessemer Venture Partners of Menlo Park": an organisation of a place or a
        // person is left to the model, which reads "of" there; of other words ("Committee for a
        // Responsible Federal Budget", "Federal Bureau of Investigation") the capitals read one name.
        if (joinedAfterOrganisation) {
          const after = words
            .slice(connectorAt)
            .filter((k) => /^\p{Lu}/u.test(tokens[k]?.text ?? ''))
            .map((k) => tokens[k]?.text ?? '');
          const listed = lookup(after.join(' '));
          if (
            (listed && listed.type !== 'ORG') ||
            after.some((word) => NAME_CLASSES.some((wordClass) => hasWordClass(word.toLowerCase(), wordClass))) ||
            COMPANY_FORMS.has(tokens[words[connectorAt - 1] ?? from]?.norm ?? '')
          )
            joinedAfterOrganisation = false;
        }
        // "West Bank and Gaza Strip", "GTE Corp. and SBC Communications": two names, not one.
        const organisation = (joinedAfterOrganisation && !coordinated) || newspaperName;
        return { start: from, end, words, organisation, coordinated };
      }

      function buildCandidate(
        run: Run,
        title: { start: number; end: number; roleStart: number } | undefined,
        shape: SentenceShape,
      ): EntityCandidate | undefined {
        // Drop a leading "The" unless a list knows the phrase with it ("The Hague").
        let words = run.words;
        const firstToken = tokens[words[0] ?? run.start];
        const lastToken = tokens[words[words.length - 1] ?? run.start];
        if (!firstToken || !lastToken) return undefined;
        let start = firstToken.start;
        if (run.start < (words[0] ?? 0) && tokens[run.start]?.text === '[') start = tokens[run.start]?.start ?? start;
        if (words.length > 1 && CLOSED_POS.has(firstToken.pos) && !lookup(text.slice(start, lastToken.end))) {
          words = words.slice(1);
          start = tokens[words[0] ?? 0]?.start ?? start;
        }
        const first = words[0];
        if (first === undefined) return undefined;
        // "[Sergey] Lavrov": mentions are contiguous text, so the mention is "Lavrov"; the bracketed
        // first name still joins the entity's name (`words`).
        // Its tokens still start at "[", so that no other recogniser takes "Sergey" alone.
        const startToken = tokens[first - 1]?.text === '[' ? first - 1 : first;
        if (tokens[first - 1]?.text === '[' && tokens[first + 1]?.text === ']' && words.length > 1) {
          start = tokens[words[1] ?? first]?.start ?? start;
        }
        let end = lastToken.end;
        if (/['’]$/u.test(lastToken.text) && lastToken.text.length > 2) end -= 1;
        const sentencePeriod = endsWithSentencePeriod(tokens, words[words.length - 1] ?? run.start);
        if (sentencePeriod && end === lastToken.end) end -= 1;
        const nameWords: string[] = [];
        let glue = false;
        for (const index of words) {
          const token = tokens[index];
          if (!token) continue;
          // "Urban-Brookings": an organisation's hyphen, the only one among the words, glues its halves.
          if (token.text === '-' || glue) {
            nameWords.push(`${nameWords.pop() ?? ''}${token.text}`);
            glue = token.text === '-';
            continue;
          }
          nameWords.push(...splitGluedName(token.text, (word) => hasWordClass(word, 'firstName')));
        }
        if (sentencePeriod) nameWords.push((nameWords.pop() ?? '').replace(/\.$/, ''));
        const surface = text.slice(start, end);
        let typed = typeName(surface, nameWords, title !== undefined, run.end, shape);
        // "the Committee for a Responsible Federal Budget", "School of Public Health": an organisation's
        // head word joined by a connector to more name words is an organisation whatever the last word.
        if (run.organisation && !title && typed.confidence < RULE_CONFIDENCE.listed)
          typed = { type: 'ORG', confidence: RULE_CONFIDENCE.organisationName };
        // "the American Sign Museum": a museum, hospital or hotel is also the body that runs it.
        const head = lastToken.norm.replace(/['’]s?$/u, '');
        // Not a modifier before a title: "Hong Kong Financial Secretary", "Overseas Development Minister".
        const beforeTitle = matchTitle(tokens, run.end, shape.end) > run.end;
        // In an ALL CAPS line the capitals say nothing of where a name ends ("FRENCH LEAGUE RESULTS").
        const organisation =
          (typed.type === 'ORG' || (typed.type === 'FAC' && isOrganizationWord(head))) &&
          !beforeTitle &&
          !shape.allCaps &&
          (run.organisation || (words.length > 1 && !run.coordinated && isOrganisationHead(head)));
        const role: Span | undefined = title
          ? makeSpan(text, tokens[title.roleStart]?.start ?? 0, tokens[title.end - 1]?.end ?? 0)
          : appositionRole(run.end, shape);
        return {
          start,
          end,
          startToken,
          endToken: words[words.length - 1]! + 1,
          type: typed.type,
          confidence: typed.confidence,
          ...(title !== undefined ? { titled: true } : {}),
          ...(typed.contextFree ? { contextFree: true } : {}),
          ...(typed.subjectOfReport ? { subjectOfReport: true } : {}),
          ...(organisation ? { organisation: true } : {}),
          source: 'rules',
          words: nameWords,
          ...(role && (typed.type === 'PERSON' || typed.type === null) ? { role } : {}),
        };
      }

      function typeName(
        surface: string,
        words: string[],
        titled: boolean,
        after: number,
        shape: SentenceShape,
      ): { type: EntityType | null; confidence: number; contextFree?: boolean; subjectOfReport?: boolean } {
        if (titled) return { type: 'PERSON', confidence: RULE_CONFIDENCE.titled };
        const known = lookup(surface) ?? lookup(words.join(' '));
        if (known)
          return {
            type: known.type,
            confidence: RULE_CONFIDENCE.listed,
            ...(known.contextFree ? { contextFree: true } : {}),
          };
        const firstWord = words[0] ?? '';
        const lastWord = (words[words.length - 1] ?? '').toLowerCase();
        const headType = HEAD_TYPES.get(lastWord);
        if (words.length > 1 && headType) return { type: headType, confidence: RULE_CONFIDENCE.headWord };
        if (words.length > 1 && isOrganizationWord(lastWord))
          return { type: 'ORG', confidence: RULE_CONFIDENCE.headWord };
        if (words.length > 1 && isPlaceWord(lastWord)) return { type: 'LOC', confidence: RULE_CONFIDENCE.placeWord };
        if (hasWordClass(firstWord, 'firstName') && words.length > 1 && words.length <= 4) {
          return { type: 'PERSON', confidence: RULE_CONFIDENCE.firstName };
        }
        if (words.length === 1 && hasWordClass(firstWord, 'demonym'))
          return { type: 'NORP', confidence: RULE_CONFIDENCE.demonym };
        if (
          words.length <= 3 &&
          words.every((word) => hasWordClass(word, 'lastName') || hasWordClass(word, 'firstName'))
        ) {
          return { type: 'PERSON', confidence: RULE_CONFIDENCE.personWords };
        }
        if (words.length === 1 && isAcronym(surface)) return { type: 'ORG', confidence: RULE_CONFIDENCE.acronym };
        const next = tokens[reportingVerbAfter(after)];
        if (next && REPORTING_FORMS.has(next.norm) && next.sentence === tokens[shape.start]?.sentence) {
          // "Biden said": a name the tagger reads as a proper noun, subject of a reporting verb, is a
          // person as surely as a first name makes one. Not a month ("in May said"), nor a dictionary
          // word whose capital may be only the sentence's ("Eyewitnesses told", "Paper says": the
          // tagger reads those as proper nouns too).
          const nameToken = tokens[after - 1];
          const sure =
            nameToken?.pos === 'PROPN' &&
            !hasWordClass(lastWord, 'month') &&
            !hasWordClass(lastWord, 'weekday') &&
            !(words.length === 1 && isPositional(tokens, after - 1, shape.start) && isCommonWord(lastWord));
          return {
            type: 'PERSON',
            confidence: sure ? RULE_CONFIDENCE.subjectOfReport : RULE_CONFIDENCE.unsureSubjectOfReport,
            ...(sure ? { subjectOfReport: true } : {}),
          };
        }
        // "researchers agree that Freud was right": a lone name no list knows, a proper noun that is
        // no dictionary word, right before a verb, is more likely a person than the nationality or
        // product the model is unsure of (resolve.ts takes it only against such an unsure guess).
        const verb = tokens[after];
        const nameToken = tokens[after - 1];
        if (
          words.length === 1 &&
          verb &&
          (verb.pos === 'AUX' || verb.pos === 'VERB') &&
          /^\p{Ll}/u.test(verb.text) &&
          nameToken?.pos === 'PROPN' &&
          !isCommonWord(lastWord) &&
          !COMPASS_POINTS.has(lastWord) &&
          !hasWordClass(lastWord, 'month') &&
          !hasWordClass(lastWord, 'weekday') &&
          // "while the West accuses Moscow": a name after an article is no person's.
          !ARTICLES.has(tokens[after - 2]?.norm ?? '') &&
          !isPositional(tokens, after - 1, shape.start)
        )
          return { type: 'PERSON', confidence: RULE_CONFIDENCE.unsureSubjectOfReport, subjectOfReport: true };
        return { type: null, confidence: 0 };
      }

      /**
       * Where the verb of a name ending before `after` stands: right after it, or after an interruption
       * between commas ("Zelensky, speaking in Kyiv on Tuesday, said").
       */
      function reportingVerbAfter(after: number): number {
        if (tokens[after]?.text !== ',') return after;
        for (let k = after + 1; k < after + MAX_INTERRUPTION && k < tokens.length; k++) {
          const token = tokens[k] as Token;
          if (token.sentence !== tokens[after]?.sentence || token.kind === 'quote') break;
          if (token.text === ',') return k + 1;
        }
        return after;
      }

      /** "Dmitry Peskov, the Kremlin spokesman, said": an apposition after the name is a role. */
      function appositionRole(after: number, shape: SentenceShape): Span | undefined {
        if (tokens[after]?.text !== ',') return undefined;
        let k = after + 1;
        if (['the', 'a', 'an'].includes(tokens[k]?.norm ?? '')) k += 1;
        const roleStart = k;
        for (let steps = 0; steps < 6 && k < shape.end; steps++) {
          const titleEnd = matchTitle(tokens, k, shape.end);
          if (titleEnd > k) {
            let end = titleEnd;
            if (tokens[end]?.norm === 'of' && isCapitalised(tokens[end + 1])) {
              end += 1;
              while (end < shape.end && isCapitalised(tokens[end])) end += 1;
            }
            const closer = tokens[end];
            if (closer && closer.text !== ',' && closer.text !== '.' && closer.kind !== 'quote') return undefined;
            return makeSpan(text, tokens[roleStart]?.start ?? 0, tokens[end - 1]?.end ?? 0);
          }
          const token = tokens[k];
          if (!token || !(token.pos === 'PART' || isCapitalised(token))) return undefined;
          k += 1;
        }
        return undefined;
      }
    },
  };
}
