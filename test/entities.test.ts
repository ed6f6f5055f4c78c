import { describe, expect, it } from 'vitest';
import { createPipeline, extract, gazetteerTagger, type NewsDocument } from '../src/index.js';

/** Every span in the output slices back to its text: the offset invariant. */
function expectOffsets(doc: NewsDocument): void {
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) expect(doc.text.slice(mention.start, mention.end)).toBe(mention.text);
  }
}

function mentionTexts(doc: NewsDocument): string[] {
  return doc.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text));
}

function entityNamed(doc: NewsDocument, name: string) {
  const entity = doc.entities.find((candidate) => candidate.name === name);
  expect(entity, `no entity named ${name} in ${JSON.stringify(doc.entities.map((e) => e.name))}`).toBeDefined();
  return entity!;
}

describe('entities: recognition and types', () => {
  it('types people from titles, places and institutions from lists, nationalities as NORP', () => {
    const doc = extract('Polish Prime Minister Donald Tusk met officials of the Kremlin in Warsaw on Tuesday.');
    expectOffsets(doc);
    expect(entityNamed(doc, 'Donald Tusk').type).toBe('PERSON');
    expect(entityNamed(doc, 'Warsaw').type).toBe('GPE');
    expect(entityNamed(doc, 'Kremlin').type).toBe('ORG');
    expect(entityNamed(doc, 'Polish').type).toBe('NORP');
  });

  it('finds a name no list knows by its title and links its bare surname to it', () => {
    const doc = extract(
      'Finance Minister Kallistrat Oberlinsky resigned on Monday. Oberlinsky told reporters he was tired.',
    );
    expectOffsets(doc);
    const person = entityNamed(doc, 'Kallistrat Oberlinsky');
    expect(person.type).toBe('PERSON');
    expect(person.mentions.map((mention) => mention.text)).toEqual(['Kallistrat Oberlinsky', 'Oberlinsky']);
    expect(person.roles).toContain('Finance Minister');
  });

  it('keeps the particles of a titled name in the mention and the name ("von der Leyen")', () => {
    const doc = extract('Commission President Ursula von der Leyen said the measures would work.');
    expectOffsets(doc);
    const person = entityNamed(doc, 'Ursula von der Leyen');
    expect(person.type).toBe('PERSON');
    expect(person.mentions.map((mention) => mention.text)).toEqual(['Ursula von der Leyen']);
  });

  it("a lone name before a verb is a person against the model's unsure place or product guess", () => {
    // The model read "Maslow" as a place (0.36) and "Freud" as a nationality, then a product (0.35).
    for (const [text, name] of [
      ['Many now accept that Maslow was right about needs.', 'Maslow'],
      ['It is clear to researchers that Freud was right.', 'Freud'],
    ] as const) {
      const doc = extract(text);
      expectOffsets(doc);
      expect(entityNamed(doc, name).type, text).toBe('PERSON');
    }
    // A listed product keeps its type before a verb, and a name after an article is no person.
    expect(entityNamed(extract('Users said that Firefox was slow on Monday.'), 'Firefox').type).toBe('PRODUCT');
    const bloc = extract('Moscow blamed its allies, while the Vandermark accuses Moscow of insincere demands.');
    expect(bloc.entities.find((e) => e.name === 'Vandermark')?.type).not.toBe('PERSON');
  });

  it('finds a lone surname in a one-sentence text by the reporting verb it is the subject of', () => {
    // No document context: no full name earlier, no title. Invented names, so no list knows them.
    for (const [text, name] of [
      ['Oberlinsky said the talks went well.', 'Oberlinsky'],
      ['"We are ready," Vasquezko told reporters on Monday.', 'Vasquezko'],
      ['The plan, Dunmarrow said, was never approved.', 'Dunmarrow'],
      ['Dunmarrow, speaking in Vienna on Tuesday, said the plan had failed.', 'Dunmarrow'],
    ] as const) {
      const doc = extract(text);
      expectOffsets(doc);
      expect(entityNamed(doc, name).type, text).toBe('PERSON');
    }
  });
});

