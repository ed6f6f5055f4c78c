/**
 * Quote attribution on PolNeAR (../shared/datasets/polnear, see its README).
 *
 *   npm run eval:quotes                      dev split, full
 *   npx tsx eval/quotes.ts --split train --sample 150 [--seed 1]
 *   npx tsx eval/quotes.ts --errors 20 [--scope attributions]   print missed and spurious quotes
 *   npx tsx eval/quotes.ts --split train --classes 15 [--scope attributions]
 *                                            errors by class and by rule, 15 examples per class
 *                                            (eval/quote-errors.ts; mine train, check on dev)
 *   npx tsx eval/quotes.ts --robust          names and invisible characters changed (eval/perturb.ts;
 *                                            --robust names|invisibles|plain-names for one change alone)
 *
 * Two settings are scored on the same run, one row each: `statements` (the default, the corpus
 * guidelines: outermost reported statements only) and `attributions` (`quotes: { scope:
 * 'attributions' }`, PolNeAR/PARC's own convention: nested attributions, speech acts and stances
 * with a noun-phrase or infinitive object). PolNeAR annotates by the second convention.
 *
 * Content: a prediction matches a gold attribution when their content spans overlap by at least
 * half of the shorter one, one-to-one (matchSpans + overlapsShorter). Speaker accuracy, over matched
 * pairs: the predicted speaker span overlaps the gold source span, or the predicted speaker's
 * entity has a mention overlapping it; a gold attribution without source is right when the
 * prediction has no speaker either. Cue recall, over matched pairs with a gold cue: the predicted
 * cue overlaps it. The baseline row is bare compromise `.quotations()`, measured in the same run.
 *
 * Unit conversion: PolNeAR annotates one attribution per cue, a quote split by its attribution
 * (“…,” X said. “…”) or running over paragraphs being one discontinuous content; news-extract
 * reports each piece as its own quote (the golden corpus's rule), the later pieces with the same
 * speaker span and no cue. Before scoring, such continuation pieces are joined to the quote they
 * continue. Nothing else is changed in the predictions.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createPipeline } from '../src/index.js';
import type { NewsDocument, Quote, QuoteKind } from '../src/types.js';
import { requireDataset } from './datasets.js';
import { PERTURB_MODES, type PerturbMode, perturb } from './perturb.js';
import { ErrorClasses } from './quote-errors.js';
import {
  addCounts,
  anyOverlap,
  type Counts,
  datasetsDir,
  emptyCounts,
  formatPercent,
  formatTable,
  matchSpans,
  overlapsShorter,
  prf,
  type Range,
} from './score.js';

interface GoldSpan extends Range {
  text: string;
}

interface GoldQuote extends GoldSpan {
  kind: QuoteKind;
  speaker: GoldSpan | null;
  cue: GoldSpan | null;
  attributionType: string;
}

interface Article {
  id: string;
  date?: string;
  text: string;
  quotes: GoldQuote[];
}

interface Predicted extends Range {
  kind: QuoteKind;
  speaker: { start: number; end: number; entity?: string } | null;
  cue: Range | null;
  /** The rule that made the quote (`Quote.rule`); a joined continuation keeps its first piece's. */
  rule?: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const split = option('split') ?? 'dev';
const sample = Number(option('sample') ?? 0);
const seed = Number(option('seed') ?? 1);
const errors = Number(option('errors') ?? 0);
const errorScope = option('scope') === 'attributions' ? 'attributions' : 'statements';
const classes = args.includes('--classes') ? new ErrorClasses(Number(option('classes') ?? 10) || 10) : undefined;
const robustAt = args.indexOf('--robust');
const robust: PerturbMode | undefined =
  robustAt >= 0
    ? (PERTURB_MODES as readonly string[]).includes(args[robustAt + 1] ?? '')
      ? (args[robustAt + 1] as PerturbMode)
      : 'all'
    : undefined;

/** eval/perturb.ts: diacritic-rich names and invisible characters inside long words, gold spans carried over. */
function perturbArticle(article: Article): Article {
  const changed = perturb(article.text, robust);
  const span = <S extends GoldSpan>(gold: S): S => {
    const start = changed.mapOffset(gold.start);
    const end = changed.mapOffset(gold.end);
    return { ...gold, start, end, text: changed.text.slice(start, end) };
  };
  const quotes = article.quotes.map((quote) => ({
    ...span(quote),
    speaker: quote.speaker ? span(quote.speaker) : null,
    cue: quote.cue ? span(quote.cue) : null,
  }));
  return { ...article, text: changed.text, quotes };
}

