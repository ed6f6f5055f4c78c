import { describe, expect, it } from 'vitest';
import { formatTable, matchSpans, overlapsShorter, prf, sameSpan } from '../eval/score.js';

describe('scoring', () => {
  it('computes precision, recall and F1, with the empty cases defined', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo(2 / 3, 10);
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(prf({ tp: 0, fp: 2, fn: 0 }).f1).toBe(0);
  });

  it('matches each gold and predicted span at most once, preferring the larger overlap', () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    const predicted = [
      { start: 5, end: 12 },
      { start: 0, end: 9 },
      { start: 40, end: 50 },
    ];
    const result = matchSpans(gold, predicted, (g, p) => overlapsShorter(g, p));
    expect(result.pairs).toEqual([[gold[0], predicted[1]]]);
    expect(result.counts).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(matchSpans(gold, predicted, sameSpan).counts.tp).toBe(0);
  });

  it('applies the half-of-the-shorter overlap rule', () => {
    expect(overlapsShorter({ start: 0, end: 10 }, { start: 5, end: 100 })).toBe(true);
    expect(overlapsShorter({ start: 0, end: 10 }, { start: 6, end: 100 })).toBe(false);
  });

  it('formats aligned tables', () => {
    expect(
      formatTable([
        ['type', 'F1'],
        ['PER', '90.1'],
      ]),
    ).toBe('type    F1\n----  ----\nPER   90.1');
  });
});