describe("entities: the model's names that rules used to cut or merge", () => {
  it('keeps a nationality before a person apart from the person', () => {
    const doc = extract(
      'The team had a poor morning with Spaniard Carlos Ordaz losing time while Belgian Pieter Vanreusel ' +
        'dropped four minutes.',
    );
    expectOffsets(doc);
    expect(mentionTexts(doc)).toEqual(['Spaniard', 'Carlos Ordaz', 'Belgian', 'Pieter Vanreusel']);
    expect(entityNamed(doc, 'Carlos Ordaz').type).toBe('PERSON');
    expect(entityNamed(doc, 'Belgian').type).toBe('NORP');
  });

  it('keeps a place before a title apart from the titled person', () => {
    const doc = extract('He met New Zealand Finance Minister Bill Tanner on Monday.');
    expectOffsets(doc);
    expect(entityNamed(doc, 'New Zealand').type).toBe('GPE');
    expect(entityNamed(doc, 'Bill Tanner').type).toBe('PERSON');
  });

  it('gives a titled name its lower-case particles', () => {
    const doc = extract("The commission's chief spokesman Willem van der Berkel told a briefing on Monday.");
    expectOffsets(doc);
    expect(entityNamed(doc, 'Willem van der Berkel').type).toBe('PERSON');
    expect(mentionTexts(doc)).not.toContain('Willem');
  });

  it('does not cut a surname that is a dictionary word off a first name in a Title Case table', () => {
    const doc = extract(
      'Final standings :\n4. Kevin Hill ( Canada ) Ducati 1:52.301\n5. Ivo Marsh ( Austria ) Honda 1:52.944',
    );
    expectOffsets(doc);
    expect(entityNamed(doc, 'Kevin Hill').type).toBe('PERSON');
    expect(mentionTexts(doc)).not.toContain('Kevin');
  });
});

describe('entities: clean boundaries', () => {
  it('leaves trailing punctuation and dashes out of names', () => {
    const doc = extract('Talks were held in Norway, officials said, and Sweden— a neighbour —agreed.');
    expectOffsets(doc);
    expect(mentionTexts(doc)).toEqual(expect.arrayContaining(['Norway', 'Sweden']));
    expect(mentionTexts(doc).some((text) => /[,—–-]$/.test(text))).toBe(false);
  });

  it('does not glue the next sentence onto a name when the space after a period is missing', () => {
    const doc = extract('The deal was signed by Olaf Scholz.The talks ended on Friday.');
    expectOffsets(doc);
    expect(mentionTexts(doc)).toContain('Olaf Scholz');
    expect(mentionTexts(doc).some((text) => text.includes('The'))).toBe(false);
  });

  it('splits possessives off names, with straight and curly apostrophes', () => {
    const doc = extract("Norway's government and Germany’s chancellor disagreed.");
    expectOffsets(doc);
    expect(mentionTexts(doc)).toEqual(expect.arrayContaining(['Norway', 'Germany']));
  });

  it('keeps an editorial bracket out of the mention but its first name in the entity name', () => {
    const doc = extract('Foreign Minister [Annalena] Baerbock will travel to Paris on Monday.');
    expectOffsets(doc);
    const person = entityNamed(doc, 'Annalena Baerbock');
    expect(person.mentions.map((mention) => mention.text)).toEqual(['Baerbock']);
    expect(person.roles).toContain('Foreign Minister');
    expect(mentionTexts(doc)).not.toContain('Annalena');
  });

  it('splits a hyphenated pair the tokenizer keeps as one word', () => {
    const doc = extract('Officials discussed US-Russian ties. Russian diplomats met US envoys.');
    expectOffsets(doc);
    const texts = mentionTexts(doc);
    expect(texts).not.toContain('US-Russian');
    expect(entityNamed(doc, 'US').mentions).toHaveLength(2);
    expect(entityNamed(doc, 'Russian').type).toBe('NORP');
  });

  it('splits a hyphenated or dashed pair of names into two people', () => {
    const text =
      'Chancellor Olaf Scholz called President Emmanuel Macron. The Scholz-Macron ' +
      'call lasted an hour, and the Macron–Scholz summit is next.';
    const doc = extract(text);
    expectOffsets(doc);
    const texts = mentionTexts(doc);
    expect(texts.some((value) => /Scholz.Macron|Macron.Scholz/.test(value))).toBe(false);
    expect(entityNamed(doc, 'Olaf Scholz').mentions).toHaveLength(3);
    expect(entityNamed(doc, 'Emmanuel Macron').mentions).toHaveLength(3);
  });
});

