import type { Story, StorySpeaker, TimelineEntry } from '../story/types.js';
import type { EntityType, NewsDocument, Quote } from '../types.js';
import { articleLabel } from '../story/label.js';
import { REPORT_CSS } from './css.js';
import { foldAccents } from '../text/fold.js';

/**
 * The HTML report: one self-contained file (inline CSS, no script, no network; a Content-Security-
 * Policy forbids scripts and remote loads as a second guard). Every piece of article text and
 * metadata goes through `escapeHtml`, so an article containing `<script>` renders as text.
 */

const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'PERSON',
  ORG: 'ORG',
  GPE: 'GPE',
  LOC: 'LOC',
  NORP: 'NORP',
  FAC: 'FAC',
  PRODUCT: 'PRODUCT',
  EVENT: 'EVENT',
  LAW: 'LAW',
  WORK_OF_ART: 'WORK',
};
const TYPE_NAMES: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'country, city or state',
  LOC: 'place',
  NORP: 'nationality or group',
  FAC: 'facility',
  PRODUCT: 'product',
  EVENT: 'event',
  LAW: 'law or treaty',
  WORK_OF_ART: 'work',
};

/** Escapes any value for an element's text or a quoted attribute (non-strings are stringified first). */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Entity types, quote kinds and date types are closed sets in our own output, but a document from a
 * custom tagger or stored JSON can carry anything there (`<meta http-equiv=refresh>` as a type): every
 * field is escaped, and a type outside the known ones gets no class of its own.
 */
function typeLabel(type: EntityType): string {
  return escapeHtml(Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type] : type);
}
function typeName(type: EntityType): string {
  return escapeHtml(Object.hasOwn(TYPE_NAMES, type) ? TYPE_NAMES[type] : type);
}
function typeClass(type: EntityType): string {
  return Object.hasOwn(TYPE_LABELS, type) ? `t-${type}` : 't-other';
}

/** Report for one or several articles, each with its annotated text and a "who said what" panel. */
export function renderHtml(input: NewsDocument | readonly NewsDocument[]): string {
  const docs: readonly NewsDocument[] = Array.isArray(input) ? input : [input as NewsDocument];
  const parts = htmlReportParts(docs.length, docs[0]);
  return [parts.head, ...docs.map((doc, index) => `\n${parts.article(doc, index)}`), parts.tail].join('');
}

/**
 * The report of `renderHtml` in pieces, for writing it article by article (the command streams a
 * report of any number of articles): `head`, then `article(doc, i)` for each, each after a newline,
 * then `tail`. Only the count and the first document (whose title names a one-article report) are
 * needed up front.
 */
