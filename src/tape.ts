/**
 * A compact store for the plain data a long text's sections produce (sections.ts): objects are written
 * as 32-bit codes into fixed-size chunks instead of being kept as objects, and read back as equal
 * objects (same keys in the same order, same values) when the whole text is done.
 *
 * Why: V8 lets its old generation grow to about four times the data that survived the last full
 * collection before it collects again. While a 20 MB text is extracted, every section's work becomes
 * garbage, so the heap's peak is set by what stays live between sections: the merged result. Kept as
 * objects that was 91 MB (one 20 MB text: 402,000 mentions, 84,000 quotes, 136,000 sentences, each a
 * span object with its own copy of its text); kept here it is a few bytes a value, and a span's text is
 * not kept at all when it is the slice of the whole text between its offsets (the invariant every
 * span keeps): it is sliced again on reading.
 *
 * A value takes one code: a tag in the low 3 bits and a payload above it (an integer, or an index into
 * the interned strings, the shapes, the other numbers or the values kept as they are). An object is
 * its shape (its keys, interned) followed by its values; an array is its length followed by its
 * elements. Only plain objects and arrays are taken apart: anything else (a class instance, a
 * null-prototype object, an object with symbol keys) is kept by reference, as a shallow copy would.
 */

const TAG_INT = 0;
const TAG_NUMBER = 1;
const TAG_STRING = 2;
const TAG_SLICE = 3;
const TAG_OBJECT = 4;
const TAG_ARRAY = 5;
const TAG_CONSTANT = 6;
const TAG_KEPT = 7;

/** Integers that fit the payload of a code (29 bits with the sign); others go to `numbers`. */
const MAX_PAYLOAD = 2 ** 28 - 1;
const CONSTANTS = [null, undefined, false, true] as const;
const CHUNK = 1 << 16;

function isPlainObject(value: object): value is Record<string, unknown> {
  return Object.getPrototypeOf(value) === Object.prototype && Object.getOwnPropertySymbols(value).length === 0;
}

function isPlainArray(value: object): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

export class Tape {
  private readonly chunks: Int32Array[] = [];
  private chunk = new Int32Array(0);
  private length = 0;
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly shapes: string[][] = [];
  private readonly shapeIndex = new Map<string, number>();
  private numbers = new Float64Array(256);
  private numberCount = 0;
  private readonly kept: unknown[] = [];

  /** @param text the whole text: a span's text equal to its slice of it is not stored. */
  constructor(private readonly text: string) {}

  /** How many codes are written. */
  get size(): number {
    return this.length;
  }

  /** How many distinct strings are kept (span texts that are slices of the whole text are not). */
  get internedStrings(): number {
    return this.strings.length;
  }

  /** Writes a raw integer (a count or an index the caller reads back with `readInt`). */
  writeInt(value: number): void {
    this.push(value | 0);
  }

  write(value: unknown): void {
    switch (typeof value) {
      case 'number':
        if (Number.isInteger(value) && Math.abs(value) <= MAX_PAYLOAD && !Object.is(value, -0)) {
          this.code(TAG_INT, value);
        } else {
          if (this.numberCount === this.numbers.length) {
            const grown = new Float64Array(this.numbers.length * 2);
            grown.set(this.numbers);
            this.numbers = grown;
          }
          this.numbers[this.numberCount] = value;
          this.code(TAG_NUMBER, this.numberCount++);
        }
        return;
      case 'string':
        this.code(TAG_STRING, this.intern(value));
        return;
      case 'boolean':
        this.code(TAG_CONSTANT, value ? 3 : 2);
        return;
      case 'undefined':
        this.code(TAG_CONSTANT, 1);
        return;
      case 'object':
        if (value === null) this.code(TAG_CONSTANT, 0);
        else if (isPlainArray(value)) {
          this.code(TAG_ARRAY, value.length);
          for (let i = 0; i < value.length; i++) this.write(value[i]);
        } else if (isPlainObject(value)) this.writeObject(value);
        else this.keep(value);
        return;
      default:
        this.keep(value);
    }
  }

