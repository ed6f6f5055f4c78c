/**
 * Builds the gold annotations in corpus/gold/ from the hand-written specs in scripts/gold-spec-*.ts.
 *
 * A spec names what a reader annotated (surface forms, quote content, date phrases) and never an
 * offset: this script finds the text, computes offsets, refuses anything ambiguous or missing, and
 * prints a review listing (each span in context, plus capitalised words no mention covers) so a
 * second reading can check the annotation against the article.
 *
 *   npx tsx scripts/gold-author.ts            # review listing for every article, no writing
 *   npx tsx scripts/gold-author.ts 003        # review one article
 *   npx tsx scripts/gold-author.ts --write    # validate and write corpus/gold/*.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../src/text/clean.js';
import type { EntityType, QuoteKind, TimexType } from '../src/types.js';
import { GOLD_SPECS } from './gold-specs.js';

// ---------------------------------------------------------------- spec format

/** `text` alone means: the only occurrence (after longer annotations claimed theirs); `occ`: the n-th. */
export interface Locator {
  text: string;
  occ?: number | 'all';
}

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  roles?: string[];
  /** Surface forms; every occurrence of each (case-sensitive, word-bounded) is a mention. */
  forms: string[];
  /** Occurrences to leave out: form text + its index among that form's unclaimed occurrences. */
  except?: { text: string; occ: number }[];
}

export interface SpeakerSpec {
  /** Entity id, or null for a speaker no entity names ("Analysts", "sources familiar with ..."). */
  entity: string | null;
  text: string;
  /** Absolute occurrence index; by default the occurrence nearest the quote. */
  occ?: number;
}

export interface QuoteSpec {
  kind: QuoteKind;
  text: string;
  occ?: number;
  speaker: SpeakerSpec | null;
  /** The cue word(s); by default the occurrence nearest the quote. */
  cue: string | { text: string; occ: number } | null;
}

export interface DateSpec {
  text: string;
  occ?: number | 'all';
  type: TimexType;
  value: string;
  mod?: string;
}

export interface ArticleSpec {
  article: string;
  publicationDate: string | null;
  entities: EntitySpec[];
  quotes: QuoteSpec[];
  dates: DateSpec[];
}

// ---------------------------------------------------------------- gold format

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
export interface GoldEntity {
  id: string;
  type: EntityType;
  name: string;
  roles: string[];
  mentions: GoldSpan[];
}
export interface GoldQuote extends GoldSpan {
  kind: QuoteKind;
  speaker: (GoldSpan & { entity: string | null }) | null;
  cue: GoldSpan | null;
}
export interface GoldDate extends GoldSpan {
  type: TimexType;
  value: string;
  mod?: string;
}
export interface GoldDocument {
  article: string;
  publicationDate: string | null;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  dates: GoldDate[];
}

// ---------------------------------------------------------------- search

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Word-bounded occurrences of `needle` in `haystack` (bounded only where the needle ends in a word character). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  const firstIsWord = WORD_CHAR.test(needle[0] ?? '');
  const lastIsWord = WORD_CHAR.test(needle[needle.length - 1] ?? '');
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    from = at + 1;
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (firstIsWord && WORD_CHAR.test(before)) continue;
    if (lastIsWord && WORD_CHAR.test(after)) continue;
    found.push(at);
  }
  return found;
}

