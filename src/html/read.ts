/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NewsExtractError } from '../tagger.js';
import { htmlToText } from './blocks.js';
import { boundNesting, flattenDeepElements } from './bound.js';
import { parseByline } from './byline.js';
import { plainText, readMetadata, safeUrl } from './metadata.js';

/** A web page read as a newsroom would: its article text and what the page declares about it. */
export interface Article {
  /** The headline (see metadata.ts for where it comes from), or '' when the page gives none. */
  readonly title: string;
  /**
   * The document text: the title line, then the article's blocks (paragraphs, headings, list items,
   * captions), one per line. Spans of `extractHtml` refer to this text.
   */
  readonly text: string;
  /** The byline without "By", dates and agencies ("Jane Roe and John Doe"). */
  readonly byline?: string;
  /** The people in the byline. */
  readonly authors: readonly string[];
  /** Publication day the page declares, YYYY-MM-DD. */
  readonly date?: string;
  /** The site's name (`og:site_name`, ...). */
  readonly siteName?: string;
  /** The outlet: the site's name, else the publisher the page names, else the URL's host. */
  readonly publisher?: string;
  /** The canonical URL (http or https only), else the URL the caller gave. */
  readonly url?: string;
  /** The page's language as it declares it ("en-US", "de"). */
  readonly lang?: string;
  /** How the text was found: Readability's article, or the whole page's blocks when it found none. */
  readonly extraction: 'readability' | 'fallback';
}

/**
 * A DOM `Document` (a browser's `document`, linkedom's, jsdom's), typed by what readArticle uses so
 * that the declarations need no DOM library.
 */
export interface PageDocument {
  readonly documentElement: unknown;
  querySelectorAll(selectors: string): unknown;
  cloneNode(deep?: boolean): unknown;
}

export interface ReadOptions {
  /** Where the page was fetched from: resolves relative links, and is the URL when the page declares none. */
  url?: string;
}

/** Pages above this many characters are refused with an error rather than read for minutes. */
export const MAX_PAGE_LENGTH = 32_000_000;
/** Readability gives up (and the block reader takes over) on pages with more elements than this. */
const MAX_ELEMENTS = 150_000;
/** An article shorter than this is taken for a teaser or a cookie banner, not the page's story. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Reads a page's article and metadata. Accepts the HTML source, or a `Document` (a browser page can
 * pass its own; it is cloned, never changed). Never throws for odd markup: a page without an article
 * gives the page's own text with `extraction: 'fallback'`; only input that is not a string or a
 * Document, or a page above `MAX_PAGE_LENGTH`, is an error.
 */
export function readArticle(input: string | PageDocument, options: ReadOptions = {}): Article {
  let document: Document;
  let source: () => string;
  if (typeof input === 'string') {
    if (input.length > MAX_PAGE_LENGTH) {
      throw new NewsExtractError(
        `readArticle: the page has ${input.length} characters, more than the ${MAX_PAGE_LENGTH} read`,
      );
    }
    const html = boundNesting(input);
    document = parseHTML(html).document as unknown as Document;
    source = () => html;
  } else if (input && typeof input === 'object' && typeof (input as Document).querySelectorAll === 'function') {
    document = (input as Document).cloneNode(true) as Document;
    if (document.documentElement) flattenDeepElements(document.documentElement);
    source = () => document.documentElement?.outerHTML ?? '';
  } else {
    throw new NewsExtractError(
      `readArticle() expects an HTML string or a Document, got ${input === null ? 'null' : typeof input}`,
    );
  }

  const metadata = readMetadata(document, options.url);
  const headline = firstText(document, 'h1');
  const pageTitle = firstText(document, 'title');
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    // Readability changes the document it reads: the metadata above is read first.
    parsed = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    parsed = null;
  }
  const articleBlocks = parsed?.content ? htmlToText(parsed.content).text : '';
  const readable = articleBlocks.replace(/\s+/g, ' ').length >= MIN_ARTICLE_CHARS;
  const blocks = (readable ? articleBlocks : htmlToText(source()).text).split('\n');

  const declared = metadata.title ?? cleanTitle(parsed?.title) ?? cleanTitle(pageTitle);
  const title = chooseTitle(declared, cleanTitle(headline), blocks) ?? '';
  // The headline is the first line; drop the page's own copy of it (the block reader starts with the <h1> or <title>).
  const key = wordKey(title);
  const body = blocks.filter((line, index) => line !== '' && !(index < 3 && wordKey(line) === key));
  const text = [title, ...body].filter((line) => line !== '').join('\n');

  const organisations = [metadata.siteName, metadata.publisher].filter((name): name is string => Boolean(name));
  const byline = [...metadata.bylines, parsed?.byline ?? undefined, ...metadata.markupBylines]
    .map((candidate) => parseByline(candidate ?? undefined, organisations))
    .find((candidate) => candidate !== undefined);
  const siteName = metadata.siteName ?? (parsed?.siteName ? plainText(parsed.siteName, 200) : undefined);
  const url = metadata.url ?? safeUrl(options.url);
  const publisher = siteName ?? metadata.publisher ?? hostOf(url);
  const lang =
    metadata.lang ?? (parsed?.lang && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(parsed.lang) ? parsed.lang : undefined);
  return {
    title,
    text,
    ...(byline ? { byline: byline.byline } : {}),
    authors: byline?.authors ?? [],
    ...(metadata.date ? { date: metadata.date } : {}),
    ...(siteName ? { siteName } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    ...(lang ? { lang } : {}),
    extraction: readable ? 'readability' : 'fallback',
  };
}

/**
 * The declared title, unless it is not about the article while the page's `<h1>` is: a portal that
 * declares its front page's title on every article ("Yahoo News - Latest News & Headlines" above
 * "Russia: Space ship malfunctions, breaks up over Siberia"). About: half of the title's words of
 * four letters or more occur in the article.
 */
function chooseTitle(
  declared: string | undefined,
  headline: string | undefined,
  blocks: readonly string[],
): string | undefined {
  if (!declared || !headline || wordKey(declared) === wordKey(headline)) return declared ?? headline;
  const body = new Set(wordKey(blocks.join(' ')).split(' '));
  const about = (title: string): number => {
    const words = wordKey(title)
      .split(' ')
      .filter((word) => word.length >= 4);
    return words.length === 0 ? 0 : words.filter((word) => body.has(word)).length / words.length;
  };
  return about(declared) < 0.5 && about(headline) >= 0.5 && headline.split(/\s+/).length >= 3 ? headline : declared;
}

function firstText(document: Document, selector: string): string | undefined {
  return document.querySelector(selector)?.textContent ?? undefined;
}

function cleanTitle(value: string | null | undefined): string | undefined {
  return value ? plainText(value, 400) : undefined;
}

function wordKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return new URL(url).hostname.replace(/^(?:www|m|amp)\./, '') || undefined;
}
