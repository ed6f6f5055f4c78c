/**
 * Scoring of one recent-news page (gold from eval/recent/spec.ts) against a NewsDocument. Pure
 * functions, shared by `npm run eval:recent` (eval/recent.ts) and test/recent.test.ts. Definitions:
 * eval/recent/README.md.
 */
import type { Entity, EntityType, NewsDocument, Quote, QuoteKind, TimeExpression } from '../../src/types.js';
import { anyOverlap, type Counts, matchSpans, overlapsShorter, type Range } from '../score.js';
import type { RecentGold, RecentQuote } from './spec.js';

export interface QuoteError {
  kind: 'missed' | 'spurious' | 'speaker' | 'kind' | 'block-missed';
  gold?: RecentQuote;
  predicted?: Quote;
}

export interface DateError {
  kind: 'missed' | 'spurious' | 'value';
  gold?: RecentGold['dates'][number];
  predicted?: TimeExpression;
}

export interface EntityError {
  kind: 'type' | 'not-found' | 'split' | 'merged';
  gold: string[];
  predicted: string[];
  detail: string;
}

export interface PageScore {
  page: string;
  quotes: Counts;
  speakerRight: number;
  kindRight: number;
  matched: number;
  cueRight: number;
  cueGold: number;
  blockGold: number;
  blockFound: number;
  blockSpeakerRight: number;
  dates: Counts;
  valueRight: number;
  /** Gold entities among the ten most mentioned (fewer when the page has fewer). */
  topGold: number;
  /** Of those, found: a predicted mention overlaps one of their gold mentions. */
  topFound: number;
  topTypeRight: number;
  splitPersons: number;
  mergedPersons: number;
  splitAll: number;
  mergedAll: number;
  /** Per `Quote.rule`: matched (tp), false alarms (fp) and right speakers among the matched. */
  rules: Record<string, { tp: number; fp: number; speakerRight: number }>;
  errors: { quotes: QuoteError[]; dates: DateError[]; entities: EntityError[] };
}

const ruleOf = (rules: PageScore['rules'], quote: Quote): { tp: number; fp: number; speakerRight: number } =>
  (rules[quote.rule ?? '-'] ??= { tp: 0, fp: 0, speakerRight: 0 });

const inside = (span: Range, lines: readonly Range[]): boolean => lines.some((line) => anyOverlap(line, span));

/** Right speaker: see README ("Speaker accuracy"). */
export function speakerRight(gold: RecentQuote, predicted: Quote, goldDoc: RecentGold, doc: NewsDocument): boolean {
  const g = gold.speaker;
  const p = predicted.speaker;
  if (!g) return p === null;
  if (!p) return false;
  if (g.entity === null) return anyOverlap(g, p);
  // Entity level: the predicted speaker names the person (its span is one of the person's name
  // mentions) or resolves to an entity holding one of them. A pronoun or description left unresolved,
  // or resolved to someone else, is wrong.
  const goldMentions: Range[] = goldDoc.entities.find((e) => e.id === g.entity)?.mentions ?? [];
  if (goldMentions.some((m) => anyOverlap(m, p))) return true;
  const entity = p.entity ? doc.entities.find((e) => e.id === p.entity) : undefined;
  return Boolean(entity?.mentions.some((m) => goldMentions.some((gm) => anyOverlap(gm, m))));
}

/**
 * A TIMEX3 value in a canonical form for comparison: durations in decades and centuries in years
 * ("P1DE" = "P10Y", "P5DE" = "P50Y"), which TimeML allows both ways.
 */
export function canonicalValue(value: string): string {
  return value.replace(
    /^P(\d+(?:\.\d+)?)(DE|CE)$/,
    (_, n: string, unit: string) => `P${Number(n) * (unit === 'DE' ? 10 : 100)}Y`,
  );
}

