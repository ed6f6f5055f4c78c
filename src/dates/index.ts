import type { Tagger } from '../tagger.js';

// Placeholder while the dates stage is being written.
export const dateTagger: Tagger = {
  name: 'dates',
  tag() {},
};
