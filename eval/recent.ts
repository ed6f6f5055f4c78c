/**
 * The recent-news evaluation: the 15 article texts of ../shared/datasets/webpages/ (expected.txt),
 * annotated by reading (eval/recent/specs/, guidelines in eval/recent/README.md), scored against the
 * default pipeline run with each page's declared publication date as reference date.
 *
 *   npm run eval:recent                 per-page and overall figures
 *   npm run eval:recent -- --errors     also every miss, false alarm, wrong speaker, value and type
 *   npm run eval:recent -- aclu cnet    only these pages
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../src/index.js';
import { type PageScore, scorePage, sumScores } from './recent/score.js';
import { resolveSpec } from './recent/spec.js';
import { RECENT_SPECS } from './recent/specs/index.js';
import { datasetsDir, formatPercent, formatTable, prf } from './score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const only = args.filter((arg) => !arg.startsWith('--'));
const pagesDir = `${datasetsDir(root)}/webpages`;

if (!existsSync(pagesDir)) {
  console.log(`eval:recent: ${pagesDir} is absent (the shared datasets are not installed here); nothing to score.`);
  process.exit(0);
}

const pipeline = createPipeline();
const scores: PageScore[] = [];
const clip = (text: string, width = 110): string => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};
const started = performance.now();
for (const spec of RECENT_SPECS) {
  if (only.length > 0 && !only.includes(spec.page)) continue;
  const text = readFileSync(`${pagesDir}/${spec.page}/expected.txt`, 'utf8');
  const truth = JSON.parse(readFileSync(`${pagesDir}/${spec.page}/truth.json`, 'utf8')) as { date: string | null };
  const gold = resolveSpec(spec, text);
  const doc = pipeline.extract(text, { id: spec.page, ...(truth.date ? { referenceDate: truth.date } : {}) });
  const score = scorePage(gold, doc);
  scores.push(score);
  if (!showErrors) continue;
  const at = (span: { start: number; end: number } | null | undefined): string =>
    span ? `«${clip(text.slice(span.start, span.end), 40)}»` : '∅';
  console.log(`\n==== ${spec.page}`);
  for (const e of score.errors.quotes) {
    const g = e.gold;
    const p = e.predicted;
    if (e.kind === 'missed' || e.kind === 'block-missed')
      console.log(
        `QUOTE ${e.kind} [${g?.kind}] ${clip(g?.text ?? '')}\n   gold speaker ${at(g?.speaker)} cue ${at(g?.cue)}`,
      );
    else if (e.kind === 'spurious')
      console.log(
        `QUOTE spurious [${p?.kind}] ${clip(p?.text ?? '')}\n   speaker ${at(p?.speaker)} ` +
          `cue ${at(p?.cue)} rule ${p?.rule ?? '-'}`,
      );
    else if (e.kind === 'speaker')
      console.log(
        `QUOTE speaker ${clip(g?.text ?? '', 70)}\n   gold ${at(g?.speaker)}=${g?.speaker?.entity ?? '-'}  ` +
          `predicted ${at(p?.speaker)}=${p?.speaker?.name ?? '-'} rule ${p?.rule ?? '-'}`,
      );
    else console.log(`QUOTE kind gold ${g?.kind} predicted ${p?.kind}: ${clip(g?.text ?? '', 80)}`);
  }
  for (const e of score.errors.dates) {
    if (e.kind === 'missed') console.log(`DATE missed ${at(e.gold)} ${e.gold?.type} ${e.gold?.value}`);
    else if (e.kind === 'spurious')
      console.log(
        `DATE spurious ${at(e.predicted)} ${e.predicted?.type} ${e.predicted?.value}  ` +
          `…${clip(text.slice(Math.max(0, (e.predicted?.start ?? 0) - 40), e.predicted?.end), 60)}`,
      );
    else
      console.log(
        `DATE value ${at(e.gold)} gold ${e.gold?.type} ${e.gold?.value}${e.gold?.mod ? ` ${e.gold.mod}` : ''} ` +
          `predicted ${at(e.predicted)} ${e.predicted?.type} ${e.predicted?.value}` +
          `${e.predicted?.mod ? ` ${e.predicted.mod}` : ''}`,
      );
  }
  for (const e of score.errors.entities)
    console.log(
      `ENTITY ${e.kind} gold ${e.gold.join(' + ')} → predicted ${e.predicted.join(' + ') || '∅'} ${e.detail}`,
    );
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const ratio = (right: number, total: number): string => (total === 0 ? '-' : formatPercent(right / total));
const row = (s: PageScore): string[] => {
  const q = prf(s.quotes);
  const d = prf(s.dates);
  return [
    s.page,
    String(s.quotes.tp + s.quotes.fn),
    formatPercent(q.precision),
    formatPercent(q.recall),
    formatPercent(q.f1),
    ratio(s.speakerRight, s.matched),
    ratio(s.kindRight, s.matched),
    s.blockGold === 0 ? '-' : `${s.blockFound}/${s.blockGold}`,
    String(s.dates.tp + s.dates.fn),
    formatPercent(d.precision),
    formatPercent(d.recall),
    ratio(s.valueRight, s.dates.tp),
    `${s.topFound}/${s.topGold}`,
    ratio(s.topTypeRight, s.topFound),
    String(s.splitPersons),
    String(s.mergedPersons),
  ];
};
const overall = sumScores(scores);
console.log(
  `\nRecent news (../shared/datasets/webpages/*/expected.txt): ${scores.length} ` +
    `pages, default pipeline, reference date = declared date; ${seconds} s`,
);
console.log(
  'Quotes: content overlap ≥ half of the shorter span, one-to-one; block quotations (no marks, no cue) apart.',
);
console.log('Dates: extent by any overlap, one-to-one; value = TIMEX3 value and type both right, over matched.');
console.log('Entities: the ten most-mentioned gold entities per page; type precision over those the pipeline found.\n');
console.log(
  formatTable([
    [
      'page',
      'quotes',
      'P',
      'R',
      'F1',
      'speaker',
      'kind',
      'block',
      'dates',
      'P',
      'R',
      'value',
      'top10 found',
      'type P',
      'split PER',
      'merged PER',
    ],
    ...scores.map(row),
    row(overall),
  ]),
);
console.log(
  `\nOverall: quote cue recall ${ratio(overall.cueRight, overall.cueGold)}; ` +
    `block quotations found ${overall.blockFound}/${overall.blockGold}` +
    ` (speaker right on ${overall.blockSpeakerRight}); ` +
    `split entities (all types) ${overall.splitAll}, merged ${overall.mergedAll}.`,
);

const goldQuotes = overall.quotes.tp + overall.quotes.fn;
const ruleRows = Object.entries(overall.rules)
  .sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp) || a[0].localeCompare(b[0]))
  .map(([name, r]) => [
    name,
    String(r.tp + r.fp),
    ratio(r.tp, r.tp + r.fp),
    ratio(r.tp, goldQuotes),
    ratio(r.speakerRight, r.tp),
  ]);
console.log(
  '\nBy rule (Quote.rule): P = matched / predicted (block matches left out); ' +
    'R = its matches / all gold; speaker over its matches.\n',
);
console.log(formatTable([['rule', 'predicted', 'P', 'R', 'speaker'], ...ruleRows]));
