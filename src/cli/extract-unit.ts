import { extractHtmlWith } from '../html/extract.js';
import { isCalendarDate } from '../options.js';
import type { Pipeline } from '../pipeline.js';
import type { NewsDocument } from '../types.js';
import type { InputUnit } from './inputs.js';

/**
 * Extracts one input unit; a web page goes through `extractHtml`. The date an input gives (HTML
 * metadata, a JSONL `date`) is its reference
 * date, and fills `meta.date` and `meta.url` when the text itself carries none.
 */
export function extractUnit(pipeline: Pipeline, unit: InputUnit, tokens: boolean): NewsDocument {
  // A JSONL "date": "2025-13-45" showed as "published 2025-13-45": an error record for that input.
  if (unit.date !== undefined && !isCalendarDate(unit.date)) {
    throw new Error(`"date" must be a calendar date written YYYY-MM-DD; got ${JSON.stringify(unit.date)}`);
  }
  // A page's own metadata (title, date, canonical URL, outlet) wins over what a JSONL record says.
  if (unit.html) {
    return extractHtmlWith(pipeline, unit.text, {
      id: unit.id,
      tokens,
      ...(unit.date ? { referenceDate: unit.date } : {}),
      ...(unit.url ? { url: unit.url } : {}),
    });
  }
  const doc = pipeline.extract(unit.text, { id: unit.id, tokens, ...(unit.date ? { referenceDate: unit.date } : {}) });
  if ((unit.date && !doc.meta.date) || (unit.url && !doc.meta.url)) {
    return { ...doc, meta: { ...doc.meta, date: doc.meta.date ?? unit.date, url: doc.meta.url ?? unit.url } };
  }
  return doc;
}
