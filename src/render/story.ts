import { outletName } from '../story/label.js';
import { createEntityFinder } from '../story/mentions.js';
import type {
  DateMention,
  Statement,
  StatementVersion,
  Story,
  StoryEntity,
  StorySpeaker,
  TimelineEntry,
} from '../story/types.js';
import { foldAccents, foldName } from '../text/fold.js';
import type { NewsDocument } from '../types.js';
import { STORY_CSS } from './css.js';
import { escapeHtml } from './escape.js';
import { CUT_MARGIN, describeTimex, legend, page, quoteMarks, renderArticle, typeClass, typeLabel } from './html.js';
import { STORY_SCRIPT } from './story-script.js';

/**
 * The story report: statements per speaker across outlets, the timeline, entities, then each article;
 * one self-contained file. Filters (speaker, outlet, entity, publication date, text) come from one
 * small inline script named by its sha256 in the page's Content-Security-Policy; without script the
 * page shows everything.
 */

/** Each article's text in a story report is cut past this many characters, so size grows linearly. */
export const STORY_ARTICLE_MAX_CHARS = 20_000;
/** Entities offered in the entity filter (most mentioned first); the table lists them all. */
const MAX_ENTITY_OPTIONS = 300;
/** Wordings of a statement shown before the rest are folded into "n more wordings". */
const VERSIONS_SHOWN = 3;
/** Characters of a dated sentence shown on each side of the date in the timeline. */
const SNIPPET_CHARS = 160;

const KIND_WORDS: Readonly<Record<string, string>> = {
  direct: 'quoted',
  partial: 'partly quoted',
  mixed: 'partly quoted',
  indirect: 'reported',
};
const NO_DATE_HELP = 'no publication date: give one with --date YYYY-MM-DD, or start the text with it';

interface ArticleView {
  readonly id: string;
  readonly anchor: string;
  readonly outlet: string;
  readonly date?: string;
  readonly url?: string;
  readonly title?: string;
}

interface StoryView {
  readonly story: Story;
  readonly withArticles: boolean;
  readonly articles: readonly ArticleView[];
  article(id: string): ArticleView | undefined;
  entity(id: string): StoryEntity | undefined;
  entitiesIn(text: string): string[];
}

/** Report for a story: statements per speaker across outlets, the timeline, entities, then each article. */
export function renderStoryHtml(story: Story, docs: readonly NewsDocument[] = []): string {
  const parts = storyHtmlParts(story, docs.length > 0);
  return [parts.head, ...docs.map((doc, index) => `\n${parts.article(doc, index)}`), parts.tail].join('');
}

/**
 * The report of `renderStoryHtml` in pieces, as `htmlReportParts`: the story first (it needs only the
 * story), then each article, then the tail; `withArticles` says whether articles follow.
 */
export function storyHtmlParts(
  story: Story,
  withArticles: boolean,
): { head: string; article(doc: NewsDocument, index: number): string; tail: string } {
  const view = createStoryView(story, withArticles);
  const headline = storyHeadline(story);
  const frame = page(headline, '\u0000', { script: STORY_SCRIPT, css: STORY_CSS });
  const [open, close] = frame.split('\u0000') as [string, string];
  const body = [
    renderStoryHeader(view, headline),
    renderFilters(view),
    renderStatementsSection(view),
    renderTimelineSection(view),
    renderEntitiesSection(view),
    renderArticleListSection(view),
    withArticles ? renderArticlesOpen(view) : '',
  ];
  return {
    head: `${open}${body.filter(Boolean).join('\n')}`,
    article: (doc, index) => renderArticleDetails(view, doc, index),
    tail: `${withArticles ? '\n</details></section>' : ''}${close}`,
  };
}

