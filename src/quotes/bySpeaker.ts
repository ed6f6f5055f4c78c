import type { NewsDocument, Quote } from '../types.js';

/** Everything one speaker said, in one document or across several. */
export interface SpeakerQuotes {
  /** The speaker's canonical name (the entity's name, else the speaker phrase). */
  readonly name: string;
  /** Entity id, when the speaker resolved to an entity (ids are per document unless linked). */
  readonly entity?: string;
  /** Ids of the documents the quotes come from, in first-seen order. */
  readonly documents: readonly string[];
  readonly quotes: ReadonlyArray<Quote & { readonly document: string }>;
}

type Docs = NewsDocument | Iterable<NewsDocument>;

function isDocument(input: Docs): input is NewsDocument {
  return typeof (input as NewsDocument).text === 'string' && Array.isArray((input as NewsDocument).quotes);
}

/**
 * Groups quotes by who said them: "who said what". Speakers resolved to the same entity are one
 * group; across documents, groups join on the entity's canonical name (entity ids are local to a
 * document), so "Dmitry Peskov" in two articles is one speaker. Quotes without a speaker are left out.
 * Groups are ordered by number of quotes, most first.
 */
export function quotesBySpeaker(input: Docs): SpeakerQuotes[] {
  const docs = isDocument(input) ? [input] : [...input];
  const single = docs.length === 1;
  const groups = new Map<
    string,
    { name: string; entity?: string; documents: string[]; quotes: Array<Quote & { document: string }> }
  >();
  for (const doc of docs) {
    for (const quote of doc.quotes) {
      const speaker = quote.speaker;
      if (!speaker) continue;
      const name = speaker.name ?? speaker.text;
      const key =
        single && speaker.entity
          ? `entity:${speaker.entity}`
          : `name:${name.toLowerCase().replace(/\s+/g, ' ').trim()}`;
      let group = groups.get(key);
      if (!group) {
        group = { name, documents: [], quotes: [] };
        if (single && speaker.entity) group.entity = speaker.entity;
        groups.set(key, group);
      }
      if (!group.documents.includes(doc.id)) group.documents.push(doc.id);
      group.quotes.push({ ...quote, document: doc.id });
    }
  }
  return [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
}
