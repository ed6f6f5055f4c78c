/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core (never a browser
 * download). Skipped, with the reason in the test name, when no Chromium is installed (`.ci/run`
 * installs it with apt-get). Screenshots go to test/artifacts/ (git-ignored).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, chromiumPath, launchChromium } from '../bench/chromium.js';
import { aggregate, createPipeline, type NewsDocument, renderHtml, renderStoryHtml, type Story } from '../src/index.js';
import { hostileDoc, storyDocs } from './story-fixtures.js';

const root = new URL('..', import.meta.url).pathname;
const artifacts = `${root}test/artifacts`;
const reason = chromiumPath ? '' : ` (skipped: ${CHROMIUM_MISSING})`;

let browser: Browser | undefined;
let corpusDocs: NewsDocument[] = [];
let corpusStory: Story;

beforeAll(async () => {
  if (!chromiumPath) return;
  browser = await launchChromium(chromiumPath);
  mkdirSync(artifacts, { recursive: true });
  const pipeline = createPipeline();
  const dir = `${root}corpus/articles`;
  corpusDocs = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => pipeline.extract(readFileSync(`${dir}/${name}`, 'utf8'), { id: name }));
  corpusStory = aggregate(corpusDocs);
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a report from a file (as a user would), recording dialogs and any request leaving the file. */
async function open(
  html: string,
  name: string,
  width = 1000,
): Promise<{ page: Page; dialogs: string[]; requests: string[] }> {
  const path = `${artifacts}/${name}.html`;
  writeFileSync(path, html);
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) requests.push(request.url());
  });
  await page.goto(`file://${path}`);
  return { page, dialogs, requests };
}

const count = (page: Page, selector: string) => page.locator(selector).count();
const distinct = (page: Page, kind: string) =>
  page.$$eval(
    `[data-ann="${kind}"]`,
    (elements) => new Set(elements.map((element) => element.getAttribute('data-id'))).size,
  );

