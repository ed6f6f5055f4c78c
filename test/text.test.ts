import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/text/clean.js';
import { tokenize } from '../src/text/tokenize.js';
import type { Span } from '../src/types.js';

function expectOffsets(text: string, spans: readonly Span[]): void {
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('tokenize', () => {
  it('splits a sentence glued to the next one after a period', () => {
    const text = 'Peskov told reporters.There are many questions, peskov said.';
    const { sentences, tokens } = tokenize(text);
    expect(sentences.map((s) => s.text)).toEqual(['Peskov told reporters.', 'There are many questions, peskov said.']);
    expectOffsets(text, tokens);
  });

  it('keeps glued names whole and splits dashed pairs', () => {
    const text = 'Trump’s envoy, SteveWitkoff, discussed the Putin–Trump summit and U.S.–Russia ties.';
    const words = tokenize(text).tokens.map((t) => t.text);
    expect(words).toContain('SteveWitkoff');
    expect(words.join(' ')).toContain('Putin – Trump');
    expect(words).toContain('U.S.');
  });

  it('marks curly and straight quotation marks as quote tokens', () => {
    const text = '“Preparations are underway,” Peskov said. "It could take place," he added.';
    const quotes = tokenize(text)
      .tokens.filter((t) => t.kind === 'quote')
      .map((t) => t.text);
    expect(quotes).toEqual(['“', '”', '"', '"']);
  });

  it('maps offsets exactly through NBSP, CRLF, tabs, a leading space and emoji', () => {
    const text = ' date 2025-10-17 Putin\u00a0met Trump.\r\nThe talks 😀 went\twell.\r\n\r\nNext  paragraph here.';
    const { tokens, sentences } = tokenize(text);
    expectOffsets(text, tokens);
    expectOffsets(text, sentences);
    expect(tokens.some((t) => /\s/.test(t.text))).toBe(false);
    expect(sentences.map((s) => s.text)).toEqual([
      'date 2025-10-17 Putin\u00a0met Trump.',
      'The talks 😀 went\twell.',
      'Next  paragraph here.',
    ]);
    expect(tokens.find((t) => t.text === 'met')?.spaceBefore).toBe(true);
  });

  it('ends a sentence at a line break even without a period (headlines)', () => {
    const text = 'Kremlin verifies Putin-Trump meeting in Hungary\nRussian officials have confirmed it.';
    expect(tokenize(text).sentences.map((s) => s.text)).toEqual([
      'Kremlin verifies Putin-Trump meeting in Hungary',
      'Russian officials have confirmed it.',
    ]);
  });

  it('repairs the tags of a surname that is also a verb before "said" ("Tim Cook/VERB said/ADJ")', () => {
    const { tokens } = tokenize('Chief Executive Tim Cook said demand was strong.');
    const tag = (text: string) => tokens.find((token) => token.text === text)?.pos;
    expect(tag('Cook')).toBe('PROPN');
    expect(tag('said')).toBe('VERB');
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual({ tokens: [], sentences: [] });
    expect(tokenize(' \n\t ')).toEqual({ tokens: [], sentences: [] });
  });
});

describe('cleanText: metadata', () => {
  it('reads a leading date field and the headline after it, and blanks the field', () => {
    const text = ' date 2025-10-17 Putin-Trump Summit May Happen Within Two Weeks\n\nThe Kremlin said so.';
    const { meta, analysisText } = cleanText(text);
    expect(meta.date).toBe('2025-10-17');
    expect(meta.title).toBe('Putin-Trump Summit May Happen Within Two Weeks');
    expect(analysisText).toHaveLength(text.length);
    expect(analysisText).not.toContain('2025-10-17');
    expect(analysisText).toContain('Putin-Trump Summit');
  });

  it('reads a URL after the date field: publisher from the host, and the next line as headline', () => {
    const text =
      ' date 2025-10-17 https://www.example-news.com/20251016/a-story.html\n\nTalks ' +
      'May Take Place Within 2 Weeks - Kremlin\n\nBody text.';
    const { meta } = cleanText(text);
    expect(meta).toMatchObject({
      date: '2025-10-17',
      url: 'https://www.example-news.com/20251016/a-story.html',
      publisher: 'example-news.com',
    });
  });

  it('takes the publication date from a URL when no date field is present', () => {
    const { meta, analysisText } = cleanText(
      'https://news.example.org/2024/03/09/story\nHeadline Words Here Today\nBody.',
    );
    expect(meta.date).toBe('2024-03-09');
    expect(meta.title).toBeUndefined();
    expect(analysisText.startsWith(' '.repeat(20))).toBe(true);
  });

  it('ignores impossible dates', () => {
    expect(cleanText(' date 2025-02-30 Headline of the story here\nBody.').meta.date).toBeUndefined();
  });

  it('reads a syndication slug as the publisher and blanks it', () => {
    const text = 'Kremlin verifies meeting\n(MENAFN) Russian officials have confirmed a meeting.';
    const { meta, analysisText } = cleanText(text);
    expect(meta.publisher).toBe('MENAFN');
    expect(meta.title).toBe('Kremlin verifies meeting');
    expect(analysisText).not.toContain('MENAFN');
  });

  it('reads a wire dateline as a unit of its own: agency as publisher, a sentence end at its dash', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['WASHINGTON (Reuters) - The central bank held rates.', 'WASHINGTON (Reuters) -', 'Reuters'],
      ['NEW YORK, Nov. 19 (UPI) — Shares rose.', 'NEW YORK, Nov. 19 (UPI) —', 'UPI'],
      ['CAMBRIDGE, Mass., Dec. 11 (UPI) — Students marched.', 'CAMBRIDGE, Mass., Dec. 11 (UPI) —', 'UPI'],
      ['NASHUA, N.H.\u00a0-\u00a0At the moment the race is open.', 'NASHUA, N.H.\u00a0-', undefined],
      ['LOS ANGELES --  The stories begin.', 'LOS ANGELES --', undefined],
      ['Storm Nears Coast\n\nBEIJING — Heavy rain fell.', 'BEIJING —', undefined],
    ];
    for (const [text, dateline, publisher] of cases) {
      const { meta, analysisText } = cleanText(text);
      expect(meta.dateline?.text, text).toBe(dateline);
      expect(text.slice(meta.dateline?.start, meta.dateline?.end)).toBe(dateline);
      expect(meta.publisher).toBe(publisher);
      expect(analysisText).toHaveLength(text.length);
      expect(
        analysisText.slice((meta.dateline?.end ?? 0) - (dateline.endsWith('--') ? 2 : 1), meta.dateline?.end).trimEnd(),
      ).toBe('.');
    }
    const { tokens, sentences } = tokenize(
      'WASHINGTON (Reuters) - The central bank held rates.',
      cleanText('WASHINGTON (Reuters) - The central bank held rates.').analysisText,
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'WASHINGTON (Reuters) -',
      'The central bank held rates.',
    ]);
    expect(tokens.map((token) => token.text)).toContain('-');
  });

  it('takes no kicker, capital headline or name for a dateline', () => {
    for (const text of [
      'BREAKING - The vote was delayed.',
      'EXCLUSIVE – Inside the talks.',
      'IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Lane writes.',
      'Trump - the candidate - spoke.',
      'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .',
    ]) {
      expect(cleanText(text).meta.dateline, text).toBeUndefined();
    }
  });

  it('does not take a first paragraph for a headline', () => {
    const { meta } = cleanText('Moscow: The Kremlin said on Monday that a summit could take place.\nMore text.');
    expect(meta.title).toBeUndefined();
  });
});

