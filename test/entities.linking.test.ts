import { describe, expect, it } from 'vitest';
import { extract, type NewsDocument } from '../src/index.js';

/** Linking people of one family (issue #17): a surname goes to the right relative; a birth name to its person. */

function entityAt(doc: NewsDocument, mention: string, from = 0) {
  const start = doc.text.indexOf(mention, from);
  const entity = doc.entities.find((e) => e.mentions.some((m) => m.start === start && m.text === mention));
  expect(entity, `no entity at ${mention}@${start}`).toBeDefined();
  for (const m of entity?.mentions ?? []) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return entity;
}

describe('people who share a surname', () => {
  it('a lone surname goes to the relative named last, though a first name alone came earlier', () => {
    const text =
      'Ruth Okafor founded the lab in 1960. Her daughter Nia Okafor studied there. Ruth said little about it. ' +
      'Years later Nia Okafor returned to teach. Nia spoke about her mother. ' +
      'In 2001 Ruth Okafor retired. Okafor said she missed the work.';
    const doc = extract(text);
    const ruth = entityAt(doc, 'Ruth Okafor');
    const nia = entityAt(doc, 'Nia Okafor');
    expect(ruth).not.toBe(nia);
    expect(entityAt(doc, 'Okafor', text.lastIndexOf('Okafor'))).toBe(ruth);
  });

  it('"X Y, née Z" makes the married and the birth name one person, and leaves the husband apart', () => {
    const text =
      'Special thanks went to Mara Lindqvist for the computations. In 1965 Lindqvist married Tomas Holm. ' +
      'Reporters later reached Mara Holm, née Lindqvist, by phone. Tomas Holm had died in 2010.';
    const doc = extract(text);
    const mara = entityAt(doc, 'Mara Lindqvist');
    expect(entityAt(doc, 'Mara Holm')).toBe(mara);
    expect(entityAt(doc, 'Tomas Holm')).not.toBe(mara);
    expect(mara?.type).toBe('PERSON');
  });

  it('"née" links no two people with different first names', () => {
    const doc = extract('Anna Berg met Lena Berg, née Dahl, at the station. Later Anna Dahl joined them.');
    expect(entityAt(doc, 'Anna Dahl')).not.toBe(entityAt(doc, 'Lena Berg'));
  });
});
