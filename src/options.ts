import { NewsExtractError } from './tagger.js';
import { type ExtractOptions, QUOTE_SCOPES } from './types.js';

/**
 * Checks of the options a caller passes, so that a mistake is a clear error naming what is accepted
 * rather than an option silently ignored ("referenceDate: 'yesterday'") or a failure blamed on the
 * stage that happened to read it (a `Date` reached the dates stage and failed there).
 */

/** A calendar date written YYYY-MM-DD (a time may follow: "2025-10-17T09:00Z"), that exists. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/s.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return 'a Date';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

export function checkReferenceDate(value: unknown, where = 'referenceDate'): void {
  if (value === undefined) return;
  if (typeof value === 'string' && isCalendarDate(value)) return;
  const hint =
    value instanceof Date && !Number.isNaN(value.getTime()) ? ` (for a Date d, pass d.toISOString().slice(0, 10))` : '';
  throw new NewsExtractError(
    `${where} must be a calendar date written YYYY-MM-DD, such as "2025-10-17"; got ${describeValue(value)}${hint}`,
  );
}

function checkObject(value: unknown, where: string): value is Record<string, unknown> {
  if (value === undefined) return false;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NewsExtractError(`${where} must be an object; got ${describeValue(value)}`);
  }
  return true;
}

/** Checks per-document options (`extract(text, options)`, and the pipeline's defaults). */
export function checkExtractOptions(options: unknown, where = 'options'): asserts options is ExtractOptions {
  if (!checkObject(options, where)) return;
  const { id, referenceDate, tokens, quotes, entities, dates } = options as Record<string, unknown>;
  if (id !== undefined && typeof id !== 'string')
    throw new NewsExtractError(`${where}.id must be a string; got ${describeValue(id)}`);
  checkReferenceDate(referenceDate, `${where}.referenceDate`);
  if (tokens !== undefined && typeof tokens !== 'boolean') {
    throw new NewsExtractError(`${where}.tokens must be true or false; got ${describeValue(tokens)}`);
  }
  if (checkObject(quotes, `${where}.quotes`)) {
    const scope = quotes['scope'];
    if (scope !== undefined && !QUOTE_SCOPES.includes(scope as never)) {
      throw new NewsExtractError(
        `${where}.quotes.scope must be ${QUOTE_SCOPES.map((s) => `"${s}"`).join(' or ')}; got ${describeValue(scope)}`,
      );
    }
  }
  if (checkObject(entities, `${where}.entities`)) {
    const model = entities['model'];
    if (model !== undefined && typeof model !== 'boolean') {
      throw new NewsExtractError(`${where}.entities.model must be true or false; got ${describeValue(model)}`);
    }
  }
  if (checkObject(dates, `${where}.dates`)) {
    const order = dates['order'];
    if (order !== undefined && order !== 'month-first' && order !== 'day-first') {
      throw new NewsExtractError(
        `${where}.dates.order must be "month-first" or "day-first"; got ${describeValue(order)}`,
      );
    }
  }
}

/** Checks `disable` against the built-in stage names. */
export function checkDisable(disable: unknown, names: readonly string[]): void {
  if (disable === undefined) return;
  if (!Array.isArray(disable))
    throw new NewsExtractError(
      `disable must be an array of stage names (${names.join(', ')}); got ${describeValue(disable)}`,
    );
  for (const name of disable) {
    if (typeof name !== 'string' || !names.includes(name)) {
      throw new NewsExtractError(
        `disable: unknown stage ${describeValue(name)} (built-in stages: ${names.join(', ')})`,
      );
    }
  }
}
