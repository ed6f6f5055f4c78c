import { makeSpan, type DocumentDraft, type MentionCandidate } from '../document.js';
import type { Tagger } from '../tagger.js';
import type { Token } from '../types.js';
import { cleanCandidate } from './boundaries.js';
import type { EntityCandidate, Recognizer, RecognizerInput } from './candidate.js';
import { buildEntities } from './entities.js';
import { learnedRecognizer } from './learned.js';
import { lookupPhrase } from './lexicon/index.js';
import { linkMentions } from './link.js';
import { chainLookups, compromisePhraseLookup, type PhraseLookup } from './lookup.js';
import { addLowercaseVariants } from './variants.js';
import { resolveCandidates } from './resolve.js';
import { createRuleRecognizer } from './rules.js';

/**
 * The entity stage: candidates from user taggers (locked), the capitalisation rules and the learned
 * model are combined by a fixed precedence (resolve.ts), linked into one entity per real-world thing
 * (link.ts), given the type of their entity, a canonical name, aliases and roles (entities.ts).
 */

/** The curated lexicon first (U.S. → United States), then compromise's word lists. */
export const phraseLookup: PhraseLookup = chainLookups((phrase) => {
  // Short all-letter words are matched with their case, so "us" is never the United States.
  const caseSensitive = phrase.replace(/[.\s]/g, '').length <= 3;
  const match = lookupPhrase(phrase, { caseSensitive });
  return match ? { type: match.type, canonical: match.canonical } : undefined;
}, compromisePhraseLookup);

const ruleRecognizer: Recognizer = createRuleRecognizer(phraseLookup);

/** Model spans below this confidence are left out unless a rule span agrees (measured on CoNLL dev). */
const MIN_MODEL_CONFIDENCE = 0.5;

function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.end <= start) continue;
    if (token.start >= end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : [first, last + 1];
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

/** A model span a list knows takes the list's finer type ("Kremlin" is ORG, not LOC). */
function withListedType(candidate: EntityCandidate, text: string): EntityCandidate {
  const listed = phraseLookup(text.slice(candidate.start, candidate.end));
  return listed && listed.type !== candidate.type ? { ...candidate, type: listed.type, confidence: Math.max(candidate.confidence, 0.9) } : candidate;
}

export interface EntityStageOptions {
  /** Use the learned model (default true); without it the rules and word lists work alone. */
  model?: boolean;
}

/** Recognises, links and types the entities of one document. */
export function recognizeDocumentEntities(doc: DocumentDraft, options: EntityStageOptions = {}): void {
  const input: RecognizerInput = {
    text: doc.text,
    analysisText: doc.analysisText,
    tokens: doc.tokens,
    sentences: doc.sentences,
  };
  const fromTaggers = lockedCandidates(doc);
  const locked = fromTaggers.filter((candidate) => candidate.locked);
  const unlockedFromTaggers = fromTaggers.filter((candidate) => !candidate.locked);
  const rules = [...unlockedFromTaggers, ...ruleRecognizer.recognize(input)];
  const model =
    options.model === false
      ? []
      : learnedRecognizer
          .recognize(input)
          .flatMap((candidate) => cleanCandidate(candidate, doc.tokens))
          .map((candidate) => withListedType(candidate, doc.text));
  const accepted = resolveCandidates(locked, rules, model, MIN_MODEL_CONFIDENCE).filter(
    (candidate) => candidate.end > candidate.start && doc.analysisText.slice(candidate.start, candidate.end).trim() !== '',
  );
  const clusters = linkMentions(accepted, doc.text, phraseLookup);
  addLowercaseVariants(clusters, doc.tokens, accepted);
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
    recognizeDocumentEntities(doc);
  },
};
