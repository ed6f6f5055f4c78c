import { NewsExtractError } from '../tagger.js';
import { foldName } from '../text/fold.js';
import type { Entity, EntityType, NewsDocument, Quote } from '../types.js';
import { PERSONAL_SUBJECT_PRONOUNS } from '../vocabulary/english.js';
import { linkWithEntityLayer } from './link.js';
import { storyPart } from './part.js';
import { QUOTE_SIMILARITY_THRESHOLD } from './similarity.js';
import { createStatementIndex, createWordOrder, type StatementCluster, type StatementIndex } from './statements.js';
import { buildTimeline } from './timeline.js';
import type {
  AggregateOptions,
  Statement,
  StatementVersion,
  Story,
  StoryArticle,
  StoryEntity,
  StorySpeaker,
} from './types.js';

/**
 * One picture of a story told by several articles: entities linked across them, quotes grouped by
 * speaker with each outlet's wording of one statement merged, and a timeline of the dates they give.
 * Pure: it reads the documents and returns plain data.
 *
 * `docs` may be any iterable, such as `pipeline.extractMany(texts)`: documents that are not in an
 * array are taken one at a time and only what the story reads of each is kept (`storyPart`: its
 * statements, entities with their mention counts, dates and the sentences that hold them; not its
 * text and tokens), so a large batch never holds every document at once. With a custom `linker`,
 * which may read anything, whole documents are kept.
 */
export function aggregate(docs: Iterable<NewsDocument>, options: AggregateOptions = {}): Story {
  if (!Array.isArray(docs)) {
    if (docs === null || typeof (docs as Partial<Iterable<NewsDocument>>)?.[Symbol.iterator] !== 'function') {
      throw new NewsExtractError('aggregate() expects an array or an iterable of documents');
    }
    return aggregateAll(options.linker ? [...docs] : Array.from(docs, storyPart), options);
  }
  return aggregateAll(docs, options);
}

function aggregateAll(docs: readonly NewsDocument[], options: AggregateOptions): Story {
  const threshold = options.quoteThreshold ?? QUOTE_SIMILARITY_THRESHOLD;
  const keys = (options.linker ?? linkWithEntityLayer)(docs);
  const entities = mergeEntities(docs, keys);
  const entityByKey = new Map(entities.map(({ key, entity }) => [key, entity]));
  const speakers = groupQuotes(
    docs,
    keys,
    entities.map(({ entity }) => entity),
    entityByKey,
    threshold,
  );
  const { timeline, unresolved } = buildTimeline(docs);
  return {
    articles: docs.map(describeArticle),
    entities: entities.map(({ entity }) => entity),
    speakers,
    timeline,
    unresolved,
  };
}

function describeArticle(doc: NewsDocument): StoryArticle {
  const article: { -readonly [K in keyof StoryArticle]: StoryArticle[K] } = { id: doc.id };
  if (doc.meta.title) article.title = doc.meta.title;
  if (doc.meta.date) article.date = doc.meta.date;
  if (doc.meta.publisher) article.publisher = doc.meta.publisher;
  if (doc.meta.siteName) article.siteName = doc.meta.siteName;
  if (doc.meta.url) article.url = doc.meta.url;
  return article;
}

function mergeEntities(
  docs: readonly NewsDocument[],
  keys: readonly (readonly string[])[],
): { key: string; entity: StoryEntity }[] {
  const groups = new Map<string, { doc: NewsDocument; entity: Entity }[]>();
  for (const [docIndex, doc] of docs.entries()) {
    for (const [index, entity] of doc.entities.entries()) {
      const key = keys[docIndex]?.[index] ?? `${docIndex}:${entity.id}`;
      const members = groups.get(key);
      if (members) members.push({ doc, entity });
      else groups.set(key, [{ doc, entity }]);
    }
  }
  const merged = [...groups].map(([key, members], order) => {
    const names = members.map(({ entity }) => entity.name);
    // The fullest name: most words, then longest ("Dmitry Peskov" over "Peskov").
    const name = [...names].sort((a, b) => wordCount(b) - wordCount(a) || b.length - a.length)[0]!;
    const aliases = uniqueFolded([...names, ...members.flatMap(({ entity }) => entity.aliases)]).filter(
      (alias) => foldName(alias) !== foldName(name),
    );
    const occurrences = members.map(({ doc, entity }) => ({
      article: doc.id,
      entity: entity.id,
      mentions: entity.mentions.length,
    }));
    return {
      key,
      order,
      entity: {
        id: '',
        type: mostCommon(members.map(({ entity }) => entity.type)),
        name,
        aliases,
        roles: uniqueFolded(members.flatMap(({ entity }) => entity.roles)),
        occurrences,
        mentions: occurrences.reduce((sum, occurrence) => sum + occurrence.mentions, 0),
      },
    };
  });
  merged.sort(
    (a, b) =>
      b.entity.mentions - a.entity.mentions ||
      b.entity.occurrences.length - a.entity.occurrences.length ||
      a.order - b.order,
  );
  return merged.map(({ key, entity }, index) => ({ key, entity: { ...entity, id: `s${index + 1}` } }));
}

interface SpeakerGroup {
  entity: string | null;
  name: string;
  statements: StatementCluster[];
}