function loadArticles(): Article[] {
  const file = `${datasetsDir(root)}/polnear/${split}.jsonl`;
  requireDataset('eval:quotes', file);
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Article)
    .map((article) => (robust ? perturbArticle(article) : article));
  if (!sample || sample >= articles.length) return articles;
  // A deterministic sample (xorshift), so that runs compare.
  let state = seed * 2654435761 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const shuffled = articles.map((article) => ({ article, key: random() })).sort((a, b) => a.key - b.key);
  return shuffled.slice(0, sample).map((entry) => entry.article);
}

function speakerCorrect(gold: GoldQuote, predicted: Predicted, doc: NewsDocument | null): boolean {
  if (!gold.speaker) return predicted.speaker === null;
  if (!predicted.speaker) return false;
  if (anyOverlap(gold.speaker, predicted.speaker)) return true;
  const id = predicted.speaker.entity;
  const entity = id ? doc?.entities.find((candidate) => candidate.id === id) : undefined;
  return Boolean(entity?.mentions.some((mention) => anyOverlap(mention, gold.speaker as GoldSpan)));
}

interface Tally {
  counts: Counts;
  speakerRight: number;
  matched: number;
  cueRight: number;
  cueGold: number;
}

const newTally = (): Tally => ({ counts: emptyCounts(), speakerRight: 0, matched: 0, cueRight: 0, cueGold: 0 });
const KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'partial', 'indirect'];

function score(
  articles: readonly Article[],
  predict: (article: Article) => { quotes: Predicted[]; doc: NewsDocument | null },
  onErrors?: (
    article: Article,
    missed: GoldQuote[],
    spurious: Predicted[],
    wrongSpeaker: Array<[GoldQuote, Predicted]>,
  ) => void,
  classify?: ErrorClasses,
): {
  overall: Tally;
  byKind: Map<QuoteKind, Tally>;
  predictedByKind: Map<QuoteKind, Counts>;
  byRule: Map<string, Tally>;
} {
  const overall = newTally();
  const byRule = new Map<string, Tally>();
  const ruleTally = (predicted: Predicted): Tally => {
    const name = predicted.rule ?? '-';
    let tally = byRule.get(name);
    if (!tally) {
      tally = newTally();
      byRule.set(name, tally);
    }
    return tally;
  };
  const byKind = new Map<QuoteKind, Tally>(KINDS.map((kind) => [kind, newTally()]));
  const predictedByKind = new Map<QuoteKind, Counts>(KINDS.map((kind) => [kind, emptyCounts()]));
  for (const article of articles) {
    const { quotes, doc } = predict(article);
    const matching = matchSpans(article.quotes, quotes, (g, p) => overlapsShorter(g, p));
    addCounts(overall.counts, matching.counts);
    for (const gold of matching.unmatchedGold) (byKind.get(gold.kind) as Tally).counts.fn++;
    for (const predicted of matching.unmatchedPredicted) {
      (predictedByKind.get(predicted.kind) as Counts).fp++;
      ruleTally(predicted).counts.fp++;
    }
    const wrongSpeaker: Array<[GoldQuote, Predicted]> = [];
    for (const [gold, predicted] of matching.pairs) {
      if (!speakerCorrect(gold, predicted, doc)) wrongSpeaker.push([gold, predicted]);
      const tallies = [overall, byKind.get(gold.kind) as Tally, ruleTally(predicted)];
      (predictedByKind.get(predicted.kind) as Counts).tp++;
      const speakerRight = speakerCorrect(gold, predicted, doc);
      const cueRight = gold.cue !== null && predicted.cue !== null && anyOverlap(gold.cue, predicted.cue);
      for (const tally of tallies) {
        if (tally !== overall) tally.counts.tp++;
        tally.matched++;
        if (speakerRight) tally.speakerRight++;
        if (gold.cue) tally.cueGold++;
        if (cueRight) tally.cueRight++;
      }
    }
    onErrors?.(article, matching.unmatchedGold, matching.unmatchedPredicted, wrongSpeaker);
    if (classify) {
      const matched = new Set<object>(matching.pairs.map(([, predicted]) => predicted));
      for (const [gold, predicted] of wrongSpeaker) {
        const id = predicted.speaker?.entity;
        const entity = id ? doc?.entities.find((candidate) => candidate.id === id) : undefined;
        classify.speaker(article.text, gold, predicted, entity?.name);
      }
      for (const gold of matching.unmatchedGold) classify.missed(article.text, gold, quotes, matched);
      for (const predicted of matching.unmatchedPredicted) classify.spurious(article.text, predicted, article.quotes);
    }
  }
  return { overall, byKind, predictedByKind, byRule };
}