function createStoryView(story: Story, withArticles: boolean): StoryView {
  const articles = story.articles.map((article, index): ArticleView => {
    const view: { -readonly [K in keyof ArticleView]: ArticleView[K] } = {
      id: article.id,
      anchor: `a${index + 1}`,
      outlet: outletName(article, index),
    };
    if (article.date) view.date = article.date;
    if (article.url && /^https?:\/\//i.test(article.url)) view.url = article.url;
    if (article.title) view.title = article.title;
    return view;
  });
  const byId = new Map<string, ArticleView>();
  for (const article of articles) if (!byId.has(article.id)) byId.set(article.id, article);
  const entities = new Map(story.entities.map((entity) => [entity.id, entity]));
  return {
    story,
    withArticles,
    articles,
    article: (id) => byId.get(id),
    entity: (id) => entities.get(id),
    entitiesIn: createEntityFinder(story.entities),
  };
}

/**
 * The story's headline, from its articles' titles: each title without a trailing site name ("… | Ars
 * Technica"), titles that are page chrome left out ("Home", "Subscribe", the site's own name, one or two
 * words), then the title sharing the most words with the others (the story's centre, not an outlier).
 */
export function storyHeadline(story: Story): string {
  const titles = story.articles.flatMap((article) => {
    const title = article.title ? withoutSiteName(article.title, article) : '';
    return title && !isPageChrome(title, article) ? [title] : [];
  });
  if (titles.length === 0) return `Story of ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`;
  const words = titles.map((title) => new Set(foldName(title).split(' ')));
  let best = 0;
  let bestScore = -1;
  words.forEach((set, i) => {
    let score = 0;
    words.forEach((other, j) => {
      if (i !== j) for (const word of set) if (other.has(word)) score += 1;
    });
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return titles[best]!;
}

type Named = { readonly siteName?: string; readonly publisher?: string; readonly url?: string };

function siteNames(article: Named): string[] {
  const host = article.url ? /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(article.url)?.[1] : undefined;
  return [article.siteName, article.publisher, host].filter((name): name is string => Boolean(name)).map(foldName);
}

function withoutSiteName(title: string, article: Named): string {
  const trimmed = title.trim();
  // The last " | ", " - ", " – " or " — ", found without a backtracking pattern.
  const separator = Math.max(...[' | ', ' - ', ' – ', ' — '].map((mark) => trimmed.lastIndexOf(mark)));
  if (separator <= 0) return trimmed;
  const suffix = trimmed.slice(separator + 3);
  return siteNames(article).includes(foldName(suffix)) ? trimmed.slice(0, separator).trim() : trimmed;
}

function isPageChrome(title: string, article: Named): boolean {
  const folded = foldName(title);
  if (folded.split(' ').length < 3 || siteNames(article).includes(folded)) return true;
  return /^(home|homepage|news|404|page not found|access denied|just a moment|subscribe|sign in|log in)\b/.test(folded);
}

function renderStoryHeader(view: StoryView, headline: string): string {
  const { story } = view;
  const statements = story.speakers.reduce((n, speaker) => n + speaker.statements.length, 0);
  const shared = story.speakers.reduce(
    (n, speaker) => n + speaker.statements.filter((statement) => statement.articles.length > 1).length,
    0,
  );
  const outlets = new Set(view.articles.map((article) => article.outlet)).size;
  const count = (name: string, value: number) => `<span data-count="${name}">${value}</span>`;
  return (
    `<header><p class="lede">news-extract story · ${plural(story.articles.length, 'article')} from ` +
    `${plural(outlets, 'outlet')}</p><h1>${escapeHtml(headline)}</h1>` +
    '<nav class="jump" aria-label="Sections">' +
    `<a href="#h-said">Who said what · ${count('statements', statements)} statements, ` +
    `${shared} in several outlets</a>` +
    `<a href="#h-when">Timeline · ${count('dates', story.timeline.length)} dates</a>` +
    `<a href="#h-who">Who is mentioned · ${count('entities', story.entities.length)}</a>` +
    `<a href="#h-list">Articles · ${story.articles.length}</a></nav></header>`
  );
}

/** The filter form: hidden until the script runs (it does nothing without it). */
function renderFilters(view: StoryView): string {
  const { story } = view;
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const select = (name: string, label: string, all: string, options: string[]) =>
    `<label>${label}<select name="${name}"><option value="">${all}</option>${options.join('')}</select></label>`;
  const speakers = story.speakers.map((speaker, index) =>
    option(`p${index + 1}`, `${speakerLabel(speaker)} (${speaker.statements.length})`),
  );
  const outletCounts = new Map<string, number>();
  for (const article of view.articles) outletCounts.set(article.outlet, (outletCounts.get(article.outlet) ?? 0) + 1);
  const outlets = [...outletCounts]
    .sort((a, b) => a[0].localeCompare(b[0], 'en'))
    .map(([name, n]) => option(name, `${name} (${n})`));
  const dates = [...new Set(view.articles.map((article) => article.date ?? 'none'))]
    .sort()
    .map((date) => option(date, date === 'none' ? 'no publication date' : dateInWords(date)));
  const speakerEntities = new Set(story.speakers.map((speaker) => speaker.entity));
  const entities = story.entities
    .filter((entity) => story.entities.length <= 50 || entity.occurrences.length > 1 || speakerEntities.has(entity.id))
    .slice(0, MAX_ENTITY_OPTIONS)
    .map((entity) => option(entity.id, `${entity.name} (${entity.mentions})`));
  return (
    '<form id="filters" class="filters card" role="search" aria-label="Filter the story" hidden>' +
    `<label>Search<input type="search" name="text" placeholder="words, names, outlets"></label>` +
    select('speaker', 'Speaker', 'every speaker', speakers) +
    select('outlet', 'Outlet', 'every outlet', outlets) +
    select('entity', 'Names', 'any entity', entities) +
    select('date', 'Published', 'any day', dates) +
    '<button type="reset">Show all</button>' +
    '<p id="filter-status" class="meta" role="status" aria-live="polite"></p></form>'
  );
}

/** A collapsible section: open unless `closed`, its heading with a count the filters update. */
function section(id: string, heading: string, body: string, closed = false): string {
  return (
    `<section aria-labelledby="${id}"><details${closed ? '' : ' open'}><summary><h2 id="${id}">${heading}</h2>` +
    `</summary>${body}</details></section>`
  );
}

function renderStatementsSection(view: StoryView): string {
  const { story } = view;
  const total = story.speakers.reduce((n, speaker) => n + speaker.statements.length, 0);
  const body =
    story.speakers.length === 0
      ? '<p class="meta">No quotes found.</p>'
      : story.speakers.map((speaker, index) => renderSpeakerCard(view, speaker, `p${index + 1}`)).join('');
  const heading = `Who said what, across outlets · <span data-count="statements">${total}</span> statements`;
  return section('h-said', heading, body);
}

function speakerLabel(speaker: StorySpeaker): string {
  return speaker.entity === null && speaker.name === 'unattributed' ? 'Unattributed' : speaker.name;
}

function renderSpeakerCard(view: StoryView, speaker: StorySpeaker, id: string): string {
  const entity = speaker.entity ? view.entity(speaker.entity) : undefined;
  const roles = entity?.roles ?? [];
  const role = roles.length > 0 ? ` <span class="meta">${escapeHtml(roles.join('; '))}</span>` : '';
  const statements = speaker.statements.map((statement) => renderStatement(view, speaker, id, statement));
  return (
    `<div class="card" data-speaker-card="${id}"><h3>${escapeHtml(speakerLabel(speaker))}${role}</h3>` +
    `${statements.join('')}</div>`
  );
}

function renderStatement(view: StoryView, speaker: StorySpeaker, speakerId: string, statement: Statement): string {
  const reference = new Set(words(statement.text).map(fold));
  const several = statement.versions.length > 1;
  const versions = statement.versions.map((version, index) =>
    renderVersion(view, speaker, version, index > 0 ? reference : null),
  );
  const outlets = new Set(statement.articles.map((id) => view.article(id)?.outlet ?? id)).size;
  const heading = several
    ? `<p class="reach"><strong>${reach(statement.articles.length, outlets)}</strong>` +
      ' · words that differ from the first wording are underlined</p>'
    : '';
  const entities = new Set(statement.versions.flatMap((version) => view.entitiesIn(version.text)));
  if (speaker.entity) entities.add(speaker.entity);
  const articles = statement.articles.map((id) => view.article(id)?.anchor ?? '').join(' ');
  return (
    `<div class="statement${several ? ' shared' : ''}" data-statement="${escapeHtml(statement.id)}" ` +
    `data-speaker="${speakerId}" data-articles="${articles}" data-entities="${escapeHtml([...entities].join(' '))}">` +
    `${heading}<ul class="versions">${versions.slice(0, VERSIONS_SHOWN).join('')}</ul>${moreVersions(versions)}</div>`
  );
}

/** Wordings past the first few, folded: a statement fifty outlets carry stays one screen long. */
function moreVersions(versions: readonly string[]): string {
  if (versions.length <= VERSIONS_SHOWN) return '';
  const more = versions.length - VERSIONS_SHOWN;
  return (
    `<details class="more"><summary>${plural(more, 'more wording')}</summary>` +
    `<ul class="versions">${versions.slice(VERSIONS_SHOWN).join('')}</ul></details>`
  );
}

/** One outlet's wording: the words (changes underlined), then who, the verb, where, when, and links. */
function renderVersion(
  view: StoryView,
  speaker: StorySpeaker,
  version: StatementVersion,
  reference: ReadonlySet<string> | null,
): string {
  const article = view.article(version.article);
  const text = reference ? markChangedWords(version.text, reference) : escapeHtml(version.text);
  const who = version.pronoun ? `unattributed (“${escapeHtml(version.pronoun)}”)` : escapeHtml(speakerLabel(speaker));
  const verb = version.cue ? ` ${escapeHtml(version.cue)}` : '';
  const kind = Object.hasOwn(KIND_WORDS, version.kind) ? KIND_WORDS[version.kind]! : String(version.kind);
  const outlet = escapeHtml(article?.outlet ?? 'unknown outlet');
  const links = [
    article?.url ? `<a href="${escapeHtml(article.url)}" rel="noreferrer">original article</a>` : '',
    view.withArticles && article ? contextLink(article, version) : '',
  ].filter(Boolean);
  return (
    `<li class="version"><span class="said">${quoteMarks(version.kind, text)}</span> ` +
    `<span class="source"><span class="speaker">${who}</span>${verb} · <span class="outlet">${outlet}</span> · ` +
    `${publicationDate(article)} · ${escapeHtml(kind)}${links.map((link) => ` · ${link}`).join('')}</span></li>`
  );
}

/** The quote in its article, unless the story report cut the article's text before it. */
function contextLink(article: ArticleView, version: StatementVersion): string {
  const label = `aria-label="in context (${escapeHtml(article.outlet)})"`;
  if (version.end <= STORY_ARTICLE_MAX_CHARS - CUT_MARGIN) {
    return `<a href="#${article.anchor}-q${version.quote}" ${label}>in context</a>`;
  }
  return `<a href="#${article.anchor}" ${label}>the article</a>`;
}

function publicationDate(article: ArticleView | undefined): string {
  if (!article?.date) return `<span class="nodate" title="${NO_DATE_HELP}">no publication date</span>`;
  return (
    `<time datetime="${escapeHtml(article.date)}" title="published ${escapeHtml(article.date)}">` +
    `${escapeHtml(dateInWords(article.date))}</time>`
  );
}

/** A version's words, with those absent from the first wording underlined (<ins>). */
function markChangedWords(text: string, reference: ReadonlySet<string>): string {
  return text
    .split(/(\s+)/)
    .map((part) => {
      const word = fold(part);
      return word !== '' && !reference.has(word) ? `<ins>${escapeHtml(part)}</ins>` : escapeHtml(part);
    })
    .join('');
}

function renderTimelineSection(view: StoryView): string {
  const { story } = view;
  const placed =
    story.timeline.length === 0
      ? '<p class="meta">No dates placed on the timeline.</p>'
      : `<ol class="timeline" data-section="timeline">` +
        `${story.timeline.map((entry) => renderTimelineEntry(view, entry)).join('')}</ol>`;
  const unplaced =
    story.unresolved.length === 0
      ? ''
      : `<h3>Not placed on the timeline · <span data-count="unplaced">${story.unresolved.length}</span></h3>` +
        `<ul class="unplaced" data-section="unresolved">` +
        `${story.unresolved.map((entry) => renderUnplacedEntry(view, entry)).join('')}</ul>`;
  const heading = `Timeline · <span data-count="dates">${story.timeline.length}</span> dates`;
  return section('h-when', heading, placed + unplaced);
}

function timexTitle(entry: TimelineEntry): string {
  return escapeHtml(`TIMEX3 ${entry.type} ${entry.value}${entry.mod ? ` ${entry.mod}` : ''}`);
}

function renderTimelineEntry(view: StoryView, entry: TimelineEntry): string {
  const mentions = entry.mentions.map((mention) => {
    const article = view.article(mention.article);
    const link = article
      ? ` <a href="#${article.anchor}" aria-label="article (${escapeHtml(article.outlet)})">article</a>`
      : '';
    return (
      `<li ${mentionData(view, mention, mention.sentence?.text ?? mention.text)}><span class="outlet">` +
      `${escapeHtml(article?.outlet ?? '')}</span> ${snippet(mention)}${link}</li>`
    );
  });
  return (
    `<li data-value="${escapeHtml(entry.value)}"><span class="when" title="${timexTitle(entry)}">` +
    `${escapeHtml(timexInWords(entry.value))}</span><ul class="mentions">${mentions.join('')}</ul></li>`
  );
}

/** A date that cannot be placed: its words as written, one line, each mention a short item. */
function renderUnplacedEntry(view: StoryView, entry: TimelineEntry): string {
  const mentions = entry.mentions.map((mention) => {
    const outlet = view.article(mention.article)?.outlet ?? '';
    return `<span class="m" ${mentionData(view, mention, mention.sentence?.text ?? mention.text)}>“${escapeHtml(
      clipWords(mention.text, 60),
    )}” <span class="outlet">${escapeHtml(outlet)}</span></span>`;
  });
  return (
    `<li data-value="${escapeHtml(entry.value)}"><span class="when" title="${timexTitle(entry)}">` +
    `${escapeHtml(timexInWords(entry.value))}</span> ${mentions.join(' ')}</li>`
  );
}

function mentionData(view: StoryView, mention: DateMention, context: string): string {
  const anchor = view.article(mention.article)?.anchor ?? '';
  return `data-articles="${anchor}" data-entities="${escapeHtml(view.entitiesIn(context).join(' '))}"`;
}

/** The dated sentence around the date, cut at word boundaries on each side. */
function snippet(mention: DateMention): string {
  const sentence = mention.sentence;
  if (!sentence || mention.start < sentence.start || mention.end > sentence.end) {
    return `<strong>${escapeHtml(mention.text)}</strong>`;
  }
  const before = sentence.text
    .slice(0, mention.start - sentence.start)
    .replace(/\s+/g, ' ')
    .trimStart();
  const after = sentence.text
    .slice(mention.end - sentence.start)
    .replace(/\s+/g, ' ')
    .trimEnd();
  return `${escapeHtml(clipWordsStart(before, SNIPPET_CHARS))}<strong>${escapeHtml(mention.text)}</strong>${escapeHtml(
    clipWords(after, SNIPPET_CHARS),
  )}`;
}

/** At most `max` characters from the start, ending at a word boundary, with an ellipsis when cut. */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/u);
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** At most `max` characters from the end, starting at a word boundary, with an ellipsis when cut. */
export function clipWordsStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const space = cut.search(/\s/u);
  return `…${(space >= 0 ? cut.slice(space) : cut).trimStart()}`;
}

function renderEntitiesSection(view: StoryView): string {
  const { story } = view;
  if (story.entities.length === 0) {
    return section('h-who', 'Who is mentioned', '<p class="meta">No entities found.</p>');
  }
  const rows = story.entities.map((entity) => {
    const anchors = entity.occurrences.map((occurrence) => view.article(occurrence.article)?.anchor ?? '');
    const articles = [...new Set(anchors)];
    const aliases =
      entity.aliases.length > 0 ? `<div class="meta">also ${escapeHtml(entity.aliases.join(', '))}</div>` : '';
    return (
      `<tr data-entity="${escapeHtml(entity.id)}" data-articles="${articles.join(' ')}"><th scope="row">` +
      `${escapeHtml(entity.name)}${aliases}</th><td data-label="Type"><span class="ent ${typeClass(entity.type)}">` +
      `${typeLabel(entity.type)}</span></td><td class="roles">${escapeHtml(entity.roles.join('; '))}</td>` +
      `<td data-label="Articles">${escapeHtml(entity.occurrences.length)}</td>` +
      `<td data-label="Mentions">${escapeHtml(entity.mentions)}</td></tr>`
    );
  });
  const table =
    '<div class="scroll card"><table data-section="entities"><thead><tr><th scope="col">Name</th>' +
    '<th scope="col">Type</th><th scope="col">Roles</th><th scope="col">Articles</th><th scope="col">Mentions</th>' +
    `</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return section('h-who', `Who is mentioned · <span data-count="entities">${story.entities.length}</span>`, table);
}

/** Every article: outlet, publication date (or how to give one), title and links. */
function renderArticleListSection(view: StoryView): string {
  const rows = view.articles.map((article) => {
    const title = article.title ? escapeHtml(article.title) : '<span class="meta">no title</span>';
    const original = article.url ? ` · <a href="${escapeHtml(article.url)}" rel="noreferrer">original</a>` : '';
    const annotated = view.withArticles ? ` · <a href="#${article.anchor}">annotated</a>` : '';
    const date = article.date ? escapeHtml(article.date) : 'none';
    return (
      `<li data-article="${article.anchor}" data-outlet="${escapeHtml(article.outlet)}" data-date="${date}">` +
      `<strong>${escapeHtml(article.outlet)}</strong> · ${publicationDate(article)}` +
      `${article.date ? '' : ` <span class="meta">(${NO_DATE_HELP})</span>`} · ${title}${original}${annotated}</li>`
    );
  });
  const body = `<ul class="list articles" id="article-list">${rows.join('')}</ul>`;
  return section('h-list', `Articles · ${view.articles.length}`, body, view.articles.length > 20);
}

function renderArticlesOpen(view: StoryView): string {
  const count = view.story.articles.length;
  return (
    `<section aria-labelledby="h-articles"><details${count > 20 ? '' : ' open'}><summary><h2 id="h-articles">` +
    `The articles, annotated · <span data-count="articles">${count}</span></h2></summary>${legend()}`
  );
}

function renderArticleDetails(view: StoryView, doc: NewsDocument, index: number): string {
  const article = view.articles[index] ?? view.article(doc.id);
  const anchor = article?.anchor ?? `a${index + 1}`;
  const outlet = article?.outlet ?? `article ${index + 1}`;
  const entities = view.story.entities
    .filter((entity) => entity.occurrences.some((occurrence) => occurrence.article === doc.id))
    .map((entity) => entity.id);
  return (
    `<details class="article" data-articles="${anchor}" data-entities="${escapeHtml(entities.join(' '))}"` +
    `${index === 0 ? ' open' : ''}><summary>${escapeHtml(outlet)}` +
    `${doc.meta.title ? ` — ${escapeHtml(doc.meta.title)}` : ''}` +
    `</summary>${renderArticle(doc, anchor, 'h3', { label: outlet, maxChars: STORY_ARTICLE_MAX_CHARS })}</details>`
  );
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-10-16" → "Thu 16 Oct 2025"; anything else as it is. */
export function dateInWords(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return iso;
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A TIMEX3 value in short words: days as `dateInWords`, months "Oct 2025", the rest as `describeTimex`. */
export function timexInWords(value: string): string {
  const time = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (time) return `${dateInWords(time[1]!)}, ${time[2]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateInWords(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && MONTHS[Number(month[2]) - 1]) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return describeTimex(value);
}

/** "3 outlets", or "5 articles in 2 outlets" when an outlet carried it more than once. */
function reach(articles: number, outlets: number): string {
  if (articles === outlets) return plural(outlets, 'outlet');
  return `${plural(articles, 'article')} in ${plural(outlets, 'outlet')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function fold(word: string): string {
  return foldAccents(word)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