function groupQuotes(
  docs: readonly NewsDocument[],
  keys: readonly (readonly string[])[],
  entities: readonly StoryEntity[],
  entityByKey: ReadonlyMap<string, StoryEntity>,
  threshold: number,
): StorySpeaker[] {
  // Speakers that resolve to no entity in their article may still name a story entity ("Peskov").
  const entityByName = new Map<string, StoryEntity>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      if (!entityByName.has(foldName(name))) entityByName.set(foldName(name), entity);
    }
  }
  const groups = new Map<string, SpeakerGroup & { index?: StatementIndex }>();
  const unattributed: StatementVersion[] = [];
  const versions = docs.map((doc) => doc.quotes.map((quote, quoteIndex) => toVersion(doc, quote, quoteIndex)));
  const order = createWordOrder(versions.flat().map((version) => version.text));
  // Every attributed statement, whoever said it, for the unattributed quotes to look up.
  const attributed = createStatementIndex(threshold, order);

  docs.forEach((doc, docIndex) => {
    doc.quotes.forEach((quote, quoteIndex) => {
      const version = versions[docIndex]![quoteIndex]!;
      const speaker = resolveSpeaker(doc, docIndex, quote, keys, entityByKey, entityByName);
      if (!speaker || speaker.pronoun) {
        // "we" in one outlet and "we" in another are no one in particular: never one speaker.
        unattributed.push(speaker?.pronoun ? { ...version, pronoun: speaker.name } : version);
        return;
      }
      let group = groups.get(speaker.key);
      if (!group) {
        const index = createStatementIndex(threshold, order);
        group = { entity: speaker.entity, name: speaker.name, statements: index.clusters, index };
        groups.set(speaker.key, group);
      }
      const index = group.index!;
      const cluster = index.add(version, index.best(version.text) ?? undefined);
      attributed.add(version, cluster);
    });
  });

  // An outlet that leaves a quote unattributed is read with the others: it joins a statement another
  // outlet attributes when the wording matches, and stays unattributed otherwise. A quote given to a
  // pronoun ("we said") names its speaker only inside its article: it stays unattributed.
  const rest = createStatementIndex(threshold, order);
  for (const version of unattributed) {
    const match = version.pronoun === undefined ? attributed.best(version.text) : null;
    if (match) match.versions.push(version);
    else rest.add(version, rest.best(version.text) ?? undefined);
  }
  const ordered = [...groups.values()].sort((a, b) => versionCount(b) - versionCount(a));
  if (rest.clusters.length > 0) ordered.push({ entity: null, name: 'unattributed', statements: rest.clusters });

  let counter = 0;
  // Within a speaker, what most outlets carry comes first (the story's core), then in reading order.
  const byReach = (statements: readonly StatementCluster[]) =>
    statements
      .map((statement, order) => ({
        statement,
        order,
        reach: new Set(statement.versions.map((version) => version.article)).size,
      }))
      .sort((a, b) => b.reach - a.reach || a.order - b.order)
      .map(({ statement }) => statement);
  return ordered.map((group) => ({
    entity: group.entity,
    name: group.name,
    statements: byReach(group.statements).map((statement): Statement => {
      counter += 1;
      return {
        id: `q${counter}`,
        text: statement.versions[0]!.text,
        versions: statement.versions,
        articles: [...new Set(statement.versions.map((version) => version.article))],
      };
    }),
  }));
}

function resolveSpeaker(
  doc: NewsDocument,
  docIndex: number,
  quote: Quote,
  keys: readonly (readonly string[])[],
  entityByKey: ReadonlyMap<string, StoryEntity>,
  entityByName: ReadonlyMap<string, StoryEntity>,
): { key: string; entity: string | null; name: string; pronoun?: true } | null {
  const speaker = quote.speaker;
  if (!speaker) return null;
  if (speaker.entity !== undefined) {
    const index = doc.entities.findIndex((entity) => entity.id === speaker.entity);
    const story = index >= 0 ? entityByKey.get(keys[docIndex]?.[index] ?? '') : undefined;
    if (story) return { key: `entity:${story.id}`, entity: story.id, name: story.name };
  }
  const phrase = speaker.name ?? speaker.text;
  const named = entityByName.get(foldName(phrase));
  if (named) return { key: `entity:${named.id}`, entity: named.id, name: named.name };
  const name = phrase.replace(/\s+/g, ' ').trim();
  if (PRONOUN_SPEAKERS.has(foldName(phrase))) return { key: '', entity: null, name, pronoun: true };
  return { key: `phrase:${foldName(phrase)}`, entity: null, name };
}

/**
 * Speaker phrases that are a pronoun alone ("we", "you", "I"): they name someone only inside their own
 * article: the personal subject pronouns, and generic "one".
 */
const PRONOUN_SPEAKERS: ReadonlySet<string> = new Set([...PERSONAL_SUBJECT_PRONOUNS, 'one']);

function toVersion(doc: NewsDocument, quote: Quote, index: number): StatementVersion {
  return {
    article: doc.id,
    quote: index,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    cue: quote.cue?.text ?? null,
  };
}

function versionCount(group: SpeakerGroup): number {
  return group.statements.reduce((sum, statement) => sum + statement.versions.length, 0);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

function uniqueFolded(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = foldName(value);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

function mostCommon(types: readonly EntityType[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
