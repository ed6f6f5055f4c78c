import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeWeights, type FeatureWeights } from '../src/entities/model/encode.js';
import { type PackedModel, PackedWeights, readVarints } from '../src/entities/model/packed.js';

const TAGS = 17;
const SCALE = 0.5;

function uint32Base64(values: readonly number[]): string {
  const buffer = Buffer.alloc(values.length * 4);
  for (const [i, value] of values.entries()) buffer.writeUInt32LE(value, i * 4);
  return buffer.toString('base64');
}

function model(features: readonly FeatureWeights[], trained: readonly [number, number][] = []): PackedModel {
  return {
    format: 2,
    scale: SCALE,
    temperature: 3,
    ...encodeWeights(features),
    trainedKeys: uint32Base64(trained.map(([key]) => key)),
    trainedBits: Buffer.from(trained.map(([, bits]) => bits)).toString('base64'),
  };
}

function scores(table: PackedWeights, key: number): number[] {
  const out = new Float64Array(TAGS);
  table.addTo(key, out);
  return [...out];
}

// Keys at the ends of the uint32 range and gaps of every varint length; values at the int16 limits.
const FEATURES: FeatureWeights[] = [
  { key: 0, weights: [[0, 1]] },
  { key: 127, weights: [[16, -1]] },
  {
    key: 128,
    weights: [
      [0, 32767],
      [1, -32768],
      [16, 255],
    ],
  },
  {
    key: 2 ** 21 + 5,
    weights: [
      [3, -256],
      [4, 256],
    ],
  },
  { key: 2 ** 28 + 1, weights: [[7, 1000]] },
  { key: 2 ** 32 - 1, weights: [[15, -7]] },
];

describe('the NER weights format (format 2: gaps, tag masks, byte planes)', () => {
  it('reads LEB128 numbers up to 2^32 - 1', () => {
    const bytes = Uint8Array.from([0x00, 0x7f, 0x80, 0x01, 0xe5, 0x8e, 0x26, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect([...readVarints(bytes)]).toEqual([0, 127, 128, 624485, 2 ** 32 - 1]);
  });

  it('gives back every weight it was given, and nothing for other features', () => {
    const table = new PackedWeights(model(FEATURES, [[42, 0b101]]));
    expect(table.features).toBe(FEATURES.length);
    expect(table.temperature).toBe(3);
    for (const feature of FEATURES) {
      const expected = new Array<number>(TAGS).fill(0);
      for (const [tag, value] of feature.weights) expected[tag] = value * SCALE;
      expect(scores(table, feature.key), `feature ${feature.key}`).toEqual(expected);
    }
    expect(scores(table, 1)).toEqual(new Array<number>(TAGS).fill(0));
    expect(scores(table, 2 ** 32 - 2)).toEqual(new Array<number>(TAGS).fill(0));
    expect(table.trainedTypes(42)).toBe(0b101);
    expect(table.trainedTypes(43)).toBe(0);
  });

  it('refuses features out of order and values outside int16', () => {
    expect(() => encodeWeights([FEATURES[1]!, FEATURES[0]!])).toThrow(/after/);
    expect(() =>
      encodeWeights([
        {
          key: 1,
          weights: [
            [2, 5],
            [1, 5],
          ],
        },
      ]),
    ).toThrow(/out of order/);
    expect(() => encodeWeights([{ key: 1, weights: [[2, 40000]] }])).toThrow(/value/);
  });

  it('says so when the data is damaged or in another format', () => {
    const good = model(FEATURES);
    const values = Buffer.from(good.values, 'base64');
    const shorter = values.subarray(0, values.length - 4).toString('base64');
    expect(() => new PackedWeights({ ...good, values: shorter })).toThrow(/fewer values than tags/);
    const longer = Buffer.concat([values, values]).toString('base64');
    expect(() => new PackedWeights({ ...good, values: longer })).toThrow(/more values than tags/);
    expect(() => new PackedWeights({ ...good, tags: good.tags.slice(0, 4) })).toThrow(/tag mask/);
    expect(() => new PackedWeights({ ...good, format: 1 } as unknown as PackedModel)).toThrow(/format 1, expected 2/);
  });

  it('is the form of the shipped weights', () => {
    const file = new URL('../src/entities/model/weights.json', import.meta.url);
    const shipped = JSON.parse(readFileSync(file, 'utf8')) as PackedModel;
    const fields = ['format', 'scale', 'temperature', 'keys', 'tags', 'values', 'trainedKeys', 'trainedBits'];
    expect(Object.keys(shipped)).toEqual(fields);
    expect(shipped.format).toBe(2);
    expect(new PackedWeights(shipped).features).toBeGreaterThan(50_000);
  });
});