export function htmlReportParts(count: number, first: NewsDocument | undefined): { head: string; article(doc: NewsDocument, index: number): string; tail: string } {
  const title = count === 1 && first ? first.meta.title ?? first.id : `${count} articles`;
  const [open, close] = page(title, '\u0000').split('\u0000') as [string, string];
  return {
    head: `${open}<header><p class="lede">news-extract report</p><h1>${escapeHtml(title)}</h1>${legend()}</header>`,
    article: (doc, index) => renderArticle(doc, `a${index + 1}`, 'h2'),
    tail: close,
  };
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
export function storyHtmlParts(story: Story, withArticles: boolean): { head: string; article(doc: NewsDocument, index: number): string; tail: string } {
  const anchors = new Map(story.articles.map((article, index) => [article.id, `a${index + 1}`]));
  const outlet = (id: string) => {
    const article = story.articles.find((candidate) => candidate.id === id);
    return article ? articleLabel(article) : id;
  };
  const title = story.articles.find((article) => article.title)?.title ?? 'Story';
  const parts: string[] = [];
  parts.push(
    `<header><p class="lede">news-extract story · ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}</p>` +
      `<h1>${escapeHtml(title)}</h1>` +
      `<ul class="list meta" aria-label="Articles">${story.articles
        .map(
          (article) =>
            `<li><a href="#${anchors.get(article.id)}">${escapeHtml(articleLabel(article))}</a>` +
            `${article.date ? ` · ${escapeHtml(article.date)}` : ''}${article.title ? ` · ${escapeHtml(article.title)}` : ''}</li>`,
        )
        .join('')}</ul>` +
      `<nav class="jump" aria-label="Sections"><a href="#h-said">Who said what · ${story.speakers.reduce((n, speaker) => n + speaker.statements.length, 0)} statements, ${
        story.speakers.reduce((n, speaker) => n + speaker.statements.filter((statement) => statement.articles.length > 1).length, 0)
      } in several outlets</a><a href="#h-when">Timeline · ${story.timeline.length} dates</a><a href="#h-who">Who is mentioned · ${story.entities.length}</a>${
        withArticles ? '<a href="#h-articles">The articles</a>' : ''
      }</nav></header>`,
  );

  parts.push(`<section aria-labelledby="h-said"><h2 id="h-said">Who said what, across outlets</h2>`);
  if (story.speakers.length === 0) parts.push('<p class="meta">No quotes found.</p>');
  for (const speaker of story.speakers) parts.push(renderSpeaker(speaker, story, anchors, outlet));
  parts.push('</section>');

  parts.push(`<section aria-labelledby="h-when"><h2 id="h-when">Timeline</h2>`);
  if (story.timeline.length === 0) parts.push('<p class="meta">No dates placed on the timeline.</p>');
  else parts.push(`<ol class="timeline" data-section="timeline">${story.timeline.map((entry) => renderTimelineEntry(entry, anchors, outlet)).join('')}</ol>`);
  if (story.unresolved.length > 0) {
    parts.push(`<h3>Not placed on the timeline</h3><ul class="timeline unplaced" data-section="unresolved">${story.unresolved
      .map((entry) => renderTimelineEntry(entry, anchors, outlet))
      .join('')}</ul>`);
  }
  parts.push('</section>');

  parts.push(`<section aria-labelledby="h-who"><h2 id="h-who">Who is mentioned</h2>`);
  if (story.entities.length === 0) parts.push('<p class="meta">No entities found.</p>');
  else {
    parts.push(
      `<div class="scroll card"><table data-section="entities"><thead><tr><th scope="col">Name</th><th scope="col">Type</th>` +
        `<th scope="col">Roles</th><th scope="col">Articles</th><th scope="col">Mentions</th></tr></thead><tbody>` +
        story.entities
          .map(
            (entity) =>
              `<tr data-entity="${escapeHtml(entity.id)}"><th scope="row">${escapeHtml(entity.name)}${
                entity.aliases.length > 0 ? `<div class="meta">also ${escapeHtml(entity.aliases.join(', '))}</div>` : ''
              }</th><td data-label="Type"><span class="ent ${typeClass(entity.type)}">${typeLabel(entity.type)}</span></td><td class="roles">${escapeHtml(
                entity.roles.join('; '),
              )}</td><td data-label="Articles">${escapeHtml(entity.occurrences.length)}</td><td data-label="Mentions">${escapeHtml(entity.mentions)}</td></tr>`,
          )
          .join('') +
        '</tbody></table></div>',
    );
  }
  parts.push('</section>');

  if (withArticles) parts.push(`<section aria-labelledby="h-articles"><h2 id="h-articles">The articles</h2>${legend()}`);
  const [open, close] = page(title, '\u0000').split('\u0000') as [string, string];
  return {
    head: `${open}${parts.join('\n')}`,
    article: (doc, index) =>
      `<details${index === 0 ? ' open' : ''}><summary>${escapeHtml(articleLabel({ id: doc.id, ...(doc.meta.publisher ? { publisher: doc.meta.publisher } : {}) }))}${
        doc.meta.title ? ` — ${escapeHtml(doc.meta.title)}` : ''
      }</summary>${renderArticle(doc, anchors.get(doc.id) ?? `a${index + 1}`, 'h3')}</details>`,
    tail: `${withArticles ? '\n</section>' : ''}${close}`,
  };
}

function renderSpeaker(
  speaker: StorySpeaker,
  story: Story,
  anchors: ReadonlyMap<string, string>,
  outlet: (id: string) => string,
): string {
  const entity = speaker.entity ? story.entities.find((candidate) => candidate.id === speaker.entity) : undefined;
  const role = entity && entity.roles.length > 0 ? ` <span class="meta">${escapeHtml(entity.roles.join('; '))}</span>` : '';
  const statements = speaker.statements.map((statement) => {
    const reference = new Set(words(statement.text).map(fold));
    const several = statement.versions.length > 1;
    const versions = statement.versions.map(
      (version, index) =>
        `<li class="version"><span class="said">${quoteMarks(version.kind, index > 0 ? markChangedWords(version.text, reference) : escapeHtml(version.text))}</span> ` +
        `<span class="source">${escapeHtml(outlet(version.article))}${version.kind === 'direct' ? '' : ` · ${escapeHtml(version.kind)}`} · ` +
        `<a href="#${anchors.get(version.article)}-q${version.quote}" aria-label="in context (${escapeHtml(outlet(version.article))})">in context</a></span></li>`,
    );
    const outlets = statement.articles.length;
    const heading = several
      ? `<p class="reach"><strong>${outlets > 1 ? `${outlets} outlets` : 'repeated in 1 outlet'}</strong> · words that differ from the first wording are underlined</p>`
      : '';
    return `<div class="statement${several ? ' shared' : ''}" data-statement="${escapeHtml(statement.id)}">${heading}<ul class="versions">${versions.join('')}</ul></div>`;
  });
  return `<div class="card" data-speaker="${escapeHtml(speaker.name)}"><h3>${escapeHtml(speaker.name)}${role}</h3>${statements.join('')}</div>`;
}

/**
 * Quotation marks around a direct quote that the extraction left without its own; reported speech and
 * partial or mixed quotes (“a clear priority.”, with its marks inside) are shown as they were written.
 */
function quoteMarks(kind: Quote['kind'], html: string): string {
  return kind === 'direct' && !/^["“'‘]/u.test(html) ? `“${html}”` : html;
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

function renderTimelineEntry(entry: TimelineEntry, anchors: ReadonlyMap<string, string>, outlet: (id: string) => string): string {
  const mentions = entry.mentions.map((mention) => {
    const sentence = mention.sentence;
    let body: string;
    if (sentence && mention.start >= sentence.start && mention.end <= sentence.end) {
      const before = sentence.text.slice(0, mention.start - sentence.start);
      const after = sentence.text.slice(mention.end - sentence.start);
      body = `${escapeHtml(clipStart(before, 160))}<strong>${escapeHtml(mention.text)}</strong>${escapeHtml(clipEnd(after, 160))}`;
    } else body = `<strong>${escapeHtml(mention.text)}</strong>`;
    return `<li><span class="outlet">${escapeHtml(outlet(mention.article))}</span> ${body} <a href="#${anchors.get(mention.article)}" aria-label="article (${escapeHtml(outlet(mention.article))})">article</a></li>`;
  });
  const mod = entry.mod ? ` ${escapeHtml(entry.mod)}` : '';
  return `<li data-value="${escapeHtml(entry.value)}"><span class="when">${escapeHtml(describeTimex(entry.value))}</span><span class="value">${escapeHtml(entry.type)} ${escapeHtml(entry.value)}${mod}</span><ul class="mentions">${mentions.join('')}</ul></li>`;
}

function renderArticle(doc: NewsDocument, anchor: string, heading: 'h2' | 'h3'): string {
  const facts = [
    doc.meta.publisher && escapeHtml(doc.meta.publisher),
    doc.meta.date && `published ${escapeHtml(doc.meta.date)}`,
    doc.meta.url && (/^https?:\/\//i.test(doc.meta.url) ? `<a href="${escapeHtml(doc.meta.url)}" rel="noreferrer">${escapeHtml(doc.meta.url)}</a>` : escapeHtml(doc.meta.url)),
    `${doc.entities.length} entities · ${doc.quotes.length} quotes · ${doc.dates.length} dates`,
  ].filter(Boolean);
  return (
    `<article class="card" id="${anchor}" data-doc="${escapeHtml(doc.id)}"><${heading}>${escapeHtml(doc.meta.title ?? doc.id)}</${heading}>` +
    `<p class="meta">${facts.join(' · ')}</p><div class="cols"><div class="text" data-section="text">${annotateText(doc, anchor)}</div>` +
    `<aside class="panel" aria-label="Who said what in ${escapeHtml(doc.meta.title ?? doc.id)}">${renderPanel(doc, anchor)}</aside></div></article>`
  );
}

function renderPanel(doc: NewsDocument, anchor: string): string {
  const bySpeaker = new Map<string, { quote: Quote; index: number }[]>();
  doc.quotes.forEach((quote, index) => {
    const key = speakerName(quote);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), { quote, index }]);
  });
  const said =
    bySpeaker.size === 0
      ? '<p class="meta">No quotes found.</p>'
      : [...bySpeaker]
          .map(
            ([speaker, quotes]) =>
              `<h4>${escapeHtml(speaker)}</h4><ul>${quotes
                .map(
                  ({ quote, index }) =>
                    `<li><a href="#${anchor}-q${index}">${quoteMarks(quote.kind, escapeHtml(clip(quote.text, 140)))}</a> <span class="kind">${escapeHtml(quote.kind)}</span></li>`,
                )
                .join('')}</ul>`,
          )
          .join('');
  const people = [...doc.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 12)
    .map((entity) => `<li><span class="ent ${typeClass(entity.type)}">${escapeHtml(entity.name)}<span class="lbl">${typeLabel(entity.type)}</span></span> ×${escapeHtml(entity.mentions.length)}${entity.roles.length > 0 ? ` <span class="meta">${escapeHtml(entity.roles.join('; '))}</span>` : ''}</li>`)
    .join('');
  return `<h3>Who said what</h3>${said}${people ? `<h3>Most mentioned</h3><ul>${people}</ul>` : ''}`;
}

interface Annotation {
  /** Nesting layer: boilerplate outermost, then quotes, entities, dates. */
  layer: number;
  start: number;
  end: number;
  /** Opening tag of the first piece (focusable, labelled). */
  open: string;
  /** Opening tag of a continuation piece after an overlap forced a break. */
  reopen: string;
  /** What ends the annotation's last piece (type label, tooltip) before its closing tag. */
  tail: string;
  tag: string;
}

/**
 * The article text with its annotations as nested elements. Annotations that cross (a quote ending
 * inside an entity mention) are closed and reopened around the crossing point; each keeps one
 * `data-id`, and only its first piece is focusable.
 */
function annotateText(doc: NewsDocument, anchor: string): string {
  const annotations: Annotation[] = [];
  const entityById = new Map(doc.entities.map((entity) => [entity.id, entity]));
  for (const span of doc.meta.boilerplate) {
    annotations.push({ layer: 0, start: span.start, end: span.end, open: '<span class="bp" title="boilerplate, not analysed">', reopen: '<span class="bp">', tail: '', tag: 'span' });
  }
  doc.quotes.forEach((quote, index) => {
    const id = `${anchor}-q${index}`;
    const who = speakerName(quote);
    const tip = `${anchor}-tq${index}`;
    annotations.push({
      layer: 1,
      start: quote.start,
      end: quote.end,
      open: `<span class="ann quote" id="${id}" data-ann="quote" data-id="${id}" data-speaker="${escapeHtml(who)}" tabindex="0" aria-describedby="${tip}"><span class="who">${escapeHtml(clip(who, 40))}</span>`,
      reopen: `<span class="ann quote cont" data-ann="quote" data-id="${id}">`,
      tail: `<span class="tip" role="tooltip" id="${tip}">${escapeHtml(quote.kind)} quote · ${escapeHtml(who)}${quote.cue ? ` · cue “${escapeHtml(quote.cue.text)}”` : ''}</span>`,
      tag: 'span',
    });
  });
  let mentionIndex = 0;
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      mentionIndex += 1;
      const id = `${anchor}-m${mentionIndex}`;
      const tip = `${anchor}-tm${mentionIndex}`;
      const roles = entityById.get(entity.id)?.roles ?? [];
      annotations.push({
        layer: 2,
        start: mention.start,
        end: mention.end,
        open: `<mark class="ann ent ${typeClass(mention.type)}" data-ann="entity" data-id="${id}" data-entity="${escapeHtml(entity.id)}" data-type="${escapeHtml(mention.type)}" tabindex="0" aria-describedby="${tip}">`,
        reopen: `<mark class="ann ent ${typeClass(mention.type)}" data-ann="entity" data-id="${id}">`,
        tail: `<span class="lbl">${typeLabel(mention.type)}</span><span class="tip" role="tooltip" id="${tip}">${typeName(mention.type)} · ${escapeHtml(entity.name)}${roles.length > 0 ? ` · ${escapeHtml(roles.join('; '))}` : ''}</span>`,
        tag: 'mark',
      });
    }
  }
  doc.dates.forEach((date, index) => {
    const id = `${anchor}-d${index}`;
    const tip = `${anchor}-td${index}`;
    const datetime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(date.value) ? ` datetime="${escapeHtml(date.value)}"` : '';
    annotations.push({
      layer: 3,
      start: date.start,
      end: date.end,
      open: `<time class="ann date" data-ann="date" data-id="${id}" data-value="${escapeHtml(date.value)}"${datetime} tabindex="0" aria-describedby="${tip}">`,
      reopen: `<time class="ann date" data-ann="date" data-id="${id}">`,
      tail: `<span class="tip" role="tooltip" id="${tip}">${escapeHtml(date.type)} ${escapeHtml(date.value)}${date.mod ? ` (${escapeHtml(date.mod)})` : ''} · ${escapeHtml(describeTimex(date.value))}${date.resolved ? '' : ' · unresolved'}</span>`,
      tag: 'time',
    });
  });
  return nest(doc.text, annotations.filter((annotation) => annotation.start < annotation.end && annotation.end <= doc.text.length));
}

