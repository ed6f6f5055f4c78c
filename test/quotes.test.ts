import { describe, expect, it } from 'vitest';
import { createPipeline, extract, quotesBySpeaker, type DocumentDraft, type Entity, type NewsDocument, type Quote } from '../src/index.js';
import { findQuotedRegions } from '../src/quotes/marks.js';

function quotesOf(text: string): readonly Quote[] {
  const doc = extract(text);
  for (const quote of doc.quotes) {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
    for (const segment of quote.segments ?? []) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
  }
  return doc.quotes;
}

function only(text: string): Quote {
  const quotes = quotesOf(text);
  expect(quotes).toHaveLength(1);
  return quotes[0] as Quote;
}

describe('quotation marks', () => {
  it('pairs curly, straight and TeX-style marks and continues a quote into the next paragraph', () => {
    const text = '“One,” she said. "Two," he said. ``Three,\'\' they said.\n\n“Four goes on.\n\n“And ends here.”';
    const regions = findQuotedRegions(text);
    expect(regions.map((region) => text.slice(region.start, region.end))).toEqual([
      'One,',
      'Two,',
      'Three,',
      'Four goes on.\n\n“And ends here.',
    ]);
    expect(regions[3]?.pieces).toHaveLength(2);
    expect(regions.every((region) => region.closed)).toBe(true);
  });

  it('stops an unclosed quote at the end of its paragraph', () => {
    const text = 'He said: “this never closes\n\nA new paragraph with “a closed one” here.';
    const regions = findQuotedRegions(text);
    expect(regions[0]).toMatchObject({ closed: false });
    expect(text.slice(regions[0]?.start, regions[0]?.end)).toBe('this never closes');
    expect(text.slice(regions[1]?.start, regions[1]?.end)).toBe('a closed one');
  });
});

describe('direct quotes', () => {
  it('attributes a quote to the speaker after it', () => {
    const quote = only('“We are ready to talk,” the foreign minister told reporters on Tuesday.');
    expect(quote).toMatchObject({ kind: 'direct', text: 'We are ready to talk,' });
    expect(quote.cue?.text).toBe('told');
    expect(quote.speaker?.text).toBe('the foreign minister');
  });

  it('attributes an inverted frame with an appositive', () => {
    const quote = only('"The budget is balanced," said Marta Olsen, the finance minister.');
    expect(quote.speaker?.text).toBe('Marta Olsen, the finance minister');
    expect(quote.speaker?.name).toBe('Marta Olsen');
  });

  it('joins a quote split by its attribution into one quote with two segments', () => {
    const quote = only('“The road is long,” Olsen said. “But we will get there.”');
    expect(quote.segments?.map((segment) => segment.text)).toEqual(['The road is long,', 'But we will get there.']);
    expect(quote.speaker?.text).toBe('Olsen');
  });

  it('keeps two separately attributed quotes apart', () => {
    const quotes = quotesOf('“First point,” she said. “Second point is also mine,” she said.');
    expect(quotes).toHaveLength(2);
  });

  it('attributes a quote to the frame before it, ending in a colon or a comma', () => {
    const quote = only('Union leader Paul Brandt told the crowd: “We will not accept these cuts.”');
    expect(quote.speaker?.text).toBe('Union leader Paul Brandt');
    expect(quote.speaker?.name).toBe('Paul Brandt');
    expect(only('As Brandt put it, "nobody asked the workers what they wanted."').kind).toBe('direct');
  });

  it('continues a quote over paragraphs and gives a following quote paragraph the same speaker', () => {
    const text =
      '“The first part of the answer,” said Ines Moreau, the mayor. “And the rest of it.\n\n“Which goes on here.”\n\n“Then a fresh quote paragraph without any frame at all.”';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.segments?.length).toBe(3);
    expect(quotes[1]?.speaker?.name).toBe('Ines Moreau');
    expect(quotes[1]?.confidence).toBeLessThan(quotes[0]?.confidence ?? 0);
  });

  it('works with ASCII quotes and double dashes', () => {
    const quote = only("``We need more time -- and more money,'' said Dr. Lena Fischer.");
    expect(quote.kind).toBe('direct');
    expect(quote.speaker?.name).toBe('Lena Fischer');
  });

  it('keeps an unclosed quote to its paragraph, with lower confidence', () => {
    const quotes = quotesOf('The coach said: “We played badly and we know it\n\nThe season ends next week.');
    expect(quotes[0]?.text).toBe('We played badly and we know it');
    expect(quotes[0]?.confidence).toBeLessThan(0.9);
  });
});

