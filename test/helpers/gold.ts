/** Loading the golden corpus: the articles and their gold annotations (format: corpus/README.md). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoldDocument } from '../../scripts/gold-author.js';
import type { NewsDocument } from '../../src/types.js';

export type { GoldDate, GoldDocument, GoldEntity, GoldQuote, GoldSpan } from '../../scripts/gold-author.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTICLES_DIR = `${PROJECT_ROOT}corpus/articles`;
export const GOLD_DIR = `${PROJECT_ROOT}corpus/gold`;
export const SHARED_CORPUS_DIR = `${PROJECT_ROOT}../shared/corpus`;

export interface GoldArticle {
  name: string;
  text: string;
  gold: GoldDocument;
}

export function articleNames(): string[] {
  return readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

export function loadGoldCorpus(): GoldArticle[] {
  return articleNames().map((name) => {
    const text = readFileSync(`${ARTICLES_DIR}/${name}`, 'utf8');
    const goldFile = `${GOLD_DIR}/${name.replace(/\.txt$/, '.json')}`;
    if (!existsSync(goldFile)) throw new Error(`no gold annotation for ${name} (expected ${goldFile})`);
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldDocument;
    return { name, text, gold };
  });
}

/** The gold annotation as the pipeline would output it: scoring gold against itself must be perfect. */
export function goldAsDocument({ name, text, gold }: GoldArticle): NewsDocument {
  return {
    id: name,
    text,
    meta: { boilerplate: [], ...(gold.publicationDate ? { date: gold.publicationDate } : {}) },
    sentences: [],
    entities: gold.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: [],
      roles: entity.roles,
      mentions: entity.mentions.map((mention) => ({ ...mention, type: entity.type })),
    })),
    quotes: gold.quotes.map((quote) => ({
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker: quote.speaker
        ? {
            start: quote.speaker.start,
            end: quote.speaker.end,
            text: quote.speaker.text,
            ...(quote.speaker.entity ? { entity: quote.speaker.entity } : {}),
          }
        : null,
      cue: quote.cue,
      confidence: 1,
    })),
    dates: gold.dates.map((date) => ({ ...date, resolved: true })),
  };
}