function span(text: string, start: number, end: number): GoldSpan {
  return { start, end, text: text.slice(start, end) };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Distance between two ranges (0 when they touch or overlap). */
function distance(a: GoldSpan, b: GoldSpan): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

// ---------------------------------------------------------------- build

export function buildGold(spec: ArticleSpec, text: string): GoldDocument {
  const problems: string[] = [];
  // Search the analysis text: metadata fields and boilerplate lines are blanked there, so nothing in
  // them can be annotated by accident.
  const analysis = cleanText(text).analysisText;

  // Entities: forms longest first, so "Vladimir Putin" claims its "Putin" and "European Union" its "European".
  const claimed: GoldSpan[] = [];
  const mentionsOf = new Map<string, GoldSpan[]>();
  const forms = spec.entities
    .flatMap((entity) => entity.forms.map((form) => ({ entity, form })))
    .sort((a, b) => b.form.length - a.form.length);
  for (const { entity, form } of forms) {
    const free = occurrences(analysis, form)
      .map((at) => span(text, at, at + form.length))
      .filter((candidate) => !claimed.some((c) => overlaps(c, candidate)));
    const skipped = new Set((entity.except ?? []).filter((e) => e.text === form).map((e) => e.occ));
    if (free.length === 0) problems.push(`entity ${entity.id}: form "${form}" not found`);
    const list = mentionsOf.get(entity.id) ?? [];
    free.forEach((mention, index) => {
      if (skipped.has(index)) return;
      claimed.push(mention);
      list.push(mention);
    });
    mentionsOf.set(entity.id, list);
  }
  const entities: GoldEntity[] = spec.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    roles: entity.roles ?? [],
    mentions: (mentionsOf.get(entity.id) ?? []).sort((a, b) => a.start - b.start),
  }));
  const ids = new Set(entities.map((entity) => entity.id));
  if (ids.size !== entities.length) problems.push('duplicate entity ids');

  // Quotes.
  const quotes: GoldQuote[] = [];
  for (const q of spec.quotes) {
    const found = occurrences(analysis, q.text);
    const at = q.occ !== undefined ? found[q.occ] : found.length === 1 ? found[0] : undefined;
    if (at === undefined) {
      problems.push(`quote "${q.text.slice(0, 50)}": ${found.length} occurrences`);
      continue;
    }
    const content = span(text, at, at + q.text.length);
    // The cue is the occurrence nearest the content; the speaker the occurrence nearest the cue
    // (speakers attach to cues: "The Kremlin said on Monday that ..."), else nearest the content.
    const nearest = (needle: string, anchor: GoldSpan, occ?: number): GoldSpan | undefined => {
      const all = occurrences(analysis, needle).map((start) => span(text, start, start + needle.length));
      if (occ !== undefined) return all[occ];
      return all
        .filter((candidate) => !overlaps(candidate, content))
        .sort((a, b) => distance(a, anchor) - distance(b, anchor))[0];
    };
    let cue: GoldSpan | null = null;
    if (q.cue) {
      const found = typeof q.cue === 'string' ? nearest(q.cue, content) : nearest(q.cue.text, content, q.cue.occ);
      if (!found) problems.push(`cue for "${q.text.slice(0, 40)}" not found`);
      else cue = found;
    }
    let speaker: GoldQuote['speaker'] = null;
    if (q.speaker) {
      const found = nearest(q.speaker.text, cue ?? content, q.speaker.occ);
      if (!found) problems.push(`speaker "${q.speaker.text}" not found for "${q.text.slice(0, 40)}"`);
      else speaker = { ...found, entity: q.speaker.entity };
      if (q.speaker.entity !== null && !ids.has(q.speaker.entity))
        problems.push(`speaker entity ${q.speaker.entity} unknown`);
    }
    quotes.push({ kind: q.kind, ...content, speaker, cue });
  }
  quotes.sort((a, b) => a.start - b.start);

  // Dates: longest phrases first, so "the next two weeks" claims its "weeks".
  const dates: GoldDate[] = [];
  const dateClaims: GoldSpan[] = [];
  for (const d of [...spec.dates].sort((a, b) => b.text.length - a.text.length)) {
    const free = occurrences(analysis, d.text)
      .map((at) => span(text, at, at + d.text.length))
      .filter((candidate) => !dateClaims.some((c) => overlaps(c, candidate)));
    const chosen =
      d.occ === 'all' ? free : d.occ !== undefined ? free.slice(d.occ, d.occ + 1) : free.length === 1 ? free : [];
    if (chosen.length === 0) problems.push(`date "${d.text}": ${free.length} free occurrences`);
    for (const found of chosen) {
      dateClaims.push(found);
      dates.push({ ...found, type: d.type, value: d.value, ...(d.mod ? { mod: d.mod } : {}) });
    }
  }
  dates.sort((a, b) => a.start - b.start);

  if (problems.length > 0) throw new Error(`${spec.article}:\n  ${problems.join('\n  ')}`);
  return { article: spec.article, publicationDate: spec.publicationDate, entities, quotes, dates };
}

