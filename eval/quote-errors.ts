/**
 * Error classes for `eval:quotes -- --classes N` (mine them on the train split; check on dev): every
 * wrong speaker and every content-boundary mistake gets one class, so that fixes go by class, biggest
 * first, and not by sentence. The classes are read from the spans alone (no gold-specific rules):
 *
 * speakers (over matched pairs whose speaker is wrong)
 *   no-speaker        the prediction has none, the gold source exists
 *   gold-unsourced    the gold has no source, the prediction names one
 *   document-source   the gold source is a document, poll or finding ("the report", "a poll")
 *   pronoun / they    the predicted speaker is a pronoun resolved to someone else (or no one)
 *   relative-who      the predicted speaker is "who" (a relative clause) resolved wrongly
 *   object-np         `object` rule: a lower-case noun phrase that is not the source ("a speech")
 *   description       a description ("the official") resolved to someone else
 *   name              a name, but not the gold source's (another person, a relative, the listener)
 *   inherited         a speaker taken from an earlier quote (continuation, piece) that is wrong
 *
 * boundaries (over gold attributions with no match, and predictions with no match)
 *   missed            no prediction overlaps the gold content (by the gold cue's first word)
 *   too-short         a prediction inside the gold content, under half of it
 *   too-long          a prediction covering the gold content, more than twice its length
 *   shifted           a prediction overlapping the gold content partly
 *   taken             the overlapping prediction is matched to another gold attribution
 *   spurious          a prediction overlapping no gold content (by rule)
 */
import { anyOverlap, formatTable, overlapLength, type Range } from './score.js';

export interface ErrorGold extends Range {
  readonly text: string;
  readonly speaker: (Range & { readonly text: string }) | null;
  readonly cue: (Range & { readonly text: string }) | null;
}

export interface ErrorPredicted extends Range {
  readonly speaker: { readonly start: number; readonly end: number; readonly entity?: string } | null;
  readonly cue: Range | null;
  readonly rule?: string;
}

interface Example {
  readonly cls: string;
  readonly rule: string;
  readonly line: string;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'him', 'her', 'i', 'we', 'you', 'his']);
const GROUP_PRONOUNS = new Set(['they', 'them']);
const INHERITING = new Set(['direct-continuation', 'direct-piece', 'direct-subject', 'block-voice']);
const DOCUMENT = new RegExp(
  '\\b(report|reports|poll|polls|survey|surveys|study|studies|analysis|data|statement|memo|letter|' +
    'documents?|filing|findings|records|book|article|website|email|emails|numbers|figures|estimates?|' +
    'results|research|review|audit|complaint|lawsuit|indictment|ruling|order|ad|video|tweet)\\b',
  'i',
);

export class ErrorClasses {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly examples: Example[] = [];

  constructor(private readonly perClass: number) {}

  private add(kind: 'speaker' | 'boundary', cls: string, rule: string, line: string): void {
    const key = `${kind}:${cls}`;
    const byRule = this.counts.get(key) ?? new Map<string, number>();
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    this.counts.set(key, byRule);
    if (this.examples.filter((example) => example.cls === key).length < this.perClass)
      this.examples.push({ cls: key, rule, line });
  }

  /** One wrong speaker: its class from the predicted and gold spans. */
  speaker(text: string, gold: ErrorGold, predicted: ErrorPredicted, entityName: string | undefined): void {
    const rule = predicted.rule ?? '-';
    const said = predicted.speaker ? text.slice(predicted.speaker.start, predicted.speaker.end) : '';
    const word = said.trim().toLowerCase();
    let cls: string;
    if (!predicted.speaker) cls = 'no-speaker';
    else if (!gold.speaker) cls = 'gold-unsourced';
    else if (DOCUMENT.test(lastWords(gold.speaker.text))) cls = 'document-source';
    else if (INHERITING.has(rule)) cls = 'inherited';
    else if (GROUP_PRONOUNS.has(word)) cls = 'they';
    else if (PRONOUNS.has(word)) cls = 'pronoun';
    else if (word === 'who') cls = 'relative-who';
    else if (!/\p{Lu}/u.test(said.replace(/^\p{Lu}/u, ''))) cls = rule === 'object' ? 'object-np' : 'description';
    else cls = 'name';
    const context = window(text, gold, predicted.speaker);
    this.add(
      'speaker',
      cls,
      rule,
      `[${rule}] gold=«${gold.speaker?.text ?? '-'}» predicted=«${said || '-'}»→${entityName ?? '-'}\n      ${context}`,
    );
  }

