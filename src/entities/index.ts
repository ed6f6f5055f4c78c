import type { Tagger } from '../tagger.js';

// Placeholder while the entities stage is being written.
export const entityTagger: Tagger = {
  name: 'entities',
  tag() {},
};
