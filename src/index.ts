export type { TemporalMeaning, Tense } from './dates/meaning.js';
export { normalizeDuration, normalizeRelative, normalizeTimex, normalizeWeekday } from './dates/normalize.js';
export type { DocumentDraft, DraftMeta, MentionCandidate } from './document.js';
export { makeSpan } from './document.js';
export type { CorpusEntity, LinkedCorpus } from './entities/crossdoc.js';
export { linkEntities } from './entities/crossdoc.js';
export type { ManyInput, Pipeline, PipelineOptions, StageName } from './pipeline.js';
export { BUILT_IN_STAGES, createPipeline, extract, extractAsync } from './pipeline.js';
export type { SpeakerQuotes } from './quotes/bySpeaker.js';
export { quotesBySpeaker } from './quotes/bySpeaker.js';
export { renderHtml, renderStoryHtml } from './render/html.js';
export { renderPretty, renderStoryPretty } from './render/pretty.js';
export {
  aggregate,
  linkByName,
  linkBySharedIds,
  linkWithEntityLayer,
  QUOTE_SIMILARITY_THRESHOLD,
  quoteSimilarity,
} from './story/index.js';
export type * from './story/types.js';
export type { DraftField, Placement, Tagger } from './tagger.js';
export { NewsExtractError, TaggerError } from './tagger.js';
export type { GazetteerEntry, GazetteerOptions } from './taggers/gazetteer.js';
export { gazetteerTagger } from './taggers/gazetteer.js';
export type { PatternOptions, PatternRule } from './taggers/pattern.js';
export { patternTagger } from './taggers/pattern.js';
export type * from './types.js';
export { ENTITY_TYPES, QUOTE_SCOPES } from './types.js';
