import { describe, expect, it } from 'vitest';
import { genderOf } from '../src/entities/gender.js';
import { lookupPhrase } from '../src/entities/lexicon/index.js';
import {
  createPipeline,
  extract,
  gazetteerTagger,
  linkEntities,
  type NewsDocument,
  quoteSimilarity,
} from '../src/index.js';
import { plainSpelling, visibleForm } from '../src/text/chars.js';
import { tokenize } from '../src/text/tokenize.js';
import { brokenInvariants } from './invariants.js';

/**
 * Real-world characters (issue #14): any Unicode letter or mark is part of a word, invisible
 * characters inside a word never split it, names match their plain spellings, and every offset
 * still points into the caller's string.
 */
function checked(text: string): NewsDocument {
  const doc = extract(text, { tokens: true });
  expect(brokenInvariants(doc, text)).toEqual([]);
  return doc;
}

const words = (text: string): string[] => tokenize(text).tokens.map((token) => token.text);
const mentionTexts = (doc: NewsDocument): string[] =>
  doc.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('letters past Latin-1', () => {
  it('keeps Latin Extended, Vietnamese, Greek and Cyrillic words whole', () => {
    for (const word of [
      'Erdoğan',
      'Wałęsa',
      'Whangārei',
      'Ngātiwai',
      'Māori',
      'Şahin',
      'Țiriac',
      'Mărculescu',
      'Đoković',
      'Nguyễn',
      'Ngũgĩ',
      'Gödöllő',
      'Dvořák',
      'Kırıkkale',
      'δημοκρατία',
      'Путин',
      'Øvergaard',
      'Straße',
    ]) {
      expect(words(`They met ${word} on Monday.`)).toEqual(['They', 'met', word, 'on', 'Monday', '.']);
    }
  });

  it('finds the person and the quote in "President Erdoğan said the talks went well."', () => {
    const doc = checked('President Erdoğan said the talks went well.');
    expect(mentionTexts(doc)).toEqual(['Erdoğan']);
    expect(doc.quotes.map((quote) => [quote.text, quote.speaker?.text])).toEqual([
      ['the talks went well', 'President Erdoğan'],
    ]);
  });

  it('finds names with macrons whole ("Whangārei", not "Whang"), and "Māori"', () => {
    const doc = checked('The port of Whangārei reopened on Monday, officials said.');
    expect(mentionTexts(doc)).toContain('Whangārei');
    const groups = checked('Māori leaders met in Whangārei on Monday.');
    expect(groups.entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['Māori', 'NORP'],
      ['Whangārei', 'GPE'],
    ]);
    expect(mentionTexts(doc).some((text) => text === 'Whang' || text === 'rei')).toBe(false);
  });

  it('reads text in NFD: combining marks stay inside their word and its offsets', () => {
    const name = 'Nguyễn Văn Thành'.normalize('NFD');
    const doc = checked(`${name} said the harvest was late.`);
    expect(words(`${name} said`)).toEqual([...name.split(' '), 'said']);
    expect(doc.quotes[0]?.speaker?.text).toBe(name);
  });

  it('keeps apostrophes and hyphens inside names', () => {
    const doc = checked('Siobhan O’Rourke flew to N’Djamena with Jean-Claude Juncker to meet Abdel Fattah al-Sisi.');
    expect(mentionTexts(doc)).toEqual(['Siobhan O’Rourke', 'N’Djamena', 'Jean-Claude Juncker', 'Abdel Fattah al-Sisi']);
  });
});

