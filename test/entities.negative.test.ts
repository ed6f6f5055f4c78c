import { describe, expect, it } from 'vitest';
import { extract, type NewsDocument } from '../src/index.js';

/** Negative cases: words that look like names because of their capital, and must not become entities. */
function mentionTexts(doc: NewsDocument): string[] {
  return doc.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text));
}

describe('entities: negative cases', () => {
  it('does not take the month May, or weekdays, for names', () => {
    const doc = extract('The vote is expected in May, officials in Oslo said on Monday.');
    expect(mentionTexts(doc)).not.toContain('May');
    expect(mentionTexts(doc)).not.toContain('Monday');
    expect(mentionTexts(doc)).toContain('Oslo');
  });

  it('does not take a month before a reporting verb for its speaker ("which in May said")', () => {
    const doc = extract('The government, which in May said it had detained the politicians, released them.');
    expect(mentionTexts(doc)).not.toContain('May');
  });

  it('does not take sentence-initial capitals of ordinary words for names', () => {
    const doc = extract('Analysts say prices will rise. Preparations are underway. However, nothing is certain.');
    expect(doc.entities).toEqual([]);
  });

  it('does not take the words of a Title Case headline for names, but keeps the names in it', () => {
    const text =
      'Summit May Happen Within Two Weeks, Kremlin Says\n\nThe Kremlin said on Friday that a summit could happen soon.';
    const doc = extract(text);
    const texts = mentionTexts(doc);
    for (const word of ['Summit', 'May', 'Happen', 'Within', 'Two Weeks', 'Says']) {
      expect(
        texts.some((value) => value.includes(word)),
        word,
      ).toBe(false);
    }
    expect(texts.filter((value) => value === 'Kremlin')).toHaveLength(2);
  });

  it('leaves articles and pronouns out: "The Kremlin" is "Kremlin", "He" and "It" are nothing', () => {
    const doc = extract('The Kremlin said it would respond. He did not say when. It was late.');
    expect(mentionTexts(doc)).toEqual(['Kremlin']);
  });

  it('does not read "General Motors" as a general named Motors', () => {
    const doc = extract('Shares of General Motors rose on Tuesday in New York.');
    expect(doc.entities.some((entity) => entity.type === 'PERSON')).toBe(false);
  });

  it('does not link a dictionary word written in lower case to a person of that surname', () => {
    const doc = extract('Former prime minister Gordon Brown visited a school. The brown fence was new.');
    const brown = doc.entities.find((entity) => entity.name === 'Gordon Brown');
    expect(brown?.mentions.map((mention) => mention.text)).toEqual(['Gordon Brown']);
  });

  it('never crashes on empty, blank or odd input, and finds nothing there', () => {
    for (const text of ['', '   ', '\n\n', '...', '[ ]', "'s", '– — -', 'A', 'I I I', '\u0000\uffff']) {
      expect(extract(text).entities, JSON.stringify(text)).toEqual([]);
    }
  });

  it('extracts nothing from boilerplate lines', () => {
    const doc = extract(
      'Oslo hosted the talks on Monday.\n\nFollow Reuters on Google News to keep up with the latest stories',
    );
    const texts = mentionTexts(doc);
    expect(texts).toContain('Oslo');
    expect(texts.some((value) => value.includes('Google') || value.includes('Reuters'))).toBe(false);
  });
});

describe('bracketed credits at the end of a line', () => {
  // A bracketed word closing one line, with an all-caps headline on the next ("[Gallup]\nHOW ...")
  // once made the rule reader return a run that ended where it began, and it read it again forever.
  it('finishes, with each name found at most once', () => {
    const text =
      'Most voters want a leader who inspires, the survey found. [Gallup]\nHOW ' +
      'ACCURATE ARE THE POLLS? - A new Pew Research report compares samples.';
    const doc = extract(text);
    const mentions = doc.entities.flatMap((entity) => entity.mentions);
    expect(mentions.length).toBeLessThan(10);
    expect(mentions.map((mention) => mention.text)).toContain('Pew Research');
    expect(new Set(mentions.map((mention) => mention.start)).size).toBe(mentions.length);
  });
});
