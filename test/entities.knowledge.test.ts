import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupPhrase } from '../src/entities/lexicon/index.js';
import { phraseLookup } from '../src/entities/lookup.js';
import { extract, type NewsDocument } from '../src/index.js';

/** Knowledge of today (generated and hand-written lists) as evidence in typing and linking (#17). */

function expectOffsets(doc: NewsDocument): void {
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) expect(doc.text.slice(mention.start, mention.end)).toBe(mention.text);
  }
}

function entityWith(doc: NewsDocument, mention: string) {
  const entity = doc.entities.find((candidate) => candidate.mentions.some((m) => m.text === mention));
  expect(
    entity,
    `no entity with mention ${mention} in ${JSON.stringify(doc.entities.map((e) => [e.name, e.type]))}`,
  ).toBeDefined();
  return entity!;
}

describe('knowledge lists', () => {
  const dir = join(import.meta.dirname, '../src/data/generated');
  const generated = readdirSync(dir).filter((file) => file.endsWith('.json'));

  it('each generated list names its source, licence and the script that writes it', () => {
    expect(generated.length).toBeGreaterThanOrEqual(8);
    for (const file of generated) {
      const list = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      expect(list.source, file).toMatch(/\d+\.\d+/);
      expect(list.licence ?? list.source, file).toMatch(/MIT|CC0|CC BY/);
      expect(list.generatedBy, file).toMatch(
        /^scripts\/(build-lexicon-data|extract-compromise-lexicon)\.ts \(npm run data\)$/,
      );
    }
  });

  it('know brands, large cities and people in the news', () => {
    expect(lookupPhrase('Instagram')?.source).toBe('brand');
    expect(lookupPhrase('Google Docs')?.type).toBe('PRODUCT');
    expect(lookupPhrase('Chelyabinsk')?.type).toBe('GPE');
    expect(lookupPhrase('Zelenskyy')).toMatchObject({ type: 'PERSON', canonical: 'Volodymyr Zelensky' });
    // A lone surname is a person, not a particular one: "Biden" may be Hunter Biden.
    expect(phraseLookup('Biden')).toEqual({ type: 'PERSON', contextFree: true });
  });

  it('leave out brands that are common words or first names', () => {
    for (const word of ['Neon', 'Pocket', 'Signal', 'Ada', 'Julia'])
      expect(phraseLookup(word)?.brand, word).not.toBe(true);
  });
});

describe('lists as evidence in typing', () => {
  it("a lone surname of a head of state is a person, not the model's guess", () => {
    const doc = extract('Putin met Trump.');
    expectOffsets(doc);
    expect(entityWith(doc, 'Trump').type).toBe('PERSON');
    expect(entityWith(doc, 'Putin').type).toBe('PERSON');
  });

  it('a brand is a company or a product, never a place or a person', () => {
    const doc = extract('Users in Paris said Instagram and Flickr deleted their photos.');
    expectOffsets(doc);
    expect(entityWith(doc, 'Instagram').type).toBe('ORG');
    expect(entityWith(doc, 'Flickr').type).toBe('ORG');
    expect(entityWith(doc, 'Paris').type).toBe('GPE');
  });

  it('a brand with a model number is one product', () => {
    const doc = extract('Sony said the PlayStation 4 Pro sold well. The PlayStation 4 Pro costs less than before.');
    expectOffsets(doc);
    const console = entityWith(doc, 'PlayStation 4 Pro');
    expect(console.type).toBe('PRODUCT');
    expect(console.mentions).toHaveLength(2);
    expect(entityWith(doc, 'Sony').type).toBe('ORG');
  });

  it('a number after a company with a unit is no model number', () => {
    const doc = extract('Shares of Sony rose while Sony 3 percent of the market was sold.');
    expect(doc.entities.some((entity) => /Sony 3/.test(entity.name))).toBe(false);
  });

  it('a name with a model code is a product, a year makes an event', () => {
    const doc = extract('Engineers built the LGP-30 at the plant in 1956.');
    expect(entityWith(doc, 'LGP-30').type).toBe('PRODUCT');
  });

  it("a person's name run into a listed company is the person and the company", () => {
    const doc = extract('Fans praised the Margaret Hamilton Reuters story on Monday.');
    expectOffsets(doc);
    expect(entityWith(doc, 'Margaret Hamilton').type).toBe('PERSON');
    expect(entityWith(doc, 'Reuters').type).toBe('ORG');
  });
});

describe('linking', () => {
  it('a person with and without title and first name is one entity', () => {
    const doc = extract(
      'President Donald Trump spoke on Monday. Later, Mr. Trump left the room, and Trump returned an hour later.',
    );
    expectOffsets(doc);
    const trump = entityWith(doc, 'Donald Trump');
    expect(trump.type).toBe('PERSON');
    expect(trump.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Donald Trump', 'Trump']));
    expect(doc.entities.filter((entity) => entity.type === 'PERSON')).toHaveLength(1);
  });

  it('two people sharing a surname stay apart; a lone surname goes to the one named last', () => {
    const doc = extract(
      'John Gille taught physics. His daughter Sarah Gille studies the oceans. Gille said the data were clear.',
    );
    expectOffsets(doc);
    const john = entityWith(doc, 'John Gille');
    const sarah = entityWith(doc, 'Sarah Gille');
    expect(john).not.toBe(sarah);
    expect(sarah.mentions.map((m) => m.text)).toContain('Gille');
    expect(john.mentions.map((m) => m.text)).not.toContain('Gille');
  });

  it('an organisation whose name holds a place or another organisation stays its own entity', () => {
    const doc = extract(
      'Bank of America lent money to firms in America. Sony Pictures released a film, and Sony reported profits.',
    );
    expectOffsets(doc);
    expect(entityWith(doc, 'Bank of America')).not.toBe(entityWith(doc, 'America'));
    expect(entityWith(doc, 'Sony Pictures')).not.toBe(entityWith(doc, 'Sony'));
    expect(entityWith(doc, 'America').type).toBe('GPE');
  });

  it('a product named without its maker joins the product', () => {
    const doc = extract('Microsoft launched the Xbox One X on Tuesday. Reviewers said the One X runs games at 4K.');
    expectOffsets(doc);
    const xbox = entityWith(doc, 'Xbox One X');
    expect(xbox.type).toBe('PRODUCT');
    expect(xbox.mentions.map((m) => m.text)).toContain('One X');
  });
});

describe('a person the document names alone', () => {
  it('is split from one more word the lists do not know as a name part', () => {
    const doc = extract('Margaret Hamilton wrote the code. She later got a Margaret Hamilton Lego minifigure.');
    expectOffsets(doc);
    const people = doc.entities.filter((entity) => entity.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Margaret Hamilton', 'Margaret Hamilton']);
  });

  it('keeps a generational suffix', () => {
    const doc = extract('John Smith spoke first. Later, John Smith Jr. answered.');
    expect(doc.entities.some((entity) => entity.name === 'Jr.' || entity.name === 'Jr')).toBe(false);
  });
});
