import type { NewsDocument, Span } from '../src/index.js';

/**
 * The structural promises every output makes, whatever the input: used by the property and the
 * adversarial tests. Returns the broken promises (empty when all hold), so a failure names them.
 */
export function brokenInvariants(doc: NewsDocument, input: string): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => {
    if (problems.length < 20) problems.push(message);
  };
  if (doc.text !== input) fail('doc.text is not the input');
  const length = input.length;

  // Every span anywhere in the output: in bounds, and its text is exactly the slice it claims.
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) for (const [i, item] of value.entries()) visit(item, `${path}[${i}]`);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (
        typeof record['start'] === 'number' &&
        typeof record['end'] === 'number' &&
        typeof record['text'] === 'string'
      ) {
        const { start, end, text } = record as unknown as Span;
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
          fail(`${path}: span [${start}, ${end}) out of bounds (text length ${length})`);
        } else if (input.slice(start, end) !== text) {
          fail(`${path}: text ${JSON.stringify(text.slice(0, 40))} is not the slice [${start}, ${end}) of the input`);
        }
      }
      for (const [key, child] of Object.entries(record)) if (key !== 'text') visit(child, `${path}.${key}`);
    }
  };
  const { text: _text, ...rest } = doc;
  visit(rest, 'doc');

  const inOrder = (spans: readonly Span[], what: string, allowNested = false): void => {
    for (let i = 1; i < spans.length; i++) {
      const previous = spans[i - 1]!;
      const current = spans[i]!;
      if (current.start < previous.start || (!allowNested && current.start < previous.end)) {
        fail(
          `${what} ${i - 1} [${previous.start}, ${previous.end}) and ${i} [${current.start}, ${current.end}) ` +
            'are out of order or overlap',
        );
      }
    }
  };
  inOrder(doc.sentences, 'sentences');
  for (const [i, sentence] of doc.sentences.entries()) {
    if (sentence.end <= sentence.start) fail(`sentence ${i} is empty`);
  }

  if (doc.tokens) {
    inOrder(doc.tokens, 'tokens');
    for (const [i, token] of doc.tokens.entries()) {
      const sentence = doc.sentences[token.sentence];
      if (token.end <= token.start) fail(`token ${i} is empty`);
      if (!sentence) fail(`token ${i} points to sentence ${token.sentence}, which does not exist`);
      else if (token.start < sentence.start || token.end > sentence.end)
        fail(`token ${i} lies outside its sentence ${token.sentence}`);
    }
  }

  const mentions = doc.entities.flatMap((entity) => entity.mentions);
  for (const entity of doc.entities) inOrder(entity.mentions, `mentions of ${entity.id}`);
  inOrder(
    [...mentions].sort((a, b) => a.start - b.start || a.end - b.end),
    'entity mentions (all entities)',
  );
  const ids = new Set(doc.entities.map((entity) => entity.id));
  if (ids.size !== doc.entities.length) fail('entity ids are not unique');

  inOrder(doc.quotes, 'quotes', true);
  inOrder(doc.dates, 'dates', true);
  const insideSomeSentence = (offset: number): boolean =>
    doc.sentences.some((sentence) => sentence.start <= offset && offset < sentence.end);
  for (const [i, quote] of doc.quotes.entries()) {
    if (quote.end <= quote.start) fail(`quote ${i} is empty`);
    else if (!insideSomeSentence(quote.start) || !insideSomeSentence(quote.end - 1)) {
      fail(`quote ${i} [${quote.start}, ${quote.end}) starts or ends outside every sentence`);
    }
    if (quote.speaker?.entity !== undefined && !ids.has(quote.speaker.entity)) {
      fail(`quote ${i}'s speaker points to entity ${quote.speaker.entity}, which does not exist`);
    }
  }
  return problems;
}
