/**
 * Scoring shared by the golden test and the dataset evaluations: precision/recall/F1 over spans,
 * with exact or overlap matching, each gold and each predicted item matched at most once.
 */

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the two ranges share at least `fraction` of the shorter one (PolNeAR/quote rule: 0.5). */
export function overlapsShorter(a: Range, b: Range, fraction = 0.5): boolean {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  if (shorter <= 0) return false;
  return overlapLength(a, b) >= fraction * shorter;
}

export function sameSpan(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end;
}

export function anyOverlap(a: Range, b: Range): boolean {
  return overlapLength(a, b) > 0;
}

export interface Matching<G, P> {
  counts: Counts;
  /** Matched pairs, gold first. */
  pairs: Array<[G, P]>;
  unmatchedGold: G[];
  unmatchedPredicted: P[];
}

/**
 * One-to-one matching: each gold item takes the best still-unmatched predicted item that `matches`,
 * preferring the largest overlap. Greedy over gold in order, which is what span scorers
 * (conlleval, TempEval-3's scorer) amount to for non-nested spans.
 */
export function matchSpans<G extends Range, P extends Range>(
  gold: readonly G[],
  predicted: readonly P[],
  matches: (g: G, p: P) => boolean,
): Matching<G, P> {
  const used = new Set<number>();
  const pairs: Array<[G, P]> = [];
  const unmatchedGold: G[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = -1;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i] as P;
      if (used.has(i) || !matches(g, p)) continue;
      const overlap = overlapLength(g, p);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    if (best < 0) unmatchedGold.push(g);
    else {
      used.add(best);
      pairs.push([g, predicted[best] as P]);
    }
  }
  const unmatchedPredicted = predicted.filter((_, i) => !used.has(i));
  return {
    counts: { tp: pairs.length, fp: unmatchedPredicted.length, fn: unmatchedGold.length },
    pairs,
    unmatchedGold,
    unmatchedPredicted,
  };
}

export function formatPercent(value: number): string {
  return (100 * value).toFixed(1);
}

/** A plain-text table: the first row is the header. Columns are padded to their widest cell. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  const line = (row: readonly string[]): string =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Where the public datasets live: `../shared/datasets` beside the project, or NEWS_EXTRACT_DATASETS. */
export function datasetsDir(projectRoot: string): string {
  return process.env['NEWS_EXTRACT_DATASETS'] ?? `${projectRoot}/../shared/datasets`;
}
