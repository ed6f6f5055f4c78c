import { describe, expect, it } from 'vitest';
import { extract, type NewsDocument } from '../src/index.js';

/**
 * Whole names the model reads in pieces (issue #17): organisations with an inner connector, names
 * opening with a nationality, place or hyphenated pair; listed abbreviations of places; a one-letter
 * model name whose period ends the sentence. The sentences are written for these tests.
 */

function entities(doc: NewsDocument): Array<[string, string]> {
  for (const entity of doc.entities) {
    for (const m of entity.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  }
  return doc.entities.map((entity) => [entity.name, entity.type]);
}

function entityOf(doc: NewsDocument, mention: string): { name: string; type: string; mentions: number } | undefined {
  const entity = doc.entities.find((candidate) => candidate.mentions.some((m) => m.text === mention));
  return entity ? { name: entity.name, type: entity.type, mentions: entity.mentions.length } : undefined;
}

describe('whole organisation names', () => {
  it('a connector after an organisation word joins the name: "Council for a ..."', () => {
    const doc = extract(
      'Dana Whitlow, a senior analyst at the Council for a Balanced Public Ledger, said the plan was too costly.',
    );
    expect(entities(doc)).toContainEqual(['Council for a Balanced Public Ledger', 'ORG']);
    expect(entities(doc).some(([name]) => name === 'Council')).toBe(false);
  });

  it('a nationality or a hyphenated pair before the head word is part of the name', () => {
    const museum = extract('A restorer repaired a neon sign at the American Lettering Museum in Ohio last year.');
    expect(entities(museum)).toContainEqual(['American Lettering Museum', 'ORG']);
    const center = extract('She is a fellow at the Harlow-Brennick Fiscal Research Center in Washington.');
    expect(entities(center)).toContainEqual(['Harlow-Brennick Fiscal Research Center', 'ORG']);
  });

  it("keeps a country's own body and a coordination apart", () => {
    const ministry = entities(extract('The German Finance Ministry said on Tuesday that taxes would not rise.'));
    expect(ministry).toContainEqual(['German', 'NORP']);
    expect(ministry).toContainEqual(['Finance Ministry', 'ORG']);
    const pair = entities(extract('Talks between Orvell Holdings Corp. and Tamsin Networks Group stalled in May.'));
    expect(pair.some(([name]) => name.includes(' and '))).toBe(false);
  });

  it('"X and Y" ending in a newspaper\'s head word is one newspaper, a surname and a paper are two', () => {
    const doc = extract('Editors read The Ridgeway Times or the Harbor and Courier every morning.');
    expect(entities(doc)).toContainEqual(['Harbor and Courier', 'ORG']);
    const names = entities(extract('Smith and Post said so on Monday.')).map(([name]) => name);
    expect(names).not.toContain('Smith and Post');
  });

  it('an organisation of a named place is left to the model: "Bank of England"', () => {
    const doc = extract('The Bank of England raised rates on Thursday.');
    expect(entities(doc)).toContainEqual(['Bank of England', 'ORG']);
  });

  it('a hyphenated pair without an organisation head word stays two names', () => {
    const doc = extract('Putin said the Putin-Trump summit would happen. Trump said so too.');
    const names = entities(doc).map(([name]) => name);
    expect(names).not.toContain('Putin-Trump');
  });
});

describe('product lines', () => {
  it('a listed maker with a model word is its own product, apart from the brand', () => {
    const doc = extract('Players who own the PlayStation VR say it is comfortable, and the PlayStation sold well.');
    expect(entityOf(doc, 'PlayStation VR')).toEqual({ name: 'PlayStation VR', type: 'PRODUCT', mentions: 1 });
    expect(entityOf(doc, 'PlayStation')?.mentions).toBe(1);
  });

  it('a legal form after a maker is no model: the company stays an organisation', () => {
    const doc = extract('Workers at Sony AG in Berlin went on strike on Monday.');
    expect(entityOf(doc, 'Sony AG')?.type ?? entityOf(doc, 'Sony')?.type).toBe('ORG');
  });
});

describe('abbreviations and sentence ends', () => {
  it('a listed abbreviation of a place is the place, whatever the model guessed for it', () => {
    const doc = extract('The festival began in Los Angeles in 1998. Now the L.A.-based painter Mara Quill runs it.');
    expect(entityOf(doc, 'L.A.')).toEqual({ name: 'Los Angeles', type: 'GPE', mentions: 2 });
  });

  it('the period after a one-letter model name at the end of a sentence is not part of the name', () => {
    const doc = extract('Buyers on a budget should wait for the Xbox One S. That model is quieter.');
    expect(entityOf(doc, 'Xbox One S')?.name).toBe('Xbox One S');
    expect(doc.entities.some((e) => e.mentions.some((m) => m.text.endsWith('S.')))).toBe(false);
  });

  it('a gerund opening a clause after a spaced dash is not part of the name that follows', () => {
    const doc = extract('Sync M3 – Making Quillbox Relay compatible DONE.');
    const names = entities(doc).map(([name]) => name);
    expect(names).toContain('Quillbox Relay');
    expect(names).not.toContain('Making Quillbox Relay');
  });

  it('keeps the initials inside a name', () => {
    const doc = extract('George W. Bush met John F. Kennedy Jr. in 1998.');
    expect(entities(doc)).toContainEqual(['George W. Bush', 'PERSON']);
  });
});
