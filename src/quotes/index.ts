import type { Tagger } from '../tagger.js';

// Placeholder while the quotes stage is being written.
export const quoteTagger: Tagger = {
  name: 'quotes',
  tag() {},
};