  /** The boundary class of a gold attribution no prediction matched. */
  missed(text: string, gold: ErrorGold, predicted: readonly ErrorPredicted[], matched: ReadonlySet<object>): void {
    let best: ErrorPredicted | undefined;
    let bestOverlap = 0;
    for (const candidate of predicted) {
      const overlap = overlapLength(gold, candidate);
      if (overlap > bestOverlap) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
    const cueWord = gold.cue ? (gold.cue.text.toLowerCase().split(/\s+/)[0] ?? '-') : '-';
    let cls: string;
    if (!best) cls = 'missed';
    else if (matched.has(best)) cls = 'taken';
    else if (best.start >= gold.start && best.end <= gold.end) cls = 'too-short';
    else if (best.start <= gold.start && best.end >= gold.end) cls = 'too-long';
    else cls = 'shifted';
    const rule = best?.rule ?? `cue:${cueWord}`;
    const shown = best
      ? `\n      predicted «${clip(text.slice(best.start, best.end), 200)}»`
      : `\n      … ${clip(text.slice(Math.max(0, gold.start - 80), gold.start), 80)} [[`;
    this.add(
      'boundary',
      cls,
      rule,
      `[${rule}] src=«${gold.speaker?.text ?? '-'}» cue=«${gold.cue?.text ?? '-'}»` +
        `\n      gold «${clip(gold.text, 200)}»${shown}`,
    );
  }

  /** A prediction no gold matched and none overlaps (overlapping ones are counted from the gold side). */
  spurious(text: string, predicted: ErrorPredicted, gold: readonly ErrorGold[]): void {
    if (gold.some((candidate) => anyOverlap(candidate, predicted))) return;
    const rule = predicted.rule ?? '-';
    const cue = predicted.cue ? text.slice(predicted.cue.start, predicted.cue.end) : '-';
    this.add(
      'boundary',
      'spurious',
      rule,
      `[${rule}] cue=«${cue}» «${clip(text.slice(predicted.start, predicted.end), 200)}»`,
    );
  }

  print(): void {
    const total = (byRule: Map<string, number>): number => [...byRule.values()].reduce((a, b) => a + b, 0);
    const sorted = [...this.counts.entries()].sort((a, b) => total(b[1]) - total(a[1]));
    for (const kind of ['speaker', 'boundary']) {
      const rows: string[][] = [['class', 'count', 'by rule (most first)']];
      for (const [key, byRule] of sorted) {
        if (!key.startsWith(`${kind}:`)) continue;
        const rules = [...byRule.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([rule, n]) => `${rule} ${n}`)
          .join(', ');
        rows.push([key.slice(kind.length + 1), String(total(byRule)), rules]);
      }
      console.log(`\n${kind === 'speaker' ? 'Speaker' : 'Boundary'} errors by class, biggest first:\n`);
      console.log(formatTable(rows));
    }
    for (const [key] of sorted) {
      console.log(`\n== ${key}`);
      for (const example of this.examples) if (example.cls === key) console.log(`  ${example.line}`);
    }
  }
}

function lastWords(text: string): string {
  return text
    .replace(/[,\s]+$/, '')
    .split(/\s+/)
    .slice(-2)
    .join(' ');
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The text around the gold content with the gold source in [[ ]] and the predicted speaker in {{ }}. */
function window(text: string, gold: ErrorGold, predicted: Range | null): string {
  const spans = [gold, ...(gold.speaker ? [gold.speaker] : []), ...(predicted ? [predicted] : [])];
  const from = Math.max(0, Math.min(...spans.map((span) => span.start)) - 40);
  const to = Math.min(text.length, Math.max(...spans.map((span) => span.end)) + 20);
  if (to - from > 600) return clip(text.slice(from, to), 300);
  const marks: Array<[number, string]> = [];
  if (gold.speaker) marks.push([gold.speaker.start, '[['], [gold.speaker.end, ']]']);
  if (predicted) marks.push([predicted.start, '{{'], [predicted.end, '}}']);
  marks.sort((a, b) => b[0] - a[0]);
  let out = text.slice(from, to);
  for (const [at, mark] of marks) out = out.slice(0, at - from) + mark + out.slice(at - from);
  return out.replace(/\s+/g, ' ');
}
