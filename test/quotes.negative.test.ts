import { describe, expect, it } from 'vitest';
import { createPipeline, extract } from '../src/index.js';
import { findQuotedRegions } from '../src/quotes/marks.js';

const quotesOf = (text: string) => extract(text).quotes;

describe('not quotes', () => {
  it.each([
    ['scare quotes nobody said', 'The so-called “reform” left most families worse off.'],
    ['a nickname in quotation marks', 'Officers arrested Tony “The Hammer” Russo at dawn.'],
    ['a film title', 'The studio released “The Long Winter Night” in March.'],
    [
      'a list of slogans',
      'The campaign printed “Peace Through Strength,” “Law and Order,” and “Jobs First” on its posters.',
    ],
    ['a TV show name', 'The senator appeared on “Meet the Press” last week.'],
    ['a plain sentence without a cue', 'The bridge reopened on Monday after two years of repairs.'],
    ['a sentence with "said" as an adjective', 'The said property was sold at auction in 2019.'],
    ['a cue without any content', 'Nobody said anything.'],
    ['a cue with adverbials and no clause after them', 'She spoke on Monday in Ohio.'],
    ['a participle with an adjunct', 'Olsen toured the plant, speaking at a rally later.'],
    ['a compound noun ending in a cue word', 'The annual sales report was late.'],
    ['"made clear" without a clause', 'The filter made clear water available to the village.'],
    ['a show after a singular noun', 'The talk show drew record ratings last night.'],
    [
      'an opening adverbial before a cue with a clause after it',
      'On Tuesday, even as shares were falling, Olsen wrote, hoping for calm.',
    ],
  ])('%s', (_label, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('takes no preposition a cue does not govern, in either scope', () => {
    const attributions = createPipeline({ quotes: { scope: 'attributions' } });
    // "talk" takes "about", not "to"; "point" alone is no cue; "responded to" needs an object.
    expect(attributions.extract('The mayor talked to the crowd for an hour.').quotes).toEqual([]);
    expect(attributions.extract('The arrow pointed north.').quotes).toEqual([]);
    expect(attributions.extract('The council responded to.').quotes).toEqual([]);
  });

  it('does not lend a subject to an infinitive cue through a verb of need or plan', () => {
    const quotes = quotesOf('We need to ask the ministry whether the plan still stands, Olsen added.');
    expect(quotes.map((quote) => quote.speaker?.text)).toEqual(['Olsen']);
  });

  it('never reads a participle as an inverted cue with its object as the speaker', () => {
    const quotes = quotesOf('The campaign released a new ad on Monday, questioning the governor’s record.');
    expect(quotes.some((quote) => quote.speaker?.text === 'the governor’s record')).toBe(false);
  });

  it('does not read a participle after a parenthetical cue as the rest of its content', () => {
    const quotes = quotesOf('The talks failed, Olsen said, adding that both sides would meet again.');
    expect(quotes.some((quote) => quote.text.includes('Olsen said'))).toBe(false);
  });

  it('does not attribute the next sentence to a quote that ended its own sentence', () => {
    const quotes = quotesOf('“The season is over.” Experts expect that the club will sell its best players.');
    const direct = quotes.find((quote) => quote.kind === 'direct');
    expect(direct?.speaker ?? null).toBeNull();
  });

  it('never guesses a speaker for unnamed sources', () => {
    const quotes = quotesOf(
      'Anna Berg chaired the meeting. Sources familiar with the discussions said the deal was close.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.text).toBe('Sources familiar with the discussions');
    expect(quotes[0]?.speaker?.entity).toBeUndefined();
    expect(quotes[0]?.speaker?.name).toBeUndefined();
  });

  it('does not resolve "he" to an organisation or "it" to a person', () => {
    const quotes = quotesOf('The ministry said prices would fall. He said that was wrong.');
    expect(quotes[1]?.speaker?.name).toBeUndefined();
  });
});

describe('hostile input', () => {
  it('handles empty and punctuation-only text', () => {
    expect(quotesOf('')).toEqual([]);
    expect(quotesOf('“”""``\'\'').length).toBeLessThanOrEqual(1);
    expect(quotesOf('said said said, said.')).toEqual([]);
  });

  it('reads a quote opened right after a leading colon or comma without a frame (found by the property test)', () => {
    for (const text of [':«he', ': “We are ready', ', "Yes," she said.']) expect(() => quotesOf(text)).not.toThrow();
  });

  it('pairs 1 MB of quotation marks in linear time', () => {
    const marks = "\"“”«»``''".repeat(100_000).slice(0, 1_000_000);
    const started = performance.now();
    findQuotedRegions(marks);
    findQuotedRegions('“'.repeat(1_000_000));
    findQuotedRegions('"\n'.repeat(500_000));
    // Generous: the point is that quadratic work on 1 MB would never finish, not a benchmark.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('finishes 10,000 unclosed quotes through the whole pipeline', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `Speaker ${i} said: “this quote never closes`).join('\n');
    const started = performance.now();
    const doc = extract(text);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(doc.quotes.length).toBeGreaterThan(5000);
    for (const quote of doc.quotes.slice(0, 200)) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('scales linearly: twice the text takes about twice the time', () => {
    const paragraph =
      '“We are ready,” the minister said. Officials said that the plan, which ' +
      '“nobody liked,” would pass. According to the ministry, talks go on.\n\n';
    const time = (copies: number): number => {
      const text = paragraph.repeat(copies);
      const started = performance.now();
      extract(text);
      return performance.now() - started;
    };
    time(50);
    const small = time(400);
    const large = time(1600);
    expect(large / small).toBeLessThan(8);
  });
});
