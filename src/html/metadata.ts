/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { dateInUrl, parsePageDate } from './dates.js';

/**
 * What a page declares about its article, read from its markup. Precedence, first found wins:
 * - title: JSON-LD `headline`, `og:title`, `twitter:title`, `itemprop="headline"`, then (in
 *   read.ts) Readability's title, the `<h1>`, the `<title>`;
 * - date: JSON-LD `datePublished`, `article:published_time` / `article:published` /
 *   `datePublished` meta, an `itemprop="datePublished"` element, other publication meta keys
 *   (`PUBLICATION_DATE_KEYS`), a `<time datetime>` outside nav, aside and footer (one marked as
 *   published first, modified ones never), the date in the canonical URL;
 * - site: `og:site_name`, `application-name`, JSON-LD `publisher.name`;
 * - publisher: JSON-LD `publisher.name`, `<meta name="publisher">`, the site name;
 * - url: `<link rel="canonical">`, `og:url`, JSON-LD `url` / `mainEntityOfPage` (http(s) only, and
 *   not a site's front page), else the URL the caller gives;
 * - byline: JSON-LD `author` (people, not organisations), `<meta name="author">`, `article:author`,
 *   `parsely-author`, then Readability's byline, `itemprop="author"`, `rel="author"`;
 * - lang: `<html lang>`, `content-language`, JSON-LD `inLanguage`, `og:locale`.
 * Every value is plain text (tags and control characters removed) of bounded length: a 1 MB
 * `og:title` is not a title and the next source is read instead.
 */
export interface PageMetadata {
  title?: string;
  date?: string;
  siteName?: string;
  publisher?: string;
  url?: string;
  lang?: string;
  /** Byline candidates in precedence order (read.ts adds Readability's before the markup's). */
  bylines: string[];
  /** Late byline candidates from the markup (`itemprop="author"`, `rel="author"`). */
  markupBylines: string[];
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|TechArticle|Review)$/;
/** Other `<meta>` keys that carry the publication date, lower-cased (step 4 of the date precedence). */
const PUBLICATION_DATE_KEYS = [
  'article:publicationdate',
  'article:published_date',
  'og:published_time',
  'og:pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'pdate',
  'date',
  'displaydate',
  'release_date',
  'created',
];
const MAX_TITLE = 400;
const MAX_NAME = 200;
const MAX_JSON_LD = 1_000_000;

type Json = Record<string, unknown>;

export function readMetadata(document: Document, pageUrl?: string): PageMetadata {
  const meta = metaContents(document);
  const article = jsonLdArticle(document);
  const ld = article?.node;
  const canonicalLink =
    document.querySelector('link[rel~="canonical" i], link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const base = safeUrl(pageUrl) ?? safeUrl(meta.get('og:url'));
  const url =
    articleUrl(canonicalLink, base) ??
    articleUrl(meta.get('og:url'), base) ??
    articleUrl(stringOf(ld?.['url']), base) ??
    articleUrl(idOf(ld?.['mainEntityOfPage']), base) ??
    safeUrl(pageUrl);

  const title = first(
    [
      stringOf(ld?.['headline']),
      meta.get('og:title'),
      meta.get('twitter:title'),
      meta.get('headline'),
      textOf(document.querySelector('[itemprop~="headline"]')),
    ],
    MAX_TITLE,
  );
  const publisherName = article ? nameOf(resolve(article.index, ld?.['publisher'])) : undefined;
  const siteName = first([meta.get('og:site_name'), meta.get('application-name'), publisherName], MAX_NAME);
  const publisher = first([publisherName, nonUrl(meta.get('publisher')), siteName], MAX_NAME);

  const dated = [
    stringOf(ld?.['datePublished']),
    meta.get('article:published_time'),
    meta.get('article:published'),
    meta.get('datepublished'),
    itempropDate(document),
    ...PUBLICATION_DATE_KEYS.map((key) => meta.get(key)),
    timeElementDate(document),
  ];
  let date: string | undefined;
  for (const value of dated) {
    date = parsePageDate(value);
    if (date) break;
  }
  date ??= dateInUrl(url);

  const authors = article ? personNames(article.index, ld?.['author']) : [];
  const bylines = [
    ...(authors.length > 0 ? [authors.join(' and ')] : []),
    ...[meta.get('author'), meta.get('article:author'), meta.get('parsely-author'), meta.get('byl')].flatMap((value) =>
      value ? [value] : [],
    ),
  ].filter((value) => !/^https?:|^\/\//i.test(value));
  const markupBylines = [
    textOf(document.querySelector('[itemprop~="author"] [itemprop~="name"]')),
    textOf(document.querySelector('[itemprop~="author"]')),
    textOf(document.querySelector('[rel~="author"]')),
  ].flatMap((value) => (value ? [value] : []));

  const lang = first(
    [
      document.documentElement?.getAttribute('lang') ?? undefined,
      meta.get('content-language'),
      stringOf(ld?.['inLanguage']),
      meta.get('og:locale'),
    ],
    40,
  );
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(siteName ? { siteName } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    ...(lang && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? { lang: lang.replace(/_/g, '-') } : {}),
    bylines,
    markupBylines,
  };
}

/** `<meta>` contents by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first of each wins. */
function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** The first JSON-LD node typed as an article (also inside `@graph` and arrays), with an index of nodes by `@id`. */
function jsonLdArticle(document: Document): { node: Json; index: Map<string, Json> } | undefined {
  const index = new Map<string, Json>();
  const articles: Json[] = [];
  for (const script of document.querySelectorAll('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      // Some sites wrap the JSON in CDATA or a comment (aclu.org: `<![CDATA[ {...} ]]>`).
      data = JSON.parse(source.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, ''));
    } catch {
      continue;
    }
    // Walk arrays and @graph lists without recursion; a hostile page cannot nest its way to a stack overflow.
    const pending: unknown[] = [data];
    for (let seen = 0; pending.length > 0 && seen < 5000; seen++) {
      const value = pending.pop();
      if (Array.isArray(value)) pending.push(...value.slice(0, 500).reverse());
      else if (value !== null && typeof value === 'object') {
        const node = value as Json;
        const id = stringOf(node['@id']);
        if (id && !index.has(id)) index.set(id, node);
        if (typesOf(node).some((type) => ARTICLE_TYPES.test(type))) articles.push(node);
        if (Array.isArray(node['@graph'])) pending.push(...(node['@graph'] as unknown[]).slice(0, 500).reverse());
      }
    }
  }
  const node = articles[0];
  return node ? { node, index } : undefined;
}

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

function resolve(index: Map<string, Json>, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const id = stringOf((value as Json)['@id']);
    if (id && Object.keys(value).length === 1) return index.get(id) ?? value;
  }
  return value;
}

