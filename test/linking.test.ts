import { describe, expect, it } from 'vitest';
import { nameKey, splitGluedName, transliterationKey } from '../src/entities/names.js';
import { createPipeline, linkEntities, type NewsDocument } from '../src/index.js';

describe('transliteration keys', () => {
  it('fold the spellings transliteration and missing diacritics produce', () => {
    const same: Array<[string, string]> = [
      ['Zelensky', 'Zelenskiy'],
      ['Zelensky', 'Zelenskyy'],
      ['Sergey', 'Sergei'],
      ['Dmitry', 'Dmitri'],
      ['Kyiv', 'Kiev'],
      ['Orban', 'Orbán'],
      ['Lavrov', 'Lawrow'],
      ['Alexei', 'Aleksey'],
      ['Medvedev', 'MEDVEDEV'],
    ];
    for (const [a, b] of same) expect(transliterationKey(a), `${a} / ${b}`).toBe(transliterationKey(b));
  });

  it('keep different names apart', () => {
    const different: Array<[string, string]> = [
      ['Putin', 'Patin'],
      ['Kyiv', 'Kyoto'],
      ['Ivan', 'Iran'],
      ['Merz', 'Marz'],
    ];
    for (const [a, b] of different) expect(transliterationKey(a), `${a} / ${b}`).not.toBe(transliterationKey(b));
    expect(nameKey(['Sergey', 'Lavrov'])).toBe(nameKey(['Sergei', 'Lavrov']));
  });

  it('split a glued name only after a known first name', () => {
    const isFirstName = (word: string) => ['steve', 'john'].includes(word.toLowerCase());
    expect(splitGluedName('SteveWitkoff', isFirstName)).toEqual(['Steve', 'Witkoff']);
    expect(splitGluedName('McDonald', isFirstName)).toEqual(['McDonald']);
    expect(splitGluedName('DeSantis', isFirstName)).toEqual(['DeSantis']);
    expect(splitGluedName('PayPal', isFirstName)).toEqual(['PayPal']);
  });
});

describe('linkEntities: one id per real-world thing across documents', () => {
  const pipeline = createPipeline();
  const docs: NewsDocument[] = [
    ...pipeline.extractMany([
      { id: 'a', text: 'Ukrainian President Volodymyr Zelensky spoke in Kyiv on Monday. The United States sent aid.' },
      {
        id: 'b',
        text: 'Volodymyr Zelenskiy left Kiev for talks with U.S. officials. Zelenskiy said the talks went well.',
      },
      {
        id: 'c',
        text: 'In a video, Zelenskyy thanked US lawmakers. Foreign Minister Sergei Lavrov of Russia did not comment.',
      },
      {
        id: 'd',
        text: 'Russian Foreign Minister Sergey Lavrov met Hungarian Prime Minister Viktor Orbán in Budapest.',
      },
      { id: 'e', text: 'Viktor Orban said Hungary would host the talks. Orban spoke to reporters.' },
      { id: 'f', text: 'President Joe Biden and his son Hunter Biden arrived. Joe Biden spoke first.' },
      { id: 'g', text: 'On Tuesday, Biden said that the bill would pass.' },
    ]),
  ];
  const linked = linkEntities(docs);
  const idOf = (doc: string, name: string): string | undefined => {
    const entity = docs.find((d) => d.id === doc)?.entities.find((e) => e.name === name || e.aliases.includes(name));
    return entity ? linked.ids[doc]?.[entity.id] : undefined;
  };

  it('links transliteration variants of a person', () => {
    const id = idOf('a', 'Volodymyr Zelensky');
    expect(id).toBeDefined();
    expect(idOf('b', 'Volodymyr Zelenskiy')).toBe(id);
    expect(idOf('c', 'Zelenskyy')).toBe(id);
    expect(idOf('c', 'Sergei Lavrov')).toBe(idOf('d', 'Sergey Lavrov'));
    expect(idOf('d', 'Viktor Orbán')).toBe(idOf('e', 'Viktor Orban'));
  });

  it('links place-name variants and abbreviations', () => {
    expect(idOf('a', 'Kyiv')).toBeDefined();
    expect(idOf('b', 'Kiev')).toBe(idOf('a', 'Kyiv'));
    expect(idOf('b', 'U.S.')).toBe(idOf('a', 'United States'));
    expect(idOf('c', 'US')).toBe(idOf('a', 'United States'));
  });

  it('keeps different people with one surname apart, and a bare shared surname unlinked', () => {
    const joe = idOf('f', 'Joe Biden');
    const hunter = idOf('f', 'Hunter Biden');
    expect(joe).toBeDefined();
    expect(hunter).toBeDefined();
    expect(joe).not.toBe(hunter);
    const bare = idOf('g', 'Biden');
    expect(bare).not.toBe(joe);
    expect(bare).not.toBe(hunter);
  });

  it('maps every document entity to exactly one corpus entity that lists it', () => {
    for (const doc of docs) {
      for (const entity of doc.entities) {
        const id = linked.ids[doc.id]?.[entity.id];
        const corpusEntity = linked.entities.find((candidate) => candidate.id === id);
        expect(corpusEntity?.occurrences).toContainEqual({ document: doc.id, entity: entity.id });
      }
    }
    const corpusZelensky = linked.entities.find((entity) => entity.id === idOf('a', 'Volodymyr Zelensky'));
    expect(corpusZelensky?.type).toBe('PERSON');
    expect(corpusZelensky?.roles).toContain('Ukrainian President');
  });

  it('returns an empty corpus for no documents', () => {
    expect(linkEntities([])).toEqual({ entities: [], ids: {} });
  });
});