  private writeObject(value: Record<string, unknown>): void {
    const keys = Object.keys(value);
    const signature = keys.join('\u0000');
    let shape = this.shapeIndex.get(signature);
    if (shape === undefined) {
      shape = this.shapes.length;
      this.shapes.push(keys);
      this.shapeIndex.set(signature, shape);
    }
    this.code(TAG_OBJECT, shape);
    let start: unknown;
    let end: unknown;
    for (const key of keys) {
      const field = value[key];
      if (key === 'start') start = field;
      else if (key === 'end') end = field;
      else if (key === 'text' && this.isSlice(field, start, end)) {
        this.code(TAG_SLICE, 0);
        continue;
      }
      this.write(field);
    }
  }

  /** `text` is the whole text's slice between `start` and `end` (both read before it). */
  private isSlice(text: unknown, start: unknown, end: unknown): boolean {
    return (
      typeof text === 'string' &&
      typeof start === 'number' &&
      typeof end === 'number' &&
      Number.isInteger(start) &&
      start >= 0 &&
      end - start === text.length &&
      this.text.startsWith(text, start)
    );
  }

  private keep(value: unknown): void {
    this.code(TAG_KEPT, this.kept.length);
    this.kept.push(value);
  }

  private intern(value: string): number {
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(value);
      this.stringIndex.set(value, index);
    }
    return index;
  }

  private code(tag: number, payload: number): void {
    this.push(payload * 8 + tag);
  }

  private push(code: number): void {
    const at = this.length & (CHUNK - 1);
    if (at === 0) {
      this.chunk = new Int32Array(CHUNK);
      this.chunks.push(this.chunk);
    }
    this.chunk[at] = code;
    this.length += 1;
  }

  /** A reader from the first code; reading does not change the tape. */
  reader(): TapeReader {
    return new TapeReader(this.chunks, this.length, this.text, this.strings, this.shapes, this.numbers, this.kept);
  }
}

export class TapeReader {
  private position = 0;

  constructor(
    private readonly chunks: readonly Int32Array[],
    private readonly length: number,
    private readonly text: string,
    private readonly strings: readonly string[],
    private readonly shapes: readonly (readonly string[])[],
    private readonly numbers: Float64Array,
    private readonly kept: readonly unknown[],
  ) {}

  get done(): boolean {
    return this.position >= this.length;
  }

  private next(): number {
    if (this.position >= this.length) throw new Error('read past the end of the tape');
    const code = this.chunks[this.position >>> 16]?.[this.position & (CHUNK - 1)] ?? 0;
    this.position += 1;
    return code;
  }

  readInt(): number {
    return this.next();
  }

  read(): unknown {
    const code = this.next();
    const tag = code & 7;
    const payload = (code - tag) / 8;
    switch (tag) {
      case TAG_INT:
        return payload;
      case TAG_NUMBER:
        return this.numbers[payload];
      case TAG_STRING:
        return this.strings[payload];
      case TAG_ARRAY: {
        const array: unknown[] = [];
        for (let i = 0; i < payload; i++) array.push(this.read());
        return array;
      }
      case TAG_OBJECT:
        return this.readObject(this.shapes[payload] ?? []);
      case TAG_CONSTANT:
        return CONSTANTS[payload];
      case TAG_KEPT:
        return this.kept[payload];
      default:
        throw new Error(`a slice outside an object at ${this.position - 1}`);
    }
  }

  private readObject(keys: readonly string[]): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (const key of keys) {
      const code = this.chunks[this.position >>> 16]?.[this.position & (CHUNK - 1)] ?? 0;
      let value: unknown;
      if ((code & 7) === TAG_SLICE) {
        this.position += 1;
        value = this.text.slice(object['start'] as number, object['end'] as number);
      } else value = this.read();
      // A key "__proto__" from a custom tagger's data is an own property, as it was, not a prototype.
      if (key === '__proto__') {
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      } else object[key] = value;
    }
    return object;
  }
}
