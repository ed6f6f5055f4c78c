import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline, type NewsDocument } from '../src/index.js';
import { brokenInvariants } from './invariants.js';

/**
 * Property tests: whatever the text, extraction never throws, gives the same output twice, and every
 * output keeps the structural promises in test/invariants.ts (offsets, bounds, order, no overlapping
 * entity mentions, quotes inside sentences). Runs stay small so `npm test` stays quick; a failure
 * prints the shrunk input and the seed to replay it.
 */

// Local runs draw a new seed each time and so keep exploring; CI (CI=true) replays one fixed seed so
// that a landing is judged on reproducible inputs. FC_SEED=<n> replays a seed a failure printed.
const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : process.env['CI'] ? 20251017 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

const pipeline = createPipeline({ referenceDate: '2025-10-17' });

function extractChecked(text: string): NewsDocument {
  const doc = pipeline.extract(text, { id: 'prop', tokens: true });
  const again = pipeline.extract(text, { id: 'prop', tokens: true });
  expect(JSON.stringify(again), 'same output twice').toBe(JSON.stringify(doc));
  expect(brokenInvariants(doc, text)).toEqual([]);
  return doc;
}

// Every UTF-16 code unit, lone surrogates included (what a JavaScript string can hold).
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
// Whole code points across Unicode: emoji, RTL scripts, combining marks, astral planes.
const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
// The characters and words that steer the tokenizer and the extraction stages.
const newsy = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\u2028',
  '\0',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '.',
  ',',
  ';',
  ':',
  '?',
  '!',
  '-',
  '—',
  '–',
  '(',
  ')',
  '|',
  '…',
  'said',
  'says',
  'told',
  'according to',
  'President',
  'Mr.',
  'Dr.',
  'Vladimir Putin',
  'Putin',
  'Kremlin',
  'Peskov',
  'U.S.',
  'Moscow',
  'NATO',
  'Monday',
  'last week',
  'on Friday',
  'Oct. 17',
  '2025',
  '10:30 a.m.',
  'he',
  'she',
  'The',
  'the',
  'of',
  'and',
  'date 2025-10-17',
  'https://example.com/2025/10/17/x',
  'Photo: AP',
);

const unicodeText = fc.string({ unit: fc.oneof(codeUnit, codePoint), maxLength: 60 });
const newsText = fc.string({
  unit: fc.oneof({ arbitrary: newsy, weight: 4 }, { arbitrary: codePoint, weight: 1 }),
  maxLength: 80,
});

const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus', 'articles');
const ARTICLES = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(CORPUS_DIR, name), 'utf8'));

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'swapCase'; at: number; length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.oneof(newsy, codeUnit, codePoint) }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('swapCase' as const), at: position, length: fc.integer({ min: 1, max: 300 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const change of mutations) {
    const at = Math.floor(change.at * (result.length + 1));
    const before = result.slice(0, at);
    switch (change.op) {
      case 'insert':
        result = before + change.text + result.slice(at);
        break;
      case 'delete':
        result = before + result.slice(at + change.length);
        break;
      case 'duplicate':
        result = before + result.slice(at, at + change.length) + result.slice(at);
        break;
      case 'swapCase': {
        const swapped = [...result.slice(at, at + change.length)]
          .map((char) => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase()))
          .join('');
        // Case mapping can change length ("ß" → "SS"): fine, it is a new input.
        result = before + swapped + result.slice(at + change.length);
        break;
      }
    }
  }
  return result;
}

describe('properties over arbitrary text', () => {
  it('any UTF-16 string, lone surrogates included', () => {
    fc.assert(
      fc.property(unicodeText, (text) => void extractChecked(text)),
      { numRuns: 200 },
    );
  });

  it('strings of news words, quotes, dashes and line breaks', () => {
    fc.assert(
      fc.property(newsText, (text) => void extractChecked(text)),
      { numRuns: 200 },
    );
  });

  it('mutated corpus articles (characters, quotes, line breaks inserted, deleted, duplicated, case swapped)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: ARTICLES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (index, mutations) => {
          void extractChecked(mutate(ARTICLES[index] ?? '', mutations));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the corpus articles themselves', () => {
    expect(ARTICLES.length).toBeGreaterThan(0);
    for (const article of ARTICLES) {
      const doc = extractChecked(article);
      expect(doc.sentences.length).toBeGreaterThan(5);
    }
  });
});
