import type { DocumentDraft } from '../document.js';
import { NewsExtractError, type Tagger } from '../tagger.js';
import { tokenize } from '../text/tokenize.js';
import type { EntityType } from '../types.js';
import { emitLabel } from './emit.js';
import { foldToken } from './fold.js';

export interface GazetteerEntry {
  /** The phrase as it is usually written: "Kremlin", "New START Treaty". */
  phrase: string;
  /** An entity type (becomes an entity mention) or any other label (goes to `doc.spans[label]`). */
  type: EntityType | (string & {});
  /** Other spellings that mean the same thing: ["Kiev"] for "Kyiv". */
  variants?: readonly string[];
}

export interface GazetteerOptions {
  /** Stage name; default `gazetteer`. */
  name?: string;
  /** `{ phrase: type }` or a list of entries. */
  entries: Readonly<Record<string, string>> | readonly GazetteerEntry[];
  /** Match case exactly (default false: "kremlin" matches "Kremlin"). Diacritics and dashes always fold. */
  caseSensitive?: boolean;
  /** Default: before `entities`, so its entity types override the built-in recognisers. */
  before?: string;
  after?: string;
}

interface CompiledPhrase {
  tokens: string[];
  type: string;
}

/**
 * A tagger that finds phrases from a list, matching on token boundaries, longest match first.
 * Matching folds diacritics, dash variants and abbreviation periods, and by default case.
 */
export function gazetteerTagger(options: GazetteerOptions): Tagger {
  const name = options.name ?? 'gazetteer';
  const caseSensitive = options.caseSensitive ?? false;
  const entries: GazetteerEntry[] = Array.isArray(options.entries)
    ? [...(options.entries as readonly GazetteerEntry[])]
    : Object.entries(options.entries as Record<string, string>).map(([phrase, type]) => ({ phrase, type }));
  if (entries.length === 0) throw new NewsExtractError(`gazetteer "${name}" has no entries`);

  // Phrases are tokenized lazily with the same tokenizer as documents, so both split alike.
  let byFirstToken: Map<string, CompiledPhrase[]> | undefined;
  const compile = (): Map<string, CompiledPhrase[]> => {
    const index = new Map<string, CompiledPhrase[]>();
    for (const entry of entries) {
      if (typeof entry.phrase !== 'string' || typeof entry.type !== 'string' || !entry.type) {
        throw new NewsExtractError(`gazetteer "${name}": each entry needs a string phrase and type`);
      }
      for (const phrase of [entry.phrase, ...(entry.variants ?? [])]) {
        const tokens = tokenize(phrase).tokens.map((token) => foldToken(token.text, caseSensitive));
        const first = tokens[0];
        if (first === undefined) continue;
        const list = index.get(first) ?? [];
        list.push({ tokens, type: entry.type });
        index.set(first, list);
      }
    }
    for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    return index;
  };

  return {
    name,
    before: options.after ? undefined : (options.before ?? 'entities'),
    after: options.after,
    tag(doc: DocumentDraft) {
      byFirstToken ??= compile();
      const folded = doc.tokens.map((token) => foldToken(token.text, caseSensitive));
      for (let i = 0; i < doc.tokens.length; ) {
        const candidates = byFirstToken.get(folded[i] ?? '');
        const match = candidates?.find((phrase) =>
          phrase.tokens.every(
            (token, k) => folded[i + k] === token && doc.tokens[i + k]?.sentence === doc.tokens[i]?.sentence,
          ),
        );
        if (!match) {
          i += 1;
          continue;
        }
        const first = doc.tokens[i];
        const last = doc.tokens[i + match.tokens.length - 1];
        if (first && last) emitLabel(doc, name, match.type, first.start, last.end);
        i += match.tokens.length;
      }
    },
  };
}
