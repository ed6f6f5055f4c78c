/**
 * The story report at scale (issue #19), part of `npm run bench` (`npm run build && tsx bench/story.ts`
 * alone): synthetic coverage of one event (bench/story-articles.ts) at 50 and 200 articles, through the
 * BUILT library. For each size: the time to build the report (aggregate + renderStoryHtml, after
 * extraction), its size, and in Debian's Chromium (playwright-core) the time to open it (navigation
 * start to the load event) and to filter it (a speaker chosen, then a word searched: from the input
 * event until the page is laid out again). Medians of a few runs. Goals: open + filter under 3 s at
 * 200 articles; size growing at most linearly (200 articles at most 4x the bytes of 50).
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable } from '../eval/score.js';
import type * as Library from '../src/index.js';
import { CHROMIUM_MISSING, chromiumPath, launchChromium } from './chromium.js';
import { syntheticStory } from './story-articles.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [50, 200];
const GOAL_OPEN_FILTER_MS = 3000;

export interface StoryBenchRow {
  articles: number;
  extractMs: number;
  aggregateMs: number;
  renderMs: number;
  bytes: number;
  openMs?: number;
  filterMs?: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

export async function benchStory(
  options: { quick?: boolean; log?: (line?: string) => void } = {},
): Promise<StoryBenchRow[]> {
  const log = options.log ?? ((line = '') => process.stdout.write(`${line}\n`));
  const runs = options.quick ? 1 : 3;
  const lib = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof Library;
  const pipeline = lib.createPipeline();
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-story-bench-'));
  const rows: StoryBenchRow[] = [];
  try {
    for (const count of SIZES) {
      let start = performance.now();
      const docs = syntheticStory(count).map((article) => {
        const doc = pipeline.extract(article.text, { id: article.id });
        return article.siteName ? { ...doc, meta: { ...doc.meta, siteName: article.siteName } } : doc;
      });
      const extractMs = performance.now() - start;
      const aggregateTimes: number[] = [];
      const renderTimes: number[] = [];
      let html = '';
      for (let run = 0; run < runs; run++) {
        start = performance.now();
        const story = lib.aggregate(docs);
        aggregateTimes.push(performance.now() - start);
        start = performance.now();
        html = lib.renderStoryHtml(story, docs);
        renderTimes.push(performance.now() - start);
      }
      const path = join(dir, `story-${count}.html`);
      writeFileSync(path, html);
      const row: StoryBenchRow = {
        articles: count,
        extractMs,
        aggregateMs: median(aggregateTimes),
        renderMs: median(renderTimes),
        bytes: Buffer.byteLength(html),
      };
      if (chromiumPath) Object.assign(row, await openInChromium(chromiumPath, path, runs));
      rows.push(row);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printStoryBench(rows, chromiumPath ? undefined : CHROMIUM_MISSING, log);
  return rows;
}

/** Open and filter times in Chromium, measured inside the page (medians over fresh pages). */
async function openInChromium(
  executablePath: string,
  path: string,
  runs: number,
): Promise<{ openMs: number; filterMs: number }> {
  const browser = await launchChromium(executablePath);
  const opens: number[] = [];
  const filters: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      opens.push(
        await page.evaluate<number>(
          "(() => { const n = performance.getEntriesByType('navigation')[0]; " +
            'return n.loadEventEnd || n.loadEventStart; })()',
        ),
      );
      // Expressions as strings: the page's DOM types are not part of this Node project's type library.
      filters.push(
        await page.evaluate<number>(`(() => {
          const form = document.getElementById('filters');
          const start = performance.now();
          form.elements.speaker.value = 'p1';
          form.elements.speaker.dispatchEvent(new Event('input', { bubbles: true }));
          void document.body.offsetHeight;
          form.elements.text.value = 'harbour';
          form.elements.text.dispatchEvent(new Event('input', { bubbles: true }));
          void document.body.offsetHeight;
          return performance.now() - start;
        })()`),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { openMs: median(opens), filterMs: median(filters) };
}

function printStoryBench(
  rows: readonly StoryBenchRow[],
  skipped: string | undefined,
  log: (line?: string) => void,
): void {
  const fmt = (value: number | undefined, digits = 0) => (value === undefined ? '–' : value.toFixed(digits));
  log('story report (synthetic coverage of one event; build = aggregate + renderStoryHtml, after extraction):');
  log(
    formatTable([
      ['articles', 'extract ms', 'aggregate ms', 'render ms', 'HTML MB', 'KB/article', 'open ms', 'filter ms'],
      ...rows.map((row) => [
        String(row.articles),
        fmt(row.extractMs),
        fmt(row.aggregateMs),
        fmt(row.renderMs),
        fmt(row.bytes / 1e6, 2),
        fmt(row.bytes / 1e3 / row.articles, 1),
        fmt(row.openMs),
        fmt(row.filterMs),
      ]),
    ]),
  );
  const [small, large] = [rows[0], rows.at(-1)];
  if (small && large && large !== small) {
    const growth = large.bytes / small.bytes;
    const articles = large.articles / small.articles;
    log(
      `size ${small.articles} → ${large.articles} articles: ×${growth.toFixed(2)} ` +
        `for ×${articles} articles (goal: at most linear)`,
    );
  }
  if (large?.openMs !== undefined && large.filterMs !== undefined) {
    const total = large.openMs + large.filterMs;
    const verdict = total < GOAL_OPEN_FILTER_MS ? 'met' : 'NOT met';
    log(
      `open + filter at ${large.articles} articles: ${total.toFixed(0)} ms ` +
        `(goal < ${GOAL_OPEN_FILTER_MS} ms: ${verdict})`,
    );
  }
  if (skipped) log(`Chromium timings skipped: ${skipped}`);
  log(JSON.stringify({ storyReport: rows }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await benchStory({ quick: process.argv.includes('--quick') });