function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') return stringOf((value as Json)['name']);
  return undefined;
}

/** The people among JSON-LD authors: strings, `Person` objects, arrays of either; organisations left out. */
function personNames(index: Map<string, Json>, value: unknown): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  return list.flatMap((item) => {
    const node = resolve(index, item);
    if (
      node !== null &&
      typeof node === 'object' &&
      typesOf(node as Json).some((type) => /Organization|Corporation|NewsMediaOrganization/.test(type))
    )
      return [];
    const name = nameOf(node);
    const clean = name === undefined ? undefined : plainText(name, MAX_NAME);
    return clean && !/^https?:/i.test(clean) ? [clean] : [];
  });
}

function itempropDate(document: Document): string | undefined {
  const element = document.querySelector('[itemprop~="datePublished"]');
  if (!element) return undefined;
  return element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent ?? undefined;
}

/** A `<time datetime>` outside nav, aside and footer: one marked as published first, modified or updated ones never. */
function timeElementDate(document: Document): string | undefined {
  const candidates = [...document.querySelectorAll('time[datetime]')].filter(
    (element) => !element.closest('nav, aside, footer'),
  );
  const describe = (element: Element): string =>
    [element, element.parentElement]
      .map((node) => `${node?.getAttribute('class') ?? ''} ${node?.getAttribute('itemprop') ?? ''}`)
      .join(' ');
  const usable = candidates.filter((element) => !/modif|updat|edited/i.test(describe(element)));
  const published = usable.find(
    (element) => element.hasAttribute('pubdate') || /publish|posted|pubdate|date-?pub/i.test(describe(element)),
  );
  return (published ?? usable[0])?.getAttribute('datetime') ?? undefined;
}

function first(values: readonly (string | undefined | null)[], maxLength: number): string | undefined {
  for (const value of values) {
    const clean = value ? plainText(value, maxLength) : undefined;
    if (clean) return clean;
  }
  return undefined;
}

/**
 * Plain text of a metadata value: tags, entities left by double encoding, control characters out; undefined when too
 * long.
 */
export function plainText(value: string, maxLength: number): string | undefined {
  if (value.length > maxLength * 4) return undefined;
  const text = value
    .replace(/<(?:script|style)\b[^<>]*>[^<]*/gi, ' ')
    .replace(/<[^<>]*>/g, ' ')
    .replace(
      /&(amp|quot|apos|#39|lt|gt|nbsp);/g,
      (_match, name: string) =>
        ({ amp: '&', quot: '"', apos: "'", '#39': "'", lt: '<', gt: '>', nbsp: ' ' })[name] ?? '',
    )
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text !== '' && text.length <= maxLength ? text : undefined;
}

function textOf(element: Element | null): string | undefined {
  const text = element?.getAttribute('content') ?? element?.textContent;
  return text ? text.slice(0, 2000) : undefined;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

function idOf(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return stringOf((value as Json)['@id']);
  return stringOf(value);
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:|^\/\/|^www\./i.test(value) ? value : undefined;
}

/** An absolute http(s) URL, or undefined: `javascript:`, `data:` and malformed URLs are never links. */
export function safeUrl(value: string | undefined | null, base?: string): string | undefined {
  if (!value || value.length > 2000) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A URL that names an article: http(s), and not a site's front page (yahoo's canonical link points at its news home).
 */
function articleUrl(value: string | undefined, base: string | undefined): string | undefined {
  const url = safeUrl(value, base);
  if (!url) return undefined;
  return new URL(url).pathname.replace(/\/(?:index\.html?)?$/i, '') === '' ? undefined : url;
}
