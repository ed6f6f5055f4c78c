import type { DocumentDraft } from '../document.js';
import { type CalendarDate, parseIsoDate } from './calendar.js';

export interface Anchor {
  readonly date: CalendarDate;
  /** Where the anchor came from. */
  readonly source: 'publication' | 'reference';
}

/**
 * The date relative expressions are resolved against: the article's publication date (read by the
 * clean stage into `meta.date`), else the caller's `referenceDate`. Never the clock: an article read
 * a year later must not move its "yesterday". Without either, values stay underspecified.
 */
export function chooseAnchor(doc: Pick<DocumentDraft, 'meta' | 'options'>): Anchor | undefined {
  const published = parseIsoDate(doc.meta.date);
  if (published) return { date: published, source: 'publication' };
  const reference = parseIsoDate(doc.options.referenceDate);
  if (reference) return { date: reference, source: 'reference' };
  return undefined;
}