describe('cleanText: boilerplate', () => {
  const text = [
    'Headline About The Summit Today',
    'Trump-Putin summit in Alaska',
    'Trump-Putin summit in Alaska | Photo: @mfa_russia on X via PTI',
    'Summary',
    'Summary of this article',
    '  • Kremlin eyes a meeting in Budapest.',
    'The Kremlin said talks went well.',
    'MORE FROM THE AUTHOR',
    'PHOTOS',
    'Follow tovima.com on Google News to keep up with the latest stories',
    'Exit mobile version',
  ].join('\n');
  const { meta, analysisText } = cleanText(text);

  it('recognises furniture lines, photo credits and the caption they repeat', () => {
    expect(meta.boilerplate.map((s) => s.text)).toEqual([
      'Trump-Putin summit in Alaska',
      'Trump-Putin summit in Alaska | Photo: @mfa_russia on X via PTI',
      'Summary',
      'Summary of this article',
      'MORE FROM THE AUTHOR',
      'PHOTOS',
      'Follow tovima.com on Google News to keep up with the latest stories',
      'Exit mobile version',
    ]);
    expectOffsets(text, meta.boilerplate);
  });

  it('keeps article text, summary bullets and the headline for extraction', () => {
    expect(analysisText).toHaveLength(text.length);
    expect(analysisText).toContain('Kremlin eyes a meeting in Budapest.');
    expect(analysisText).toContain('The Kremlin said talks went well.');
    expect(analysisText).toContain('Headline About The Summit Today');
    expect(analysisText).not.toContain('Google News');
    expect(analysisText).not.toContain('Photo:');
  });

  it('does not flag ordinary sentences that mention photos or following', () => {
    const plain = cleanText(
      'Reporters follow the talks closely.\nThe photos show the leaders shaking hands.\nWe follow him on X.',
    );
    expect(plain.meta.boilerplate).toEqual([]);
  });
});

describe('tokenize: quotes at sentence boundaries', () => {
  it('gives an opening quote glued to the next word to the next sentence', () => {
    const text =
      'The summit will be organized in stages, Peskov said."As long as there is the will. But first," he added.';
    expect(tokenize(text).sentences.map((s) => s.text)).toEqual([
      'The summit will be organized in stages, Peskov said.',
      '"As long as there is the will.',
      'But first," he added.',
    ]);
  });
});

describe('tokens do not depend on the documents read before', () => {
  // wink-nlp learns "Zorvath's" as one word when it first meets it before a period or comma.
  const probe = "Critics decried Zorvath’s plan and Quillon's budget.";
  const words = (text: string): string[] => tokenize(text).tokens.map((token) => token.text);

  it('splits a possessive the same way before and after it closed a sentence elsewhere', () => {
    const before = words(probe);
    tokenize("The final word was Zorvath’s. The budget is Quillon's, not ours.");
    expect(words(probe)).toEqual(before);
    expect(before).toEqual(['Critics', 'decried', 'Zorvath', '’s', 'plan', 'and', 'Quillon', "'s", 'budget', '.']);
  });

  it('splits a possessive that ends a sentence too', () => {
    const tokens = tokenize('The choice was Pelgrane’s.').tokens;
    expect(tokens.map((token) => token.text)).toEqual(['The', 'choice', 'was', 'Pelgrane', '’s', '.']);
    expect(tokens.find((token) => token.text === '’s')?.pos).toBe('PART');
  });
});
