/**
 * The offset invariant on every output the pipeline gives: the corpus articles, and inputs chosen to
 * break offset arithmetic (CRLF, NBSP, astral characters, unclosed quotes, empty and blank text).
 */
import { describe, expect, it } from 'vitest';
import { createPipeline, gazetteerTagger, patternTagger } from '../src/index.js';
import { loadGoldCorpus } from './helpers/gold.js';
import { expectValidReferences, expectValidSpans, spanProblems } from './helpers/spans.js';

const pipeline = createPipeline();

const AWKWARD: Readonly<Record<string, string>> = {
  empty: '',
  blank: ' \n\t\r\n  ',
  crlf:
    'Moscow: The Kremlin said on Monday that talks could start.\r\n“We are ' +
    'ready,” Peskov said.\r\n\r\nTrump agreed.',
  'lone CR': 'Trump spoke on Friday.\rPutin replied on Saturday, Peskov said.',
  nbsp: 'Kremlin\u00a0spokesperson Dmitry\u00a0Peskov said on\u00a0Friday that “the\u00a0meeting is\u00a0set.”',
  emoji: '🇷🇺 Putin 👋 met 🇺🇸 Trump on Thursday. “Great 🎉 talks,” Trump said 😀 in Alaska 🏔️.',
  'unclosed quote': 'Peskov said: “It could take place within two weeks. And then he left on Monday',
  'stray closing quote': 'It could take place” within two weeks, Peskov said on 17 October 2025.',
  'nested quotes': '“He told me ‘we will meet in Budapest’ yesterday,” Trump said.',
  'straight quotes only': '"Such decisions are made mutually," Peskov told reporters. "It is a two-way process."',
  'metadata only': ' date 2025-10-17 https://example.com/20251017/x.html\n',
  'combining marks': 'Viktor Orba\u0301n met Zelens\u0301kyy in Kyiv on 16 October.',
  'lone surrogate': 'Putin \ud83d said on Friday that Trump \udc00 agreed.',
  'no spaces': 'Peskov said.They will meet.Putin held a call,Peskov added.Trump said on Thursday.',
  'long line': `${'The Kremlin said on Monday that talks went well. '.repeat(400)}“Fine,” Peskov said.`,
};

describe('span invariant', () => {
  it.each(loadGoldCorpus())('holds on corpus article $name, tokens included', ({ name, text }) => {
    const doc = pipeline.extract(text, { id: name, tokens: true });
    expectValidSpans(doc);
    expectValidReferences(doc);
    expect(doc.text).toBe(text);
    expect(doc.tokens?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(Object.entries(AWKWARD))('holds on awkward input: %s', (label, text) => {
    const doc = pipeline.extract(text, { id: label, tokens: true, referenceDate: '2025-10-17' });
    expectValidSpans(doc);
    expectValidReferences(doc);
    expect(doc.text).toBe(text);
  });

  it('holds on span groups and locked mentions from custom taggers', () => {
    const custom = createPipeline({
      taggers: [
        patternTagger({
          patterns: [
            { pattern: /\p{Extended_Pictographic}+/u, type: 'EMOJI' },
            { pattern: /\d+(?:\.\d+)?%/, type: 'PERCENT' },
          ],
        }),
        gazetteerTagger({ entries: [{ phrase: 'Tomahawk', type: 'PRODUCT' }] }),
      ],
    });
    const doc = custom.extract(`${AWKWARD['emoji']} Index up 4.5% on\r\nTomahawk news 🚀.`, {
      id: 'custom',
      tokens: true,
    });
    expect(doc.spans?.['EMOJI']?.length ?? 0).toBeGreaterThan(0);
    expect(doc.spans?.['PERCENT']?.map((span) => span.text)).toEqual(['4.5%']);
    expectValidSpans(doc);
    expectValidReferences(doc);
  });

  it('the checker reports a span whose text does not match its offsets', () => {
    const doc = pipeline.extract('Putin met Trump on Friday.', { id: 'probe' });
    const broken = {
      ...doc,
      dates: [{ start: 0, end: 5, text: 'Trump', type: 'DATE' as const, value: 'X', resolved: false }],
    };
    expect(spanProblems(broken)).toEqual(['dates[0]: text "Trump" but the slice is "Putin"']);
    const outside = { ...doc, sentences: [{ start: 3, end: 99, text: '' }] };
    expect(spanProblems(outside)[0]).toMatch(/outside 0\.\.26/);
  });
});
