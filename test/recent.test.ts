/**
 * The recent-news evaluation set (eval/recent/): its anchor specs must resolve against the articles
 * in ../shared/datasets/webpages/, and its scorer must give the gold itself 100%. The resolver's
 * refusals are tested on a text written here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalValue, goldAsDocument, scorePage } from '../eval/recent/score.js';
import { type RecentSpec, resolveSpec } from '../eval/recent/spec.js';
import { RECENT_SPECS } from '../eval/recent/specs/index.js';
import { datasetsDir, prf } from '../eval/score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = `${datasetsDir(root)}/webpages`;
const haveShared = existsSync(pagesDir);

const TEXT = [
  'Mayor Ana Ortiz said the bridge would reopen on Monday after two weeks of repairs.',
  '“We are nearly done, and the crews have worked every night,” Ortiz told reporters.',
  'Ortiz said the bridge would reopen on Monday.',
].join('\n');

const base = (quotes: RecentSpec['quotes']): RecentSpec => ({
  page: 'own-text',
  referenceDate: '2024-05-02',
  entities: [{ id: 'ortiz', type: 'PERSON', name: 'Ana Ortiz', forms: ['Ana Ortiz', 'Ortiz'] }],
  quotes,
  dates: [{ text: 'two weeks', type: 'DURATION', value: 'P2W' }],
});

describe('recent-news anchors (own text)', () => {
  it('resolves a quote from its first and last words, with the speaker and cue nearest in its line', () => {
    const gold = resolveSpec(
      base([
        {
          kind: 'direct',
          from: 'We are nearly done,',
          to: 'worked every night,',
          speaker: { entity: 'ortiz', text: 'Ortiz' },
          cue: 'told',
        },
      ]),
      TEXT,
    );
    const [quote] = gold.quotes;
    expect(quote?.text).toBe('We are nearly done, and the crews have worked every night,');
    expect(TEXT.slice(quote?.speaker?.start, quote?.speaker?.end)).toBe('Ortiz');
    expect(quote?.speaker?.start).toBeGreaterThan(TEXT.indexOf('”'));
    expect(TEXT.slice(quote?.cue?.start, quote?.cue?.end)).toBe('told');
  });

  it('refuses an ambiguous start without an occurrence index, and takes the one it names', () => {
    const spec = base([
      {
        kind: 'indirect',
        from: 'the bridge would reopen on Monday',
        speaker: { entity: 'ortiz', text: 'Ortiz' },
        cue: 'said',
      },
    ]);
    expect(() => resolveSpec(spec, TEXT)).toThrow(/2 occurrences and no occ/);
    const second = resolveSpec(
      { ...spec, quotes: [{ ...(spec.quotes[0] as RecentSpec['quotes'][number]), occ: 1 }] },
      TEXT,
    );
    expect(second.quotes[0]?.start).toBe(TEXT.lastIndexOf('the bridge would reopen'));
  });

  it('refuses a missing end, an end on another line, and an anchor longer than eight words', () => {
    const quote = { kind: 'indirect' as const, speaker: null, cue: null };
    expect(() => resolveSpec(base([{ ...quote, from: 'the bridge would', occ: 0, to: 'never closed' }]), TEXT)).toThrow(
      /not found/,
    );
    expect(() => resolveSpec(base([{ ...quote, from: 'two weeks of repairs.', to: 'every night' }]), TEXT)).toThrow(
      /same line/,
    );
    expect(() =>
      resolveSpec(base([{ ...quote, from: 'the bridge would reopen on Monday after two weeks', occ: 0 }]), TEXT),
    ).toThrow(/more than 8 words/);
  });
});

describe('recent-news value comparison', () => {
  it('reads decades and centuries as years, and changes nothing else', () => {
    expect(canonicalValue('P1DE')).toBe(canonicalValue('P10Y'));
    expect(canonicalValue('P5DE')).toBe('P50Y');
    expect(canonicalValue('P1CE')).toBe('P100Y');
    expect(canonicalValue('PXDE')).toBe('PXDE');
    expect(canonicalValue('196')).toBe('196');
    expect(canonicalValue('P1DE')).not.toBe(canonicalValue('P1Y'));
  });
});

describe.skipIf(!haveShared)(
  `recent-news specs against ${haveShared ? pagesDir : `${pagesDir} (skipped: the shared datasets are absent here)`}`,
  () => {
    it('one spec per page of the dataset', () => {
      const pages = readdirSync(pagesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      expect(RECENT_SPECS.map((spec) => spec.page).sort()).toEqual(pages.sort());
    });

    for (const spec of RECENT_SPECS) {
      it(`${spec.page}: every anchor resolves, every span is exact, and the gold scores 100% against itself`, () => {
        const text = readFileSync(`${pagesDir}/${spec.page}/expected.txt`, 'utf8');
        const truth = JSON.parse(readFileSync(`${pagesDir}/${spec.page}/truth.json`, 'utf8')) as {
          date: string | null;
        };
        expect(spec.referenceDate).toBe(truth.date);
        const gold = resolveSpec(spec, text);
        const spans = [
          ...gold.entities.flatMap((e) => e.mentions),
          ...gold.quotes.flatMap((q) => [q, ...(q.speaker ? [q.speaker] : []), ...(q.cue ? [q.cue] : [])]),
          ...gold.dates,
        ];
        for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(gold.quotes.length).toBe(spec.quotes.length);
        const score = scorePage(gold, goldAsDocument(gold, text));
        expect(prf(score.quotes).f1).toBe(1);
        expect(score.speakerRight).toBe(score.matched);
        expect(score.kindRight).toBe(score.matched);
        expect(score.blockFound).toBe(score.blockGold);
        expect(score.dates.fp + score.dates.fn).toBe(0);
        expect(score.valueRight).toBe(score.dates.tp);
        expect(score.topTypeRight).toBe(score.topFound);
        expect(score.topFound).toBe(score.topGold);
        expect(score.splitAll + score.mergedAll).toBe(0);
      });
    }
  },
);
