import type { DocumentDraft, DraftMeta } from '../document.js';
import { createPipeline as createCorePipeline, type Pipeline, type PipelineOptions } from '../pipeline.js';
import type { Tagger } from '../tagger.js';
import { foldName } from '../text/fold.js';
import type { Entity, ExtractOptions, NewsDocument } from '../types.js';
import { type Article, type PageDocument, readArticle } from './read.js';

export interface HtmlExtractOptions extends ExtractOptions {
  /** Where the page was fetched from (see `ReadOptions.url`). */
  url?: string;
}

/** A pipeline that also reads web pages. */
export interface HtmlPipeline extends Pipeline {
  extractHtml(html: string | PageDocument, options?: HtmlExtractOptions): NewsDocument;
}

/**
 * Extracts from a web page: its article text (see `Article.text`) through the pipeline, with `meta`
 * filled from the page (title, date, url, publisher, byline, authors, lang, extraction). The page's
 * publication date is the reference date of its relative dates. Each author is a PERSON entity with
 * the role `author`: the one the article names, else a new entity without mentions (the byline is
 * metadata, not part of the text, so no quote is ever given to it).
 */
export function extractHtmlWith(
  pipeline: Pipeline,
  html: string | PageDocument,
  options: HtmlExtractOptions = {},
): NewsDocument {
  const { url, ...extractOptions } = options;
  addPageMetaStage(pipeline);
  const article = readArticle(html, url ? { url } : {});
  const known = {
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { date: article.date } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
  };
  const doc = pipeline.extract(article.text, { ...extractOptions, [PAGE_META]: known } as ExtractOptions);
  return {
    ...doc,
    meta: {
      ...doc.meta,
      ...known,
      ...(article.byline ? { byline: article.byline } : {}),
      ...(article.authors.length > 0 ? { authors: article.authors } : {}),
      ...(article.siteName ? { siteName: article.siteName } : {}),
      ...(article.lang ? { lang: article.lang } : {}),
      extraction: article.extraction,
    },
    entities: withAuthors(doc.entities, article),
  };
}

let shared: Pipeline | undefined;

/** `extractHtml` with a shared default pipeline (the language model loads once). */
export function extractHtml(html: string | PageDocument, options?: HtmlExtractOptions): NewsDocument {
  shared ??= createCorePipeline();
  return extractHtmlWith(shared, html, options);
}

/**
 * Adds `extractHtml` to a pipeline (one made by the main entry's `createPipeline`), and its
 * `page-meta` stage after `clean`.
 */
export function withHtml(pipeline: Pipeline): HtmlPipeline {
  addPageMetaStage(pipeline);
  const extended = pipeline as HtmlPipeline;
  extended.extractHtml = (html, options) => extractHtmlWith(pipeline, html, options);
  return extended;
}

/** `createPipeline` whose pipelines also have `extractHtml`. */
export function createPipeline(options?: PipelineOptions): HtmlPipeline {
  return withHtml(createCorePipeline(options));
}

/** Where extractHtmlWith hands the page's metadata to the `page-meta` stage (a symbol: never an option a user sets). */
const PAGE_META = Symbol('news-extract page metadata');
type PageMeta = Pick<DraftMeta, 'title' | 'date' | 'url' | 'publisher'>;

/**
 * The page's own title, date, canonical URL and outlet win over what the clean stage reads from the
 * text (a short-link in a paragraph, a headline guess). Placed right after `clean`, so that the
 * dates stage anchors relative dates on the page's publication date.
 */
export const pageMetaTagger: Tagger = {
  name: 'page-meta',
  after: 'clean',
  tag(doc: DocumentDraft) {
    const page = (doc.options as { [PAGE_META]?: PageMeta })[PAGE_META];
    if (page) doc.meta = { ...doc.meta, ...page };
  },
};

function addPageMetaStage(pipeline: Pipeline): void {
  if (!pipeline.stages.includes(pageMetaTagger.name)) pipeline.use(pageMetaTagger);
}

function withAuthors(entities: readonly Entity[], article: Article): readonly Entity[] {
  if (article.authors.length === 0) return entities;
  const result = [...entities];
  let next = 1 + Math.max(0, ...entities.map((entity) => Number(/^e(\d+)$/.exec(entity.id)?.[1] ?? 0)));
  for (const author of article.authors) {
    const key = foldName(author);
    const index = result.findIndex(
      (entity) => entity.type === 'PERSON' && [entity.name, ...entity.aliases].some((name) => foldName(name) === key),
    );
    const named = result[index];
    if (named) {
      if (!named.roles.includes('author')) result[index] = { ...named, roles: [...named.roles, 'author'] };
    } else {
      result.push({ id: `e${next++}`, type: 'PERSON', name: author, aliases: [], roles: ['author'], mentions: [] });
    }
  }
  return result;
}
