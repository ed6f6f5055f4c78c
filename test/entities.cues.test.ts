import { describe, expect, it } from 'vitest';
import { extract, type NewsDocument } from '../src/index.js';

/**
 * Context cues to a name's type (src/entities/cues.ts, issue #17): names the 1996 training data never
 * saw, typed by the noun next to them. The names are invented, so no list knows them.
 */

function typeOf(doc: NewsDocument, mention: string): string | undefined {
  for (const entity of doc.entities) {
    for (const m of entity.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  }
  const entity = doc.entities.find((candidate) => candidate.mentions.some((m) => m.text === mention));
  expect(entity, `no entity ${mention}: ${JSON.stringify(doc.entities.map((e) => [e.name, e.type]))}`).toBeDefined();
  return entity?.type;
}

describe('context cues', () => {
  it('a noun before the name: "the online game X" is a product', () => {
    const doc = extract(
      'Millions play the online game Quorvax every day. Quorvax crashed on Monday, and Quorvax stayed down.',
    );
    expect(typeOf(doc, 'Quorvax')).toBe('PRODUCT');
  });

  it('"developer X" is an organisation, however often the name stands alone', () => {
    const doc = extract(
      'He reported the flaw to developer Veltrik two years ago. Veltrik did not act. ' +
        'Reporters asked Veltrik for comment, and Veltrik did not answer.',
    );
    expect(typeOf(doc, 'Veltrik')).toBe('ORG');
  });

  it('a noun after the name: "the X cabaret" is a facility, "X\'s CEO" an organisation', () => {
    expect(typeOf(extract('Tourists queued outside the Belvane Rouge cabaret in Paris.'), 'Belvane Rouge')).toBe('FAC');
    expect(typeOf(extract("Zantrix's CEO resigned on Friday."), 'Zantrix')).toBe('ORG');
  });

  it('an apposition and "called": "X, the framework that ...", "a patch called X"', () => {
    expect(typeOf(extract('Testers now run Pellinore, the framework that drives the checks.'), 'Pellinore')).toBe(
      'PRODUCT',
    );
    expect(typeOf(extract('A new skin patch called Dermavia helped patients in the trial.'), 'Dermavia')).toBe(
      'PRODUCT',
    );
  });

  it('"<person> at X" is where the person works, unless a list knows X as a place', () => {
    const doc = extract('As Corin Vale at The Thrifty Almanac explains, small savings add up.');
    expect(typeOf(doc, 'The Thrifty Almanac')).toBe('ORG');
    expect(typeOf(doc, 'Corin Vale')).toBe('PERSON');
    expect(typeOf(extract('Reporters met Corin Vale at Paris on Monday.'), 'Paris')).toBe('GPE');
  });

  it('a place or an indefinite name before a noun says where, not what', () => {
    expect(typeOf(extract('Aides cheered at her Brooklyn headquarters on Tuesday.'), 'Brooklyn')).toBe('GPE');
    expect(typeOf(extract('Gunmen stormed a Bamako hotel on Friday.'), 'Bamako')).toBe('GPE');
    expect(typeOf(extract('Teske, a guard at a Zelmont casino, backs the mayor.'), 'Zelmont')).not.toBe('FAC');
  });

  it('what a listed product has is a product: "Firefox\'s X"; what a company has is not', () => {
    expect(typeOf(extract("Using Firefox's Quillmark logging, I ran a short test."), 'Quillmark')).toBe('PRODUCT');
    const company = extract("Google's Brightwave team met on Monday.");
    expect(typeOf(company, 'Brightwave')).not.toBe('PRODUCT');
  });

  it('no cue makes a person of a company or a product: people keep their type', () => {
    expect(typeOf(extract('The developer John Carmack spoke in Dallas on Monday.'), 'John Carmack')).toBe('PERSON');
    const doc = extract('Donald Trump opened the Trump hotel in Washington. Trump said it was the best.');
    expect(typeOf(doc, 'Donald Trump')).toBe('PERSON');
    expect(typeOf(doc, 'Trump')).toBe('PERSON');
  });
});

describe('products of today', () => {
  it('a browser, a game and a console are products, their makers organisations', () => {
    const doc = extract('Mozilla said Firefox now prints page ranges. Microsoft sells Minecraft for the Xbox.');
    expect(typeOf(doc, 'Firefox')).toBe('PRODUCT');
    expect(typeOf(doc, 'Minecraft')).toBe('PRODUCT');
    expect(typeOf(doc, 'Mozilla')).toBe('ORG');
    expect(typeOf(doc, 'Microsoft')).toBe('ORG');
  });

  it('a planet is a place, not the organisation the model guessed', () => {
    const doc = extract("The probe measured Earth's magnetic field before it flew on to Neptune.");
    expect(typeOf(doc, 'Earth')).toBe('LOC');
    expect(typeOf(doc, 'Neptune')).toBe('LOC');
  });

  it("a maker's name with a product word the model read as a person is the product", () => {
    expect(typeOf(extract('The film plays in Dolby Atmos at most cinemas.'), 'Dolby Atmos')).toBe('PRODUCT');
  });
});

describe('name boundaries and heads', () => {
  it('an organisation-typed name whose last word is a built place is a facility', () => {
    const doc = extract('A cargo ship heading to the International Lunar Station broke up over Siberia.');
    expect(typeOf(doc, 'International Lunar Station')).toBe('FAC');
  });

  it('"Children\'s" inside an institution\'s name does not cut it in two', () => {
    const doc = extract('She directs the allergy centre at the Kestrel Children’s Research Institute in Perth.');
    expect(typeOf(doc, 'Kestrel Children’s Research Institute')).toBe('ORG');
  });
});
