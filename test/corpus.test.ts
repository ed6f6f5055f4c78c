/**
 * The golden corpus itself: the articles are the exact bytes the gold offsets were computed on, and
 * every gold annotation is well formed (offsets, references, no overlapping mentions, TIMEX3 values,
 * nothing annotated in boilerplate or metadata).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGold, formatGold } from '../scripts/gold-author.js';
import { GOLD_SPECS } from '../scripts/gold-specs.js';
import { cleanText } from '../src/text/clean.js';
import { ENTITY_TYPES } from '../src/types.js';
import {
  ARTICLES_DIR,
  articleNames,
  GOLD_DIR,
  type GoldSpan,
  loadGoldCorpus,
  SHARED_CORPUS_DIR,
} from './helpers/gold.js';
import { isTimexValue, TIMEX_MODS } from './helpers/timex.js';

/** SHA-256 of each article, recorded from ../shared/corpus when the gold was written. */
const ARTICLE_SHA256: Readonly<Record<string, string>> = {
  '000_5e81eadb501b83ed.txt': '8f918fe913621cde00eba0a0b02081048e230a4f4dfb9e14f55ed1a1a5964ddb',
  '001_23b18e1518e5071c.txt': '17041e937b3db4100770b9174d206af1ae860e85360b53e1e9e220b68b295c19',
  '002_21979369e48d99d7.txt': '49e480e935f76dce9a05132438afcfc42d71d70222c95af14f186680a2d8bc08',
  '003_3ae1a21b16b637e7.txt': 'b7d692d36006490b1c947b59ff727e5618d4327365451ff7bd19d5cf3a202d72',
  '004_f658a7a708eed7e6.txt': 'a4fa0abb4856c4bf28574076a6178e3652bdf45903a728982fd8d61159c6271e',
};

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const corpus = loadGoldCorpus();

