/**
 * Web pages in: how `extractHtml` reads real news pages (../shared/datasets/webpages, see its README
 * for the figure definitions, followed here to the letter).
 *
 *   npm run eval:pages                 the per-page table and the overall figures beside the goals
 *   npx tsx eval/pages.ts --page cnet  one page, with its title, byline and clutter sentences
 *   npx tsx eval/pages.ts --baseline   the command's reader before news-extract/html (every visible
 *                                      block of the page, date and URL from two meta tags)
 *
 * Per page: article-word recall and clutter share (multisets of NFKC, lower-cased words against
 * expected.txt); title, date, site and byline correct as the README defines them; the entities,
 * dates and quotes of the output that come only from clutter (a sentence is article text when half
 * its word trigrams occur in the article). "Quotes kept" compares with the quotes the same pipeline
 * finds in expected.txt alone: a quote of the clean article missing from the page's output is a
 * quote lost to clutter (or to a different context around it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToText } from '../src/html/blocks.js';
import { createPipeline } from '../src/html/index.js';
import type { NewsDocument } from '../src/types.js';
import { requireDataset } from './datasets.js';
import { datasetsDir, formatPercent, formatTable } from './score.js';

interface Truth {
  title: string;
  titleAlternatives?: string[];
  date: string | null;
  dateUtc?: string;
  site: string | null;
  siteAlternatives?: string[];
  byline: string | null;
  canonicalUrl: string | null;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = `${datasetsDir(root)}/webpages`;
requireDataset('eval:pages', dir);
const baseline = process.argv.includes('--baseline');
const only = process.argv.includes('--page') ? process.argv[process.argv.indexOf('--page') + 1] : undefined;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

function counts(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  for (const [word, n] of a) sum += Math.min(n, b.get(word) ?? 0);
  return sum;
}

function titleCorrect(output: string | undefined, accepted: readonly string[]): boolean {
  const out = words(output ?? '');
  if (out.length === 0) return false;
  const joined = (list: readonly string[]) => ` ${list.join(' ')} `;
  return accepted.some((title) => {
    const gold = words(title);
    if (joined(out) === joined(gold)) return true;
    if (joined(out).includes(joined(gold)) && out.length - gold.length <= 8) return true;
    return joined(gold).includes(joined(out)) && out.length >= 0.6 * gold.length && out.length >= 3;
  });
}

function siteKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.(?:com|org|net|co\.uk|co|io|news)$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^the/, '');
}

function siteCorrect(output: string | undefined, accepted: readonly string[]): boolean {
  if (!output) return false;
  const key = siteKey(output);
  return accepted.some((name) => {
    const gold = siteKey(name);
    if (gold === key) return true;
    const [short, long] = gold.length < key.length ? [gold, key] : [key, gold];
    return short.length >= 3 && long.startsWith(short);
  });
}

const BYLINE_IGNORED = new Set(['by', 'and', 'staff', 'writer', 'reporter', 'the']);
function bylineCorrect(output: string | undefined, byline: string): boolean {
  if (!output) return false;
  const out = words(output).filter((word) => !BYLINE_IGNORED.has(word));
  const gold = words(byline).filter((word) => !BYLINE_IGNORED.has(word));
  return gold.filter((word) => word.length >= 3).every((word) => out.includes(word)) && out.length - gold.length <= 6;
}

/** Tests whether a piece of output text is article text (the README's trigram rule). */
function articleTest(article: readonly string[]): (text: string) => boolean {
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < article.length; i++) trigrams.add(`${article[i]} ${article[i + 1]} ${article[i + 2]}`);
  const joined = ` ${article.join(' ')} `;
  return (text) => {
    const list = words(text);
    if (list.length === 0) return true;
    if (list.length <= 2) return joined.includes(` ${list.join(' ')} `);
    let found = 0;
    for (let i = 0; i + 2 < list.length; i++) if (trigrams.has(`${list[i]} ${list[i + 1]} ${list[i + 2]}`)) found++;
    return found >= (list.length - 2) / 2;
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const pipeline = createPipeline();
const pages = readdirSync(dir, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/source.html`) && (!only || entry.name === only),
  )
  .map((entry) => entry.name)
  .sort();

const rows: string[][] = [
  [
    'page',
    'recall',
    'clutter',
    'title',
    'date',
    'site',
    'byline',
    'url',
    'ent clut',
    'date clut',
    'quote clut',
    'quotes kept',
    'via',
  ],
];
const recalls: number[] = [];
const clutters: number[] = [];
const keys = ['title', 'date', 'site', 'byline', 'url', 'entities', 'named', 'dates', 'quotes', 'kept'] as const;
const tally = Object.fromEntries(keys.map((key) => [key, [0, 0]])) as Record<(typeof keys)[number], [number, number]>;
const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? 'yes' : 'NO');
const count = (key: keyof typeof tally, ok: boolean) => {
  tally[key][0] += ok ? 1 : 0;
  tally[key][1] += 1;
};

for (const page of pages) {
  const html = readFileSync(`${dir}/${page}/source.html`, 'utf8');
  const expected = readFileSync(`${dir}/${page}/expected.txt`, 'utf8');
  const truth = JSON.parse(readFileSync(`${dir}/${page}/truth.json`, 'utf8')) as Truth;
  const doc: NewsDocument = baseline ? readAsBefore(html, page) : pipeline.extractHtml(html, { id: page });
  const article = words(expected);
  const output = words(doc.text);
  const common = overlap(counts(output), counts(article));
  const recall = common / article.length;
  const clutter = output.length === 0 ? 0 : (output.length - common) / output.length;
  recalls.push(recall);
  clutters.push(clutter);

  const title = titleCorrect(doc.meta.title, [truth.title, ...(truth.titleAlternatives ?? [])]);
  count('title', title);
  const date = truth.date === null ? null : [truth.date, truth.dateUtc].includes(doc.meta.date?.slice(0, 10));
  if (date !== null) count('date', date);
  const site =
    truth.site === null
      ? null
      : siteCorrect(doc.meta.publisher, [truth.site, ...(truth.siteAlternatives ?? [])]) ||
        siteCorrect(doc.meta.siteName, [truth.site, ...(truth.siteAlternatives ?? [])]);
  if (site !== null) count('site', site);
  const byline =
    truth.byline === null
      ? null
      : bylineCorrect(doc.meta.byline, truth.byline) || bylineCorrect(doc.meta.authors?.join(' '), truth.byline);
  if (byline !== null) count('byline', byline);
  // The canonical URL: equal to the declared one, or none where the page declares none
  // (yahoo-2's points at a front page).
  const url = (doc.meta.url ?? null) === truth.canonicalUrl;
  count('url', url);

  const isArticle = articleTest(article);
  const sentenceIsArticle = doc.sentences.map((sentence) => isArticle(sentence.text));
  const sentenceOf = (offset: number) =>
    doc.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end);
  const clutterEntities = doc.entities.filter((entity) =>
    entity.mentions.every((mention) => !sentenceIsArticle[sentenceOf(mention.start)]),
  );
  const clutterDates = doc.dates.filter((time) => !sentenceIsArticle[sentenceOf(time.start)]);
  const clutterQuotes = doc.quotes.filter((quote) => !isArticle(quote.text));
  tally.entities[0] += clutterEntities.length;
  tally.entities[1] += doc.entities.length;
  // Byline authors the article never names have no mention: "every mention in clutter" holds vacuously.
  const named = doc.entities.filter((entity) => entity.mentions.length > 0);
  tally.named[0] += clutterEntities.filter((entity) => entity.mentions.length > 0).length;
  tally.named[1] += named.length;
  tally.dates[0] += clutterDates.length;
  tally.dates[1] += doc.dates.length;
  tally.quotes[0] += clutterQuotes.length;
  tally.quotes[1] += doc.quotes.length;

  const clean = pipeline.extract(expected, doc.meta.date ? { referenceDate: doc.meta.date } : {});
  const ours = new Set(doc.quotes.map((quote) => words(quote.text).join(' ')));
  const kept = clean.quotes.filter((quote) => ours.has(words(quote.text).join(' '))).length;
  tally.kept[0] += kept;
  tally.kept[1] += clean.quotes.length;

  rows.push([
    page,
    formatPercent(recall),
    formatPercent(clutter),
    mark(title),
    mark(date),
    mark(site),
    mark(byline),
    mark(url),
    `${clutterEntities.length}/${doc.entities.length}`,
    `${clutterDates.length}/${doc.dates.length}`,
    `${clutterQuotes.length}/${doc.quotes.length}`,
    `${kept}/${clean.quotes.length}`,
    doc.meta.extraction ?? 'blocks',
  ]);
  if (only) {
    console.log({
      title: doc.meta.title,
      truth: truth.title,
      date: doc.meta.date,
      truthDate: truth.date,
      publisher: doc.meta.publisher,
      site: truth.site,
      byline: doc.meta.byline,
      authors: doc.meta.authors,
      truthByline: truth.byline,
      url: doc.meta.url,
      lang: doc.meta.lang,
    });
    console.log('clutter sentences:');
    for (const [i, sentence] of doc.sentences.entries()) {
      if (!sentenceIsArticle[i]) console.log(`  ${JSON.stringify(sentence.text.slice(0, 160))}`);
    }
    const missing = new Set(
      clean.quotes.filter((quote) => !ours.has(words(quote.text).join(' '))).map((quote) => quote.text.slice(0, 120)),
    );
    if (missing.size > 0) console.log('article quotes not in the output:', [...missing]);
  }
}

/** What `news-extract page.html` did before: the page's visible blocks, date and URL from its meta tags. */
function readAsBefore(html: string, id: string): NewsDocument {
  const page = htmlToText(html);
  const doc = pipeline.extract(page.text, { id, ...(page.date ? { referenceDate: page.date } : {}) });
  return { ...doc, meta: { ...doc.meta, date: doc.meta.date ?? page.date, url: doc.meta.url ?? page.url } };
}

const share = ([hit, total]: [number, number]) => `${hit}/${total} (${formatPercent(total === 0 ? 0 : hit / total)}%)`;
console.log(formatTable(rows));
console.log('');
console.log(
  formatTable([
    ['overall', 'value', 'goal'],
    ['article-word recall (median)', `${formatPercent(median(recalls))}%`, '≥ 98%'],
    ['clutter share (median)', `${formatPercent(median(clutters))}%`, '≤ 2%'],
    ['title right', share(tally.title), 'every page'],
    ['declared date found', share(tally.date), '≥ 95%'],
    ['site name right', share(tally.site), '≥ 95%'],
    ['byline right', share(tally.byline), '≥ 90%'],
    ['canonical URL right (or none)', share(tally.url), '–'],
    ['entities from clutter', share(tally.entities), '–'],
    ['  of those with a mention', share(tally.named), '–'],
    ['dates from clutter', share(tally.dates), '–'],
    ['quotes from clutter', share(tally.quotes), '–'],
    ['article quotes kept', share(tally.kept), 'none lost'],
  ]),
);