/** Scores a page. Predictions that overlap an ignored line (not article text) are left out. */
export function scorePage(gold: RecentGold, doc: NewsDocument): PageScore {
  const quoteErrors: QuoteError[] = [];
  const dateErrors: DateError[] = [];
  const entityErrors: EntityError[] = [];

  // ---- quotes: the main set first, then block quotations take what is left.
  const predictedQuotes = doc.quotes.filter((q) => !inside(q, gold.ignored));
  const mainGold = gold.quotes.filter((q) => !q.block);
  const blockGold = gold.quotes.filter((q) => q.block);
  const main = matchSpans(mainGold, predictedQuotes, (g, p) => overlapsShorter(g, p));
  const block = matchSpans(blockGold, main.unmatchedPredicted, (g, p) => overlapsShorter(g, p));
  const quotes: Counts = { tp: main.counts.tp, fn: main.counts.fn, fp: block.unmatchedPredicted.length };
  let speakerOk = 0;
  let kindOk = 0;
  let cueRight = 0;
  let cueGold = 0;
  const rules: PageScore['rules'] = {};
  for (const p of block.unmatchedPredicted) ruleOf(rules, p).fp++;
  for (const [g, p] of main.pairs) {
    const speakerIsRight = speakerRight(g, p, gold, doc);
    ruleOf(rules, p).tp++;
    if (speakerIsRight) ruleOf(rules, p).speakerRight++;
    if (speakerIsRight) speakerOk++;
    else quoteErrors.push({ kind: 'speaker', gold: g, predicted: p });
    if (g.kind === p.kind) kindOk++;
    else quoteErrors.push({ kind: 'kind', gold: g, predicted: p });
    if (g.cue) {
      cueGold++;
      if (p.cue && anyOverlap(g.cue, p.cue)) cueRight++;
    }
  }
  let blockSpeakerRight = 0;
  for (const [g, p] of block.pairs) if (speakerRight(g, p, gold, doc)) blockSpeakerRight++;
  for (const g of main.unmatchedGold) quoteErrors.push({ kind: 'missed', gold: g });
  for (const g of block.unmatchedGold) quoteErrors.push({ kind: 'block-missed', gold: g });
  for (const p of block.unmatchedPredicted) quoteErrors.push({ kind: 'spurious', predicted: p });

  // ---- dates: extent by any overlap, one-to-one; value (and type) over matched pairs.
  const predictedDates = doc.dates.filter((d) => !inside(d, gold.ignored));
  const dates = matchSpans(gold.dates, predictedDates, (g, p) => anyOverlap(g, p));
  let valueRight = 0;
  for (const [g, p] of dates.pairs) {
    if (canonicalValue(g.value) === canonicalValue(p.value) && g.type === p.type) valueRight++;
    else dateErrors.push({ kind: 'value', gold: g, predicted: p });
  }
  for (const g of dates.unmatchedGold) dateErrors.push({ kind: 'missed', gold: g });
  for (const p of dates.unmatchedPredicted) dateErrors.push({ kind: 'spurious', predicted: p });

  // ---- entities: which predicted entities hold mentions overlapping each gold entity's mentions.
  const holders = new Map<string, Map<Entity, number>>();
  for (const g of gold.entities) {
    const counts = new Map<Entity, number>();
    for (const m of g.mentions) {
      for (const e of doc.entities) {
        if (e.mentions.some((pm) => anyOverlap(pm, m))) counts.set(e, (counts.get(e) ?? 0) + 1);
      }
    }
    holders.set(g.id, counts);
  }
  const firstAt = (mentions: readonly Range[]): number => Math.min(...mentions.map((m) => m.start));
  const top = [...gold.entities]
    .filter((g) => g.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length || firstAt(a.mentions) - firstAt(b.mentions))
    .slice(0, 10);
  let topFound = 0;
  let topTypeRight = 0;
  for (const g of top) {
    const counts = holders.get(g.id) as Map<Entity, number>;
    if (counts.size === 0) {
      entityErrors.push({
        kind: 'not-found',
        gold: [`${g.name} (${g.type})`],
        predicted: [],
        detail: `${g.mentions.length} mentions`,
      });
      continue;
    }
    topFound++;
    // The predicted entity holding most of its mentions decides the type.
    const [main] = [...counts].sort((a, b) => b[1] - a[1]);
    const type = (main as [Entity, number])[0].type;
    if (type === g.type) topTypeRight++;
    else
      entityErrors.push({
        kind: 'type',
        gold: [`${g.name} (${g.type})`],
        predicted: [`${(main as [Entity, number])[0].name} (${type})`],
        detail: `${g.mentions.length} mentions`,
      });
  }
  let splitPersons = 0;
  let splitAll = 0;
  for (const g of gold.entities) {
    const counts = holders.get(g.id) as Map<Entity, number>;
    if (counts.size < 2) continue;
    splitAll++;
    if (g.type === 'PERSON') splitPersons++;
    entityErrors.push({
      kind: 'split',
      gold: [`${g.name} (${g.type})`],
      predicted: [...counts.keys()].map((e) => `${e.name} (${e.type})`),
      detail: '',
    });
  }
  let mergedPersons = 0;
  let mergedAll = 0;
  for (const e of doc.entities) {
    const golds = gold.entities.filter((g) => (holders.get(g.id) as Map<Entity, number>).has(e));
    if (golds.length < 2) continue;
    mergedAll++;
    if (golds.some((g) => g.type === 'PERSON')) mergedPersons++;
    entityErrors.push({
      kind: 'merged',
      gold: golds.map((g) => `${g.name} (${g.type})`),
      predicted: [`${e.name} (${e.type})`],
      detail: '',
    });
  }

  return {
    page: gold.page,
    quotes,
    speakerRight: speakerOk,
    kindRight: kindOk,
    matched: main.pairs.length,
    cueRight,
    cueGold,
    blockGold: blockGold.length,
    blockFound: block.pairs.length,
    blockSpeakerRight,
    dates: dates.counts,
    valueRight,
    topGold: top.length,
    topFound,
    topTypeRight,
    splitPersons,
    mergedPersons,
    splitAll,
    mergedAll,
    rules,
    errors: { quotes: quoteErrors, dates: dateErrors, entities: entityErrors },
  };
}

