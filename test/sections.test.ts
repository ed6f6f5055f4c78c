/**
 * The long-text merger keeps what the sections found on compact tapes (src/tape.ts), not as objects:
 * what it reads back must equal what went in, key order and odd values included, and it must hold
 * no object of a section's document once the section is added.
 */
import { describe, expect, it } from 'vitest';
import { SectionMerger } from '../src/sections.js';
import { Tape } from '../src/tape.js';
import type { NewsDocument } from '../src/types.js';

function roundTrip(text: string, values: readonly unknown[]): unknown[] {
  const tape = new Tape(text);
  for (const value of values) tape.write(value);
  const out: unknown[] = [];
  for (const reader = tape.reader(); !reader.done; ) out.push(reader.read());
  return out;
}

class Box {
  constructor(readonly value: number) {}
}

describe('Tape', () => {
  const text = 'Kremlin spokesperson Dmitry Peskov said on Friday.';

  it('reads back equal values: key order, numbers of every kind, constants, nesting', () => {
    const values = [
      { start: 21, end: 34, text: 'Dmitry Peskov', type: 'PERSON' },
      { text: 'Peskov', start: 28, end: 34 },
      { start: 0, end: 7, text: 'not the slice' },
      { kind: 'direct', confidence: 0.85, speaker: { start: 21, end: 34, text: 'Dmitry Peskov', entity: 'e1' } },
      { cue: null, rule: undefined, resolved: true, other: false },
      { big: 2 ** 40, negative: -5, small: -(2 ** 28) + 1, huge: -(2 ** 31), zero: -0, nan: Number.NaN },
      { interval: { start: '2025-01-01', end: '2025-01-31' }, list: [1, 'two', [3], { four: 4 }], empty: [] },
      'a string',
      42,
      null,
    ];
    const out = roundTrip(text, values);
    expect(out).toStrictEqual(values);
    expect(out.map((value) => JSON.stringify(value))).toEqual(values.map((value) => JSON.stringify(value)));
    expect(Object.is((out[5] as { zero: number }).zero, -0)).toBe(true);
  });

  it('keeps what it cannot take apart by reference, and a "__proto__" key as an own property', () => {
    const box = new Box(3);
    const bare = Object.assign(Object.create(null), { start: 0, end: 7, text: 'Kremlin' });
    const symbolic = { [Symbol('tag')]: 1, start: 0 };
    const [outBox, outBare, outSymbolic] = roundTrip(text, [box, bare, symbolic]);
    expect(outBox).toBe(box);
    expect(outBare).toBe(bare);
    expect(outSymbolic).toBe(symbolic);
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "start": 0}') as Record<string, unknown>;
    const [outHostile] = roundTrip(text, [hostile]) as Record<string, unknown>[];
    expect(Object.getPrototypeOf(outHostile)).toBe(Object.prototype);
    expect(Object.keys(outHostile ?? {})).toEqual(['__proto__', 'start']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it("stores no copy of a span's text that is the slice of the whole text between its offsets", () => {
    const long = 'word '.repeat(20_000);
    const tape = new Tape(long);
    for (let i = 0; i < 20_000; i++) tape.write({ start: i * 5, end: i * 5 + 4, text: 'word', type: 'X' });
    // One string interned (the type); five codes a span: its shape, three values and a mark for the text.
    expect(tape.internedStrings).toBe(1);
    expect(tape.size).toBe(100_000);
    const reader = tape.reader();
    expect(reader.read()).toStrictEqual({ start: 0, end: 4, text: 'word', type: 'X' });
  });
});

describe('SectionMerger', () => {
  const text = 'Peskov said on Friday. '.repeat(4);
  const part = (): NewsDocument => ({
    id: 'part',
    text: text.slice(0, 23),
    meta: { boilerplate: [] },
    sentences: [{ start: 0, end: 22, text: 'Peskov said on Friday.' }],
    entities: [
      {
        id: 'e1',
        type: 'PERSON',
        name: 'Peskov',
        aliases: [],
        roles: [],
        mentions: [{ start: 0, end: 6, text: 'Peskov', type: 'PERSON' }],
      },
    ],
    quotes: [],
    dates: [
      {
        start: 15,
        end: 21,
        text: 'Friday',
        type: 'DATE',
        value: '2025-10-17',
        resolved: true,
        interval: { start: '2025-10-17', end: '2025-10-17' },
      },
    ],
    spans: { numbers: [{ start: 7, end: 11, text: 'said', data: { list: [1] } } as never] },
  });

  it('holds no object of a section once it is added: changing the section afterwards changes nothing', () => {
    const merger = new SectionMerger('whole', text);
    const parts = [part(), part()];
    merger.add(parts[0]!, 0);
    merger.add(parts[1]!, 23);
    for (const added of parts) {
      (added.dates[0]!.interval as { start: string }).start = 'changed';
      ((added.spans!['numbers']![0] as unknown as { data: { list: number[] } }).data.list as number[]).push(2);
      (added.entities[0]!.mentions[0] as { type: string }).type = 'ORG';
    }
    const doc = merger.finish();
    expect(doc.dates.map((date) => date.interval?.start)).toEqual(['2025-10-17', '2025-10-17']);
    expect(doc.dates.map((date) => date.start)).toEqual([15, 38]);
    expect(doc.spans?.['numbers']?.map((span) => (span as unknown as { data: unknown }).data)).toEqual([
      { list: [1] },
      { list: [1] },
    ]);
    expect(doc.entities).toHaveLength(1);
    expect(doc.entities[0]?.mentions).toStrictEqual([
      { start: 0, end: 6, text: 'Peskov', type: 'PERSON' },
      { start: 23, end: 29, text: 'Peskov', type: 'PERSON' },
    ]);
    for (const span of [...doc.sentences, ...doc.dates]) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
