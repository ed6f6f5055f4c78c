import { Parser } from 'htmlparser2';

/**
 * The readable text of an HTML page, as the document's text: what a browser would show, one line per
 * block element, runs of whitespace collapsed, entities decoded (htmlparser2 handles broken markup,
 * comments, CDATA and script bodies that a hand-written tag stripper gets wrong). Offsets in the output
 * refer to this text. Also reads the publication date and canonical URL from the page's metadata.
 */
export interface HtmlText {
  text: string;
  date?: string;
  url?: string;
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'nav',
  'footer',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'td',
  'th',
  'ul',
  'caption',
  'title',
]);
const DATE_META = new Set([
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'datepublished',
]);

export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let title = '';
  let sawHeadline = false;
  const result: Omit<HtmlText, 'text'> = {};
  const breakLine = () => {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '').toLowerCase();
          const match = /^(\d{4}-\d{2}-\d{2})/.exec(attributes['content'] ?? '');
          if (match && DATE_META.has(key) && !result.date) result.date = match[1];
          if (key === 'og:url' && attributes['content'] && !result.url) result.url = attributes['content'];
        }
        if (name === 'link' && (attributes['rel'] ?? '').toLowerCase() === 'canonical' && attributes['href'])
          result.url = attributes['href'];
        if (name === 'title') inTitle = true;
        if (name === 'h1') sawHeadline = true;
        if (SKIPPED.has(name)) skipDepth += 1;
        if (name === 'pre') preDepth += 1;
        if (BLOCKS.has(name) && skipDepth === 0) breakLine();
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        if (preDepth > 0) {
          const parts = text.split('\n');
          parts.forEach((part, index) => {
            if (index > 0) breakLine();
            line += part;
          });
        } else line += text.replace(/\s+/g, ' ');
        // Collapse the space between two text runs of one line, as a browser does.
        line = line.replace(/ {2,}/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (BLOCKS.has(name) && skipDepth === 0) breakLine();
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  // A page without an <h1> still has a headline: its <title>.
  const headline = title.replace(/\s+/g, ' ').trim();
  if (!sawHeadline && headline !== '') lines.unshift(headline);
  return { text: lines.join('\n'), ...result };
}