describe('invisible characters inside a word', () => {
  it.each([
    ['a soft hyphen', '\u00ad'],
    ['a zero-width space', '\u200b'],
    ['a zero-width non-joiner', '\u200c'],
    ['a zero-width joiner', '\u200d'],
    ['a word joiner', '\u2060'],
    ['a byte-order mark', '\ufeff'],
  ])('never split it: %s', (_name, mark) => {
    const text = `Netan${mark}yahu met Vladi${mark}mir Putin in Moscow.`;
    const tokens = tokenize(text).tokens;
    expect(tokens.map((token) => token.text)).toEqual([
      `Netan${mark}yahu`,
      'met',
      `Vladi${mark}mir`,
      'Putin',
      'in',
      'Moscow',
      '.',
    ]);
    expect(tokens[0]?.norm).toBe('netanyahu');
    const doc = checked(text);
    expect(mentionTexts(doc)).toEqual([`Netan${mark}yahu`, `Vladi${mark}mir Putin`, 'Moscow']);
    expect(doc.entities.find((entity) => entity.name === `Vladi${mark}mir Putin`)?.type).toBe('PERSON');
  });

  it('reads the non-breaking hyphen as a hyphen', () => {
    expect(words('Jean\u2011Claude Juncker spoke.')).toEqual(
      words('Jean-Claude Juncker spoke.').map((word) => (word === '-' ? '\u2011' : word)),
    );
    expect(plainSpelling('Jean\u2011Claude')).toBe('Jean-Claude');
  });

  it('leaves a zero-width space between words a separator', () => {
    expect(words('He left.\u200bShe stayed.')).toEqual(['He', 'left', '.', 'She', 'stayed', '.']);
    expect(words('soft\u00ad hyphen')).toEqual(['soft', 'hyphen']);
  });
});

describe('plain spellings', () => {
  it('folds diacritics, letters without a decomposition and invisible characters', () => {
    expect(plainSpelling('Wałęsa Øvergaard Đoković Straße Netan\u00adyahu')).toBe(
      'Walesa Overgaard Dokovic Strasse Netanyahu',
    );
    expect(visibleForm('Nguye\u0302\u0303n Netan\u00adyahu')).toBe('Nguyễn Netanyahu');
  });

  it('match the lists: gazetteers, user gazetteers and first names', () => {
    expect(lookupPhrase('Kraków')?.canonical).toBe('Krakow');
    expect(lookupPhrase('Gdańsk')?.canonical).toBe('Gdansk');
    const pipeline = createPipeline({
      taggers: [gazetteerTagger({ entries: { Netanyahu: 'PERSON', 'Lech Walesa': 'PERSON' } })],
    });
    const doc = pipeline.extract('Lech Wałęsa met Netan\u00adyahu.');
    expect(doc.entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['Lech Wałęsa', 'PERSON'],
      ['Netan\u00adyahu', 'PERSON'],
    ]);
    expect(genderOf('Zoë Ball')).toBe('female');
    expect(genderOf('Zo\u00ade Ball')).toBe('female');
  });

  it('link across documents with the plain spelling', () => {
    const pipeline = createPipeline();
    const docs: NewsDocument[] = [
      ...pipeline.extractMany([
        { id: 'a', text: 'President Recep Tayyip Erdoğan spoke in Ankara on Monday.' },
        { id: 'b', text: 'Recep Tayyip Erdogan left Ankara for talks. Erdogan said the talks went well.' },
        { id: 'c', text: 'Former president Lech Wałęsa spoke in Gdańsk on Monday.' },
        { id: 'd', text: 'Former president Lech Walesa said the strike would go on.' },
      ]),
    ];
    const linked = linkEntities(docs);
    const idOf = (doc: string, name: string): string | undefined => {
      const entity = docs.find((d) => d.id === doc)?.entities.find((e) => e.name === name || e.aliases.includes(name));
      return entity ? linked.ids[doc]?.[entity.id] : undefined;
    };
    expect(idOf('a', 'Recep Tayyip Erdoğan')).toBeDefined();
    expect(idOf('b', 'Recep Tayyip Erdogan')).toBe(idOf('a', 'Recep Tayyip Erdoğan'));
    expect(idOf('c', 'Lech Wałęsa')).toBeDefined();
    expect(idOf('d', 'Lech Walesa')).toBe(idOf('c', 'Lech Wałęsa'));
  });

  it('compare quotes across outlets with the words as they read', () => {
    expect(
      quoteSimilarity(
        'The govern\u00adment will act on the bud\u200bget now.',
        'The government will act on the budget now.',
      ),
    ).toBe(1);
  });
});