function sumRules(pages: readonly PageScore[]): PageScore['rules'] {
  const sum: PageScore['rules'] = {};
  for (const page of pages) {
    for (const [name, r] of Object.entries(page.rules)) {
      sum[name] ??= { tp: 0, fp: 0, speakerRight: 0 };
      const into = sum[name];
      into.tp += r.tp;
      into.fp += r.fp;
      into.speakerRight += r.speakerRight;
    }
  }
  return sum;
}

/** Micro-sums of page scores (errors concatenated). */
export function sumScores(pages: readonly PageScore[]): PageScore {
  const total = (pick: (p: PageScore) => number): number => pages.reduce((sum, p) => sum + pick(p), 0);
  const counts = (pick: (p: PageScore) => Counts): Counts => ({
    tp: total((p) => pick(p).tp),
    fp: total((p) => pick(p).fp),
    fn: total((p) => pick(p).fn),
  });
  return {
    page: 'overall',
    quotes: counts((p) => p.quotes),
    speakerRight: total((p) => p.speakerRight),
    kindRight: total((p) => p.kindRight),
    matched: total((p) => p.matched),
    cueRight: total((p) => p.cueRight),
    cueGold: total((p) => p.cueGold),
    blockGold: total((p) => p.blockGold),
    blockFound: total((p) => p.blockFound),
    blockSpeakerRight: total((p) => p.blockSpeakerRight),
    dates: counts((p) => p.dates),
    valueRight: total((p) => p.valueRight),
    topGold: total((p) => p.topGold),
    topFound: total((p) => p.topFound),
    topTypeRight: total((p) => p.topTypeRight),
    splitPersons: total((p) => p.splitPersons),
    mergedPersons: total((p) => p.mergedPersons),
    splitAll: total((p) => p.splitAll),
    mergedAll: total((p) => p.mergedAll),
    rules: sumRules(pages),
    errors: {
      quotes: pages.flatMap((p) => p.errors.quotes),
      dates: pages.flatMap((p) => p.errors.dates),
      entities: pages.flatMap((p) => p.errors.entities),
    },
  };
}

/** The gold as a NewsDocument: scoring it against itself must give every figure 100%. */
export function goldAsDocument(gold: RecentGold, text: string): NewsDocument {
  return {
    id: gold.page,
    text,
    meta: { boilerplate: [] },
    sentences: [],
    entities: gold.entities.map((e) => ({
      id: e.id,
      type: e.type as EntityType,
      name: e.name,
      aliases: [],
      roles: e.roles,
      mentions: e.mentions.map((m) => ({ ...m, type: e.type })),
    })),
    quotes: gold.quotes.map((q) => ({
      kind: q.kind as QuoteKind,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker
        ? {
            start: q.speaker.start,
            end: q.speaker.end,
            text: q.speaker.text,
            ...(q.speaker.entity ? { entity: q.speaker.entity } : {}),
          }
        : null,
      cue: q.cue,
      confidence: 1,
    })),
    dates: gold.dates.map((d) => ({ ...d, resolved: true })),
  };
}
