import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundNesting, MAX_DEPTH } from '../src/html/bound.js';
import { extractHtml, MAX_PAGE_LENGTH, readArticle } from '../src/html/index.js';
import { NewsExtractError } from '../src/index.js';
import { brokenInvariants } from './invariants.js';

/** Pages that are not a clean article: each gives a clear result or a clear error, never a crash or a hang. */

const fixture = (name: string) => readFileSync(new URL(`./fixtures/pages/${name}`, import.meta.url), 'utf8');
const paragraph =
  'The port authority said on Monday that the new ferry terminal, which ' +
  'cost more than the city had planned, would open to passengers next spring ' +
  'after a long delay.';

describe('pages without a clean article', () => {
  it('a page with no article falls back to its blocks, says so, and names its language', () => {
    const doc = extractHtml(fixture('teaser-only.html'));
    expect(doc.meta.extraction).toBe('fallback');
    expect(doc.meta.lang).toBe('fr');
    expect(doc.meta.title).toBe('Accueil – Le Petit Quotidien');
    expect(doc.meta.publisher).toBe('Le Petit Quotidien');
    expect(doc.text).toContain('Élections : les résultats du premier tour');
    expect(brokenInvariants(doc, doc.text)).toEqual([]);
  });

  it('a page in another language: its language said, names and quotation marks still read', () => {
    const paragraphs = [
      'Le pont du port de Brest a rouvert mardi matin à la circulation, deux ' +
        'ans après sa fermeture, lorsque des fissures avaient été découvertes dans ses piliers.',
      '« Ce pont relie les deux moitiés de notre ville », a déclaré la maire, ' +
        'Alice Brennan, devant une foule de cyclistes venus pour l’occasion.',
      'Les commerçants du quartier affirment que la fermeture a réduit leur ' +
        'chiffre d’affaires, selon Thomas Le Gall, boulanger près du pont depuis vingt ans.',
    ];
    const html =
      '<html lang="fr-FR"><head><meta property="og:title" content="Le pont du ' +
      'port rouvre après deux ans de ' +
      'travaux"></head><body><article>' +
      `${paragraphs.map((text) => `<p>${text}</p>`).join('')}` +
      '</article></body></html>';
    const doc = extractHtml(html);
    expect(doc.meta.lang).toBe('fr-FR');
    expect(doc.meta.title).toBe('Le pont du port rouvre après deux ans de travaux');
    expect(doc.entities.map((entity) => entity.name)).toEqual(
      expect.arrayContaining(['Alice Brennan', 'Thomas Le Gall']),
    );
    expect(doc.quotes.some((quote) => quote.text.includes('Ce pont relie'))).toBe(true);
    expect(brokenInvariants(doc, doc.text)).toEqual([]);
  });

  it.each([
    ['plain text named .html', `Just a note.\n\n${paragraph}`],
    ['an empty file', ''],
    ['binary-looking bytes', '\u0001\u0002\u0003PNG\u0000\u0000IHDR'],
    ['broken markup', `<html><body><div><p>${paragraph}<b>bold <i>both</div></p></span><table><td>cell<p>${paragraph}`],
    ['a lone closing tag soup', '</div></div></p></html></body>'.repeat(50)],
    ['an unclosed comment', `<html><body><p>${paragraph}</p><!-- never closed <p>hidden</p>`],
    ['an unclosed script', `<html><body><p>${paragraph}</p><script>var x = "<p>not text</p>";`],
  ])('%s: a document, spans sound', (_name, html) => {
    const doc = extractHtml(html);
    expect(brokenInvariants(doc, doc.text)).toEqual([]);
    expect(['readability', 'fallback']).toContain(doc.meta.extraction);
    expect(doc.text).not.toContain('not text');
    expect(doc.text).not.toContain('hidden');
  });

  it('hostile metadata: javascript: URLs, script in JSON-LD, a 1 MB og:title', () => {
    const huge = 'A'.repeat(1_000_000);
    const html =
      `<html><head><meta property="og:title" content="${huge}">` +
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="JaVaScRiPt:alert(2)">\n' +
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person",' +
      '"name":"\\u003cscript\\u003ealert(3)\\u003c/script\\u003eAnn Lee"},' +
      '"publisher":{"name":"<img src=x onerror=alert(4)>Ferry News"}}</script></head>\n' +
      `<body><article><h1>Ferry terminal opens next spring</h1><p>${paragraph}</p><p>${paragraph}</p>` +
      `<p>${paragraph}</p></article></body></html>`;
    const doc = extractHtml(html);
    expect(doc.meta.title).toBe('Ferry terminal opens next spring');
    expect(doc.meta.url).toBeUndefined();
    expect(doc.meta.authors).toEqual(['Ann Lee']);
    expect(doc.meta.publisher).toBe('Ferry News');
    expect(JSON.stringify(doc.meta)).not.toMatch(/script|onerror|javascript/i);
  });

  it('JSON-LD that is not JSON, or nested deep, is skipped', () => {
    const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    const html =
      '<html><head><script type="application/ld+json">{not json</script>' +
      `<script type="application/ld+json">${deep}</script>\n` +
      '<meta property="og:title" content="Ferry terminal opens next spring"></head>' +
      `<body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    expect(readArticle(html).title).toBe('Ferry terminal opens next spring');
  });

  it('deeply nested markup is flattened past MAX_DEPTH, so it reads in linear time', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${paragraph}</p>${'</div>'.repeat(depth)}</body></html>`;
    const bounded = boundNesting(html);
    expect(bounded.split('<div>').length - 1).toBe(MAX_DEPTH - 2); // html and body count too
    const article = readArticle(html);
    expect(article.text).toContain('The port authority said on Monday');
    // Unclosed tags nest as deep: bounded too.
    expect(readArticle(`<html><body>${'<span><b>'.repeat(depth)}${paragraph}`).text).toContain('new ferry terminal');
  });

  it('a deep Document is flattened on the clone, the caller’s page left as it was', async () => {
    const { parseHTML } = await import('linkedom');
    const depth = 3000; // linkedom's own parser is still fast at this depth; Readability alone would take minutes
    const { document } = parseHTML(
      `<html><body>${'<div>'.repeat(depth)}<p>${paragraph}</p><p>${paragraph}` +
        `</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    const before = document.querySelectorAll('div').length;
    expect(readArticle(document).text).toContain('The port authority said on Monday');
    expect(document.querySelectorAll('div').length).toBe(before);
  });

  it('leaves a page that nests no deeper than the bound byte for byte as it was', () => {
    const html = fixture('harbour.html');
    expect(boundNesting(html)).toBe(html);
    const sloppy = `<ul>${'<li>item'.repeat(5000)}</ul><p>${'<p>para'.repeat(5000)}`;
    expect(boundNesting(sloppy)).toBe(sloppy);
  });

  it('a 5 MB page is read', () => {
    const related =
      '<aside><ul><li><a href="/x">Related: ferry timetable changes for the summer season</a></li></ul></aside>';
    const body = Array.from({ length: 24_000 }, (_, i) => (i % 40 === 0 ? related : `<p>${paragraph}</p>`)).join('\n');
    const html =
      '<html><head><meta property="og:title" content="Ferry terminal opens next ' +
      `spring"></head><body><article>${body}</article></body></html>`;
    expect(html.length).toBeGreaterThan(4_000_000);
    const article = readArticle(html);
    expect(article.title).toBe('Ferry terminal opens next spring');
    expect(article.text.length).toBeGreaterThan(3_000_000);
  }, 120_000);

  it('input that is not a page is a clear error', () => {
    expect(() => readArticle(42 as unknown as string)).toThrow(NewsExtractError);
    expect(() => readArticle(null as unknown as string)).toThrow(/expects an HTML string or a Document, got null/);
    expect(() => readArticle({ length: MAX_PAGE_LENGTH + 1 } as unknown as string)).toThrow(NewsExtractError);
    expect(() => readArticle(' '.repeat(MAX_PAGE_LENGTH + 1))).toThrow(/more than the/);
  });
});
