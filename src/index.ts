export { createPipeline, extract, BUILT_IN_STAGES } from './pipeline.js';
export type { Pipeline, PipelineOptions, ManyInput } from './pipeline.js';
export { NewsExtractError, TaggerError } from './tagger.js';
export type { Tagger, Placement } from './tagger.js';
export { makeSpan } from './document.js';
export type { DocumentDraft, DraftMeta, MentionCandidate } from './document.js';
export { ENTITY_TYPES } from './types.js';
export type * from './types.js';