function fromQuote(quote: Quote): Predicted {
  return {
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    speaker: quote.speaker
      ? { start: quote.speaker.start, end: quote.speaker.end, entity: quote.speaker.entity }
      : null,
    cue: quote.cue,
    rule: quote.rule,
  };
}

/**
 * PolNeAR's unit: a direct quote piece with no cue and the previous direct quote's speaker span
 * continues it, and so does a reported piece after a mid-sentence attribution. Reported speech
 * found between the two pieces (possible under the attributions scope: "…,” he said, as he called
 * for calm. “…”") stays a quote of its own and does not break the join.
 */
function joinContinuations(quotes: readonly Predicted[]): Predicted[] {
  const joined: Predicted[] = [];
  for (const quote of quotes) {
    // The clause after a mid-sentence attribution ("…, he said, and …", rule `reported-piece`)
    // continues the quote right before it, whatever its kind.
    const piece = quote.rule === 'reported-piece';
    let at = joined.length - 1;
    while (!piece && at >= 0 && (joined[at] as Predicted).kind !== 'direct') at--;
    const previous = joined[at];
    const continues =
      previous !== undefined &&
      (piece || (quote.kind === 'direct' && previous.kind === 'direct')) &&
      quote.cue === null &&
      quote.speaker !== null &&
      previous.speaker !== null &&
      quote.speaker.start === previous.speaker.start &&
      quote.speaker.end === previous.speaker.end;
    if (continues) joined[at] = { ...previous, end: Math.max(previous.end, quote.end) };
    else joined.push({ ...quote });
  }
  return joined;
}

/** Bare compromise: every quotation it finds, as a direct quote with no speaker and no cue. */
function compromiseQuotes(article: Article): Predicted[] {
  const found = nlp(article.text).quotations().out('offset') as Array<{ offset?: { start: number; length: number } }>;
  return found
    .filter((entry) => entry.offset)
    .map((entry) => {
      const { start, length } = entry.offset as { start: number; length: number };
      return { start, end: start + length, kind: 'direct' as QuoteKind, speaker: null, cue: null };
    });
}

const articles = loadArticles();
type Scope = 'statements' | 'attributions';
const SCOPES: readonly Scope[] = ['statements', 'attributions'];
let spuriousShown = 0;
let missedShown = 0;
let speakerShown = 0;
const clip = (text: string): string => text.replace(/\s+/g, ' ').slice(0, 160);
const elapsed = new Map<Scope, number>();
const results = new Map<Scope, ReturnType<typeof score>>();
for (const scope of SCOPES) {
  const pipeline = createPipeline({ quotes: { scope } });
  const started = performance.now();
  const showErrors = errors > 0 && scope === errorScope;
  results.set(
    scope,
    score(
      articles,
      (article) => {
        const doc = pipeline.extract(article.text, { id: article.id, referenceDate: article.date });
        return { quotes: joinContinuations(doc.quotes.map(fromQuote)), doc };
      },
      showErrors
        ? (article, missed, spurious, wrongSpeaker) => {
            for (const [gold, predicted] of wrongSpeaker) {
              if (speakerShown++ >= errors) break;
              const said = predicted.speaker ? article.text.slice(predicted.speaker.start, predicted.speaker.end) : '-';
              console.log(
                `SPEAKER [${predicted.rule ?? '-'}] ${clip(gold.text)}\n   gold=${gold.speaker?.text ?? '-'} ` +
                  `predicted=${said}`,
              );
            }
            for (const gold of missed) {
              if (missedShown++ >= errors) break;
              console.log(
                `MISSED [${gold.kind}] ${clip(gold.text)}\n   src=${gold.speaker?.text ?? '-'} ` +
                  `cue=${gold.cue?.text ?? '-'}`,
              );
            }
            for (const predicted of spurious) {
              if (spuriousShown++ >= errors) break;
              console.log(
                `SPURIOUS [${predicted.kind}] ${clip(article.text.slice(predicted.start, predicted.end))}\n   ` +
                  `cue=${predicted.cue ? article.text.slice(predicted.cue.start, predicted.cue.end) : '-'}`,
              );
            }
          }
        : undefined,
      scope === errorScope ? classes : undefined,
    ),
  );
  elapsed.set(scope, performance.now() - started);
}
const baseline = score(articles, (article) => ({ quotes: compromiseQuotes(article), doc: null }));

