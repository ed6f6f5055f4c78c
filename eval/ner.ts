/**
 * CoNLL-2003 English named entities: entity-level exact match (start, end, type), per type and
 * micro-averaged, as the shared task's conlleval scores it.
 *
 *   npm run eval:ner                  # dev split (eng.testa)
 *   npm run eval:ner -- --split train # sanity check on the training split
 *   npm run eval:ner -- --errors 40   # also print the model's first 40 mistakes
 *   npm run eval:ner -- --sentences   # every line its own document: no document context, as a
 *                                     # caller passing one sentence or a headline sees it
 *   npm run eval:ner -- --split train --part 0 --weights /tmp/hb0/weights.json
 *                                     # part 0 of train (documents i % 10 === 0) with a model trained
 *                                     # without it (train-ner --hold-back 0); inside-words.json beside it
 *   npm run eval:ner -- --gap 50      # also the first 50 mentions the model alone got right and the
 *                                     # pipeline did not, with what the pipeline made of them
 *   npm run eval:ner -- --robust      # names and invisible characters changed (eval/perturb.ts;
 *                                     # --robust names|invisibles|plain-names for one change alone)
 *
 * Rows: the full pipeline's entity mentions (PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC,
 * NORP/EVENT/PRODUCT/LAW/WORK_OF_ART → MISC); the same without the learned model (rules and lists
 * alone, `entities: { model: false }`); the learned recognizer alone over the pipeline's
 * tokens; and compromise's people / places / organizations as the baseline (it has no MISC).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { recognizeEntities, useWeightsForEvaluation } from '../src/entities/model/index.js';
import { useInsideWordsForEvaluation } from '../src/entities/model/inside.js';
import { COARSE } from '../src/entities/resolve.js';
import { createPipeline } from '../src/pipeline.js';
import { tokenize } from '../src/text/tokenize.js';
import { PERTURB_MODES, type PerturbMode, perturb } from './perturb.js';
import {
  addCounts,
  type Counts,
  datasetsDir,
  emptyCounts,
  formatPercent,
  formatTable,
  matchSpans,
  prf,
  sameSpan,
} from './score.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
type Coarse = (typeof TYPES)[number];

interface Labelled {
  start: number;
  end: number;
  type: Coarse;
}

interface ConllDoc {
  id: string;
  text: string;
  entities: Labelled[];
}

interface Row {
  name: string;
  counts: Record<Coarse, Counts>;
  ms: number;
  docs: number;
  failures: number;
}

function newRow(name: string): Row {
  return {
    name,
    counts: { PER: emptyCounts(), ORG: emptyCounts(), LOC: emptyCounts(), MISC: emptyCounts() },
    ms: 0,
    docs: 0,
    failures: 0,
  };
}

function score(row: Row, gold: readonly Labelled[], predicted: readonly Labelled[]): Labelled[] {
  const { counts, unmatchedGold, unmatchedPredicted } = matchSpans(
    gold,
    predicted,
    (g, p) => sameSpan(g, p) && g.type === p.type,
  );
  void counts;
  for (const type of TYPES) {
    addCounts(
      row.counts[type],
      matchSpans(
        gold.filter((g) => g.type === type),
        predicted.filter((p) => p.type === type),
        (g, p) => sameSpan(g, p),
      ).counts,
    );
  }
  return [...unmatchedGold.map((g) => ({ ...g, missed: true })), ...unmatchedPredicted];
}

/** compromise's matches carry trailing punctuation in their offsets ("Berlin."): trim it. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (end > start && /[\s.,;:!?'"”’)]/.test(text[end - 1] ?? '')) end--;
  while (start < end && /[\s"“‘(]/.test(text[start] ?? '')) start++;
  return [start, end];
}

function compromiseEntities(text: string): Labelled[] {
  const doc = nlp(text);
  const out: Labelled[] = [];
  const groups: Array<[Coarse, { offset?: { start: number; length: number } }[]]> = [
    ['PER', doc.people().json({ offset: true }) as { offset?: { start: number; length: number } }[]],
    ['LOC', doc.places().json({ offset: true }) as { offset?: { start: number; length: number } }[]],
    ['ORG', doc.organizations().json({ offset: true }) as { offset?: { start: number; length: number } }[]],
  ];
  for (const [type, matches] of groups) {
    for (const match of matches) {
      if (!match.offset) continue;
      const [start, end] = trimmed(text, match.offset.start, match.offset.start + match.offset.length);
      if (end > start) out.push({ start, end, type });
    }
  }
  return out;
}

/** A document's lines (its sentences, headline and dateline) as documents of their own, with their entities. */
function splitLines(doc: ConllDoc): ConllDoc[] {
  const out: ConllDoc[] = [];
  let start = 0;
  for (const line of doc.text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const entities = doc.entities
        .filter((entity) => entity.start >= start && entity.end <= end)
        .map((entity) => ({ ...entity, start: entity.start - start, end: entity.end - start }));
      out.push({ id: `${doc.id}-l${out.length}`, text: line, entities });
    }
    start = end + 1;
  }
  return out;
}

