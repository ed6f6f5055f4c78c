/**
 * The story report's content (issue #19): plain words, dates in words with their value on hover,
 * outlets by name and never by file, pronoun-only speakers, the headline, word-bounded snippets,
 * bounded article text, and the one script named by its hash. Browser behaviour (filters, no-script)
 * is in story.browser.test.ts.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { aggregate, type NewsDocument, renderStoryHtml } from '../src/index.js';
import { sha256Base64 } from '../src/render/sha256.js';
import {
  clipWords,
  clipWordsStart,
  dateInWords,
  STORY_ARTICLE_MAX_CHARS,
  storyHeadline,
  timexInWords,
} from '../src/render/story.js';
import { outletName } from '../src/story/label.js';
import { createEntityFinder } from '../src/story/mentions.js';
import { makeDoc, storyDocs } from './story-fixtures.js';

const elements = (html: string, test: (element: Element) => boolean): Element[] =>
  DomUtils.findAll(test, parseDocument(html).children);
const withMeta = (doc: NewsDocument, meta: Partial<NewsDocument['meta']>): NewsDocument => ({
  ...doc,
  meta: { ...doc.meta, ...meta },
});

describe('story report: statements in plain words', () => {
  const docs = [
    withMeta(storyDocs[0]!, { url: 'https://www.outlet-a.example/2025/10/17/summit' }),
    ...storyDocs.slice(1),
  ];
  const html = renderStoryHtml(aggregate(docs), docs);
  const sources = elements(html, (e) => e.attribs['class'] === 'source').map((e) => DomUtils.textContent(e));

  it('gives each wording its speaker, verb as written, outlet, publication date and links', () => {
    expect(sources).toContain(
      'Dmitry Peskov said · Outlet A · Fri 17 Oct 2025 · quoted · original article · in context',
    );
    const original = elements(html, (e) => e.name === 'a' && DomUtils.textContent(e) === 'original article');
    expect(original.map((a) => a.attribs['href'])).toContain('https://www.outlet-a.example/2025/10/17/summit');
    expect(elements(html, (e) => e.name === 'time' && e.attribs['datetime'] === '2025-10-17').length).toBeGreaterThan(
      0,
    );
  });

  it('says quoted, partly quoted and reported, never direct, mixed, partial or indirect', () => {
    const kinds = (['direct', 'mixed', 'partial', 'indirect'] as const).map((kind, index) =>
      makeDoc({
        id: `k${index}`,
        text: `Ann Lee said words number ${index} here.`,
        publisher: `P${index}`,
        entities: [{ id: 'e1', type: 'PERSON', name: 'Ann Lee', mentions: ['Ann Lee'] }],
        quotes: [{ text: `words number ${index} here`, speaker: 'Ann Lee', entity: 'e1', kind, cue: 'said' }],
      }),
    );
    const report = renderStoryHtml(aggregate(kinds), kinds);
    const lines = elements(report, (e) => e.attribs['class'] === 'source').map((e) => DomUtils.textContent(e));
    expect(lines.map((line) => line.split(' · ')[3])).toEqual(['quoted', 'partly quoted', 'partly quoted', 'reported']);
  });

  it('says when an article has no publication date, and how to give one', () => {
    const undated = elements(html, (e) => e.attribs['class'] === 'nodate');
    expect(undated.length).toBeGreaterThan(0);
    expect(undated[0]!.attribs['title']).toContain('--date');
  });

  it('writes timeline dates in words, with the TIMEX3 value on hover', () => {
    const when = elements(html, (e) => e.attribs['class'] === 'when');
    expect(when.map((e) => DomUtils.textContent(e))).toContain('Thu 16 Oct 2025');
    expect(when.find((e) => DomUtils.textContent(e) === 'Thu 16 Oct 2025')?.attribs['title']).toBe(
      'TIMEX3 DATE 2025-10-16',
    );
    expect(when.map((e) => DomUtils.textContent(e))).toContain('2 weeks');
  });
});

describe('story report: outlets, speakers and headline', () => {
  it('names an outlet by site name, else publisher, else URL host, else its position; never a path', () => {
    expect(outletName({ siteName: 'Ars Technica', publisher: 'Condé Nast', url: 'https://arstechnica.com/x' }, 0)).toBe(
      'Ars Technica',
    );
    expect(outletName({ publisher: 'Reuters' }, 0)).toBe('Reuters');
    expect(outletName({ url: 'https://www.tass.com/politics/1' }, 0)).toBe('tass.com');
    expect(outletName({ publisher: '/home/ana/news/a.txt' }, 2)).toBe('article 3');
    expect(outletName({}, 4)).toBe('article 5');
  });

  it('leaves no local path or file name anywhere in the report', () => {
    const docs = storyDocs.map((doc, index) => ({ ...doc, id: `/home/ana/private/story-${index}.txt` }));
    const html = renderStoryHtml(aggregate(docs), docs);
    expect(html).not.toContain('/home/ana');
    expect(html).not.toContain('story-0');
  });

  it('never merges pronoun-only speakers across outlets: they stay unattributed, pronoun shown', () => {
    const docs = ['x', 'y'].map((id) =>
      makeDoc({
        id,
        text: `“We will not sign this deal,” we said. Outlet ${id} wrote it.`,
        publisher: `Outlet ${id}`,
        quotes: [{ text: 'We will not sign this deal,', speaker: 'we', cue: 'said' }],
      }),
    );
    const story = aggregate(docs);
    expect(story.speakers.map((speaker) => speaker.name)).toEqual(['unattributed']);
    const versions = story.speakers[0]!.statements.flatMap((statement) => statement.versions);
    expect(versions.map((version) => version.pronoun)).toEqual(['we', 'we']);
    const html = renderStoryHtml(story, docs);
    expect(html).toContain('unattributed (“we”)');
  });

  it('takes the headline from article titles, without site names or page chrome', () => {
    const articles = [
      { id: '1', title: 'Home', siteName: 'Daily Ledger' },
      { id: '2', title: 'Port strike enters second week | Daily Ledger', siteName: 'Daily Ledger' },
      { id: '3', title: 'Dock strike enters second week as talks stall - North Gazette', publisher: 'North Gazette' },
      { id: '4', title: 'Recipes for autumn evenings' },
    ];
    const story = { articles, entities: [], speakers: [], timeline: [], unresolved: [] };
    expect(storyHeadline(story)).toBe('Port strike enters second week');
    expect(storyHeadline({ ...story, articles: [articles[0]!] })).toBe('Story of 1 article');
  });
});

describe('story report: snippets, size and script', () => {
  it('cuts snippets at word boundaries', () => {
    expect(clipWords('one two three four', 9)).toBe('one two…');
    expect(clipWordsStart('one two three four', 9)).toBe('…four');
    expect(clipWords('short', 9)).toBe('short');
  });

  it('cuts the timeline’s dated sentences at word boundaries', () => {
    const long =
      `${'The committee heard evidence from many witnesses '.repeat(8)}on Monday ` +
      `${'and the hearings went on '.repeat(9)}.`;
    const doc = makeDoc({ id: 'l', text: long, publisher: 'P', dates: [{ text: 'Monday', value: '2025-10-13' }] });
    const html = renderStoryHtml(aggregate([doc]), [doc]);
    const mention = elements(html, (e) => e.name === 'ul' && e.attribs['class'] === 'mentions')[0]!;
    const snippet = DomUtils.textContent(mention)
      .replace(/^P /, '')
      .replace(/ article$/, '');
    // Cut on both sides, each cut after or before a whole word of the sentence.
    expect(snippet).toMatch(/^…The committee .* on Monday and .* the…$/);
    expect(snippet.length).toBeLessThan(long.length);
  });

  it('bounds each article’s text, and links a quote past the cut to its article', () => {
    const filler = 'The talks went on through the night in the old town hall. '.repeat(600);
    const text = `${filler}“We will meet again soon,” Ann Lee said.`;
    const doc = makeDoc({
      id: 'long',
      text,
      publisher: 'P',
      entities: [{ id: 'e1', type: 'PERSON', name: 'Ann Lee', mentions: ['Ann Lee'] }],
      quotes: [{ text: 'We will meet again soon,', speaker: 'Ann Lee', entity: 'e1', cue: 'said' }],
    });
    const html = renderStoryHtml(aggregate([doc]), [doc]);
    expect(text.length).toBeGreaterThan(STORY_ARTICLE_MAX_CHARS * 1.5);
    expect(html.length).toBeLessThan(STORY_ARTICLE_MAX_CHARS + 40_000);
    expect(html).toContain('--format html</code> shows the whole article');
    const links = elements(html, (e) => e.name === 'a' && e.attribs['href'] === '#a1');
    expect(links.map((a) => DomUtils.textContent(a))).toContain('the article');
  });

  it('grows at most linearly with the number of articles', () => {
    const docsOf = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        makeDoc({
          id: `d${index}`,
          text: `Ann Lee said on Monday: “Talks number ${index % 7} will go on.” Outlet ${index % 9} reported it.`,
          publisher: `Outlet ${index % 9}`,
          date: '2025-10-13',
          entities: [{ id: 'e1', type: 'PERSON', name: 'Ann Lee', mentions: ['Ann Lee'] }],
          quotes: [{ text: `Talks number ${index % 7} will go on.`, speaker: 'Ann Lee', entity: 'e1', cue: 'said' }],
          dates: [{ text: 'Monday', value: '2025-10-13' }],
        }),
      );
    const size = (count: number) => renderStoryHtml(aggregate(docsOf(count)), docsOf(count)).length;
    const [small, large] = [size(50), size(200)];
    expect(large / small).toBeLessThanOrEqual(4);
  });

  it('names its one script in the policy by a sha256 computed as Node computes it', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(64), 'é—“”'.repeat(100)]) {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text).digest('base64'));
    }
  });

  it('finds the entities a text names, as whole capitalised words', () => {
    const story = aggregate(storyDocs);
    const find = createEntityFinder(story.entities);
    const peskov = story.entities.find((entity) => entity.name === 'Dmitry Peskov')!.id;
    const hungary = story.entities.find((entity) => entity.name === 'Hungary')!.id;
    expect(find('Peskov’s aides flew to Hungary.')).toEqual([peskov, hungary]);
    expect(find('peskov said hungary')).toEqual([]);
  });
});

describe('dates in words', () => {
  it('writes days short, months and other values in words', () => {
    expect(dateInWords('2025-10-16')).toBe('Thu 16 Oct 2025');
    expect(dateInWords('2025-02-30')).toBe('2025-02-30');
    expect(timexInWords('2025-10-16T14:30')).toBe('Thu 16 Oct 2025, 14:30');
    expect(timexInWords('2025-10')).toBe('Oct 2025');
    expect(timexInWords('P2W')).toBe('2 weeks');
  });
});
