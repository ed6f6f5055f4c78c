import type { Mention, NewsDocument, Span } from '../types.js';

/**
 * What `aggregate` reads of a document, and nothing more: its metadata, statements, entities and
 * dates with the sentences that hold a date (the timeline shows them), copied out so that nothing
 * keeps the text or the tokens alive. Of an entity's mentions the story counts them only: they are
 * kept as an array of that length without elements. `aggregate` keeps this of each document it
 * takes from an iterator, and the command keeps it of each article of `--story`.
 */
export function storyPart(doc: NewsDocument): NewsDocument {
  const sentences: Span[] = [];
  let k = 0;
  for (const date of [...doc.dates].sort((a, b) => a.start - b.start)) {
    while (k < doc.sentences.length && (doc.sentences[k]?.end ?? 0) <= date.start) k++;
    const sentence = doc.sentences[k];
    if (sentence && sentence.start <= date.start && sentences.at(-1) !== sentence) sentences.push(sentence);
  }
  const entities = doc.entities.map(({ mentions: _mentions, ...entity }) => entity);
  const kept = { id: doc.id, text: '', meta: doc.meta, sentences, entities, quotes: doc.quotes, dates: doc.dates };
  const slim = JSON.parse(JSON.stringify(kept)) as {
    entities: Omit<NewsDocument['entities'][number], 'mentions'>[];
  } & Omit<NewsDocument, 'entities'>;
  return {
    ...slim,
    entities: slim.entities.map((entity, index) => ({
      ...entity,
      mentions: new Array<Mention>(doc.entities[index]?.mentions.length ?? 0),
    })),
  };
}
