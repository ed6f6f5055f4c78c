export { aggregate } from './aggregate.js';
export { linkByName, linkBySharedIds, linkWithEntityLayer } from './link.js';
export { quoteSimilarity, QUOTE_SIMILARITY_THRESHOLD } from './similarity.js';
export type * from './types.js';
export { createEntityFinder } from './mentions.js';
