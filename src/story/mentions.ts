import { foldName } from '../text/fold.js';
import type { StoryEntity } from './types.js';

/** Longest name, in words, looked for in a text ("Kremlin spokesperson Dmitry Sergeyevich Peskov" is rare). */
const MAX_NAME_WORDS = 6;

/**
 * Which story entities a piece of text names: a name or alias of the entity, folded as the linker folds
 * names ("U.S." = "US", "Orbán" = "Orban"), found as whole words that start with a capital or a digit
 * (so the pronoun "us" is not the United States). A possessive "'s" is dropped ("Putin's" names Putin).
 * The story report uses it to say which entities a statement or a dated sentence names.
 */
export function createEntityFinder(entities: readonly StoryEntity[]): (text: string) => string[] {
  const byName = new Map<string, string[]>();
  for (const entity of entities) {
    for (const name of new Set([entity.name, ...entity.aliases].map(foldName))) {
      if (name.length < 2 || name.split(' ').length > MAX_NAME_WORDS) continue;
      const ids = byName.get(name);
      if (!ids) byName.set(name, [entity.id]);
      else if (!ids.includes(entity.id)) ids.push(entity.id);
    }
  }
  return (text) => {
    const words = wordsOf(text);
    const found = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      if (!words[i]!.capital) continue;
      let name = '';
      for (let j = i; j < Math.min(words.length, i + MAX_NAME_WORDS); j++) {
        name = j === i ? words[j]!.folded : `${name} ${words[j]!.folded}`;
        for (const id of byName.get(name) ?? []) found.add(id);
      }
    }
    return [...found];
  };
}

function wordsOf(text: string): { folded: string; capital: boolean }[] {
  const words: { folded: string; capital: boolean }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’]*/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    const capital = /^[\p{Lu}\p{N}]/u.test(word);
    for (const part of foldName(word).split(' ')) if (part !== '') words.push({ folded: part, capital });
  }
  return words;
}
