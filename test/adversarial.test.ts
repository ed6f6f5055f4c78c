import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline, type NewsDocument } from '../src/index.js';
import { brokenInvariants } from './invariants.js';

/**
 * Hostile and odd inputs: each must finish, keep every invariant, and take time roughly linear in its
 * size. The time bound is only a hang guard, deliberately generous: 20 times what ordinary news text
 * of the same size takes on this machine right now (measured in this file), plus half a second; each
 * test's Vitest time limit follows from it, so a slow but linear pipeline is never cut off.
 * Speed itself is measured by `npm run bench`, never asserted here.
 */

const pipeline = createPipeline({ referenceDate: '2025-10-17' });
const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus', 'articles');
const CORPUS = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(CORPUS_DIR, name), 'utf8'))
  .join('\n\n');

/** Ordinary news text of exactly `size` characters: the corpus repeated. */
function newsText(size: number): string {
  return CORPUS.repeat(Math.ceil(size / CORPUS.length)).slice(0, size);
}

// Measured while the tests are collected, so that each test's own time limit can follow from it.
pipeline.extract(newsText(20_000));
const msPerChar = ((): number => {
  const sample = newsText(128 * 1024);
  const started = performance.now();
  pipeline.extract(sample);
  return (performance.now() - started) / sample.length;
})();

/** The hang guard for an input of `size` characters, in milliseconds. */
function boundMs(size: number): number {
  return 20 * msPerChar * size + 500;
}

/** Vitest's own limit for a test over inputs of `size` characters in all: the guard, and room to check. */
function limitFor(size: number): number {
  return Math.max(120_000, 2 * boundMs(size));
}

function run(text: string, options: { tokens?: boolean; checkInvariants?: boolean } = {}): NewsDocument {
  const started = performance.now();
  const doc = pipeline.extract(text, { id: 'adversarial', tokens: options.tokens ?? true });
  const elapsed = performance.now() - started;
  const bound = boundMs(text.length);
  expect(
    elapsed,
    `took ${elapsed.toFixed(0)} ms; ordinary text of this size takes ~${(msPerChar * text.length).toFixed(0)} ms`,
  ).toBeLessThan(bound);
  if (options.checkInvariants ?? true) expect(brokenInvariants(doc, text)).toEqual([]);
  return doc;
}

/** No token starts with a low surrogate or ends with a high one: pairs are never cut. */
function cutsSurrogatePair(doc: NewsDocument): boolean {
  return (doc.tokens ?? []).some((token) => /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(token.text));
}

describe('adversarial inputs finish in linear time and keep the invariants', () => {
  it(
    '1 MB of quotation marks',
    () => {
      const doc = run('"“”‘’\'«»„'.repeat((1024 * 1024) / 9));
      expect(doc.tokens?.length).toBeGreaterThan(100_000);
    },
    limitFor(1024 * 1024),
  );

  it(
    'a 200 KB token without spaces, cut into contiguous tokens that cover it',
    () => {
      const word = 'Abcdefghij'.repeat(20_000);
      const doc = run(`He wrote ${word} yesterday.`);
      const pieces = (doc.tokens ?? []).filter((token) => token.start >= 9 && token.end <= 9 + word.length);
      expect(pieces.map((token) => token.text).join('')).toBe(word);
    },
    limitFor(200_000),
  );

  it(
    'a 200 KB run of emoji is never cut inside a surrogate pair',
    () => {
      const doc = run('😀👍🏽🇺🇦'.repeat(200_000 / 10));
      expect(cutsSurrogatePair(doc)).toBe(false);
    },
    limitFor(200_000),
  );

  it(
    '10,000 unclosed quotes',
    () => {
      run('Officials said “the talks will continue and '.repeat(10_000));
    },
    limitFor(440_000),
  );

  it(
    'deeply repeated titles',
    () => {
      run(`${'President '.repeat(50_000)}Putin said talks would go on.`);
      run(
        `${'Mr. '.repeat(20_000)}Smith ` +
          `arrived. ${'Prime Minister Deputy Secretary General '.repeat(5_000)}Jones spoke.`,
      );
    },
    limitFor(700_000),
  );

  it(
    'a 5 MB article',
    () => {
      const text = newsText(5 * 1024 * 1024);
      // Spans are checked on the smaller inputs; here only the bounds and the sentence count.
      const doc = run(text, { tokens: false, checkInvariants: false });
      expect(doc.sentences.at(-1)?.end ?? 0).toBeLessThanOrEqual(text.length);
      expect(doc.sentences.length).toBeGreaterThan(30_000);
    },
    limitFor(5 * 1024 * 1024),
  );

  it(
    'NUL bytes',
    () => {
      run(newsText(50_000).replace(/ /g, '\0'));
      run('\0'.repeat(10_000));
    },
    limitFor(60_000),
  );

  it(
    'lone surrogates',
    () => {
      run(newsText(50_000).replace(/e/g, '\ud800').replace(/a/g, '\udc00'));
      run('\udc00\ud800'.repeat(5_000));
    },
    limitFor(60_000),
  );

  it('a byte order mark is not part of the first sentence or token', () => {
    const doc = run('\ufeffPutin met Trump in Alaska. Talks went well.');
    expect(doc.sentences[0]?.text).toBe('Putin met Trump in Alaska.');
    expect(doc.tokens?.[0]?.text).toBe('Putin');
  });

  it(
    'CRLF and CR-only line ends end sentences and never get inside one',
    () => {
      for (const eol of ['\r\n', '\r']) {
        const doc = run(`Summit in Alaska${eol}Putin met Trump on Friday.${eol}${eol}Talks went well`);
        expect(doc.sentences.map((sentence) => sentence.text)).toEqual([
          'Summit in Alaska',
          'Putin met Trump on Friday.',
          'Talks went well',
        ]);
        const crlfText = newsText(100_000).replace(/\n/g, eol);
        const big = run(crlfText);
        expect(
          big.sentences.some((sentence) => /[\r\n]/.test(sentence.text.slice(-1)) || /^[\r\n]/.test(sentence.text)),
        ).toBe(false);
      }
    },
    limitFor(200_000),
  );

  it(
    'right-to-left text and mixed directions',
    () => {
      const doc = run(
        'قال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات جيدة. שלום עולם. Peskov said ‏"yes"‏.\u202eevil\u202c',
      );
      expect(doc.tokens?.some((token) => token.text === 'بيسكوف')).toBe(true);
      run('שלום עולם, مرحبا بالعالم. '.repeat(5_000));
    },
    limitFor(130_000),
  );

  it('emoji, flags, skin tones and ZWJ sequences', () => {
    const doc = run('Putin 👍🏽 said 👨‍👩‍👧 “yes” 🇺🇦🇷🇺 today. 🔥🔥🔥');
    expect(cutsSurrogatePair(doc)).toBe(false);
    expect(doc.tokens?.some((token) => token.text === 'Putin')).toBe(true);
  });

  it('empty, blank and one-character inputs', () => {
    for (const text of ['', ' ', '\n', '\r\n', '\ufeff', '"', '“', '.', 'a', '\0', '\ud800', '😀']) {
      const doc = run(text);
      expect(doc.text).toBe(text);
    }
  });
});