describe(`HTML report in Chromium${reason}`, () => {
  it.skipIf(!chromiumPath)(
    'shows the corpus story with as many statements, dates and entities as the JSON',
    async () => {
      const { page, requests } = await open(renderStoryHtml(corpusStory, corpusDocs), 'story');
      expect(await count(page, '[data-statement]')).toBe(
        corpusStory.speakers.reduce((n, speaker) => n + speaker.statements.length, 0),
      );
      expect(await count(page, '[data-section="timeline"] > li')).toBe(corpusStory.timeline.length);
      expect(await count(page, 'tr[data-entity]')).toBe(corpusStory.entities.length);
      for (const [index, doc] of corpusDocs.entries()) {
        // The story report names articles by position (a1, a2, ...), never by their file name.
        const article = page.locator(`article#a${index + 1}`);
        expect(await article.count()).toBe(1);
        const ids = async (kind: string) =>
          article.evaluate(
            (element, k) =>
              new Set([...element.querySelectorAll(`[data-ann="${k}"]`)].map((e) => e.getAttribute('data-id'))).size,
            kind,
          );
        expect(await ids('entity')).toBe(doc.entities.reduce((n, entity) => n + entity.mentions.length, 0));
        expect(await ids('quote')).toBe(doc.quotes.length);
        expect(await ids('date')).toBe(doc.dates.length);
      }
      expect(requests).toEqual([]);
      await page.screenshot({ path: `${artifacts}/story.png`, fullPage: true });
      await page.close();
    },
  );

  it.skipIf(!chromiumPath)(
    'annotates the hand-made story: counts equal the JSON, tooltips open on keyboard focus',
    async () => {
      const story = aggregate(storyDocs);
      const { page } = await open(renderStoryHtml(story, storyDocs), 'fixture-story');
      expect(await count(page, '.version')).toBe(
        story.speakers.reduce((n, s) => n + s.statements.reduce((m, st) => m + st.versions.length, 0), 0),
      );
      expect(await distinct(page, 'entity')).toBe(
        storyDocs.reduce((n, doc) => n + doc.entities.reduce((m, e) => m + e.mentions.length, 0), 0),
      );
      expect(await distinct(page, 'quote')).toBe(storyDocs.reduce((n, doc) => n + doc.quotes.length, 0));
      expect(await distinct(page, 'date')).toBe(storyDocs.reduce((n, doc) => n + doc.dates.length, 0));

      // Tab from the top until an annotation of the first article has focus; its tooltip must show.
      await page.locator('details.article[open] > summary').focus();
      let focused: string | null = null;
      for (let i = 0; i < 10 && !focused; i++) {
        await page.keyboard.press('Tab');
        // Expressions as strings: the page's DOM types are not part of this Node project's type library.
        focused = await page.evaluate<string | null>(`document.activeElement?.getAttribute('data-ann') ?? null`);
      }
      expect(focused).not.toBeNull();
      const date = page.locator('[data-ann="date"][tabindex="0"]').first();
      await date.focus();
      const tip = page.locator(`#${await date.getAttribute('aria-describedby')}`);
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain('2025-10-17');
      await page.close();
    },
  );

  it.skipIf(!chromiumPath)(
    'runs nothing from a hostile article: no script, no dialog, no request, text shown as text',
    async () => {
      for (const [name, html] of [
        ['hostile', renderHtml(hostileDoc)],
        ['hostile-story', renderStoryHtml(aggregate([hostileDoc, ...storyDocs]), [hostileDoc, ...storyDocs])],
      ] as const) {
        const { page, dialogs, requests } = await open(html, name);
        await page.waitForTimeout(200);
        expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(requests).toEqual([]);
        expect(await count(page, 'main script, main img, main iframe, main svg')).toBe(0);
        expect(await page.locator('[data-section="text"]').first().textContent()).toContain(
          '<script>window.__pwned = 1; alert(1)</script>',
        );
        await page.close();
      }
    },
  );

  it.skipIf(!chromiumPath)(
    'escapes every field: markup as an entity type, quote kind or date type adds no element',
    async () => {
      // A document from a custom tagger or stored JSON: the closed sets of our own output (entity types,
      // quote kinds, date types) hold markup that would redirect the page, rebase its links or post a form.
      const payloads = [
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<base href="https://evil.example/">',
        '<form action="https://evil.example/"><input name="q"></form>',
      ];
      const hostile = (payload: string): NewsDocument => {
        const type = payload as never;
        return {
          ...hostileDoc,
          id: `fields-${payloads.indexOf(payload)}`,
          entities: hostileDoc.entities.map((entity) => ({
            ...entity,
            type,
            mentions: entity.mentions.map((mention) => ({ ...mention, type })),
          })),
          quotes: hostileDoc.quotes.map((quote) => ({ ...quote, kind: type })),
          dates: hostileDoc.dates.map((date) => ({ ...date, type })),
        };
      };
      const docs = payloads.map(hostile);
      const tagsOf = async (page: Page) =>
        page.evaluate<string[]>(
          `[...new Set([...document.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort()`,
        );
      // The report's own elements: those of a story report over ordinary documents.
      const own = await open(renderStoryHtml(aggregate(storyDocs), storyDocs), 'own-elements');
      const ownTags = new Set(await tagsOf(own.page));
      await own.page.close();
      for (const [name, html] of [
        ['hostile-fields', renderHtml(docs)],
        ['hostile-fields-story', renderStoryHtml(aggregate([...docs, ...storyDocs]), [...docs, ...storyDocs])],
      ] as const) {
        const { page, dialogs, requests } = await open(html, name);
        await page.waitForTimeout(200);
        expect(page.url()).toMatch(/^file:/);
        expect((await tagsOf(page)).filter((tag) => !ownTags.has(tag))).toEqual([]);
        // The story report's own filter form is the only form (hidden until its script runs).
        expect(await count(page, 'base, form:not(#filters), input:not(#filters input), main meta')).toBe(0);
        expect(await count(page, 'meta[http-equiv]')).toBe(1); // the report's Content-Security-Policy
        expect(dialogs).toEqual([]);
        expect(requests).toEqual([]);
        expect(await page.locator('[data-ann="entity"]').first().getAttribute('data-type')).toBe(payloads[0]);
        await page.close();
      }
    },
  );

  it.skipIf(!chromiumPath)('reads at 320 px wide without sideways scrolling', async () => {
    const { page } = await open(renderStoryHtml(aggregate(storyDocs), storyDocs), 'narrow', 320);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const fontSize = await page.evaluate<number>('parseFloat(getComputedStyle(document.body).fontSize)');
    expect(fontSize).toBeGreaterThanOrEqual(14);
    await page.screenshot({ path: `${artifacts}/story-320.png`, fullPage: true });
    await page.close();
  });
});
