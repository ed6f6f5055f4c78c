import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline, extractHtml, parseByline, parsePageDate, readArticle, withHtml } from '../src/html/index.js';
import { createPipeline as createCorePipeline } from '../src/index.js';
import { brokenInvariants } from './invariants.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/pages/${name}`, import.meta.url), 'utf8');

/** A page around an article long enough for Readability; `head` and `before` vary per test. */
function page({ head = '', before = '', title = 'Council approves new river crossing plan' } = {}): string {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n}: the council of Westford voted on the plan for a new ` +
    'river crossing, which engineers say will carry ten thousand cars a day, ' +
    'and residents have argued about its cost for years.</p>';
  return (
    `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a> ` +
    `<a href="/news">News</a></nav>${before}<article><h1>${title}</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}` +
    '</article><footer>Contact ' +
    'us</footer></body></html>'
  );
}

describe('readArticle', () => {
  const article = readArticle(fixture('harbour.html'));

  it('keeps the article and leaves menus, banners, related links and the footer out', () => {
    expect(article.extraction).toBe('readability');
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Harbour bridge reopens after two-year repair');
    expect(lines.filter((line) => line === lines[0])).toHaveLength(1);
    expect(article.text).toContain('The Harbour Bridge in Eastport reopened');
    expect(article.text).toContain('Engineers from Northway Construction');
    for (const clutter of ['Skip to content', 'cookies', '1205 Comments', 'Related stories', 'Sport', '© 2024']) {
      expect(article.text).not.toContain(clutter);
    }
  });

  it('reads title, date, outlet, canonical URL, byline and language from the metadata', () => {
    expect(article).toMatchObject({
      title: 'Harbour bridge reopens after two-year repair',
      date: '2024-05-14',
      siteName: 'Harbourside Gazette',
      publisher: 'Harbourside Gazette',
      // The relative canonical link, resolved against og:url.
      url: 'https://gazette.example/news/2024/05/14/harbour-bridge-reopens',
      byline: 'Jane Roe and John Doe',
      authors: ['Jane Roe', 'John Doe'],
      lang: 'en-GB',
    });
  });

  it('follows the date precedence: JSON-LD, published meta, itemprop, other meta keys, <time>, URL', () => {
    const date = (head: string, before = '') => readArticle(page({ head, before })).date;
    expect(
      date(
        '<script type="application/ld+json">[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"Fri ' +
          'Mar 13 2015 12:00:00 GMT+1100"}]</script><meta property="article:published_time" ' +
          'content="2015-03-14">',
      ),
    ).toBe('2015-03-13');
    expect(
      date(
        '<meta name="date" content="2015-01-01"><meta property="article:published_time" ' +
          'content="2015-03-14T09:00:00Z">',
      ),
    ).toBe('2015-03-14');
    expect(
      date('<meta name="date" content="2015-01-01">', '<span itemprop="datePublished" content="2015-02-02"></span>'),
    ).toBe('2015-02-02');
    expect(date('<meta name="parsely-pub-date" content="March 11, 2015 3:46 PM">')).toBe('2015-03-11');
    // A <time> in the navigation or marked as modified is not the publication date.
    expect(
      date(
        '',
        '<nav><time datetime="2001-01-01">x</time></nav><time class="updated" ' +
          'datetime="2016-06-06">u</time><time datetime="2016-05-05">p</time>',
      ),
    ).toBe('2016-05-05');
    expect(date('<link rel="canonical" href="https://news.example/2019/07/21/crossing">')).toBe('2019-07-21');
    expect(date('')).toBeUndefined();
  });

  it(
    'takes the title from JSON-LD, Open Graph, then the headline; a portal ' +
      'title unrelated to the article gives way to the <h1>',
    () => {
      expect(
        readArticle(page({ head: '<meta property="og:title" content="OG: Westford crossing plan approved">' })).title,
      ).toBe('OG: Westford crossing plan approved');
      expect(readArticle(page({ head: '<title>Daily Planet - Latest News &amp; Headlines</title>' })).title).toBe(
        'Council approves new river crossing plan',
      );
      expect(readArticle(page()).title).toBe('Council approves new river crossing plan');
    },
  );

  it('never takes a javascript: link, a front page or a short-link in the text for the canonical URL', () => {
    expect(readArticle(page({ head: '<link rel="canonical" href="javascript:alert(1)">' })).url).toBeUndefined();
    expect(
      readArticle(page({ head: '<link rel="canonical" href="https://news.example/">' }), {
        url: 'https://news.example/a/1',
      }).url,
    ).toBe('https://news.example/a/1');
    const shortLink = readArticle(
      page({
        head: '<link rel="canonical" href="https://news.example/a/crossing">',
        before: '<p>https://bit.ly/3xYz</p>',
      }),
    );
    expect(shortLink.url).toBe('https://news.example/a/crossing');
    expect(shortLink.publisher).toBe('news.example');
  });

  it('accepts a Document and leaves it unchanged', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(fixture('harbour.html'));
    const before = document.toString();
    const fromDocument = readArticle(document);
    expect(fromDocument.text).toBe(article.text);
    expect(document.toString()).toBe(before);
  });
});

describe('extractHtml', () => {
  const doc = extractHtml(fixture('harbour.html'), { id: 'harbour' });

  it('extracts over the article text, with meta from the page and the publication date as reference date', () => {
    expect(brokenInvariants(doc, doc.text)).toEqual([]);
    expect(doc.meta).toMatchObject({
      title: 'Harbour bridge reopens after two-year repair',
      date: '2024-05-14',
      publisher: 'Harbourside Gazette',
      url: 'https://gazette.example/news/2024/05/14/harbour-bridge-reopens',
      byline: 'Jane Roe and John Doe',
      authors: ['Jane Roe', 'John Doe'],
      lang: 'en-GB',
      extraction: 'readability',
    });
    // "last month" is read from the page's own date, 14 May 2024.
    expect(doc.dates.find((time) => time.text === 'last month')?.value).toBe('2024-04');
  });

  it('makes each author a PERSON with the role author, never a quote speaker', () => {
    const authors = doc.entities.filter((entity) => entity.roles.includes('author'));
    expect(authors.map((entity) => [entity.name, entity.type])).toEqual([
      ['Jane Roe', 'PERSON'],
      ['John Doe', 'PERSON'],
    ]);
    const speakers = doc.quotes.map((quote) => quote.speaker?.name);
    expect(speakers).toContain('Alice Brennan');
    expect(speakers).toContain('Tom Okafor');
    expect(speakers.some((name) => name === 'Jane Roe' || name === 'John Doe')).toBe(false);
  });

  it('keeps the page’s date and canonical URL over a dated short-link in the text, and anchors on that date', () => {
    const html = page({
      head:
        '<meta property="article:published_time" content="2023-03-10T08:00:00Z"><link ' +
        'rel="canonical" href="https://news.example/a/crossing">',
    }).replace('<p>Paragraph 1:', '<p>https://short.example/2019/01/02/x</p><p>Yesterday, in paragraph 1,');
    const doc = extractHtml(html);
    expect(doc.text).toContain('https://short.example/2019/01/02/x');
    expect(doc.meta).toMatchObject({
      date: '2023-03-10',
      url: 'https://news.example/a/crossing',
      publisher: 'news.example',
    });
    expect(doc.dates.find((time) => time.text === 'Yesterday')?.value).toBe('2023-03-09');
  });

  it('adds the author role to an author the article itself names', () => {
    const named = extractHtml(
      page({ head: '<meta name="author" content="Maria Lopez">', before: '' }).replace(
        'Paragraph 2:',
        'Maria Lopez reported that',
      ),
    );
    const maria = named.entities.filter((entity) => entity.name === 'Maria Lopez');
    expect(maria).toHaveLength(1);
    expect(maria[0]?.roles).toContain('author');
    expect(maria[0]?.mentions.length).toBeGreaterThan(0);
  });

  it('is a method of pipelines from news-extract/html, and withHtml adds it to any pipeline', () => {
    const pipeline = createPipeline({ disable: ['quotes'] });
    expect(pipeline.extractHtml(fixture('harbour.html')).quotes).toEqual([]);
    const core = withHtml(createCorePipeline());
    expect(core.extractHtml(fixture('harbour.html'), { id: 'x' }).meta.title).toBe(doc.meta.title);
  });
});

describe('parseByline', () => {
  it.each([
    ['By Jane Roe and John Doe', 'Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['Jane Roe, Reuters', 'Jane Roe', ['Jane Roe']],
    ['By Brenda Goodman, MA\n      WebMD Health News', 'Brenda Goodman', ['Brenda Goodman']],
    ['Brenda Goodman, MA', 'Brenda Goodman, MA', ['Brenda Goodman']],
    ['By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM', 'GILLIAN MOHNEY', ['Gillian Mohney']],
    ['Written by Ana Sandoiu | Published Thursday 27 July 2017', 'Ana Sandoiu', ['Ana Sandoiu']],
  ])('%j', (raw, byline, authors) => {
    expect(parseByline(raw)).toEqual({ byline, authors });
  });

  it('reads no person from links, agencies, desks or the site itself', () => {
    expect(parseByline('https://www.facebook.com/janeroe')).toBeUndefined();
    expect(parseByline('By Staff')).toBeUndefined();
    expect(parseByline('Associated Press')).toBeUndefined();
    expect(parseByline('Harbourside Gazette', ['Harbourside Gazette'])).toBeUndefined();
    expect(parseByline('the news team at eastport')).toBeUndefined();
  });
});

describe('parsePageDate', () => {
  it.each([
    ['2017-01-18T21:30:00-08:00', '2017-01-18'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['20150312', '2015-03-12'],
    ['Fri Mar 13 2015 12:00:00 GMT+1100', '2015-03-13'],
    ['March 11, 2015 3:46 PM', '2015-03-11'],
    ['27 July 2017', '2017-07-27'],
  ])('%s → %s', (value, day) => {
    expect(parsePageDate(value)).toBe(day);
  });

  it.each(['', 'yesterday', '2015-02-30', '13/03/2015', 'Issue 85'])('%j is no date', (value) => {
    expect(parsePageDate(value)).toBeUndefined();
  });
});
