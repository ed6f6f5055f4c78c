import type { EntityType, NewsDocument, Quote } from '../types.js';
import { REPORT_CSS } from './css.js';
import { escapeHtml } from './escape.js';
import { sha256Base64 } from './sha256.js';

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

export { renderStoryHtml, storyHtmlParts } from './story.js';
export { escapeHtml };

/**
 * Entity types, quote kinds and date types are closed sets in our own output, but a document from a
 * custom tagger or stored JSON can carry anything there (`<meta http-equiv=refresh>` as a type): every
 * field is escaped, and a type outside the known ones gets no class of its own.
 */
export function typeLabel(type: EntityType): string {
  return escapeHtml(Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type] : type);
}
function typeName(type: EntityType): string {
  return escapeHtml(Object.hasOwn(TYPE_NAMES, type) ? TYPE_NAMES[type] : type);
}
export function typeClass(type: EntityType): string {
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
export function htmlReportParts(
  count: number,
  first: NewsDocument | undefined,
): { head: string; article(doc: NewsDocument, index: number): string; tail: string } {
  const title = count === 1 && first ? (first.meta.title ?? first.id) : `${count} articles`;
  const [open, close] = page(title, '\u0000').split('\u0000') as [string, string];
  return {
    head: `${open}<header><p class="lede">news-extract report</p><h1>${escapeHtml(title)}</h1>${legend()}</header>`,
    article: (doc, index) => renderArticle(doc, `a${index + 1}`, 'h2'),
    tail: close,
  };
}

/**
 * Quotation marks around a direct quote that the extraction left without its own; reported speech and
 * partial or mixed quotes (“a clear priority.”, with its marks inside) are shown as they were written.
 */
export function quoteMarks(kind: Quote['kind'], html: string): string {
  return kind === 'direct' && !/^["“'‘]/u.test(html) ? `“${html}”` : html;
}

/** How the story report shows an article; the document report passes none of these. */
export interface ArticleOptions {
  /** The article's name where it has no title, in place of its id (a file path in a batch). */
  readonly label?: string;
  /** Annotates only the text up to about this many characters (see `cutPoint`), noting the cut. */
  readonly maxChars?: number;
}

export function renderArticle(
  doc: NewsDocument,
  anchor: string,
  heading: 'h2' | 'h3',
  options: ArticleOptions = {},
): string {
  const url = doc.meta.url && escapeHtml(doc.meta.url);
  const facts = [
    doc.meta.publisher && escapeHtml(doc.meta.publisher),
    doc.meta.date && `published ${escapeHtml(doc.meta.date)}`,
    url && (/^https?:\/\//i.test(url) ? `<a href="${url}" rel="noreferrer">${url}</a>` : url),
    `${doc.entities.length} entities · ${doc.quotes.length} quotes · ${doc.dates.length} dates`,
  ].filter(Boolean);
  const name = escapeHtml(doc.meta.title ?? options.label ?? doc.id);
  const cut = options.maxChars === undefined ? doc.text.length : cutPoint(doc.text, options.maxChars);
  const note =
    cut < doc.text.length
      ? `<p class="meta cut">The text below stops at ${cut.toLocaleString('en')} of ` +
        `${doc.text.length.toLocaleString('en')} ` +
        'characters are shown in a story report; <code>news-extract --format html</code> shows the whole article.</p>'
      : '';
  const identity = options.label === undefined ? ` data-doc="${escapeHtml(doc.id)}"` : '';
  return (
    `<article class="card" id="${anchor}"${identity}><${heading}>${name}</${heading}>` +
    `<p class="meta">${facts.join(' · ')}</p>${note}<div class="cols"><div class="text" data-section="text">` +
    `${annotateText(doc, anchor, cut)}</div>` +
    `<aside class="panel" aria-label="Who said what in ${name}">${renderPanel(doc, anchor, cut)}</aside>` +
    '</div></article>'
  );
}

/**
 * Where a long article's text is cut in a story report: at the last space within 200 characters
 * before `max`, so that a quote ending before `max - 200` is always shown (its "in context" link
 * works without the text at hand).
 */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const space = text.slice(max - CUT_MARGIN, max).search(/\s\S*$/u);
  return space >= 0 ? max - CUT_MARGIN + space : max - CUT_MARGIN;
}
export const CUT_MARGIN = 200;

function renderPanel(doc: NewsDocument, anchor: string, cut: number): string {
  const bySpeaker = new Map<string, { quote: Quote; index: number }[]>();
  doc.quotes.forEach((quote, index) => {
    if (quote.end > cut) return;
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
                    `<li><a href="#${anchor}-q${index}">` +
                    `${quoteMarks(quote.kind, escapeHtml(clip(quote.text, 140)))}</a> ` +
                    `<span class="kind">${escapeHtml(quote.kind)}</span></li>`,
                )
                .join('')}</ul>`,
          )
          .join('');
  const people = [...doc.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 12)
    .map((entity) => {
      const roles = entity.roles.length > 0 ? ` <span class="meta">${escapeHtml(entity.roles.join('; '))}</span>` : '';
      return (
        `<li><span class="ent ${typeClass(entity.type)}">${escapeHtml(entity.name)}<span class="lbl">` +
        `${typeLabel(entity.type)}</span></span> ×${escapeHtml(entity.mentions.length)}${roles}</li>`
      );
    })
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
function annotateText(doc: NewsDocument, anchor: string, cut: number): string {
  const annotations: Annotation[] = [];
  const entityById = new Map(doc.entities.map((entity) => [entity.id, entity]));
  for (const span of doc.meta.boilerplate) {
    annotations.push({
      layer: 0,
      start: span.start,
      end: span.end,
      open: '<span class="bp" title="boilerplate, not analysed">',
      reopen: '<span class="bp">',
      tail: '',
      tag: 'span',
    });
  }
  doc.quotes.forEach((quote, index) => {
    const id = `${anchor}-q${index}`;
    const who = speakerName(quote);
    const tip = `${anchor}-tq${index}`;
    annotations.push({
      layer: 1,
      start: quote.start,
      end: quote.end,
      open:
        `<span class="ann quote" id="${id}" data-ann="quote" data-id="${id}" data-speaker="${escapeHtml(who)}" ` +
        `tabindex="0" aria-describedby="${tip}"><span class="who">${escapeHtml(clip(who, 40))}</span>`,
      reopen: `<span class="ann quote cont" data-ann="quote" data-id="${id}">`,
      tail:
        `<span class="tip" role="tooltip" id="${tip}">${escapeHtml(quote.kind)} quote · ${escapeHtml(who)}` +
        `${quote.cue ? ` · cue “${escapeHtml(quote.cue.text)}”` : ''}</span>`,
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
        open:
          `<mark class="ann ent ${typeClass(mention.type)}" data-ann="entity" data-id="${id}" ` +
          `data-entity="${escapeHtml(entity.id)}" data-type="${escapeHtml(mention.type)}" tabindex="0" ` +
          `aria-describedby="${tip}">`,
        reopen: `<mark class="ann ent ${typeClass(mention.type)}" data-ann="entity" data-id="${id}">`,
        tail:
          `<span class="lbl">${typeLabel(mention.type)}</span><span class="tip" role="tooltip" id="${tip}">` +
          `${typeName(mention.type)} · ${escapeHtml(entity.name)}` +
          `${roles.length > 0 ? ` · ${escapeHtml(roles.join('; '))}` : ''}</span>`,
        tag: 'mark',
      });
    }
  }
  doc.dates.forEach((date, index) => {
    const id = `${anchor}-d${index}`;
    const tip = `${anchor}-td${index}`;
    const calendar = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(date.value);
    const datetime = calendar ? ` datetime="${escapeHtml(date.value)}"` : '';
    annotations.push({
      layer: 3,
      start: date.start,
      end: date.end,
      open:
        `<time class="ann date" data-ann="date" data-id="${id}" data-value="${escapeHtml(date.value)}"${datetime} ` +
        `tabindex="0" aria-describedby="${tip}">`,
      reopen: `<time class="ann date" data-ann="date" data-id="${id}">`,
      tail:
        `<span class="tip" role="tooltip" id="${tip}">${escapeHtml(date.type)} ${escapeHtml(date.value)}` +
        `${date.mod ? ` (${escapeHtml(date.mod)})` : ''} · ${escapeHtml(describeTimex(date.value))}` +
        `${date.resolved ? '' : ' · unresolved'}</span>`,
      tag: 'time',
    });
  });
  const text = cut < doc.text.length ? doc.text.slice(0, cut) : doc.text;
  const inText = annotations.filter((annotation) => annotation.start < annotation.end && annotation.end <= text.length);
  return nest(text, inText);
}

function nest(text: string, annotations: Annotation[]): string {
  const edges = annotations.flatMap((annotation) => [annotation.start, annotation.end]);
  const boundaries = [...new Set([0, text.length, ...edges])].sort((a, b) => a - b);
  const starting = new Map<number, Annotation[]>();
  for (const annotation of annotations) {
    starting.set(annotation.start, [...(starting.get(annotation.start) ?? []), annotation]);
  }
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

export function legend(): string {
  const entityTypes: EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'PRODUCT'];
  return (
    `<ul class="legend" aria-label="Legend">${entityTypes
      .map(
        (type) =>
          `<li><span class="ent t-${type}">${TYPE_NAMES[type]}` +
          `<span class="lbl">${TYPE_LABELS[type]}</span></span></li>`,
      )
      .join('')}<li><span class="quote"><span class="who">speaker</span>quotation</span></li>` +
    `<li><span class="date">date</span> (value on hover or focus)</li></ul>`
  );
}

/**
 * The page around a report. Its Content-Security-Policy allows no script, except the story report's
 * one inline script, named by its sha256; no network loads in either case.
 */
/** No script, style only inline, images only as data: URLs, nothing from the network. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function page(title: string, body: string, extra: { script?: string; css?: string } = {}): string {
  const { script, css = '' } = extra;
  const scriptSource = script === undefined ? '' : `; script-src 'sha256-${sha256Base64(script)}'`;
  const scriptTag = script === undefined ? '' : `<script>${script}</script>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}${scriptSource}">
<meta name="generator" content="news-extract">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}${css}</style>
</head>
<body>
<main>
${body}
</main>
${scriptTag}</body>
</html>
`;
}

function speakerName(quote: Quote): string {
  if (!quote.speaker) return 'unattributed';
  return (quote.speaker.name ?? quote.speaker.text).replace(/\s+/g, ' ').trim();
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A TIMEX3 value in words where it names a calendar date: "2025-10-16" → "Thursday 16 October 2025". */
export function describeTimex(value: string): string {
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (Number.isNaN(date.getTime())) return value;
    const month = MONTHS[date.getUTCMonth()];
    const day = `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
    return `${day}${match[4] ? `, ${match[4]}` : ''}`;
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

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
