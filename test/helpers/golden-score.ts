/**
 * Scores pipeline output against the golden corpus, layer by layer, micro-averaged over articles.
 * The matching rules are documented in corpus/README.md ("Scoring"); the arithmetic is eval/score.ts.
 */
import {
  addCounts,
  anyOverlap,
  type Counts,
  emptyCounts,
  formatPercent,
  formatTable,
  matchSpans,
  overlapsShorter,
  prf,
  type Range,
  sameSpan,
} from '../../eval/score.js';
import { foldAccents } from '../../src/text/fold.js';
import { ENTITY_TYPES, type Entity, type NewsDocument, type Quote } from '../../src/types.js';
import type { GoldDocument, GoldQuote } from './gold.js';

export interface Figure {
  key: string;
  /** How it is measured. */
  label: string;
  /** F1 for span figures, the proportion for accuracy and recall figures. */
  value: number;
  precision?: number;
  recall?: number;
  detail: string;
}

interface Ratio {
  correct: number;
  total: number;
}

/** Case, diacritics, abbreviation periods, apostrophes and dashes folded: "U.S." ~ "US", "Orbán" ~ "Orban". */
export function foldName(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[\s\-‐‑–—]+/g, ' ')
    .trim();
}

/**
 * A predicted entity names a gold entity when the types are equal and its name is the gold name or one of the gold
 * mention texts (folded).
 */
export function entityNamesMatch(gold: GoldDocument['entities'][number], predicted: Entity): boolean {
  if (gold.type !== predicted.type) return false;
  const name = foldName(predicted.name);
  return name === foldName(gold.name) || gold.mentions.some((mention) => foldName(mention.text) === name);
}

/** Is the predicted speaker the gold speaker? (rules: corpus/README.md, "Scoring") */
export function speakerCorrect(gold: GoldQuote, predicted: Quote, goldDoc: GoldDocument, doc: NewsDocument): boolean {
  const goldSpeaker = gold.speaker;
  const speaker = predicted.speaker;
  if (!goldSpeaker) return speaker === null;
  if (goldSpeaker.entity === null) {
    return speaker === null || (speaker.entity === undefined && anyOverlap(speaker, goldSpeaker));
  }
  if (!speaker) return false;
  const goldMentions = goldDoc.entities.find((entity) => entity.id === goldSpeaker.entity)?.mentions ?? [];
  if (speaker.entity !== undefined) {
    const entity = doc.entities.find((candidate) => candidate.id === speaker.entity);
    if (entity?.mentions.some((mention) => goldMentions.some((g) => anyOverlap(g, mention)))) return true;
  }
  return goldMentions.some((mention) => anyOverlap(mention, speaker));
}

const QUOTE_GROUPS = [
  { key: 'direct', label: 'direct + partial + mixed', kinds: new Set(['direct', 'partial', 'mixed']) },
  { key: 'indirect', label: 'indirect', kinds: new Set(['indirect']) },
] as const;

const show = (span: Range & { text: string }): string => `${span.start}:${JSON.stringify(span.text)}`;

/** Accumulates counts over articles; `figures()` gives the micro-averaged figures. */
export class GoldenScore {
  private readonly spans = new Map<string, Counts>();
  private readonly ratios = new Map<string, Ratio>();
  /** What went wrong, per article, for the artifact a stage author reads. */
  readonly errors: string[] = [];

  private count(key: string, counts: Counts): void {
    addCounts(this.spans.get(key) ?? this.spans.set(key, emptyCounts()).get(key)!, counts);
  }

  private ratio(key: string, correct: number, total: number): void {
    const ratio = this.ratios.get(key) ?? this.ratios.set(key, { correct: 0, total: 0 }).get(key)!;
    ratio.correct += correct;
    ratio.total += total;
  }

  add(gold: GoldDocument, doc: NewsDocument): void {
    const say = (line: string): void => void this.errors.push(`${gold.article}  ${line}`);
    this.addEntities(gold, doc, say);
    this.addQuotes(gold, doc, say);
    this.addDates(gold, doc, say);
  }

