/**
 * The wink-eng-lite-web-model, assembled for the two pipes this library runs (sbd and pos).
 *
 * Why not `import model from 'wink-eng-lite-web-model'`: its `core()` deep-copies the 2.9 MB core
 * model with `JSON.parse(JSON.stringify(...))` before decoding it (about 90 ms of a 500 ms cold start
 * on the 2-core machine), and its entry module parses the NER and sentiment machines that `sbd`+`pos`
 * never run. Here the core is read from the same JSON file, and only what wink-nlp writes into
 * (feature lists and hashes, the packing's feature list) is copied, so the module's JSON stays as
 * loaded and every instance gets its own mutable parts. The sentence and POS machines and the feature
 * function are the package's own modules, unchanged.
 *
 * The decoding below mirrors the package's read-core-model.js and load-core-model.js of version
 * 1.8.1, which package.json pins exactly; test/wink-model.test.ts checks that tokens, POS tags and
 * sentences are identical to the stock model's on the corpus and on awkward text.
 */
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import loadCERMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadNegationModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadPOSModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSBDModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import { decodeBase64 } from '../base64.js';

interface FeatureData {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
  [key: string]: unknown;
}

interface CoreJson {
  packing: { layout: Record<string, number[]>; [key: string]: unknown };
  features: Record<string, FeatureData>;
  pos: { hash: Record<string, number> };
  lexicon: string;
  xpansions: string;
  [key: string]: unknown;
}

/** A machine that never matches: what wink-nlp's own `emptyModelJSON()` exports. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/** The decoded core model, with fresh copies of the parts wink-nlp's cache adds words to. */
function readCore(): Record<string, unknown> {
  const source = coreJson as unknown as CoreJson;
  const layout = source.packing.layout;
  const features: Record<string, FeatureData> = {};
  for (const [name, feature] of Object.entries(source.features)) {
    features[name] = { ...feature, list: feature.list.slice() };
  }
  const hashed = (feature: FeatureData): void => {
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k] as string] = k;
    feature.hash = hash;
  };
  for (const name in layout) if (layout[name]?.[3] === 0 && features[name]) hashed(features[name]);
  const lexeme = features.lexeme;
  if (!lexeme) throw new Error('news-extract: the wink-nlp model has no lexeme feature');
  hashed(lexeme);
  const clusters = features.posClusters;
  if (clusters) {
    clusters.list = clusters.list.map(
      (cluster) =>
        new Set(
          String(cluster)
            .split('_')
            .map((pos) => source.pos.hash[pos] || 0),
        ),
    );
  }
  // load-core-model.js: sizes of the closed feature lists, and which features are extracted.
  const efList: string[] = [];
  for (const name in layout) {
    const packed = layout[name];
    if (!packed) continue;
    // Extracted features need no feature list: lutCase and isAbbrev are computed from the lexicon
    // bits alone. Skipping them (as this file once did) changed wink's sentences and POS tags.
    if (packed[4] === 1) efList.push(name);
    const feature = features[name];
    if (packed[3] === 0 && feature) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (packed[1] ?? 0) >>> (packed[2] ?? 0);
    }
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return {
    ...source,
    packing: { ...source.packing, efList },
    features,
    lexicon: new Uint32Array(decodeBase64(source.lexicon).buffer),
    xpansions: new Uint32Array(decodeBase64(source.xpansions).buffer),
  };
}

/**
 * The library reads no lemma, stem or readability figure from wink-nlp (the quote stage keeps its own
 * verb lemmas), and the lemmatizer's word lists cost about 30 ms to import: the add-ons say so if a
 * later change asks for them, instead of failing on a missing function.
 */
function notLoaded(name: string): () => never {
  return () => {
    throw new Error(`news-extract: wink-nlp's ${name} is not loaded (src/text/wink-model.ts leaves the add-ons out)`);
  };
}
const addons: Record<string, unknown> = Object.create(null);
addons.stem = notLoaded('stemmer');
addons.lemmatize = notLoaded('lemmatizer');
addons.readabilityStats = notLoaded('readability statistics');
addons.wordVectors = undefined;

/**
 * The model object `winkNLP()` takes. NER and sentiment get machines that never match: with the pipes
 * `['sbd', 'pos']` wink-nlp builds them but never runs them.
 */
export const leanWinkModel = {
  core: readCore,
  sbd: loadSBDModel,
  pos: loadPOSModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: loadNegationModel,
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  metaCER: loadCERMetaModel,
  featureFn,
  addons,
};
