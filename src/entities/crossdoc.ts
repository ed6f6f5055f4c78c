import type { Entity, EntityType, NewsDocument } from '../types.js';
import { phraseLookup } from './lookup.js';
import { foldNameWord, nameKey, transliterationKey } from './names.js';

/**
 * Cross-document linking: the same person or place in several articles gets one corpus id, under
 * transliteration and spelling variants. Documents keep their own entity ids (`e1`, `e2`, ...); the
 * result maps each document's ids to corpus ids (`E1`, `E2`, ...) and lists the corpus entities.
 *
 * Rules (general, not a list of the examples):
 * 1. same type and a shared key: each name and alias is keyed by the lexicon's canonical form when it
 *    has one ("U.S." = "US" = "United States", "Kiev" = "Kyiv") or else by its transliteration key
 *    (diacritics folded, y → i, w → v, ie → i, doubled letters collapsed: "Zelensky" = "Zelenskiy" =
 *    "Zelenskyy", "Sergey Lavrov" = "Sergei Lavrov", "Orban" = "Orbán");
 * 2. people with a full name: same surname key, and first names whose keys are equal or where one is
 *    the other's initial ("V. Putin" = "Vladimir Putin");
 * 3. a person known in one document by a surname alone joins the one person with that surname
 *    elsewhere (whatever type that document guessed, unless a list knows the word); when two
 *    different people share it, it stays apart.
 */
export interface CorpusEntity {
  /** `E1`, `E2`, ... in order of first appearance. */
  readonly id: string;
  readonly type: EntityType;
  /** The fullest name any document uses. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  /** Where it appears: the document's id and the entity's id within that document. */
  readonly occurrences: ReadonlyArray<{ readonly document: string; readonly entity: string }>;
}

export interface LinkedCorpus {
  readonly entities: readonly CorpusEntity[];
  /** Document id → the document's entity id → corpus entity id. */
  readonly ids: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

interface Item {
  readonly document: string;
  readonly entity: Entity;
  readonly keys: ReadonlySet<string>;
  /** Person names: word keys of the fullest name. */
  readonly nameWords: readonly string[];
}

function splitWords(name: string): string[] {
  return name.split(/[\s\u00a0]+/).filter(Boolean);
}

function keysOf(entity: Entity): Set<string> {
  const keys = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    const canonical = phraseLookup(form)?.canonical;
    if (canonical) keys.add(`=${foldNameWord(canonical)}`);
    const key = nameKey(splitWords(form));
    if (key) keys.add(key);
  }
  return keys;
}

function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  // "V." → key "v": an initial matches any first name that starts with it.
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

export function linkEntities(docs: readonly NewsDocument[]): LinkedCorpus {
  const items: Item[] = [];
  for (const doc of docs) {
    for (const entity of doc.entities) {
      items.push({
        document: doc.id,
        entity,
        keys: keysOf(entity),
        nameWords: entity.type === 'PERSON' ? splitWords(entity.name).map(transliterationKey).filter(Boolean) : [],
      });
    }
  }

  const parent = items.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const next = parent[parent[i] ?? i] ?? i;
      parent[i] = next;
      i = next;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Rule 1: shared keys within a type.
  const byKey = new Map<string, number>();
  items.forEach((item, index) => {
    for (const key of item.keys) {
      const typed = `${item.entity.type}|${key}`;
      const other = byKey.get(typed);
      if (other === undefined) byKey.set(typed, index);
      else union(other, index);
    }
  });

  // Rule 2: full names with the same surname and compatible first names.
  const bySurname = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.nameWords.length < 2) return;
    const surname = item.nameWords[item.nameWords.length - 1] ?? '';
    const list = bySurname.get(surname) ?? [];
    for (const other of list) {
      const first = items[other]?.nameWords[0] ?? '';
      if (compatibleFirstNames(first, item.nameWords[0] ?? '')) union(other, index);
    }
    list.push(index);
    bySurname.set(surname, list);
  });

  // Rule 3: a bare surname joins the one person who has it, whatever type a document gave it when no
  // list knows the word ("Zelenskyy" alone in a sentence, guessed to be an organisation).
  items.forEach((item, index) => {
    const words = splitWords(item.entity.name);
    if (words.length !== 1 || (item.entity.type !== 'PERSON' && phraseLookup(item.entity.name))) return;
    const holders = new Set((bySurname.get(transliterationKey(words[0] ?? '')) ?? []).map(find));
    if (holders.size === 1) union([...holders][0] ?? index, index);
  });

  const groups = new Map<number, Item[]>();
  items.forEach((item, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });

  const entities: CorpusEntity[] = [];
  // Keys are document and entity ids, which come from input: objects without a prototype, so that an
  // id "__proto__" is a key like any other and does not reach (and pollute) Object.prototype.
  const ids: Record<string, Record<string, string>> = Object.create(null);
  for (const doc of docs) ids[doc.id] ??= Object.create(null);
  [...groups.values()].forEach((group, index) => {
    const id = `E${index + 1}`;
    // The fullest name, and the type of the entity that bears it.
    let fullest = group[0];
    for (const item of group) {
      if (fullest && splitWords(item.entity.name).length > splitWords(fullest.entity.name).length) fullest = item;
    }
    const name = fullest?.entity.name ?? '';
    const aliases = new Set<string>();
    const roles: string[] = [];
    for (const item of group) {
      for (const form of [item.entity.name, ...item.entity.aliases]) if (form !== name) aliases.add(form);
      for (const role of item.entity.roles) {
        if (!roles.some((known) => known.toLowerCase() === role.toLowerCase())) roles.push(role);
      }
      ids[item.document] ??= Object.create(null);
      (ids[item.document] as Record<string, string>)[item.entity.id] = id;
    }
    entities.push({
      id,
      type: fullest?.entity.type ?? 'PERSON',
      name,
      aliases: [...aliases],
      roles,
      occurrences: group.map((item) => ({ document: item.document, entity: item.entity.id })),
    });
  });
  return { entities, ids };
}