describe('corpus articles', () => {
  it('are exactly the recorded articles, byte for byte', () => {
    expect(articleNames()).toEqual(Object.keys(ARTICLE_SHA256));
    for (const [name, hash] of Object.entries(ARTICLE_SHA256)) {
      expect(sha256(readFileSync(`${ARTICLES_DIR}/${name}`)), name).toBe(hash);
    }
  });

  const haveShared = existsSync(SHARED_CORPUS_DIR);
  const sharedNote = haveShared ? '' : ` (skipped: no shared corpus at ${SHARED_CORPUS_DIR})`;
  it.runIf(haveShared)(`match the shared corpus byte for byte${sharedNote}`, () => {
    const shared = readdirSync(SHARED_CORPUS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(shared).toEqual(articleNames());
    for (const name of shared) {
      expect(readFileSync(`${ARTICLES_DIR}/${name}`).equals(readFileSync(`${SHARED_CORPUS_DIR}/${name}`)), name).toBe(
        true,
      );
    }
  });

  it('each have one gold file, and no gold file lacks its article', () => {
    const gold = readdirSync(GOLD_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(gold).toEqual(articleNames().map((name) => name.replace(/\.txt$/, '.json')));
    for (const { name, gold: annotation } of corpus) expect(annotation.article).toBe(name);
  });
});

describe('gold files', () => {
  it('are exactly what scripts/gold-author.ts builds from the specs (edit the specs, then --write)', () => {
    expect(GOLD_SPECS.map((spec) => spec.article)).toEqual(articleNames());
    for (const spec of GOLD_SPECS) {
      const text = readFileSync(`${ARTICLES_DIR}/${spec.article}`, 'utf8');
      const file = readFileSync(`${GOLD_DIR}/${spec.article.replace(/\.txt$/, '.json')}`, 'utf8');
      expect(file, spec.article).toBe(`${formatGold(buildGold(spec, text))}\n`);
    }
  });
});

describe.each(corpus)('gold annotation of $name', ({ text, gold }) => {
  const { meta, analysisText } = cleanText(text);
  const spans: Array<[string, GoldSpan]> = [
    ...gold.entities.flatMap((e) => e.mentions.map((m): [string, GoldSpan] => [`mention of ${e.id}`, m])),
    ...gold.quotes.flatMap((q) => {
      const out: Array<[string, GoldSpan]> = [['quote', q]];
      if (q.speaker) out.push(['speaker', q.speaker]);
      if (q.cue) out.push(['cue', q.cue]);
      return out;
    }),
    ...gold.dates.map((d): [string, GoldSpan] => ['date', d]),
  ];

  it('has every span on the article text, none empty', () => {
    for (const [what, span] of spans) {
      expect(span.start, `${what} ${span.text}`).toBeGreaterThanOrEqual(0);
      expect(span.end, `${what} ${span.text}`).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end), what).toBe(span.text);
    }
  });

  it('annotates nothing in metadata fields or boilerplate lines', () => {
    // The clean stage blanks those to spaces in the analysis text; an annotated span must survive intact.
    for (const [what, span] of spans) expect(analysisText.slice(span.start, span.end), what).toBe(span.text);
  });

  it('records the publication date the article gives', () => {
    expect(gold.publicationDate).toBe(meta.date ?? null);
  });

  it('has unique entity ids, OntoNotes types, and mentions that never overlap', () => {
    const ids = gold.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entity of gold.entities) {
      expect(ENTITY_TYPES).toContain(entity.type);
      expect(entity.name).not.toBe('');
      expect(entity.mentions.length, entity.id).toBeGreaterThan(0);
    }
    const mentions = gold.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    for (let i = 1; i < mentions.length; i++) {
      const [previous, current] = [mentions[i - 1]!, mentions[i]!];
      expect(
        current.start,
        `${previous.text}@${previous.start} overlaps ${current.text}@${current.start}`,
      ).toBeGreaterThanOrEqual(previous.end);
    }
  });

  it('has quotes whose speakers name gold entities (or none), apart from their content', () => {
    const ids = new Set(gold.entities.map((e) => e.id));
    for (const quote of gold.quotes) {
      expect(['direct', 'partial', 'mixed', 'indirect']).toContain(quote.kind);
      if (quote.speaker?.entity) expect(ids, quote.text).toContain(quote.speaker.entity);
      for (const part of [quote.speaker, quote.cue]) {
        if (part)
          expect(part.end <= quote.start || part.start >= quote.end, `${part.text} inside "${quote.text}"`).toBe(true);
      }
    }
  });

  it('has dates with TIMEX3 types, values and modifiers, none overlapping', () => {
    for (const date of gold.dates) {
      expect(isTimexValue(date.type, date.value), `${date.text}: ${date.type} ${date.value}`).toBe(true);
      if (date.mod !== undefined) expect(TIMEX_MODS.has(date.mod), date.mod).toBe(true);
      // An undated article cannot have a fully specified value unless the text spells the year out.
      if (!gold.publicationDate && /^\d{4}-\d{2}/.test(date.value)) expect(date.text).toMatch(/\d{4}/);
    }
    const sorted = [...gold.dates].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  });
});

describe('the TIMEX3 value checker', () => {
  it('accepts the value grammar and rejects what is not in it', () => {
    for (const [type, value] of [
      ['DATE', '2025-10-16'],
      ['DATE', 'XXXX-WXX-1'],
      ['DATE', 'XXXX-10-16'],
      ['DATE', '2025-W42'],
      ['DATE', '2025'],
      ['DATE', 'PRESENT_REF'],
      ['DATE', '199X'],
      ['DATE', '2013-Q1'],
      ['DATE', '2012-SU'],
      ['TIME', '2025-10-16T14:30'],
      ['TIME', '1998-02-22TAF'],
      ['DURATION', 'P2W'],
      ['DURATION', 'PXW'],
      ['DURATION', 'PT2H'],
      ['DURATION', 'P1Y6M'],
      ['SET', 'XXXX-WXX-1'],
      ['SET', 'P1W'],
    ] as const) {
      expect(isTimexValue(type, value), `${type} ${value}`).toBe(true);
    }
    for (const [type, value] of [
      ['DATE', '2025-13-01'],
      ['DATE', 'Monday'],
      ['DATE', 'P2W'],
      ['DURATION', '2025-10-16'],
      ['DURATION', 'P'],
      ['DATE', '25-10-16'],
      ['TIME', 'T25:00'],
    ] as const) {
      expect(isTimexValue(type, value), `${type} ${value}`).toBe(false);
    }
  });
});