function nest(text: string, annotations: Annotation[]): string {
  const boundaries = [...new Set([0, text.length, ...annotations.flatMap((annotation) => [annotation.start, annotation.end])])].sort((a, b) => a - b);
  const starting = new Map<number, Annotation[]>();
  for (const annotation of annotations) starting.set(annotation.start, [...(starting.get(annotation.start) ?? []), annotation]);
  const stack: Annotation[] = [];
  const out: string[] = [];
  for (let i = 0; i < boundaries.length; i++) {
    const position = boundaries[i]!;
    // Close what ends here; an annotation deeper in the stack forces the ones above it to break.
    if (stack.some((annotation) => annotation.end === position)) {
      const reopen: Annotation[] = [];
      while (stack.some((annotation) => annotation.end === position)) {
        const top = stack.pop()!;
        if (top.end === position) out.push(`${top.tail}</${top.tag}>`);
        else {
          out.push(`</${top.tag}>`);
          reopen.unshift(top);
        }
      }
      for (const annotation of reopen) {
        out.push(annotation.reopen);
        stack.push(annotation);
      }
    }
    const opening = (starting.get(position) ?? []).sort((a, b) => a.layer - b.layer || b.end - a.end);
    for (const annotation of opening) {
      out.push(annotation.open);
      stack.push(annotation);
    }
    const next = boundaries[i + 1];
    if (next !== undefined) out.push(escapeHtml(text.slice(position, next)));
  }
  while (stack.length > 0) {
    const top = stack.pop()!;
    out.push(`${top.tail}</${top.tag}>`);
  }
  return out.join('');
}

