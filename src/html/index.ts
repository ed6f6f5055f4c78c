/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * `news-extract/html`: web pages in. A separate entry, so that users of the main entry (text only,
 * browsers) never load a DOM or Readability.
 */

export type { Byline } from './byline.js';
export { parseByline } from './byline.js';
export { parsePageDate } from './dates.js';
export type { HtmlExtractOptions, HtmlPipeline } from './extract.js';
export { createPipeline, extractHtml, extractHtmlWith, withHtml } from './extract.js';
export type { Article, PageDocument, ReadOptions } from './read.js';
export { MAX_PAGE_LENGTH, readArticle } from './read.js';
