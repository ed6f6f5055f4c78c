import { describe, expect, it } from 'vitest';
import {
  aggregate,
  createPipeline,
  linkBySharedIds,
  QUOTE_SIMILARITY_THRESHOLD,
  quoteSimilarity,
} from '../src/index.js';
import { linkByName } from '../src/story/link.js';
import { timexSortKey } from '../src/story/timeline.js';
import { expectValidSpans } from './helpers/spans.js';
import { makeDoc, storyDocs } from './story-fixtures.js';

describe('aggregate: entities across articles', () => {
  const story = aggregate(storyDocs);

  it('links a surname to the one full name that ends with it, and gathers roles and counts', () => {
    const peskov = story.entities.filter((entity) => /Peskov/.test(entity.name));
    expect(peskov).toHaveLength(1);
    expect(peskov[0]).toMatchObject({
      type: 'PERSON',
      name: 'Dmitry Peskov',
      roles: ['Kremlin spokesperson', 'Kremlin spokesman'],
      occurrences: [
        { article: 'a', entity: 'e1', mentions: 2 },
        { article: 'b', entity: 'e1', mentions: 2 },
      ],
      mentions: 4,
    });
    expect(story.entities[0]?.id).toBe('s1');
    expect(story.entities[0]?.name).toBe('Dmitry Peskov');
  });

  it('links the same place named in two articles, and keeps different places apart', () => {
    const hungary = story.entities.find((entity) => entity.name === 'Hungary');
    expect(hungary?.occurrences.map((occurrence) => occurrence.article)).toEqual(['a', 'b']);
    expect(story.entities.find((entity) => entity.name === 'Budapest')?.occurrences).toHaveLength(1);
  });

  it('folds abbreviation periods and diacritics, but leaves an ambiguous surname unlinked', () => {
    const docs = [
      makeDoc({
        id: 'x',
        text: 'The U.S. and Viktor Orbán. Trump spoke.',
        entities: [
          { id: 'e1', type: 'GPE', name: 'U.S.', mentions: ['U.S.'] },
          { id: 'e2', type: 'PERSON', name: 'Viktor Orbán', mentions: ['Viktor Orbán'] },
          { id: 'e3', type: 'PERSON', name: 'Trump', mentions: ['Trump'] },
        ],
      }),
      makeDoc({
        id: 'y',
        text: 'The US and Viktor Orban. Donald Trump and Melania Trump.',
        entities: [
          { id: 'e1', type: 'GPE', name: 'US', mentions: ['US'] },
          { id: 'e2', type: 'PERSON', name: 'Viktor Orban', mentions: ['Viktor Orban'] },
          { id: 'e3', type: 'PERSON', name: 'Donald Trump', mentions: ['Donald Trump'] },
          { id: 'e4', type: 'PERSON', name: 'Melania Trump', mentions: ['Melania Trump'] },
        ],
      }),
    ];
    const keys = linkByName(docs);
    expect(keys[0]![0]).toBe(keys[1]![0]);
    expect(keys[0]![1]).toBe(keys[1]![1]);
    expect([keys[1]![2], keys[1]![3]]).not.toContain(keys[0]![2]);
    expect(aggregate(docs).entities).toHaveLength(5);
  });

  it('links through the entity layer by default (transliterations: Sergey = Sergei)', () => {
    const docs = [
      makeDoc({
        id: 'x',
        text: 'Sergey Lavrov spoke.',
        entities: [{ id: 'e1', type: 'PERSON', name: 'Sergey Lavrov', mentions: ['Sergey Lavrov'] }],
      }),
      makeDoc({
        id: 'x',
        text: 'Sergei Lavrov spoke.',
        entities: [{ id: 'e1', type: 'PERSON', name: 'Sergei Lavrov', mentions: ['Sergei Lavrov'] }],
      }),
    ];
    expect(aggregate(docs, { linker: linkByName }).entities).toHaveLength(2);
    const linked = aggregate(docs).entities;
    expect(linked).toHaveLength(1);
    expect(linked[0]?.occurrences).toHaveLength(2);
  });

  it('uses another linker when given one (shared ids, as linkEntities produces)', () => {
    const docs = [
      makeDoc({
        id: 'x',
        text: 'Peskov spoke.',
        entities: [{ id: 'g7', type: 'PERSON', name: 'Peskov', mentions: ['Peskov'] }],
      }),
      makeDoc({
        id: 'y',
        text: 'The spokesman spoke.',
        entities: [{ id: 'g7', type: 'PERSON', name: 'The spokesman', mentions: ['The spokesman'] }],
      }),
    ];
    expect(aggregate(docs).entities).toHaveLength(2);
    const linked = aggregate(docs, { linker: linkBySharedIds }).entities;
    expect(linked).toHaveLength(1);
    expect(linked[0]?.occurrences.map((occurrence) => occurrence.article)).toEqual(['x', 'y']);
  });
});