function legend(): string {
  const entityTypes: EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'PRODUCT'];
  return (
    `<ul class="legend" aria-label="Legend">${entityTypes
      .map((type) => `<li><span class="ent t-${type}">${TYPE_NAMES[type]}<span class="lbl">${TYPE_LABELS[type]}</span></span></li>`)
      .join('')}<li><span class="quote"><span class="who">speaker</span>quotation</span></li>` +
    `<li><span class="date">date</span> (value on hover or focus)</li></ul>`
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="news-extract">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function speakerName(quote: Quote): string {
  if (!quote.speaker) return 'unattributed';
  return (quote.speaker.name ?? quote.speaker.text).replace(/\s+/g, ' ').trim();
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A TIMEX3 value in words where it names a calendar date: "2025-10-16" → "Thursday 16 October 2025". */
export function describeTimex(value: string): string {
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (Number.isNaN(date.getTime())) return value;
    return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}${match[4] ? `, ${match[4]}` : ''}`;
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match && MONTHS[Number(match[2]) - 1]) return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) return `week ${Number(match[2])} of ${match[1]}`;
  match = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(value);
  if (match) {
    const unit = { Y: 'year', M: 'month', W: 'week', D: 'day' }[match[2] as 'Y' | 'M' | 'W' | 'D'];
    return `${match[1]} ${unit}${match[1] === '1' ? '' : 's'}`;
  }
  match = /^XXXX-WXX-([1-7])$/.exec(value);
  if (match) return `a ${WEEKDAYS[Number(match[1]) % 7]}, week not known`;
  if (/^X{4}(-XX){0,2}$/.test(value)) return 'a date the text leaves open';
  if (value === 'PRESENT_REF') return 'now';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  return value;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function clipEnd(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trimEnd();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function clipStart(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trimStart();
  return flat.length > max ? `…${flat.slice(flat.length - max + 1)}` : flat;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function fold(word: string): string {
  return foldAccents(word).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

