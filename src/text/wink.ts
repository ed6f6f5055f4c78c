import type model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { leanWinkModel } from './wink-model.js';

/**
 * The only place that loads wink-nlp. The model is loaded lazily and once per process: loading it
 * costs far more than reading one article.
 */
type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | undefined;

export function wink(): WinkInstance {
  // Only the pipes we use: sentence boundaries and POS tags. NER (dates only in the lite model),
  // negation and sentiment are left out because other stages own those jobs.
  instance ??= winkNLP(leanWinkModel as unknown as typeof model, ['sbd', 'pos']);
  return instance;
}
