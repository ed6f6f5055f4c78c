import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline, type Quote } from '../src/index.js';

/**
 * The quotation-mark rule (src/quotes/marks.ts, README "Robustness"): a line with a mark left open
 * (a teaser, a headline, a link label) inserted between paragraphs changes no quote outside that
 * line, whatever the kind of the mark and whatever quotes the paragraphs around it hold.
 */
const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : process.env['CI'] ? 20251017 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

const pipeline = createPipeline({ referenceDate: '2025-10-17' });

// Paragraphs written for this test; one unit holds a quote that runs over two paragraphs.
const PARAGRAPHS = [
  '“We will rebuild the bridge by spring,” Mayor Ana Kovač said on Monday.',
  'The council voted 7-2 in favour of the plan.',
  'Jonas Weber, the engineer, said the river had risen faster than expected. “Nobody saw it coming.”',
  '"It is a disaster," said Maria Lopez, who runs a bakery near the bank.',
  'She added that «the insurers must pay» before the winter.',
  'Officials said „the work starts now“ and declined to give a cost.',
  'Police said the road would stay closed. »We ask drivers to wait«, a spokesman said.',
  '“The first paragraph of a long statement goes on.\n\n“And the second paragraph ends it,” Kovač said.',
  'He said: “She told me ‘never again’ and then she left.”',
  'The mayor’s office said repairs had begun.',
];

const MARKS = ['“', '"', '„', '«', '»', '``', "''", '‘', '‚'];
const LEADS = ['Read more: ', 'Watch: ', '', 'See also: ', 'LIVE '];
const WORDS = ['big', 'flood', 'what', 'the', 'town', 'lost', 'photos', 'now'];

const line = fc
  .record({
    lead: fc.constantFrom(...LEADS),
    mark: fc.constantFrom(...MARKS),
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
    ellipsis: fc.boolean(),
  })
  .map(({ lead, mark, words, ellipsis }) => `${lead}${mark}${words.join(' ')}${ellipsis ? '…' : ''}`);

interface Seen {
  start: number;
  text: string;
  kind: string;
  speaker: string | undefined;
  cue: string | undefined;
}

function seen(quote: Quote, shift: number): Seen {
  return {
    start: quote.start - shift,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker?.text,
    cue: quote.cue?.text,
  };
}

describe('a line with an unclosed quotation mark', () => {
  it('inserted between paragraphs leaves every quote outside it unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 2, maxLength: 5 }),
        fc.nat(),
        line,
        // Paragraphs apart by blank lines, or one a line (then the long quote's blank line is a break too).
        fc.constantFrom('\n\n', '\n'),
        (paragraphs, slot, inserted, breakBetween) => {
          const units = breakBetween === '\n' ? paragraphs.map((unit) => unit.replace(/\n\n/g, '\n')) : paragraphs;
          const at = 1 + (slot % (units.length - 1));
          const before = units.slice(0, at).join(breakBetween);
          const text = units.join(breakBetween);
          const changed = `${before}${breakBetween}${inserted}${breakBetween}${units.slice(at).join(breakBetween)}`;
          const lineStart = before.length + breakBetween.length;
          const lineEnd = lineStart + inserted.length;
          const shiftAfter = inserted.length + breakBetween.length;
          const original = pipeline.extract(text).quotes.map((quote) => seen(quote, 0));
          const outside = pipeline
            .extract(changed)
            .quotes.filter((quote) => quote.end <= lineStart || quote.start >= lineEnd)
            .map((quote) => seen(quote, quote.start >= lineEnd ? shiftAfter : 0));
          expect(outside).toEqual(original);
        },
      ),
      { numRuns: 80 },
    );
  });
});
