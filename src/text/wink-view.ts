/**
 * The text as wink-nlp's tokenizer is given it. wink-nlp's word pattern knows Latin-1 letters and
 * the basic combining marks only: "Erdoğan" came out as "Erdo ğ an", "Netan\u00ADyahu" (a soft
 * hyphen) as "Netan ­ yahu". This view, of the text the pipeline analyses, hands wink-nlp
 * - letters past U+00FF as one Latin-1 stand-in each ("ğ" → "g", "ł" → "l", Greek or Cyrillic → "x"/"X"),
 *   so a word stays one word and keeps its shape (capital, length);
 * - the non-breaking hyphen (U+2011) as "-";
 * - no combining marks (text in NFD: "Nguye\u0302\u0303n" reads "Nguyen"), and no invisible
 *   character inside a word (soft hyphen, zero-width space, joiners, word joiner, BOM): it is
 *   removed, so "Netanyahu" is read as the word it is. Outside a word an invisible character is a space.
 * Latin-1 and ASCII text is handed over unchanged (the stock model's tokens and tags stay exactly
 * as they were). Offsets map back through `toOriginal`; a token ending before removed marks takes them.
 */
import { isInvisibleCode, latinStandIn } from './chars.js';

export interface WinkView {
  /** What wink-nlp reads. */
  readonly text: string;
  /**
   * Offset in the original text of each code unit of `text`, and the original length at the end;
   * undefined when nothing was removed (offsets are then the same).
   */
  readonly toOriginal: Int32Array | undefined;
  /** 1 at each original offset of a removed combining mark (a token ending just before it takes it). */
  readonly removedMark: Uint8Array | undefined;
}

const KEEP = 0;
const INVISIBLE = 1;
const MARK = 2;
const SUBSTITUTE = 3;
const HIGH_SURROGATE = 4;

const classes = new Map<number, number>();
const standIns = new Map<number, string>();

/** What the view does with one code unit past U+00FF (cached: a text repeats its few such letters). */
function classOf(code: number): number {
  let cls = classes.get(code);
  if (cls !== undefined) return cls;
  if (isInvisibleCode(code)) cls = INVISIBLE;
  else if (code === 0x2011) {
    cls = SUBSTITUTE;
    standIns.set(code, '-');
  } else if (code >= 0xd800 && code <= 0xdbff) cls = HIGH_SURROGATE;
  else if (code >= 0xdc00 && code <= 0xdfff) cls = KEEP;
  else {
    const char = String.fromCharCode(code);
    if (/\p{M}/u.test(char)) cls = MARK;
    else {
      const standIn = latinStandIn(char);
      if (standIn === undefined) cls = KEEP;
      else {
        cls = SUBSTITUTE;
        standIns.set(code, standIn);
      }
    }
  }
  classes.set(code, cls);
  return cls;
}

/** A letter, digit or mark: what a word is made of, on either side of an invisible character. */
function isWordCode(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  const point = text.codePointAt(at) ?? code;
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(point));
}

/** The nearest character before `at` (or after, with `step` 1) that is not invisible. */
function neighbourIsWord(text: string, at: number, step: 1 | -1): boolean {
  let k = at + step;
  while (k >= 0 && k < text.length && isInvisibleCode(text.charCodeAt(k))) k += step;
  if (step === -1 && k > 0 && text.charCodeAt(k) >= 0xdc00 && text.charCodeAt(k) <= 0xdfff) k -= 1;
  return k >= 0 && k < text.length && isWordCode(text, k);
}

function needsView(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xad) continue;
    if (code === 0xad) return true;
    // General punctuation (dashes, curly quotes, ellipsis) is the common non-Latin-1 character of news.
    if (code < 0x100 || (code >= 0x2012 && code <= 0x2027)) continue;
    if (classOf(code) !== KEEP) return true;
  }
  return false;
}

export function winkView(text: string): WinkView {
  if (!needsView(text)) return { text, toOriginal: undefined, removedMark: undefined };
  const out: string[] = [];
  const kept: number[] = [];
  let removedMark: Uint8Array | undefined;
  let removed = false;
  let runStart = 0;
  const flushRun = (end: number): void => {
    if (end > runStart) {
      out.push(text.slice(runStart, end));
      for (let k = runStart; k < end; k++) kept.push(k);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xad || (code > 0xad && code < 0x100)) continue;
    const cls = code === 0xad ? INVISIBLE : classOf(code);
    if (cls === KEEP) continue;
    if (cls === HIGH_SURROGATE) {
      const point = text.codePointAt(i) ?? code;
      if (point <= 0xffff) continue;
      const char = String.fromCodePoint(point);
      const isMark = /\p{M}/u.test(char);
      const isLetter = !isMark && /\p{L}/u.test(char);
      if (!isMark && !isLetter) {
        i += 1;
        continue;
      }
      flushRun(i);
      if (isMark) {
        removedMark ??= new Uint8Array(text.length);
        removedMark[i] = 1;
        removedMark[i + 1] = 1;
        removed = true;
      } else {
        out.push(/\p{Lu}/u.test(char) ? 'Xx' : 'xx');
        kept.push(i, i + 1);
      }
      i += 1;
      runStart = i + 1;
      continue;
    }
    flushRun(i);
    runStart = i + 1;
    if (cls === SUBSTITUTE) {
      out.push(standIns.get(code) ?? 'x');
      kept.push(i);
    } else if (cls === MARK) {
      removedMark ??= new Uint8Array(text.length);
      removedMark[i] = 1;
      removed = true;
    } else if (neighbourIsWord(text, i, -1) && neighbourIsWord(text, i, 1)) {
      removed = true; // an invisible character inside a word
    } else {
      out.push(' ');
      kept.push(i);
    }
  }
  flushRun(text.length);
  const viewText = out.join('');
  if (!removed) return { text: viewText, toOriginal: undefined, removedMark: undefined };
  const toOriginal = new Int32Array(kept.length + 1);
  for (let k = 0; k < kept.length; k++) toOriginal[k] = kept[k] ?? 0;
  toOriginal[kept.length] = text.length;
  return { text: viewText, toOriginal, removedMark };
}

/** The original offsets of a token at [start, end) of the view, with the marks that follow it. */
export function originalRange(view: WinkView, start: number, end: number): [number, number] {
  const map = view.toOriginal;
  if (!map) return [start, end];
  const from = map[start] ?? start;
  let to = end > start ? (map[end - 1] ?? end - 1) + 1 : from;
  const marks = view.removedMark;
  if (marks) while (to < marks.length && marks[to] === 1) to++;
  return [from, to];
}