/** One row per rule, most predictions first: what each rule finds and how often it is right. */
function ruleRows(byRule: ReadonlyMap<string, Tally>, gold: number): string[][] {
  const rows: string[][] = [['rule', 'predicted', 'P', 'R', 'speaker acc']];
  const sorted = [...byRule.entries()].sort(
    (a, b) => b[1].counts.tp + b[1].counts.fp - (a[1].counts.tp + a[1].counts.fp) || a[0].localeCompare(b[0]),
  );
  for (const [name, tally] of sorted) {
    const predicted = tally.counts.tp + tally.counts.fp;
    rows.push([
      name,
      String(predicted),
      ratio(tally.counts.tp, predicted),
      ratio(tally.counts.tp, gold),
      ratio(tally.speakerRight, tally.matched),
    ]);
  }
  return rows;
}

const ratio = (right: number, total: number): string => (total === 0 ? '-' : formatPercent(right / total));
const goldTotal = articles.reduce((sum, article) => sum + article.quotes.length, 0);
const seconds = (scope: Scope): string => ((elapsed.get(scope) ?? 0) / 1000).toFixed(1);
console.log(
  `PolNeAR ${split}${sample ? ` (sample of ${articles.length}, seed ${seed})` : ''}` +
    `${robust ? `, perturbed (eval/perturb.ts, ${robust})` : ''}: ` +
    `${articles.length} articles, ${goldTotal} attributions; ` +
    `statements in ${seconds('statements')} s, attributions in ${seconds('attributions')} s`,
);
console.log('Content: overlap ≥ half of the shorter span, one-to-one. Speaker and cue over matched quotes.');
console.log(
  'statements = default (corpus guidelines); attributions = quotes: { scope: ' +
    "'attributions' } (PolNeAR/PARC convention).\n",
);
const LABELS: Record<Scope, string> = {
  statements: 'news-extract, scope statements (default)',
  attributions: 'news-extract, scope attributions (PARC-style)',
};
const rows: string[][] = [['system', 'P', 'R', 'F1', 'speaker acc', 'cue recall', 'gold', 'predicted']];
for (const [name, result] of [
  ...SCOPES.map((scope) => [LABELS[scope], results.get(scope) as ReturnType<typeof score>] as const),
  ['compromise .quotations() (baseline)', baseline] as const,
]) {
  const total = prf(result.overall.counts);
  const isBaseline = result === baseline;
  rows.push([
    name,
    formatPercent(total.precision),
    formatPercent(total.recall),
    formatPercent(total.f1),
    isBaseline ? '-' : ratio(result.overall.speakerRight, result.overall.matched),
    isBaseline ? '-' : ratio(result.overall.cueRight, result.overall.cueGold),
    String(total.tp + total.fn),
    String(total.tp + total.fp),
  ]);
}
console.log(formatTable(rows));

for (const scope of SCOPES) {
  const ours = results.get(scope) as ReturnType<typeof score>;
  console.log(`\nBy PolNeAR kind, scope ${scope} (recall by gold kind; precision by our predicted kind):\n`);
  const kindRows: string[][] = [['kind', 'gold', 'R', 'P (our kind)', 'speaker acc', 'cue recall']];
  for (const kind of KINDS) {
    const tally = ours.byKind.get(kind) as Tally;
    const predicted = ours.predictedByKind.get(kind) as Counts;
    const gold = tally.counts.tp + tally.counts.fn;
    kindRows.push([
      kind,
      String(gold),
      ratio(tally.counts.tp, gold),
      ratio(predicted.tp, predicted.tp + predicted.fp),
      ratio(tally.speakerRight, tally.matched),
      ratio(tally.cueRight, tally.cueGold),
    ]);
  }
  console.log(formatTable(kindRows));
}

for (const scope of SCOPES) {
  const ours = results.get(scope) as ReturnType<typeof score>;
  console.log(
    `\nBy rule (Quote.rule), scope ${scope}: P = matched / predicted; R = ` +
      `this rule's matches / all gold (the rows' R sum to the total R):\n`,
  );
  console.log(formatTable(ruleRows(ours.byRule, goldTotal)));
}

if (classes) {
  console.log(`\nError classes, scope ${errorScope} (eval/quote-errors.ts):`);
  classes.print();
}

console.log('\nPublished (PolNeAR test, EXACT-match F1, a stricter metric; not comparable row for row):');
console.log(
  formatTable([
    ['system (published)', 'source', 'cue', 'content'],
    ['BERT+CofeNet (COLING 2022)', '83.2', '75.3', '72.9'],
    ['BERT-CRF', '82.2', '74.9', '71.0'],
    ['rule-based baseline', '10.7', '22.8', '5.6'],
    ['Stanford CoreNLP quote attribution', '13.9', '-', '17.5'],
    ['Citron (PARC 3.0 test, overlap F1, all spans)', '-', '-', '83.2'],
  ]),
);