describe('entities: one entity per real-world thing', () => {
  it('links full name, surname, title + surname, a lower-case surname and a glued name', () => {
    const text = [
      'Secretary of State John Kerry arrived in Geneva on Sunday.',
      'Kerry met his counterparts there, and Secretary Kerry spoke to reporters afterwards.',
      'Later, kerry said the talks were useful. JohnKerry, as one post spelled him, left on Monday.',
    ].join(' ');
    const doc = extract(text);
    expectOffsets(doc);
    const kerry = entityNamed(doc, 'John Kerry');
    expect(kerry.type).toBe('PERSON');
    expect(kerry.mentions.map((mention) => mention.text)).toEqual([
      'John Kerry',
      'Kerry',
      'Kerry',
      'kerry',
      'JohnKerry',
    ]);
    expect(kerry.aliases).toEqual(expect.arrayContaining(['Kerry', 'kerry', 'JohnKerry']));
    expect(doc.entities.filter((entity) => entity.type === 'PERSON')).toHaveLength(1);
  });

  it('links spelling variants of a name within a document', () => {
    const doc = extract(
      'Opposition leader Alexei Navalny was jailed. Supporters of Aleksei Navalnyy protested in Moscow.',
    );
    expectOffsets(doc);
    const people = doc.entities.filter((entity) => entity.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions).toHaveLength(2);
  });

  it('makes U.S., US and United States one place, named in full', () => {
    const doc = extract('The United States imposed tariffs. U.S. officials said US exports would fall.');
    expectOffsets(doc);
    const places = doc.entities.filter((entity) => entity.type === 'GPE');
    expect(places).toHaveLength(1);
    // The name is the fullest form the text uses, not a list's form it never writes.
    expect(places[0]?.name).toBe('United States');
    expect(places[0]?.mentions.map((mention) => mention.text)).toEqual(['United States', 'U.S.', 'US']);
  });

  it('reads corporate offices as titles, not as part of the name', () => {
    for (const [text, role] of [
      ['Chief Executive Marta Olsen said demand was strong.', 'Chief Executive'],
      ['Chief Operating Officer Marta Olsen resigned on Monday.', 'Chief Operating Officer'],
    ] as const) {
      const person = entityNamed(extract(text), 'Marta Olsen');
      expect(person.type).toBe('PERSON');
      expect(person.roles).toContain(role);
    }
  });

  it('collects roles from titles and appositions', () => {
    const text =
      'US Secretary of State Antony Blinken met Jens Stoltenberg, the NATO secretary ' +
      'general, in Brussels. Blinken said little.';
    const doc = extract(text);
    expectOffsets(doc);
    expect(entityNamed(doc, 'Antony Blinken').roles).toContain('US Secretary of State');
    expect(entityNamed(doc, 'Jens Stoltenberg').roles.join(' ')).toMatch(/NATO secretary general/);
  });
});

describe('entities: custom taggers override the built-in recognisers', () => {
  it('a gazetteer entry is kept with its type, span and as its own entity', () => {
    const pipeline = createPipeline({
      taggers: [gazetteerTagger({ entries: { 'Iron Dome': 'PRODUCT', Jordan: 'PERSON' } })],
    });
    const doc = pipeline.extract('Israel said the Iron Dome system worked. Jordan scored 30 points on Sunday.');
    expectOffsets(doc);
    expect(entityNamed(doc, 'Iron Dome').type).toBe('PRODUCT');
    expect(entityNamed(doc, 'Jordan').type).toBe('PERSON');
  });
});
