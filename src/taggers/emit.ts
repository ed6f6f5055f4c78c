import { type DocumentDraft, makeSpan } from '../document.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

export function isEntityType(label: string): label is EntityType {
  return ENTITY_TYPE_SET.has(label);
}

/**
 * Adds a labelled span found by a custom tagger: entity types become locked mention candidates (they
 * win every overlap with the built-in recognisers); any other label goes to the span group `label`.
 */
export function emitLabel(doc: DocumentDraft, source: string, label: string, start: number, end: number): void {
  const span = makeSpan(doc.text, start, end);
  if (isEntityType(label)) {
    doc.mentions.push({ ...span, type: label, source, locked: true });
  } else {
    const spans = doc.spans[label] ?? [];
    spans.push(span);
    doc.spans[label] = spans;
  }
}
