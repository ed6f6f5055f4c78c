import { linkEntities } from '../entities/crossdoc.js';
import { foldName } from '../text/fold.js';
import type { Entity, EntityType, NewsDocument } from '../types.js';
import type { CrossDocumentLinker } from './types.js';

/**
 * The default linker: the entity layer's `linkEntities(docs)` (lexicon canonical forms, transliteration
 * keys, surnames, initials). Documents are passed under their positions as ids, so that two inputs
 * that happen to share an id are never mistaken for one document.
 */
export const linkWithEntityLayer: CrossDocumentLinker = (docs) => {
  const linked = linkEntities(docs.map((doc, index) => ({ ...doc, id: String(index) })));
  return docs.map((doc, index) =>
    doc.entities.map((entity) => linked.ids[String(index)]?.[entity.id] ?? `${index}:${entity.id}`),
  );
};

/**
 * A dependency-free linker by names alone (what the story view used before the entity layer's
 * `linkEntities` existed; kept for callers who want only exact name matches): entities of one type
 * family are the same thing when a folded name or alias of one equals a folded
 * name or alias of the other ("U.S." = "US", "Orbán" = "Orban"), and a one-word PERSON name
 * ("Peskov") joins the only multi-word PERSON of the story that ends with it ("Dmitry Peskov").
 */
export const linkByName: CrossDocumentLinker = (docs) => {
  const nodes: { doc: number; index: number; entity: Entity }[] = [];
  for (const [docIndex, doc] of docs.entries()) {
    for (const [index, entity] of doc.entities.entries()) nodes.push({ doc: docIndex, index, entity });
  }
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byName = new Map<string, number>();
  nodes.forEach((node, i) => {
    for (const name of [node.entity.name, ...node.entity.aliases]) {
      const key = `${typeFamily(node.entity.type)}|${foldName(name)}`;
      if (foldName(name) === '') continue;
      const seen = byName.get(key);
      if (seen === undefined) byName.set(key, i);
      else union(seen, i);
    }
  });

  // A surname alone links to the one full name ending in it; with two candidates ("Trump" with
  // "Donald Trump" and "Melania Trump") it stays apart rather than guessing.
  const fullBySurname = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'PERSON') return;
    const words = foldName(node.entity.name).split(' ');
    if (words.length < 2) return;
    const surname = words[words.length - 1]!;
    const roots = fullBySurname.get(surname) ?? new Set<number>();
    roots.add(find(i));
    fullBySurname.set(surname, roots);
  });
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'PERSON') return;
    const words = foldName(node.entity.name).split(' ');
    if (words.length !== 1) return;
    const roots = new Set([...(fullBySurname.get(words[0]!) ?? [])].map(find));
    if (roots.size === 1) union(i, [...roots][0]!);
  });

  const keys: string[][] = docs.map(() => []);
  nodes.forEach((node, i) => {
    keys[node.doc]![node.index] = `k${find(i)}`;
  });
  return keys;
};

/**
 * Adapter for documents whose entity ids are already shared across documents (the output of the entity
 * layer's `linkEntities(docs)`): the id is the key.
 */
export const linkBySharedIds: CrossDocumentLinker = (docs: readonly NewsDocument[]) =>
  docs.map((doc) => doc.entities.map((entity) => entity.id));

/** GPE and LOC name the same places across outlets ("Hungary" as a country or a place). */
function typeFamily(type: EntityType): string {
  return type === 'GPE' || type === 'LOC' ? 'PLACE' : type;
}
