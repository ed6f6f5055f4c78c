export { aggregate } from './aggregate.js';
export { linkByName, linkBySharedIds, linkWithEntityLayer } from './link.js';
export { createEntityFinder } from './mentions.js';
export { QUOTE_SIMILARITY_THRESHOLD, quoteSimilarity } from './similarity.js';
export type * from './types.js';