  private addEntities(gold: GoldDocument, doc: NewsDocument, say: (line: string) => void): void {
    const goldMentions = gold.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, type: entity.type })));
    const mentions = doc.entities.flatMap((entity) => entity.mentions);
    const exact = matchSpans(goldMentions, mentions, (g, p) => sameSpan(g, p) && g.type === p.type);
    this.count('entities.mentions', exact.counts);
    for (const g of exact.unmatchedGold) say(`mention missed   ${g.type} ${show(g)}`);
    for (const p of exact.unmatchedPredicted) say(`mention spurious ${p.type} ${show(p)}`);
    for (const type of ENTITY_TYPES) {
      const g = goldMentions.filter((m) => m.type === type);
      const p = mentions.filter((m) => m.type === type);
      if (g.length + p.length > 0) this.count(`entities.mentions.${type}`, matchSpans(g, p, sameSpan).counts);
    }

    // Entities: one-to-one, each gold entity taking the first unmatched predicted entity that names it,
    // an exact canonical-name match first.
    const used = new Set<number>();
    let tp = 0;
    for (const entity of gold.entities) {
      const candidates = doc.entities
        .map((predicted, index) => ({ predicted, index }))
        .filter(({ predicted, index }) => !used.has(index) && entityNamesMatch(entity, predicted));
      const best =
        candidates.find(({ predicted }) => foldName(predicted.name) === foldName(entity.name)) ?? candidates[0];
      if (best) {
        used.add(best.index);
        tp += 1;
      } else say(`entity missed   ${entity.type} ${entity.name}`);
    }
    for (const [i, e] of doc.entities.entries()) if (!used.has(i)) say(`entity spurious ${e.type} ${e.name}`);
    this.count('entities.entities', { tp, fp: doc.entities.length - used.size, fn: gold.entities.length - tp });
  }

  private addQuotes(gold: GoldDocument, doc: NewsDocument, say: (line: string) => void): void {
    for (const group of QUOTE_GROUPS) {
      const goldQuotes = gold.quotes.filter((q) => group.kinds.has(q.kind));
      const quotes = doc.quotes.filter((q) => group.kinds.has(q.kind));
      const matching = matchSpans(goldQuotes, quotes, (g, p) => overlapsShorter(g, p));
      this.count(`quotes.${group.key}.span`, matching.counts);
      for (const g of matching.unmatchedGold) say(`quote missed   ${g.kind} ${show(g)}`);
      for (const p of matching.unmatchedPredicted) say(`quote spurious ${p.kind} ${show(p)}`);
      let speakers = 0;
      let kinds = 0;
      for (const [g, p] of matching.pairs) {
        if (speakerCorrect(g, p, gold, doc)) speakers += 1;
        else
          say(
            `speaker wrong  ${show(g)}: gold ${g.speaker ? show(g.speaker) : 'none'}, ` +
              `got ${p.speaker ? show(p.speaker) : 'none'}`,
          );
        if (g.kind === p.kind) kinds += 1;
        else if (group.key === 'direct') say(`kind wrong     ${show(g)}: gold ${g.kind}, got ${p.kind}`);
      }
      this.ratio(`quotes.${group.key}.speaker`, speakers, matching.pairs.length);
      if (group.key === 'direct') this.ratio(`quotes.${group.key}.kind`, kinds, matching.pairs.length);
      // Cue recall: over every gold quote with a cue, found when its matched quote's cue overlaps it.
      const withCue = goldQuotes.filter((q) => q.cue !== null);
      const found = withCue.filter((g) => {
        const pair = matching.pairs.find(([candidate]) => candidate === g);
        return pair?.[1].cue ? anyOverlap(pair[1].cue, g.cue!) : false;
      });
      this.ratio(`quotes.${group.key}.cue`, found.length, withCue.length);
    }
  }

  private addDates(gold: GoldDocument, doc: NewsDocument, say: (line: string) => void): void {
    const overlap = matchSpans(gold.dates, doc.dates, anyOverlap);
    this.count('dates.overlap', overlap.counts);
    this.count('dates.strict', matchSpans(gold.dates, doc.dates, sameSpan).counts);
    for (const g of overlap.unmatchedGold) say(`date missed   ${show(g)} ${g.type} ${g.value}`);
    for (const p of overlap.unmatchedPredicted) say(`date spurious ${show(p)} ${p.type} ${p.value}`);
    let values = 0;
    for (const [g, p] of overlap.pairs) {
      if (g.value === p.value && g.type === p.type) values += 1;
      else say(`date value    ${show(g)}: gold ${g.type} ${g.value}, got ${show(p)} ${p.type} ${p.value}`);
    }
    this.ratio('dates.value', values, overlap.pairs.length);
  }

  figures(): Figure[] {
    const out: Figure[] = [];
    const span = (key: string, label: string): void => {
      const counts = this.spans.get(key);
      if (!counts) return;
      const score = prf(counts);
      out.push({
        key,
        label,
        value: score.f1,
        precision: score.precision,
        recall: score.recall,
        detail: `tp ${counts.tp} fp ${counts.fp} fn ${counts.fn}`,
      });
    };
    const ratio = (key: string, label: string): void => {
      const r = this.ratios.get(key);
      if (!r) return;
      out.push({ key, label, value: r.total === 0 ? 0 : r.correct / r.total, detail: `${r.correct}/${r.total}` });
    };
    span('entities.mentions', 'exact span + type');
    for (const type of ENTITY_TYPES) span(`entities.mentions.${type}`, 'exact span');
    span('entities.entities', 'type + folded name');
    for (const group of QUOTE_GROUPS) {
      span(`quotes.${group.key}.span`, `${group.label}: overlap >= 1/2 of shorter`);
      ratio(`quotes.${group.key}.speaker`, 'speaker accuracy, matched quotes');
      ratio(`quotes.${group.key}.kind`, 'kind accuracy, matched quotes');
      ratio(`quotes.${group.key}.cue`, 'cue recall');
    }
    span('dates.overlap', 'any overlap');
    span('dates.strict', 'exact span');
    ratio('dates.value', 'value + type accuracy, overlap-matched');
    return out;
  }
}

export function formatFigures(figures: readonly Figure[]): string {
  const pct = (value: number | undefined): string => (value === undefined ? '' : formatPercent(value));
  return formatTable([
    ['figure', 'measured as', 'P', 'R', 'F1 / acc', 'counts'],
    ...figures.map((f) => [f.key, f.label, pct(f.precision), pct(f.recall), pct(f.value), f.detail]),
  ]);
}
