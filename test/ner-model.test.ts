import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isFirstName,
  isTitle,
  isTitleWord,
  longestMatchAt,
  lookupPhrase,
  titleLengthAt,
} from '../src/entities/lexicon/index.js';
import { loadModel, type ModelSpan, recognizeEntities } from '../src/entities/model/index.js';
import { tokenize } from '../src/text/tokenize.js';

/** Entities as [text, label] pairs, in text order. */
function entities(text: string): Array<[string, string]> {
  const { tokens } = tokenize(text);
  return recognizeEntities(tokens).map((span) => [text.slice(span.start, span.end), span.label]);
}

function spansOf(text: string): ModelSpan[] {
  return recognizeEntities(tokenize(text).tokens);
}

// Hand-written sentences in the style of wire copy; none is taken from CoNLL-2003.
const WIRE = [
  'Kremlin spokesman Dmitry Peskov told reporters in Moscow on Tuesday that the talks would resume next week.',
  'The European Commission fined Microsoft 500 million euros, officials in Brussels said.',
  'German and French ministers met in Vienna to discuss the gas pipeline.',
].join('\n');

describe('recognizeEntities', () => {
  it('loads the shipped weights', () => {
    expect(() => loadModel()).not.toThrow();
  });

  it('keeps the weights file compact', () => {
    const file = fileURLToPath(new URL('../src/entities/model/weights.json', import.meta.url));
    expect(statSync(file).size).toBeLessThan(3 * 1024 * 1024);
  });

  it('finds people, organisations, places and miscellaneous names in news sentences', () => {
    const found = entities(WIRE);
    expect(found).toContainEqual(['Dmitry Peskov', 'PER']);
    expect(found).toContainEqual(['Moscow', 'LOC']);
    expect(found).toContainEqual(['European Commission', 'ORG']);
    expect(found).toContainEqual(['Microsoft', 'ORG']);
    expect(found).toContainEqual(['Brussels', 'LOC']);
    expect(found).toContainEqual(['German', 'MISC']);
    expect(found).toContainEqual(['French', 'MISC']);
    expect(found).toContainEqual(['Vienna', 'LOC']);
    // Common words that start a sentence are not names.
    expect(found.map(([text]) => text)).not.toContain('The');
  });

  it('reads a surname alone as the person named earlier in the article', () => {
    const found = entities(
      'Finance Minister Olaf Brennecke presented the budget on Monday.\nBrennecke said spending would fall.',
    );
    expect(found).toContainEqual(['Olaf Brennecke', 'PER']);
    expect(found).toContainEqual(['Brennecke', 'PER']);
  });

  it('gives fine OntoNotes types from the label and the lexicon', () => {
    const spans = spansOf(WIRE);
    const typeOf = (name: string): string | undefined =>
      spans.find((span) => WIRE.slice(span.start, span.end) === name)?.type;
    expect(typeOf('Dmitry Peskov')).toBe('PERSON');
    expect(typeOf('Moscow')).toBe('GPE');
    expect(typeOf('German')).toBe('NORP');
    expect(typeOf('Microsoft')).toBe('ORG');
  });

  it('gives exact offsets on token boundaries, with token indices and confidences', () => {
    const text = 'Hungary’s Viktor Orbán met  U.S. officials in Washington .';
    const { tokens } = tokenize(text);
    const spans = recognizeEntities(tokens);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      const first = tokens[span.startToken];
      const last = tokens[span.endToken];
      expect(first?.start).toBe(span.start);
      expect(last?.end).toBe(span.end);
      expect(span.confidence).toBeGreaterThan(0);
      expect(span.confidence).toBeLessThanOrEqual(1);
    }
    expect(spans.map((span) => text.slice(span.start, span.end))).toContain('Viktor Orbán');
  });

  it('is deterministic', () => {
    expect(spansOf(WIRE)).toEqual(spansOf(WIRE));
  });

  it('returns nothing for empty input and survives odd input', () => {
    expect(recognizeEntities([])).toEqual([]);
    expect(entities('... !!! ???')).toEqual([]);
    const long = 'X'.repeat(5000);
    expect(() => entities(`${long} said ${long}.`)).not.toThrow();
    expect(() => entities('UNITED NATIONS SAYS TALKS IN GENEVA WILL RESUME')).not.toThrow();
  });
});

describe('lexicon', () => {
  it('folds case, periods and diacritics', () => {
    expect(lookupPhrase('U.S.')).toMatchObject({ type: 'GPE', canonical: 'United States' });
    expect(lookupPhrase('US')).toMatchObject({ canonical: 'United States' });
    expect(lookupPhrase('us', { caseSensitive: true })).toBeUndefined();
    expect(lookupPhrase('the Kremlin')).toMatchObject({ type: 'ORG' });
    expect(lookupPhrase('Zürich')).toMatchObject({ type: 'GPE' });
    expect(lookupPhrase('Ukrainian')).toMatchObject({ type: 'NORP' });
    expect(lookupPhrase('Middle East')).toMatchObject({ type: 'LOC' });
    expect(lookupPhrase('Reuters')).toMatchObject({ type: 'ORG', source: 'news-organisation' });
    expect(lookupPhrase('no such place anywhere')).toBeUndefined();
  });

  it('matches the longest phrase over tokens', () => {
    expect(longestMatchAt(['New', 'York', 'City', 'police'], 0)).toMatchObject({ length: 3, type: 'GPE' });
    expect(longestMatchAt(['State', 'Department', 'said'], 0)).toMatchObject({ length: 2, type: 'ORG' });
    expect(longestMatchAt(['said', 'the'], 0)).toBeUndefined();
  });

  it('knows person titles and given names', () => {
    expect(isTitleWord('spokesman')).toBe(true);
    expect(isTitleWord('Sen.')).toBe(true);
    expect(isTitleWord('table')).toBe(false);
    expect(isTitle('Secretary of State')).toBe(true);
    expect(titleLengthAt(['Deputy', 'Foreign', 'Minister', 'Andrei'], 0)).toBe(3);
    expect(isFirstName('Angela')).toBe(true);
    expect(isFirstName('Table')).toBe(false);
  });
});