describe('aggregate: statements by speaker across outlets', () => {
  const story = aggregate(storyDocs);

  it('merges near-identical wordings from different outlets into one statement, with offsets', () => {
    const peskov = story.speakers.find((speaker) => speaker.name === 'Dmitry Peskov');
    expect(peskov?.entity).toBe(story.entities.find((entity) => entity.name === 'Dmitry Peskov')?.id);
    const merged = peskov?.statements.find((statement) => statement.versions.length > 1);
    expect(merged?.articles).toEqual(['a', 'b', 'c']);
    for (const version of merged?.versions ?? []) {
      const doc = storyDocs.find((candidate) => candidate.id === version.article)!;
      expect(doc.text.slice(version.start, version.end)).toBe(version.text);
      expect(version.text).toMatch(/take place within two weeks or a little later/);
    }
  });

  it('lists first what most outlets carry', () => {
    for (const speaker of story.speakers) {
      const reach = speaker.statements.map((statement) => statement.articles.length);
      expect(reach).toEqual([...reach].sort((a, b) => b - a));
    }
    expect(story.speakers[0]?.statements[0]?.articles).toHaveLength(3);
  });

  it('keeps a different statement of the same speaker apart', () => {
    const peskov = story.speakers.find((speaker) => speaker.name === 'Dmitry Peskov');
    expect(peskov?.statements).toHaveLength(2);
    expect(peskov?.statements[1]?.text).toBe('Much work remains before the leaders meet.');
  });

  it('gives statements unique ids and leaves no unattributed group when every quote found a speaker', () => {
    const ids = story.speakers.flatMap((speaker) => speaker.statements.map((statement) => statement.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(story.speakers.some((speaker) => speaker.name === 'unattributed')).toBe(false);
  });

  it('lists quotes without a speaker apart when no outlet attributes them', () => {
    const lone = makeDoc({
      id: 'z',
      text: 'Someone wrote: “Nothing here matches anything else at all.”',
      quotes: [{ text: 'Nothing here matches anything else at all.' }],
    });
    const result = aggregate([...storyDocs, lone]);
    expect(result.speakers.at(-1)).toMatchObject({ entity: null, name: 'unattributed' });
    expect(result.speakers.at(-1)?.statements[0]?.articles).toEqual(['z']);
  });
});

describe('aggregate: timeline', () => {
  const story = aggregate(storyDocs);

  it('sorts anchored dates earliest first, with every sentence that mentions them', () => {
    expect(story.timeline.map((entry) => entry.value)).toEqual(['2025-10-16', '2025-10-17']);
    const friday = story.timeline[1]!;
    expect(friday.mentions.map((mention) => mention.article)).toEqual(['a', 'c']);
    for (const mention of friday.mentions) {
      expect(mention.sentence?.text).toContain(mention.text);
      expect(mention.sentence!.start).toBeLessThanOrEqual(mention.start);
    }
  });

  it('lists durations and unresolved values apart', () => {
    expect(story.unresolved.map((entry) => entry.value)).toEqual(['P2W', 'XXXX-XX-XX']);
    expect(story.unresolved[0]?.mentions).toHaveLength(2);
  });

  it('orders TIMEX3 values of different granularity by where they start, coarser first', () => {
    const values = ['2025-10-16', '2025-W42', '2025-10', '2025-Q4', '2025-10-16T09:30', '2024', '2025-W42-5'];
    const sorted = [...values].sort((a, b) => {
      const x = timexSortKey(a)!;
      const y = timexSortKey(b)!;
      return x.start < y.start ? -1 : x.start > y.start ? 1 : x.precision - y.precision;
    });
    expect(sorted).toEqual(['2024', '2025-Q4', '2025-10', '2025-W42', '2025-10-16', '2025-10-16T09:30', '2025-W42-5']);
    expect(timexSortKey('XXXX-WXX-1')).toBeNull();
    expect(timexSortKey('PRESENT_REF')).toBeNull();
  });

  it('returns an empty story for no documents', () => {
    expect(aggregate([])).toEqual({ articles: [], entities: [], speakers: [], timeline: [], unresolved: [] });
  });
});

describe('aggregate: documents one at a time', () => {
  it('takes any iterable (a generator, extractMany) and tells the story the array tells', () => {
    let handed = 0;
    function* one(): Generator<(typeof storyDocs)[number]> {
      for (const doc of storyDocs) {
        handed += 1;
        yield doc;
      }
    }
    expect(aggregate(one())).toEqual(aggregate(storyDocs));
    expect(handed).toBe(storyDocs.length);
    expect(aggregate(new Set(storyDocs))).toEqual(aggregate(storyDocs));
    const pipeline = createPipeline({ referenceDate: '2025-10-17' });
    const texts = storyDocs.map((doc) => ({ id: doc.id, text: doc.text, tokens: true }));
    expect(aggregate(pipeline.extractMany(texts))).toEqual(aggregate([...pipeline.extractMany(texts)]));
  });

  it('gives a custom linker whole documents, and refuses what is not a list of documents', () => {
    const texts: string[] = [];
    aggregate(new Set(storyDocs), {
      linker: (docs) => {
        texts.push(...docs.map((doc) => doc.text));
        return linkBySharedIds(docs);
      },
    });
    expect(texts).toEqual(storyDocs.map((doc) => doc.text));
    for (const bad of [null, 42, { length: 1 }]) {
      expect(() => aggregate(bad as never)).toThrow(/aggregate\(\) expects an array or an iterable/);
    }
  });
});

describe('aggregate: offsets', () => {
  it('points every statement version and date mention into its own article', () => {
    for (const doc of storyDocs) expectValidSpans(doc);
    const story = aggregate(storyDocs);
    const textOf = (id: string) => storyDocs.find((doc) => doc.id === id)!.text;
    const spans = [
      ...story.speakers.flatMap((speaker) => speaker.statements.flatMap((statement) => statement.versions)),
      ...[...story.timeline, ...story.unresolved].flatMap((entry) =>
        entry.mentions.flatMap((mention) => [
          mention,
          ...(mention.sentence ? [{ ...mention.sentence, article: mention.article }] : []),
        ]),
      ),
    ];
    expect(spans.length).toBeGreaterThan(10);
    for (const span of spans) expect(textOf(span.article).slice(span.start, span.end)).toBe(span.text);
  });
});

describe('aggregate: statement index', () => {
  it('groups quotes exactly as comparing every pair would (prefix and size filters lose nothing)', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const vocabulary =
      'we will meet soon talks could take place within two weeks or later the summit is near no need to wait'.split(
        ' ',
      );
    const sentence = () =>
      `${Array.from({ length: 3 + random(8) }, () => vocabulary[random(vocabulary.length)]).join(' ')}.`;
    const quotes = Array.from({ length: 160 }, () => (random(3) === 0 ? `${sentence()} ${sentence()}` : sentence()));
    const docs = quotes.map((quote, i) =>
      makeDoc({
        id: `d${i}`,
        text: `Peskov said: “${quote}”`,
        entities: [{ id: 'e1', type: 'PERSON', name: 'Peskov', mentions: ['Peskov'] }],
        quotes: [{ text: quote, speaker: 'Peskov', entity: 'e1' }],
      }),
    );
    const story = aggregate(docs);
    const indexed = story.speakers[0]!.statements.map((statement) =>
      statement.versions.map((version) => version.article),
    );

    const clusters: number[][] = [];
    quotes.forEach((quote, i) => {
      let best: { cluster: number[]; score: number } | null = null;
      for (const cluster of clusters) {
        const score = Math.max(...cluster.map((j) => quoteSimilarity(quotes[j]!, quote)));
        if (score >= QUOTE_SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { cluster, score };
      }
      if (best) best.cluster.push(i);
      else clusters.push([i]);
    });
    // Same clusters with the same members in the same order (statements are listed by reach, so sort them).
    const byFirst = (a: string[], b: string[]) => Number(a[0]!.slice(1)) - Number(b[0]!.slice(1));
    expect([...indexed].sort(byFirst)).toEqual(clusters.map((cluster) => cluster.map((i) => `d${i}`)));
    expect(clusters.length).toBeGreaterThan(5);
    expect(clusters.length).toBeLessThan(150);
  });
});

describe('quote similarity', () => {
  it('puts two outlets’ wordings of one statement above the measured threshold', () => {
    expect(
      quoteSimilarity(
        'It could indeed take place within two weeks or a little later',
        'It really could take place within two weeks or a little later',
      ),
    ).toBeGreaterThanOrEqual(QUOTE_SIMILARITY_THRESHOLD);
    expect(
      quoteSimilarity('“Preparations are underway,” he said.', 'preparations are UNDERWAY'),
    ).toBeGreaterThanOrEqual(QUOTE_SIMILARITY_THRESHOLD);
  });

  it('matches an outlet that quotes one sentence more by the sentence they share', () => {
    const longer =
      'It could indeed take place within two weeks or a little later. There ' +
      'is a general understanding that there is no need to put anything off.';
    expect(
      quoteSimilarity(longer, 'It really could take place within two weeks or a little later'),
    ).toBeGreaterThanOrEqual(QUOTE_SIMILARITY_THRESHOLD);
    // A short shared sentence ("No." / "We will see.") is not a piece: it would match too easily.
    expect(
      quoteSimilarity(
        'We will see. The talks on trade start in May.',
        'We will see. Nobody knows who will win the vote.',
      ),
    ).toBeLessThan(QUOTE_SIMILARITY_THRESHOLD);
  });

  it('puts different statements on one topic below it', () => {
    expect(
      quoteSimilarity(
        'It could indeed take place within two weeks or a little later',
        'There is still a lot of work to do before the meeting',
      ),
    ).toBeLessThan(QUOTE_SIMILARITY_THRESHOLD);
    expect(quoteSimilarity('', '')).toBe(0);
  });
});
