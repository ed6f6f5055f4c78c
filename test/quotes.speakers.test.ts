import { describe, expect, it } from 'vitest';
import { createPipeline, type Quote } from '../src/index.js';

/**
 * Speaker resolution, one block per error class mined on PolNeAR train (`eval:quotes -- --split
 * train --classes N`, eval/quote-errors.ts). Every sentence is written here, with invented names;
 * each class has a case the rule must change and a case it must leave alone.
 */

const statements = createPipeline();
const attributions = createPipeline({ quotes: { scope: 'attributions' } });

function quotesOf(text: string, scope: 'statements' | 'attributions' = 'statements'): readonly Quote[] {
  const doc = (scope === 'attributions' ? attributions : statements).extract(text);
  for (const quote of doc.quotes) {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
  }
  return doc.quotes;
}

/** [content, speaker span, speaker name] per quote. */
const speakers = (quotes: readonly Quote[]): Array<[string, string | undefined, string | undefined]> =>
  quotes.map((quote) => [quote.text, quote.speaker?.text, quote.speaker?.name]);

describe('relative clauses: "…, X, who said …"', () => {
  it('spans the name and its relative pronoun, resolved to the name, in both scopes', () => {
    const text = 'The plan was backed by Tomas Brandt, who said the harbour needed more ferries.';
    for (const scope of ['statements', 'attributions'] as const) {
      expect(speakers(quotesOf(text, scope))).toEqual([
        ['the harbour needed more ferries', 'Tomas Brandt, who', 'Tomas Brandt'],
      ]);
    }
  });

  it('keeps the plain subject when no relative pronoun stands before the cue', () => {
    expect(speakers(quotesOf('Tomas Brandt said the harbour needed more ferries.'))).toEqual([
      ['the harbour needed more ferries', 'Tomas Brandt', 'Tomas Brandt'],
    ]);
  });
});

describe('the frame before a quotation: listener or speaker after the cue', () => {
  it('gives the quote to the subject, not to the listener after "told"', () => {
    const text = 'Mayor Lena Fisk did not name her rivals, but told the crowd, “We will finish the bridge this year.”';
    const [quote] = quotesOf(text);
    expect(quote?.speaker?.name).toBe('Lena Fisk');
    expect(quote?.speaker?.text).not.toContain('crowd');
  });

  it('still reads a speaker after a cue that opens the frame between two pieces', () => {
    const text = '“We will finish the bridge,” said Lena Fisk, “and then we will pave the road.”';
    expect(speakers(quotesOf(text)).map(([, , name]) => name)).toEqual(['Lena Fisk', 'Lena Fisk']);
  });
});

describe('a quotation right after a reported statement in the same paragraph', () => {
  it('continues the speaker of the statement before it', () => {
    const text =
      'Dana Ruiz said in a statement that she had “made money in bad years.” ' +
      '“Frankly, that is what the country needs right now.”';
    expect(speakers(quotesOf(text)).map(([, , name]) => name)).toEqual(['Dana Ruiz', 'Dana Ruiz']);
  });

  it('does not when another person is named in between', () => {
    const text =
      'Dana Ruiz said she had “made money in bad years.” Her rival Tom Hale laughed at that. ' +
      '“Frankly, that is just nonsense from a rich woman.”';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.speaker?.name).not.toBe('Dana Ruiz');
  });

  it('does not across a paragraph break (the whole-paragraph continuation rule decides there)', () => {
    const text =
      'Dana Ruiz said she had “made money in bad years,” and left.\n\nThe hall emptied within minutes, and ' +
      'the band played on for another hour. A flyer on the door read “Closing soon.”';
    const quotes = quotesOf(text);
    expect(quotes.filter((quote) => quote.speaker?.name === 'Dana Ruiz')).toHaveLength(1);
  });
});

describe('what stands between a subject and its cue is not the speaker', () => {
  it('passes over a time adverbial ("had last month charged", "on Monday")', () => {
    const charged = quotesOf('Police had last month charged the driver after the crash.', 'attributions');
    expect(charged.map((quote) => quote.speaker?.text)).toEqual(['Police']);
    const [tweeted] = quotesOf('Dana Ruiz tweeted on Friday to say the strike would go on.', 'attributions');
    expect(tweeted?.speaker?.name).toBe('Dana Ruiz');
  });

  it('passes over a floating quantifier ("have all said", "both said") but keeps a quantifier subject', () => {
    const [floating] = quotesOf('The two mayors have both said the toll plan is a gift to the banks.');
    expect(floating?.speaker?.text).toBe('The two mayors');
    const [subject] = quotesOf('Of the three candidates, all said the toll plan was a gift to the banks.');
    expect(subject?.speaker?.text).toBe('all');
  });

  it('gives "issued a statement saying …" to the issuer, in both scopes', () => {
    const text = 'The harbour union issued a statement saying the strike would go on.';
    for (const scope of ['statements', 'attributions'] as const) {
      expect(quotesOf(text, scope).map((quote) => [quote.text, quote.speaker?.text])).toEqual([
        ['the strike would go on', 'The harbour union'],
      ]);
    }
  });

  it('keeps a document that speaks as the source when no verb makes it an object', () => {
    const [quote] = quotesOf('A memo seen by the union said the strike would go on.');
    expect(quote?.speaker?.text).toBe('A memo seen by the union');
  });
});

describe('pronouns inside a sentence: its subject before earlier speakers', () => {
  it('gives "as he said" to the subject of its own sentence', () => {
    const text =
      'Tom Hale said the harbour would close. Omar Fisk, the mayor, spoke over boos as he said the toll would stay.';
    const quotes = quotesOf(text);
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Tom Hale', 'Omar Fisk']);
  });

  it('does not take a name from an opening prepositional phrase', () => {
    const text = 'Tom Hale said the harbour would close. In an interview with Omar Fisk, he said the city would pay.';
    expect(quotesOf(text).map((quote) => quote.speaker?.name)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('the frame after a quotation', () => {
  it('reads a party tag with an abbreviation period as part of the speaker ("(D-Ore.) said")', () => {
    const text = '“There is energy in a whole host of races,” Rep. Earl Hollis (D-Ore.) said. The rally ended at nine.';
    const [quote] = quotesOf(text);
    expect(quote?.speaker?.text).toBe('Rep. Earl Hollis (D-Ore.)');
    expect(quote?.cue?.text).toBe('said');
  });

  it('still ends the frame at a sentence-final period', () => {
    const text = '“There is energy in a whole host of races.” Earl Hollis left the hall before the vote was counted.';
    const [quote] = quotesOf(text);
    expect(quote?.cue).toBeNull();
  });
});
