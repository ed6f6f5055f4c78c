/**
 * Issue #15 on the library side: input as keys (prototype pollution), asynchronous taggers, option
 * checks, stage requirements, and texts long enough to be extracted in sections.
 */
import { describe, expect, it } from 'vitest';
import { MAX_WINDOW } from '../src/entities/model/decode.js';
import {
  createPipeline,
  extract,
  gazetteerTagger,
  linkEntities,
  NewsExtractError,
  type PipelineOptions,
  type Tagger,
} from '../src/index.js';
import { SECTION_CHARS, sectionStarts } from '../src/sections.js';
import { expectValidSpans } from './helpers/spans.js';

const ARTICLE =
  'Kremlin spokesperson Dmitry Peskov met Viktor Orban in Budapest on Friday. "Talks went well," Peskov said.\n';

describe('keys from input', () => {
  it('a document id "__proto__" does not pollute Object.prototype in linkEntities', () => {
    const doc = extract(ARTICLE, { id: '__proto__' });
    const other = extract(ARTICLE, { id: 'constructor' });
    const linked = linkEntities([doc, other]);
    expect(({} as Record<string, unknown>)['e1']).toBeUndefined();
    expect(Object.keys(linked.ids).sort()).toEqual(['__proto__', 'constructor']);
    // biome-ignore lint/suspicious/noProto: the test reads the "__proto__" key on purpose.
    expect(linked.ids['__proto__']?.['e1']).toMatch(/^E\d+$/);
    // biome-ignore lint/suspicious/noProto: the test reads the "__proto__" key on purpose.
    expect(linked.ids['constructor']?.['e1']).toBe(linked.ids['__proto__']?.['e1']);
  });

  it('a tagger label "constructor" or "__proto__" is a span group like any other', () => {
    for (const label of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const pipeline = createPipeline({ taggers: [gazetteerTagger({ entries: { Budapest: label } })] });
      const doc = pipeline.extract(ARTICLE);
      expect(Object.keys(doc.spans ?? {}), label).toEqual([label]);
      expect(doc.spans?.[label]?.map((span) => span.text)).toEqual(['Budapest']);
      expect(doc.entities.length).toBeGreaterThan(0);
    }
  });
});

