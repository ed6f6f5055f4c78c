/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * `news-extract/html`: web pages in. A separate entry, so that users of the main entry (text only,
 * browsers) never load a DOM or Readability.
 */
export { readArticle, MAX_PAGE_LENGTH } from './read.js';
export type { Article, PageDocument, ReadOptions } from './read.js';
export { extractHtml, extractHtmlWith, withHtml, createPipeline } from './extract.js';
export type { HtmlExtractOptions, HtmlPipeline } from './extract.js';
export { parsePageDate } from './dates.js';
export { parseByline } from './byline.js';
export type { Byline } from './byline.js';
