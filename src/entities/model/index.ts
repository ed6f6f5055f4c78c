/**
 * The learned named-entity recognizer: an averaged perceptron over BILOU tags, trained on CoNLL-2003
 * English (scripts/train-ner.ts), with Viterbi decoding, lexicon and gazetteer features and document-level
 * features.
 * It finds PER / ORG / LOC / MISC names; the lexicon refines LOC and MISC into OntoNotes types.
 */
import type { EntityType } from '../../types.js';
import { COMPASS_POINTS, EVENT_HEADS_OF_MISC, GENERATIONAL_SUFFIXES, HEAD_WORDS } from '../../vocabulary/english.js';
import { lookupPhrase } from '../lexicon/index.js';
import { decodeTwice } from './decode.js';
import { extractFeatures, plainTypography, trainedWordKey } from './features.js';
import { insideWordBits } from './inside.js';
import { COARSE_TYPES, type CoarseType, spansOfTags, type TagSpan } from './labels.js';
import { type PackedModel, PackedWeights } from './packed.js';
import weights from './weights.json' with { type: 'json' };

export interface ModelToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
}

export interface ModelSpan {
  readonly start: number;
  readonly end: number;
  readonly label: CoarseType;
  /** Fine OntoNotes guess: PER → PERSON; LOC → GPE / LOC / FAC and MISC → NORP / EVENT / ... by the lexicon. */
  readonly type: EntityType;
  /**
   * Mean per-token probability of the tags chosen (0..1), with a softmax temperature fitted so that
   * on a held-back tenth of CoNLL-2003 train it tracks how often a span is right.
   */
  readonly confidence: number;
  /** First and last token index (inclusive) in the input. */
  readonly startToken: number;
  readonly endToken: number;
}

let model: PackedWeights | undefined;

/** The weights, decoded on first use (a few milliseconds) and kept for the process. */
export function loadModel(): PackedWeights {
  model ??= new PackedWeights(weights as PackedModel);
  return model;
}

/**
 * Replaces the weights for the rest of the process: for evaluation scripts only (`npm run eval:ner --
 * --weights FILE` scores a model trained without part of train). Not part of the package's API.
 */
export function useWeightsForEvaluation(packed: PackedModel): void {
  model = new PackedWeights(packed);
}

/**
 * Named entities in a document's tokens. Pass the whole document: the recognizer reads how the rest
 * of the text writes a word (capital lines, "police" vs "Police") and what it called it earlier.
 */
export function recognizeEntities(tokens: readonly ModelToken[]): ModelSpan[] {
  if (tokens.length === 0) return [];
  const table = loadModel();
  // Constrained decoding: uncapitalised words never seen inside a training name (and connectors
  // where their training positions rule a name out) are tagged O without being scored (features.ts
  // forceOutside). The confidences are then those of the constrained taggings: on CoNLL-2003 dev
  // they track span precision slightly better (Brier 0.0460 against 0.0467 unconstrained).
  const features = extractFeatures(tokens, (lower) => table.trainedTypes(trainedWordKey(lower)), insideWordBits);
  const { tags, confidence } = decodeTwice(features, table, table.temperature);
  return spansOfTagging(tokens, tags, confidence);
}

/**
 * The spans of a tagging (BILOU tags and per-token confidences, as decodeTwice gives them), with
 * their fine types. Exported for the recorder of the recognizer's test fixture.
 */
export function spansOfTagging(tokens: readonly ModelToken[], tags: Uint8Array, confidence: Float64Array): ModelSpan[] {
  const spans: ModelSpan[] = [];
  const tagged = spansOfTags(tags);
  for (let k = 0; k < tagged.length; k++) {
    const span = tagged[k] as TagSpan;
    // "John Smith Jr.": a generational suffix right after a person's name ends that name, whatever the
    // tagger made of it alone (an unsure MISC "Jr." once became a product).
    const after = tokens[span.last + 1];
    if (
      COARSE_TYPES[span.type] === 'PER' &&
      after &&
      after.sentence === tokens[span.last]?.sentence &&
      GENERATIONAL_SUFFIXES.has(after.text.toLowerCase())
    ) {
      const next = tagged[k + 1];
      if (next && next.first === span.last + 1 && next.last === span.last + 1) k++;
      else if (next && next.first === span.last + 1) {
        // The suffix begins a longer name: leave both as tagged.
        addSpan(spans, tokens, confidence, span);
        continue;
      }
      addSpan(spans, tokens, confidence, { ...span, last: span.last + 1 });
      continue;
    }
    addSpan(spans, tokens, confidence, span);
  }
  return spans;
}

function addSpan(spans: ModelSpan[], tokens: readonly ModelToken[], confidence: Float64Array, span: TagSpan): void {
  {
    const first = tokens[span.first];
    const last = tokens[span.last];
    const label = COARSE_TYPES[span.type];
    if (!first || !last || !label) return;
    let sum = 0;
    for (let i = span.first; i <= span.last; i++) sum += confidence[i] ?? 0;
    spans.push({
      start: first.start,
      end: last.end,
      label,
      type: fineType(label, tokens, span.first, span.last),
      confidence: sum / (span.last - span.first + 1),
      startToken: span.first,
      endToken: span.last,
    });
  }
}

/** Last words that make a MISC name an event or a law: "World Cup", "Clean Air Act". */
const LAW_HEADS: ReadonlySet<string> = new Set(HEAD_WORDS.LAW);

function fineType(label: CoarseType, tokens: readonly ModelToken[], first: number, last: number): EntityType {
  if (label === 'PER') return 'PERSON';
  if (label === 'ORG') return 'ORG';
  // "the West" is a region (a bloc), not a country, nor a group or a product: the tagger, unsure,
  // calls a compass point LOC or MISC from one training run to the next.
  if (first === last && COMPASS_POINTS.has(plainTypography(tokens[first]?.text ?? '').toLowerCase())) return 'LOC';
  const text = tokens
    .slice(first, last + 1)
    .map((token) => token.text)
    .join(' ');
  // The lexicon knows finer types and metonymy the coarse label hides: "the Kremlin said" is an
  // organisation even where CoNLL's annotators (and so the tagger) call it a location.
  const known = lookupPhrase(text, { trainedOnly: true })?.type;
  if (known) return known;
  if (label === 'LOC') return 'GPE';
  const head = (tokens[last]?.text ?? '').toLowerCase();
  if (LAW_HEADS.has(head)) return 'LAW';
  if (EVENT_HEADS_OF_MISC.has(head) || /\d/.test(text)) return 'EVENT';
  // Most MISC names in news are nationalities and groups ("German", "Serb", "Democrats").
  return 'NORP';
}
