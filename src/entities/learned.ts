import type { EntityCandidate, Recognizer, RecognizerInput } from './candidate.js';
import { recognizeEntities } from './model/index.js';

/**
 * The learned recogniser (an averaged perceptron trained on CoNLL-2003, in `model/`) behind the
 * stage's Recognizer interface. It knows names no list holds and reads context, but CoNLL has four
 * types and Reuters boundaries; the rules and lists refine both (see `resolve.ts`).
 */
export const learnedRecognizer: Recognizer = {
  name: 'model',
  recognize(input: RecognizerInput): EntityCandidate[] {
    return recognizeEntities(input.tokens).map((span) => ({
      start: span.start,
      end: span.end,
      startToken: span.startToken,
      endToken: span.endToken + 1,
      type: span.type,
      confidence: span.confidence,
      source: 'model',
    }));
  },
};
