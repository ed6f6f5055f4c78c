/**
 * The offset invariant of the output contract, checked on a whole document: every span anywhere in a
 * `NewsDocument` satisfies `doc.text.slice(start, end) === text` with 0 ≤ start ≤ end ≤ length.
 * Reused by every test that produces documents.
 */
import { expect } from 'vitest';
import type { NewsDocument, Span } from '../../src/types.js';

/** Every span in the document, with a path that says where it sits ("quotes[3].speaker"). */
export function collectSpans(doc: NewsDocument): Array<{ path: string; span: Span }> {
  const out: Array<{ path: string; span: Span }> = [];
  const add = (path: string, span: Span | null | undefined): void => {
    if (span) out.push({ path, span });
  };
  for (const [i, span] of doc.meta.boilerplate.entries()) add(`meta.boilerplate[${i}]`, span);
  for (const [i, span] of doc.sentences.entries()) add(`sentences[${i}]`, span);
  for (const [i, span] of (doc.tokens ?? []).entries()) add(`tokens[${i}]`, span);
  for (const [i, entity] of doc.entities.entries()) {
    for (const [j, span] of entity.mentions.entries()) add(`entities[${i}].mentions[${j}]`, span);
  }
  doc.quotes.forEach((quote, i) => {
    add(`quotes[${i}]`, quote);
    add(`quotes[${i}].speaker`, quote.speaker);
    add(`quotes[${i}].cue`, quote.cue);
  });
  for (const [i, span] of doc.dates.entries()) add(`dates[${i}]`, span);
  for (const [label, spans] of Object.entries(doc.spans ?? {})) {
    for (const [i, span] of spans.entries()) add(`spans.${label}[${i}]`, span);
  }
  return out;
}

/** What is wrong with each broken span (empty when the document is sound). */
export function spanProblems(doc: NewsDocument): string[] {
  const problems: string[] = [];
  const length = doc.text.length;
  for (const { path, span } of collectSpans(doc)) {
    const { start, end, text } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end))
      problems.push(`${path}: non-integer offsets ${start}..${end}`);
    else if (start < 0 || end < start || end > length)
      problems.push(`${path}: offsets ${start}..${end} outside 0..${length}`);
    else if (doc.text.slice(start, end) !== text) {
      problems.push(
        `${path}: text ${JSON.stringify(text)} but the slice is ${JSON.stringify(doc.text.slice(start, end))}`,
      );
    }
  }
  return problems;
}

/** Ids that point nowhere: a quote speaker's `entity` must name one of `doc.entities`. */
export function referenceProblems(doc: NewsDocument): string[] {
  const ids = new Set(doc.entities.map((entity) => entity.id));
  const problems: string[] = [];
  if (ids.size !== doc.entities.length) problems.push('entity ids are not unique');
  doc.quotes.forEach((quote, i) => {
    const id = quote.speaker?.entity;
    if (id !== undefined && !ids.has(id)) problems.push(`quotes[${i}].speaker.entity "${id}" is not an entity id`);
  });
  return problems;
}

export function expectValidSpans(doc: NewsDocument): void {
  expect(spanProblems(doc), `spans of document "${doc.id}"`).toEqual([]);
}

export function expectValidReferences(doc: NewsDocument): void {
  expect(referenceProblems(doc), `references of document "${doc.id}"`).toEqual([]);
}