describe('asynchronous taggers', () => {
  const slowTagger = (label: string): Tagger => ({
    name: 'lookup',
    after: 'tokenize',
    async tag(doc) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const at = doc.text.indexOf('Budapest');
      if (at >= 0) doc.spans[label] = [...(doc.spans[label] ?? []), { start: at, end: at + 8, text: 'Budapest' }];
    },
  });

  it('extract() refuses a tagger that returns a Promise, with a clear error and no unhandled rejection', async () => {
    const failing: Tagger = { name: 'remote', tag: () => Promise.reject(new Error('service down')) };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const pipeline = createPipeline({ taggers: [failing] });
      expect(() => pipeline.extract(ARTICLE)).toThrow(NewsExtractError);
      expect(() => pipeline.extract(ARTICLE)).toThrow(/tagger "remote" returned a Promise.*extractAsync/);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it('extractAsync() awaits an asynchronous tagger, and names it when it rejects', async () => {
    const pipeline = createPipeline({ taggers: [slowTagger('place')] });
    const doc = await pipeline.extractAsync(ARTICLE);
    expect(doc.spans?.['place']?.map((span) => span.text)).toEqual(['Budapest']);
    expect(doc.entities.map((entity) => entity.name)).toContain('Dmitry Peskov');
    const failing = createPipeline({
      taggers: [{ name: 'remote', tag: () => Promise.reject(new Error('service down')) }],
    });
    await expect(failing.extractAsync(ARTICLE)).rejects.toThrow(/tagger "remote" failed: service down/);
  });

  it('extractManyAsync() is an async iterator over sync or async inputs, in order', async () => {
    const pipeline = createPipeline({ taggers: [slowTagger('place')] });
    async function* inputs() {
      yield ARTICLE;
      yield { text: 'Nothing here.', id: 'second' };
    }
    const ids: string[] = [];
    for await (const doc of pipeline.extractManyAsync(inputs())) ids.push(doc.id);
    expect(ids).toEqual(['doc1', 'second']);
    const fromArray: string[] = [];
    for await (const doc of pipeline.extractManyAsync([ARTICLE, ARTICLE])) fromArray.push(doc.id);
    expect(fromArray).toEqual(['doc1', 'doc2']);
  });
});

describe('options are checked', () => {
  const bad: [string, () => unknown, RegExp][] = [
    [
      'referenceDate word',
      () => createPipeline({ referenceDate: 'yesterday' }),
      /referenceDate must be a calendar date written YYYY-MM-DD.*"yesterday"/,
    ],
    ['referenceDate impossible', () => createPipeline({ referenceDate: '2025-13-45' }), /YYYY-MM-DD.*"2025-13-45"/],
    [
      'referenceDate Date',
      () => extract(ARTICLE, { referenceDate: new Date() as never }),
      /options\.referenceDate .*got a Date \(for a Date d, pass d\.toISOString/,
    ],
    [
      'referenceDate number',
      () => extract(ARTICLE, { referenceDate: 1760659200000 as never }),
      /referenceDate .*got number 1760659200000/,
    ],
    [
      'disable',
      () => createPipeline({ disable: ['quotez'] as never }),
      /unknown stage "quotez" \(built-in stages: clean, tokenize, entities, quotes, dates\)/,
    ],
    [
      'scope',
      () => createPipeline({ quotes: { scope: 'nested' as never } }),
      /quotes\.scope must be "statements" or "attributions"; got "nested"/,
    ],
    ['scope per call', () => extract(ARTICLE, { quotes: { scope: 'all' as never } }), /options\.quotes\.scope must be/],
    [
      'entities.model',
      () => extract(ARTICLE, { entities: { model: 'no' as never } }),
      /entities\.model must be true or false/,
    ],
    ['tokens', () => extract(ARTICLE, { tokens: 'yes' as never }), /tokens must be true or false/],
    ['id', () => extract(ARTICLE, { id: 7 as never }), /id must be a string; got number 7/],
  ];
  for (const [name, run, message] of bad) {
    it(`rejects ${name} with a NewsExtractError naming what is accepted`, () => {
      expect(run).toThrow(NewsExtractError);
      expect(run).toThrow(message);
    });
  }

  it('accepts valid values (a date with a time, both scopes, every stage name)', () => {
    expect(extract(ARTICLE, { referenceDate: '2025-10-17T09:00:00Z' }).dates[0]?.value).toBe('2025-10-17');
    for (const scope of ['statements', 'attributions'] as const)
      expect(() => createPipeline({ quotes: { scope } })).not.toThrow();
    const options: PipelineOptions = { disable: ['quotes', 'dates'] };
    expect(createPipeline(options).stages).toEqual(['clean', 'tokenize', 'entities']);
  });
});

describe('stage requirements', () => {
  it('disabling tokenize while entities runs is an error naming what is missing', () => {
    const pipeline = createPipeline({ disable: ['tokenize'] });
    expect(() => pipeline.extract(ARTICLE)).toThrow(
      new RegExp(
        'stage "entities" requires tokens and sentences, which no stage before it assigns ' +
          String.raw`\(stage "tokenize" is disabled\)`,
      ),
    );
  });

  it('a custom tagger that assigns what is missing satisfies the requirement; a custom tagger can require too', () => {
    const tokenizer: Tagger = { name: 'my-tokens', assigns: ['tokens', 'sentences'], tag: () => {} };
    const pipeline = createPipeline({ disable: ['tokenize'] }).use(tokenizer, { before: 'entities' });
    expect(pipeline.extract(ARTICLE).entities).toEqual([]);
    const needy: Tagger = { name: 'needs-quotes', requires: ['quotes'], tag: () => {} };
    const noQuotes = createPipeline({ disable: ['quotes'], taggers: [needy] });
    expect(() => noQuotes.extract(ARTICLE)).toThrow(
      /stage "needs-quotes" requires quotes.*\(stage "quotes" is disabled\)/,
    );
    expect(() => createPipeline({ taggers: [needy] }).extract(ARTICLE)).not.toThrow();
  });
});

describe('long texts', () => {
  it('sections end at paragraph breaks, never inside a surrogate pair', () => {
    const paragraphs = `${'A line of text. '.repeat(40)}\n\n`.repeat(2000);
    const starts = sectionStarts(paragraphs, 100_000);
    expect(starts.length).toBeGreaterThan(10);
    for (const start of starts.slice(1)) expect(paragraphs.slice(start - 2, start)).toBe('\n\n');
    const emoji = '😀'.repeat(60_001);
    for (const start of sectionStarts(emoji, 10_001).slice(1)) expect(start % 2).toBe(0);
  });

  it('without line breaks, sections end at a sentence end, never after an initial or a title', () => {
    // "U.S. ", "Mr. ", "J. " end no sentence: a cut there split the name between two sections.
    const text = 'Dr. Anna Smith met Mr. Peskov and J. R. Ewing of the U.S. Senate in Vienna on Friday. '.repeat(2000);
    for (let max = 10_000; max < 10_100; max += 7) {
      for (const start of sectionStarts(text, max).slice(1)) expect(text.slice(start - 8, start)).toBe('Friday. ');
    }
    // No sentence end at all: at a space.
    const words = 'word '.repeat(5000);
    for (const start of sectionStarts(words, 1_001).slice(1)) expect(words[start - 1]).toBe(' ');
  });

  it('a text longer than a section is extracted in sections with valid offsets and merged entities', () => {
    const paragraph = `${ARTICLE}\n`;
    const text = paragraph.repeat(Math.ceil((SECTION_CHARS * 1.3) / paragraph.length));
    const doc = extract(text, { id: 'long', tokens: true });
    expectValidSpans(doc);
    expect(doc.id).toBe('long');
    const peskov = doc.entities.filter((entity) => entity.name === 'Dmitry Peskov');
    expect(peskov).toHaveLength(1);
    expect(peskov[0]?.mentions.at(-1)?.start).toBeGreaterThan(SECTION_CHARS);
    expect(new Set(doc.entities.map((entity) => entity.id)).size).toBe(doc.entities.length);
    const last = doc.quotes.at(-1);
    expect(last?.start).toBeGreaterThan(SECTION_CHARS);
    expect(doc.entities.some((entity) => entity.id === last?.speaker?.entity && entity.name === 'Dmitry Peskov')).toBe(
      true,
    );
    expect(doc.tokens?.at(-1)?.sentence).toBe(doc.sentences.length - 1);
  });

  it('an overlong sentence is decoded in windows: bounded work arrays, names found on both sides of each edge', () => {
    // One "sentence" of about 32,000 tokens (no full stop anywhere): decoded whole, its work arrays
    // alone took 2.7 KB a token (about 85 MB here), and are kept until the next document.
    const text = Array.from({ length: 4000 }, (_, i) => `and then Angela Merkel spoke ${i} times`).join(' ; ');
    const before = process.memoryUsage().arrayBuffers;
    const doc = extract(text);
    const grown = (process.memoryUsage().arrayBuffers - before) / 2 ** 20;
    expect(grown).toBeLessThan(40);
    expectValidSpans(doc);
    const merkel = doc.entities.find((entity) => entity.name === 'Angela Merkel');
    expect(merkel?.mentions.length).toBeGreaterThan(3900);
    expect(MAX_WINDOW).toBeLessThan(32_000);
  });
});
