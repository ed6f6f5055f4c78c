import { describe, expect, it } from 'vitest';
import {
  createPipeline,
  type DocumentDraft,
  extract,
  gazetteerTagger,
  patternTagger,
  type Tagger,
  TaggerError,
} from '../src/index.js';
import { renderPretty } from '../src/render/pretty.js';

const ARTICLE = 'Kremlin spokesperson Dmitry Peskov told reporters on Friday that talks went well.';

describe('pipeline', () => {
  it('runs the built-in stages in order', () => {
    expect(createPipeline().stages).toEqual(['clean', 'tokenize', 'entities', 'quotes', 'dates']);
  });

  it('places custom taggers before or after named stages, and at the end by default', () => {
    const seen: string[] = [];
    const probe = (name: string, placement: Partial<Pick<Tagger, 'before' | 'after'>> = {}): Tagger => ({
      name,
      ...placement,
      tag: (doc) => {
        seen.push(`${name}:${doc.tokens.length > 0 ? 'tokens' : 'no-tokens'}`);
      },
    });
    const pipeline = createPipeline({ taggers: [probe('last'), probe('early', { before: 'tokenize' })] });
    pipeline.use(probe('late', { after: 'tokenize' }));
    expect(pipeline.stages).toEqual(['clean', 'early', 'tokenize', 'late', 'entities', 'quotes', 'dates', 'last']);
    pipeline.extract(ARTICLE);
    expect(seen).toEqual(['early:no-tokens', 'late:tokens', 'last:tokens']);
  });

  it('rejects unknown anchors, duplicate names and malformed taggers with clear errors', () => {
    const pipeline = createPipeline();
    expect(() => pipeline.use({ name: 'x', tag() {} }, { after: 'nope' })).toThrow(/no such stage.*clean, tokenize/);
    expect(() => pipeline.use({ name: 'dates', tag() {} })).toThrow(/already in the pipeline/);
    expect(() => pipeline.use({ name: '', tag() {} })).toThrow(/non-empty `name`/);
    expect(() => pipeline.use({ name: 'y' } as unknown as Tagger)).toThrow(/tag\(doc\)/);
  });

  it('names the tagger that throws', () => {
    const pipeline = createPipeline({
      taggers: [
        {
          name: 'broken',
          after: 'tokenize',
          tag: () => {
            throw new Error('boom');
          },
        },
      ],
    });
    let caught: unknown;
    try {
      pipeline.extract(ARTICLE);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TaggerError);
    expect((caught as TaggerError).tagger).toBe('broken');
    expect((caught as Error).message).toBe('news-extract: tagger "broken" failed: boom');
  });

  it('can leave built-in stages out', () => {
    const pipeline = createPipeline({ disable: ['quotes', 'dates'] });
    expect(pipeline.stages).toEqual(['clean', 'tokenize', 'entities']);
    const doc = pipeline.extract(ARTICLE);
    expect(doc.quotes).toEqual([]);
    expect(doc.dates).toEqual([]);
  });

  it('can run the entity stage without its learned model, per pipeline or per call', () => {
    // Cricket clubs named after their counties: only the model reads "beat" as a match between teams.
    const text = 'Leicestershire beat Somerset by an innings at Grace Road on Friday.';
    const types = (doc: ReturnType<typeof extract>) => doc.entities.map((entity) => `${entity.name}:${entity.type}`);
    expect(types(extract(text))).toEqual(['Leicestershire:ORG', 'Somerset:ORG', 'Grace Road:FAC']);
    const listsOnly = ['Leicestershire:GPE', 'Somerset:GPE'];
    expect(types(createPipeline({ entities: { model: false } }).extract(text))).toEqual(listsOnly);
    expect(types(extract(text, { entities: { model: false } }))).toEqual(listsOnly);
    // Titles and lists need no model.
    expect(types(extract('Finance Minister Kallistrat Oberlinsky resigned.', { entities: { model: false } }))).toEqual([
      'Kallistrat Oberlinsky:PERSON',
    ]);
  });

  it('rejects non-string input with a clear error and returns an empty document for empty text', () => {
    expect(() => extract(undefined as unknown as string)).toThrow(
      /news-extract: extract\(\) expects a string, got undefined/,
    );
    const empty = extract('');
    expect(empty).toMatchObject({ text: '', sentences: [], entities: [], quotes: [], dates: [] });
    expect(extract('   \n\n  ').sentences).toEqual([]);
  });

  it('extractMany yields one document per input, in order, with ids', () => {
    const docs = [...createPipeline().extractMany(['One text.', { text: 'Two text.', id: 'second' }, 'Three.'])];
    expect(docs.map((doc) => doc.id)).toEqual(['doc1', 'second', 'doc3']);
    expect(docs[1]?.text).toBe('Two text.');
  });

  it('includes tokens only when asked, and output is JSON-serialisable', () => {
    expect(extract(ARTICLE).tokens).toBeUndefined();
    const doc = extract(ARTICLE, { tokens: true });
    expect(doc.tokens?.length).toBeGreaterThan(10);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('gazetteer tagger', () => {
  const text =
    'Officials at the kremlin met Orbán in Kiev. The U.S. envoy and the US team left, Putin–Trump talks resumed.';

  function spansOf(
    doc: { text: string; spans?: Record<string, readonly { start: number; end: number; text: string }[]> },
    label: string,
  ) {
    return (doc.spans?.[label] ?? []).map((span) => span.text);
  }

  it('matches case-insensitively across diacritics, abbreviation periods and dash variants', () => {
    const pipeline = createPipeline({
      disable: ['entities', 'quotes', 'dates'],
      taggers: [
        gazetteerTagger({
          entries: [
            { phrase: 'Kremlin', type: 'INSTITUTION' },
            { phrase: 'Orban', type: 'LEADER' },
            { phrase: 'Kyiv', type: 'CITY', variants: ['Kiev'] },
            { phrase: 'US', type: 'COUNTRY' },
            { phrase: 'Putin-Trump', type: 'PAIR' },
          ],
        }),
      ],
    });
    const doc = pipeline.extract(text);
    expect(spansOf(doc, 'INSTITUTION')).toEqual(['kremlin']);
    expect(spansOf(doc, 'LEADER')).toEqual(['Orbán']);
    expect(spansOf(doc, 'CITY')).toEqual(['Kiev']);
    expect(spansOf(doc, 'COUNTRY')).toEqual(['U.S.', 'US']);
    expect(spansOf(doc, 'PAIR')).toEqual(['Putin–Trump']);
  });

  it('respects caseSensitive and prefers the longest phrase', () => {
    const pipeline = createPipeline({
      disable: ['entities', 'quotes', 'dates'],
      taggers: [gazetteerTagger({ caseSensitive: true, entries: { Kremlin: 'A', 'U.S. envoy': 'B', 'U.S.': 'C' } })],
    });
    const doc = pipeline.extract(text);
    expect(spansOf(doc, 'A')).toEqual([]);
    expect(spansOf(doc, 'B')).toEqual(['U.S. envoy']);
    // Abbreviation periods fold even when case does not: "U.S." still matches "US".
    expect(spansOf(doc, 'C')).toEqual(['US']);
  });

  it('adds entity types as locked mentions for the entity stage, before it by default', () => {
    let locked: DocumentDraft['mentions'] = [];
    const pipeline = createPipeline({
      taggers: [
        gazetteerTagger({ entries: { 'New START': 'LAW' } }),
        {
          name: 'spy',
          before: 'entities',
          tag: (doc) => {
            locked = [...doc.mentions];
          },
        },
      ],
    });
    expect(pipeline.stages.indexOf('gazetteer')).toBeLessThan(pipeline.stages.indexOf('entities'));
    pipeline.extract('Both sides discussed New START on Monday.');
    expect(locked).toEqual([
      expect.objectContaining({ text: 'New START', type: 'LAW', locked: true, source: 'gazetteer' }),
    ]);
  });

  it('fails clearly on an empty or malformed list', () => {
    expect(() => gazetteerTagger({ entries: {} })).toThrow(/no entries/);
    const pipeline = createPipeline({
      taggers: [gazetteerTagger({ entries: [{ phrase: 3 as unknown as string, type: 'X' }] })],
    });
    expect(() => pipeline.extract('text')).toThrow(/tagger "gazetteer" failed: .*string phrase/);
  });
});

describe('pattern tagger', () => {
  it('labels matches, trims whitespace, supports groups, and skips boilerplate lines', () => {
    const text = 'Read #Budapest2025 and mail press@kremlin.ru today.\nFollow us on Google News #Skipped';
    const pipeline = createPipeline({
      disable: ['entities', 'quotes', 'dates'],
      taggers: [
        patternTagger({
          patterns: [
            { pattern: /#\w+/, type: 'HASHTAG' },
            { pattern: '[\\w.]+@([\\w.]+\\w)', type: 'DOMAIN', group: 1 },
          ],
        }),
      ],
    });
    const doc = pipeline.extract(text);
    expect(doc.spans?.HASHTAG?.map((span) => span.text)).toEqual(['#Budapest2025']);
    expect(doc.spans?.DOMAIN?.map((span) => span.text)).toEqual(['kremlin.ru']);
    expect(doc.meta.boilerplate.map((span) => span.text)).toEqual(['Follow us on Google News #Skipped']);
  });

  it('rejects an invalid pattern when created', () => {
    expect(() => patternTagger({ patterns: [{ pattern: '(unclosed', type: 'X' }] })).toThrow(/invalid pattern/);
  });
});

describe('the README custom tagger example', () => {
  it('works as documented', () => {
    const numbers: Tagger = {
      name: 'numeric-sentences',
      after: 'tokenize',
      tag(doc) {
        const numeric = new Set(doc.tokens.filter((token) => token.kind === 'number').map((token) => token.sentence));
        doc.spans['NUMERIC_SENTENCE'] = doc.sentences.filter((_, index) => numeric.has(index));
      },
    };
    const pipeline = createPipeline({
      taggers: [patternTagger({ patterns: [{ pattern: /#\w+/u, type: 'HASHTAG' }] })],
    });
    pipeline.use(numbers);
    const doc = pipeline.extract('The index jumped 4.5% on Friday. Markets were calm.');
    expect(doc.spans?.NUMERIC_SENTENCE).toEqual([{ start: 0, end: 32, text: 'The index jumped 4.5% on Friday.' }]);
  });
});

describe('pretty output', () => {
  it("puts quotation marks around direct and partial quotes only, never doubling a mixed quote's own", () => {
    const text =
      'He said “We are ready.” She called it “historic”. They said the talks were “very productive” and long.';
    const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });
    const doc = extract(text);
    const quotes = [
      { ...span('We are ready.'), kind: 'direct' as const, speaker: null, cue: null, confidence: 1 },
      { ...span('historic'), kind: 'partial' as const, speaker: null, cue: null, confidence: 1 },
      {
        ...span('the talks were “very productive” and long'),
        kind: 'mixed' as const,
        speaker: null,
        cue: null,
        confidence: 1,
      },
    ];
    const out = renderPretty({ ...doc, quotes });
    expect(out).toContain('(direct) “We are ready.”');
    expect(out).toContain('(partial) “historic”');
    expect(out).toContain('(mixed) the talks were “very productive” and long');
  });
});