// ---------------------------------------------------------------- review

function context(text: string, s: GoldSpan, width = 30): string {
  const before = text.slice(Math.max(0, s.start - width), s.start).replace(/\s+/g, ' ');
  const after = text.slice(s.end, s.end + width).replace(/\s+/g, ' ');
  return `${before}[${s.text}]${after}`;
}

export function review(gold: GoldDocument, text: string): string {
  const lines: string[] = [`==== ${gold.article} (publication date ${gold.publicationDate ?? 'none'})`];
  for (const entity of gold.entities) {
    lines.push(
      `-- ${entity.type} ${entity.id} "${entity.name}" roles=${JSON.stringify(entity.roles)} ` +
        `(${entity.mentions.length})`,
    );
    for (const m of entity.mentions) lines.push(`     ${m.start}: ${context(text, m, 25)}`);
  }
  // Capitalised words that no mention covers: the reviewer decides whether each is a missed name.
  const analysis = cleanText(text).analysisText;
  const mentions = gold.entities.flatMap((entity) => entity.mentions);
  const uncovered = new Map<string, number>();
  for (const match of analysis.matchAll(/\p{Lu}[\p{L}\p{N}.'’-]*/gu)) {
    const s = { start: match.index, end: match.index + match[0].length };
    if (!mentions.some((m) => overlaps(m, s))) uncovered.set(match[0], (uncovered.get(match[0]) ?? 0) + 1);
  }
  lines.push(`-- uncovered capitalised words: ${[...uncovered].map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).join(' ')}`);
  for (const q of gold.quotes) {
    const who = q.speaker ? `${q.speaker.text}(${q.speaker.entity ?? '-'})@${q.speaker.start}` : '∅';
    lines.push(`-- ${q.kind.padEnd(8)} ${who} cue=${q.cue ? `${q.cue.text}@${q.cue.start}` : '∅'}`);
    lines.push(`     «${q.text}»`);
  }
  for (const d of gold.dates) {
    lines.push(`-- ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}  ${context(text, d, 30)}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

/** Indented JSON with every flat object (a span, a mention) on one line, so the files read line by line. */
export function formatGold(gold: GoldDocument): string {
  return JSON.stringify(gold, null, 2).replace(
    /\{\n\s+("start": \d+,)\n\s+("end": \d+,)\n\s+("text": "(?:[^"\\]|\\.)*")\n\s+\}/g,
    '{ $1 $2 $3 }',
  );
}

const root = fileURLToPath(new URL('..', import.meta.url));

function main(argv: string[]): void {
  const write = argv.includes('--write');
  const only = argv.filter((arg) => !arg.startsWith('--'));
  for (const spec of GOLD_SPECS) {
    if (only.length > 0 && !only.some((prefix) => spec.article.startsWith(prefix))) continue;
    const text = readFileSync(`${root}corpus/articles/${spec.article}`, 'utf8');
    const gold = buildGold(spec, text);
    if (write) {
      mkdirSync(`${root}corpus/gold`, { recursive: true });
      const file = `${root}corpus/gold/${spec.article.replace(/\.txt$/, '.json')}`;
      writeFileSync(file, `${formatGold(gold)}\n`);
      console.log(
        `wrote ${file}: ${gold.entities.length} entities, ${gold.quotes.length} quotes, ${gold.dates.length} dates`,
      );
    } else console.log(review(gold, text));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