describe('reported speech', () => {
  it.each([
    ['The minister said that the plan would cost less.', 'the plan would cost less', 'The minister', 'said'],
    ['The minister said the plan would cost less.', 'the plan would cost less', 'The minister', 'said'],
    ['The plan would cost less, the minister said on Monday.', 'The plan would cost less', 'the minister', 'said'],
    ['The plan would cost less, said the minister.', 'The plan would cost less', 'the minister', 'said'],
    ['Olsen told reporters that the plan would cost less.', 'the plan would cost less', 'Olsen', 'told'],
    ['Olsen added that the plan would cost less.', 'the plan would cost less', 'Olsen', 'added'],
    ['Olsen noted that the plan would cost less.', 'the plan would cost less', 'Olsen', 'noted'],
    ['Olsen stressed that the plan would cost less.', 'the plan would cost less', 'Olsen', 'stressed'],
    ['Olsen emphasized that the plan would cost less.', 'the plan would cost less', 'Olsen', 'emphasized'],
    ['Olsen warned that the plan would cost more.', 'the plan would cost more', 'Olsen', 'warned'],
    ['Olsen explained that the plan would cost less.', 'the plan would cost less', 'Olsen', 'explained'],
    ['According to Olsen, the plan would cost less.', 'the plan would cost less', 'Olsen', 'According to'],
    ['The plan would cost less, according to the ministry.', 'The plan would cost less', 'the ministry', 'according to'],
    ['Olsen, writing on social media, stated that the plan would cost less.', 'the plan would cost less', 'Olsen', 'stated'],
    ['Olsen, the finance minister, said the plan would cost less.', 'the plan would cost less', 'Olsen, the finance minister', 'said'],
    ['The study found that the plan would cost less.', 'the plan would cost less', 'The study', 'found'],
    ['Many economists believe that the plan would cost less.', 'the plan would cost less', 'Many economists', 'believe'],
  ])('%s', (text, content, speaker, cue) => {
    const quote = only(text);
    expect(quote.kind).toBe('indirect');
    expect(quote.text).toBe(content);
    expect(quote.speaker?.text).toBe(speaker);
    expect(quote.cue?.text).toBe(cue);
  });

  it('marks reported speech with a quoted part as mixed or partial', () => {
    expect(only('She said the talks were “very productive and long overdue.”').kind).toBe('mixed');
    const partial = only('She said the meeting, which ran late into the evening at the old town hall, was “useful.”');
    expect(partial.kind).toBe('partial');
  });

  it('splits coordinated reports: said … and added that …', () => {
    const quotes = quotesOf('Olsen said the deficit would shrink and added that taxes would not rise.');
    expect(quotes.map((quote) => quote.text)).toEqual(['the deficit would shrink', 'taxes would not rise']);
    expect(quotes[1]?.speaker?.text).toBe('Olsen');
  });
});

describe('speaker resolution', () => {
  it('resolves pronouns and surnames to the earlier full name', () => {
    const quotes = quotesOf(
      'Finance Minister Marta Olsen said the budget was balanced. She added that taxes would stay low. Olsen said nothing else had changed.',
    );
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Marta Olsen', 'Marta Olsen', 'Marta Olsen']);
  });

  it('resolves a description to an earlier speaker with that role', () => {
    const quotes = quotesOf(
      'Ministry spokesman Tomas Berg said the talks had ended. The deadline has passed, the spokesman said.',
    );
    expect(quotes[1]?.speaker?.name).toBe('Tomas Berg');
  });

  it('keeps a speaker nobody can identify unresolved rather than guessing', () => {
    const quotes = quotesOf('Ministry spokesman Tomas Berg said the talks had ended. Analysts said the deadline had passed.');
    expect(quotes[1]?.speaker?.text).toBe('Analysts');
    expect(quotes[1]?.speaker?.entity).toBeUndefined();
    expect(quotes[1]?.speaker?.name).toBeUndefined();
  });

  it('links speakers to the entity layer: mentions, surnames, pronouns and roles', () => {
    const text =
      'Kremlin spokesman Dmitri Volkov said the meeting was useful. He said nothing was signed. The spokesman said talks would go on. Volkov said more talks were planned.';
    const entityStage = {
      name: 'test-entities',
      after: 'entities',
      tag(doc: DocumentDraft) {
        const at = (needle: string, from = 0): { start: number; end: number; text: string } => {
          const start = doc.text.indexOf(needle, from);
          return { start, end: start + needle.length, text: needle };
        };
        const first = at('Dmitri Volkov');
        const entity: Entity = {
          id: 'e1',
          type: 'PERSON',
          name: 'Dmitri Volkov',
          aliases: ['Volkov'],
          roles: ['Kremlin spokesman'],
          mentions: [{ ...first, type: 'PERSON' }],
        };
        doc.entities = [entity];
      },
    };
    const doc = createPipeline({ taggers: [entityStage] }).extract(text);
    expect(doc.quotes).toHaveLength(4);
    for (const quote of doc.quotes) expect(quote.speaker).toMatchObject({ entity: 'e1', name: 'Dmitri Volkov' });
  });
});

describe('quotesBySpeaker', () => {
  it('groups one document’s quotes by speaker, and several documents’ by canonical name', () => {
    const first = extract('Marta Olsen said the budget was balanced. She added that taxes would stay low. Analysts said it would not last.', {
      id: 'a',
    });
    const second = extract('“We are done,” Marta Olsen said.', { id: 'b' });
    const groups = quotesBySpeaker(first);
    expect(groups[0]).toMatchObject({ name: 'Marta Olsen' });
    expect(groups[0]?.quotes).toHaveLength(2);
    const across = quotesBySpeaker([first, second]);
    expect(across[0]).toMatchObject({ name: 'Marta Olsen', documents: ['a', 'b'] });
    expect(across[0]?.quotes).toHaveLength(3);
    const docs: NewsDocument[] = [...createPipeline().extractMany(['Olsen said it was fine.'])];
    expect(quotesBySpeaker(docs)[0]?.documents).toEqual(['doc1']);
  });
});