function perturbDoc(doc: ConllDoc, mode: PerturbMode): ConllDoc {
  const changed = perturb(doc.text, mode);
  const entities = doc.entities.map((entity) => ({
    ...entity,
    start: changed.mapOffset(entity.start),
    end: changed.mapOffset(entity.end),
  }));
  return { id: doc.id, text: changed.text, entities };
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const splitAt = args.indexOf('--split');
  const split = splitAt >= 0 ? (args[splitAt + 1] ?? 'testa') : 'testa';
  // The test split is never read: only train and dev (testa).
  if (split !== 'train' && split !== 'testa') throw new Error(`--split ${split}: only train and testa are scored`);
  const errorsAt = args.indexOf('--errors');
  const errorBudget = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 30) : 0;
  const gapAt = args.indexOf('--gap');
  const gapBudget = gapAt >= 0 ? Number(args[gapAt + 1] ?? 50) : 0;
  const partAt = args.indexOf('--part');
  const part = partAt >= 0 ? Number(args[partAt + 1]) : -1;
  const weightsAt = args.indexOf('--weights');
  if (weightsAt >= 0) {
    const weightsFile = args[weightsAt + 1] ?? '';
    useWeightsForEvaluation(JSON.parse(readFileSync(weightsFile, 'utf8')));
    useInsideWordsForEvaluation(JSON.parse(readFileSync(join(dirname(weightsFile), 'inside-words.json'), 'utf8')));
  }
  const file = join(datasetsDir(root), 'conll2003', `${split}.docs.jsonl`);
  if (!existsSync(file)) {
    console.log(`eval:ner skipped: ${file} not found (set NEWS_EXTRACT_DATASETS to the datasets folder).`);
    return;
  }
  let docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ConllDoc);
  // --part N: the documents train-ner --hold-back N left out (document i in part i % 10).
  if (part >= 0) docs = docs.filter((_, i) => i % 10 === part);
  const sentences = args.includes('--sentences');
  if (sentences) docs = docs.flatMap(splitLines);
  // eval/perturb.ts: diacritic-rich names and invisible characters inside long words.
  const robustAt = args.indexOf('--robust');
  const robust =
    robustAt >= 0
      ? (PERTURB_MODES as readonly string[]).includes(args[robustAt + 1] ?? '')
        ? (args[robustAt + 1] as PerturbMode)
        : 'all'
      : undefined;
  if (robust) docs = docs.map((doc) => perturbDoc(doc, robust));

  const pipelineRow = newRow('news-extract pipeline (doc.entities)');
  const noModelRow = newRow('pipeline, entities: { model: false }');
  const modelRow = newRow('news-extract model alone (recognizeEntities)');
  const compromiseRow = newRow('compromise 14.17 people/places/organizations');
  const pipeline = createPipeline({ disable: ['quotes', 'dates'] });
  const noModel = createPipeline({ disable: ['quotes', 'dates'], entities: { model: false } });
  const errors: string[] = [];

  const gaps: string[] = [];
  let gapCount = 0;
  let pipelineWins = 0;
  for (const doc of docs) {
    let started = performance.now();
    let predicted: (Labelled & { fine: string })[] = [];
    try {
      const result = pipeline.extract(doc.text);
      predicted = result.entities.flatMap((entity) =>
        entity.mentions.map((mention) => ({
          start: mention.start,
          end: mention.end,
          type: COARSE[mention.type],
          fine: mention.type,
        })),
      );
      score(pipelineRow, doc.entities, predicted);
      pipelineRow.docs++;
    } catch {
      pipelineRow.failures++;
      score(pipelineRow, doc.entities, []);
    }
    pipelineRow.ms += performance.now() - started;

    started = performance.now();
    const listsOnly = noModel.extract(doc.text);
    noModelRow.ms += performance.now() - started;
    noModelRow.docs++;
    score(
      noModelRow,
      doc.entities,
      listsOnly.entities.flatMap((entity) =>
        entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, type: COARSE[mention.type] })),
      ),
    );

    started = performance.now();
    const { tokens } = tokenize(doc.text);
    const modelSpans = recognizeEntities(tokens);
    const spans = modelSpans.map((span) => ({ start: span.start, end: span.end, type: span.label }));
    modelRow.ms += performance.now() - started;
    if (gapBudget > 0) {
      // Where the pipeline and the model alone part ways: gold mentions only one of them got exactly,
      // and spans only the pipeline added that are wrong.
      const exact = (list: readonly Labelled[], g: Labelled) =>
        list.some((p) => p.start === g.start && p.end === g.end && p.type === g.type);
      const show = (item: { start: number; end: number }) =>
        `${JSON.stringify(doc.text.slice(item.start, item.end))} …${doc.text
          .slice(Math.max(0, item.start - 40), item.end + 40)
          .replace(/\n/g, ' / ')}…`;
      for (const g of doc.entities) {
        const byModel = exact(spans, g);
        const byPipeline = exact(predicted, g);
        if (byPipeline && !byModel) pipelineWins++;
        if (!byModel || byPipeline) continue;
        gapCount++;
        const model = modelSpans.find((span) => span.start === g.start && span.end === g.end);
        const near = predicted
          .filter((p) => p.start < g.end && p.end > g.start)
          .map((p) => `${p.fine} ${JSON.stringify(doc.text.slice(p.start, p.end))}`);
        if (gaps.length < gapBudget)
          gaps.push(
            `missed ${g.type.padEnd(4)} model ${model?.type} ${model?.confidence.toFixed(2)} pipeline ` +
              `[${near.join(', ') || 'nothing'}] ${show(g)}`,
          );
      }
      for (const p of predicted) {
        if (exact(doc.entities, p) || exact(spans, p)) continue;
        if (doc.entities.some((g) => g.start === p.start && g.end === p.end)) continue;
        if (doc.entities.some((g) => g.start < p.end && g.end > p.start)) continue;
        if (spans.some((m) => m.start < p.end && m.end > p.start)) continue;
        gapCount++;
        if (gaps.length < gapBudget) gaps.push(`added  ${p.type.padEnd(4)} ${p.fine} ${show(p)}`);
      }
    }
    modelRow.docs++;
    const wrong = score(modelRow, doc.entities, spans);
    for (const item of wrong) {
      if (errors.length >= errorBudget) break;
      const context = doc.text.slice(Math.max(0, item.start - 40), item.end + 40).replace(/\n/g, ' / ');
      errors.push(
        `${'missed' in item ? 'missed' : 'extra '} ${item.type.padEnd(4)} ` +
          `${JSON.stringify(doc.text.slice(item.start, item.end))}  …${context}…`,
      );
    }

    started = performance.now();
    score(compromiseRow, doc.entities, compromiseEntities(doc.text));
    compromiseRow.ms += performance.now() - started;
    compromiseRow.docs++;
  }

  const header = ['system', ...TYPES.map((type) => `${type} F1`), 'micro P', 'micro R', 'micro F1', 'docs/s'];
  const rows = [pipelineRow, noModelRow, modelRow, compromiseRow].map((row) => {
    const total = emptyCounts();
    for (const type of TYPES) addCounts(total, row.counts[type]);
    const micro = prf(total);
    return [
      row.name + (row.failures ? ` (${row.failures} docs failed)` : ''),
      ...TYPES.map((type) => formatPercent(prf(row.counts[type]).f1)),
      formatPercent(micro.precision),
      formatPercent(micro.recall),
      formatPercent(micro.f1),
      (row.docs / (row.ms / 1000)).toFixed(0),
    ];
  });
  const entities = docs.reduce((sum, doc) => sum + doc.entities.length, 0);
  console.log(
    `CoNLL-2003 English ${split}${sentences ? ', one line at a time' : ''}` +
      `${robust ? `, perturbed (eval/perturb.ts, ${robust})` : ''}: ${docs.length} ` +
      `documents, ${entities} entities; exact match of start, end and type.\n`,
  );
  console.log(formatTable([header, ...rows]));
  if (errors.length) console.log(`\nFirst ${errors.length} mistakes of the model:\n${errors.join('\n')}`);
  if (gapBudget > 0) {
    console.log(
      `\n${gapCount} pipeline losses against the model alone (gold mentions only the model got exactly, and ` +
        `wrong spans only the pipeline added where neither gold nor the model has a name); ${pipelineWins} gold ` +
        `mentions only the pipeline got. The first ${gaps.length}:\n${gaps.join('\n')}`,
    );
  }
}

main();
