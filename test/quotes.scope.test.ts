import { describe, expect, it } from 'vitest';
import { createPipeline, type Quote } from '../src/index.js';
import { loadGoldCorpus } from './helpers/gold.js';

/**
 * The two quote scopes, on hand-written sentences: `statements` (the default, the corpus
 * guidelines) and `attributions` (PARC/PolNeAR: noun-phrase and infinitive objects, stances,
 * claim nouns). Each rule family has a positive and a negative case.
 */

const statements = createPipeline();
const attributions = createPipeline({ quotes: { scope: 'attributions' } });

function quotesOf(text: string, scope: 'statements' | 'attributions'): readonly Quote[] {
  const doc = (scope === 'attributions' ? attributions : statements).extract(text);
  for (const quote of doc.quotes) {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
  }
  return doc.quotes;
}

const summary = (quotes: readonly Quote[]): Array<[string, string | undefined, string | undefined]> =>
  quotes.map((quote) => [quote.text, quote.speaker?.text, quote.cue?.text]);

describe('both scopes: statements', () => {
  it('reads an as-clause before or after its content', () => {
    for (const scope of ['statements', 'attributions'] as const) {
      expect(summary(quotesOf('As the Daily Ledger reported, the mayor will resign in May.', scope))).toEqual([
        ['the mayor will resign in May', 'the Daily Ledger', 'reported'],
      ]);
      expect(summary(quotesOf('The bridge will reopen next year, as the engineer said.', scope))).toEqual([
        ['The bridge will reopen next year', 'the engineer', 'said'],
      ]);
    }
  });

  it('gives a report closed by a second attribution to the outer source, nested under attributions', () => {
    // Invented names and words, so that no list and no golden sentence decides it.
    const cases: Array<[string, string, string]> = [
      ['Ms. Okonkwo warned that the levy would fail, the ministry said.', 'the ministry', 'said'],
      ['Ms. Okonkwo said the levy would fail, officials said on Monday.', 'officials', 'said'],
      ['Ms. Okonkwo said the levy would fail, said a spokesman.', 'a spokesman', 'said'],
      ['Ms. Okonkwo said the levy would fail, according to the ministry.', 'the ministry', 'according to'],
    ];
    for (const [text, outer, cue] of cases) {
      const inner = text.slice(0, text.indexOf(','));
      expect(summary(quotesOf(text, 'statements')), text).toEqual([[inner, outer, cue]]);
      const nested = summary(quotesOf(text, 'attributions'));
      expect(nested, text).toContainEqual([inner, outer, cue]);
      // The inner report's content ends before the outer attribution.
      expect(nested, text).toContainEqual([
        'the levy would fail',
        'Ms. Okonkwo',
        inner.includes('warned') ? 'warned' : 'said',
      ]);
    }
  });

  it('does not read a temporal as-clause as an attribution', () => {
    expect(quotesOf('As the crowd cheered, the mayor cut the ribbon.', 'statements')).toEqual([]);
  });

  it('lets a post-posed cue trail a comma phrase without a cue of its own', () => {
    expect(
      summary(
        quotesOf(
          'The council approved the budget, the clerk announced on Monday, two weeks after the vote.',
          'statements',
        ),
      ),
    ).toEqual([['The council approved the budget', 'the clerk', 'announced']]);
  });

  it('wants a clause before a post-posed cue, and no object after it', () => {
    expect(quotesOf('With such a slim lead, Ms. Park could have requested a recount.', 'statements')).toEqual([]);
    expect(
      quotesOf('Across the valley, where water is scarce, farmers see the dam as a lifeline.', 'statements'),
    ).toEqual([]);
    // A time noun after the cue is still an adverbial.
    expect(summary(quotesOf('The deal is dead, the minister said this week.', 'statements'))).toEqual([
      ['The deal is dead', 'the minister', 'said'],
    ]);
  });

  it('takes one noun phrase as the listener of "told"', () => {
    expect(summary(quotesOf('Ms. Kirsch told the paper her group never worked with the firm.', 'statements'))).toEqual([
      ['her group never worked with the firm', 'Ms. Kirsch', 'told'],
    ]);
  });

  it('keeps a that-clause whose subject is separated from the cue by prepositional phrases', () => {
    expect(summary(quotesOf('The Kremlin on indicated that a summit could happen soon.', 'statements'))).toEqual([
      ['a summit could happen soon', 'The Kremlin', 'indicated'],
    ]);
  });

  it('reports no statement for a claim noun that owns the clause, nor for a reduced relative', () => {
    expect(quotesOf('He repeated the claim that he made.', 'statements')).toEqual([]);
    expect(quotesOf('Ads attacking the mayor ran all week.', 'statements')).toEqual([]);
  });

  it('reads a line that opens with its source and a colon, not one that opens with a label', () => {
    const text =
      'Lindqvist: Harbor tolls will double next spring.\n\nThe port authority ' +
      'met on Monday.\n\nUpdate: The meeting was moved to Friday.\n\nMore follows.';
    expect(summary(quotesOf(text, 'statements'))).toEqual([
      ['Harbor tolls will double next spring', 'Lindqvist', undefined],
    ]);
    const quoted = 'Okafor: “We will not sign this deal.”\n\nThe talks resume next week.';
    expect(summary(quotesOf(quoted, 'statements'))).toEqual([['We will not sign this deal.', 'Okafor', ':']]);
  });

  it('takes a lone quantifier as the subject, not one that modifies a noun', () => {
    expect(
      summary(quotesOf('Although few objected, many said on Monday that the ruling helps the mayor.', 'statements')),
    ).toEqual([['the ruling helps the mayor', 'many', 'said']]);
    expect(summary(quotesOf('The tolls will not fall, as some have speculated.', 'statements'))).toEqual([
      ['The tolls will not fall', 'some', 'speculated'],
    ]);
    expect(summary(quotesOf('Some residents said the tolls were too high.', 'statements'))).toEqual([
      ['the tolls were too high', 'Some residents', 'said'],
    ]);
  });

  it('does not take "adds to" as a cue', () => {
    expect(quotesOf('The delay adds to the pressure that has built over the project.', 'statements')).toEqual([]);
    expect(quotesOf('The delay adds to the pressure that has built over the project.', 'attributions')).toEqual([]);
  });
});

describe('attributions scope: PARC/PolNeAR objects and stances', () => {
  it('reads a noun-phrase object of a speech act or stance, which statements leave out', () => {
    expect(quotesOf('Senator Vale criticized the new tariff.', 'statements')).toEqual([]);
    expect(summary(quotesOf('Senator Vale criticized the new tariff.', 'attributions'))).toEqual([
      ['the new tariff', 'Senator Vale', 'criticized'],
    ]);
    expect(summary(quotesOf('The mayor denounced the plan.', 'attributions'))).toEqual([
      ['the plan', 'The mayor', 'denounced'],
    ]);
    expect(summary(quotesOf('The judge ordered a review of the case.', 'attributions'))).toEqual([
      ['a review of the case', 'The judge', 'ordered'],
    ]);
    expect(quotesOf('The judge ordered a review of the case.', 'statements')).toEqual([]);
  });

  it('reads the object of a belief or wish only for the verbs PolNeAR marks so', () => {
    expect(summary(quotesOf('Most voters want a change of course.', 'attributions'))).toEqual([
      ['a change of course', 'Most voters', 'want'],
    ]);
    expect(summary(quotesOf('Officials are expecting a record turnout.', 'attributions'))).toEqual([
      ['a record turnout', 'Officials', 'expecting'],
    ]);
    expect(quotesOf('Most voters want a change of course.', 'statements')).toEqual([]);
    expect(quotesOf('The auditors doubted the figures.', 'attributions')).toEqual([]);
  });

  it('reads an infinitive after a verb of intent or request, not after any verb', () => {
    expect(summary(quotesOf('The union vowed to strike next month.', 'attributions'))).toEqual([
      ['to strike next month', 'The union', 'vowed'],
    ]);
    expect(quotesOf('The union vowed to strike next month.', 'statements')).toEqual([]);
    // "commented on" takes an adjunct, not a content.
    expect(quotesOf('The union has not commented on the timeline.', 'attributions')).toEqual([]);
  });

  it('reads the object of a cue with its preposition ("referred to", "talked about"), not under statements', () => {
    expect(summary(quotesOf('Ms. Okafor referred to the levy as a stealth tax.', 'attributions'))).toEqual([
      ['the levy as a stealth tax', 'Ms. Okafor', 'referred to'],
    ]);
    expect(summary(quotesOf('The lawyers also pointed to two earlier rulings.', 'attributions'))).toEqual([
      ['two earlier rulings', 'The lawyers', 'pointed to'],
    ]);
    expect(summary(quotesOf('He complained about the referees.', 'attributions'))).toEqual([
      ['the referees', 'He', 'complained about'],
    ]);
    expect(quotesOf('Ms. Okafor referred to the levy as a stealth tax.', 'statements')).toEqual([]);
  });

  it('reads a question put to someone in a when-clause or the passive, with no source', () => {
    expect(summary(quotesOf('The mayor smiled when asked whether she would run again.', 'attributions'))).toEqual([
      ['whether she would run again', undefined, 'asked'],
    ]);
    expect(summary(quotesOf('Olsen was asked by a reporter what the plan would cost.', 'attributions'))).toEqual([
      ['what the plan would cost', undefined, 'asked'],
    ]);
    expect(quotesOf('The mayor smiled when asked whether she would run again.', 'statements')).toEqual([]);
    expect(
      quotesOf('Olsen was asked to leave the room.', 'attributions').some((quote) => quote.cue?.text === 'asked'),
    ).toBe(false);
  });

  it(
    'reads an impression ("seems", "appears") as a whole clause without source; ' + 'a cue after it keeps the subject',
    () => {
      expect(summary(quotesOf('The figures appear to be wrong.', 'attributions'))).toEqual([
        ['The figures appear to be wrong', undefined, 'appear'],
      ]);
      expect(summary(quotesOf('The mayor seemed irritated.', 'attributions'))).toEqual([
        ['The mayor seemed irritated', undefined, 'seemed'],
      ]);
      expect(summary(quotesOf('The mayor seemed to suggest that the vote was rigged.', 'attributions'))).toContainEqual(
        ['the vote was rigged', 'The mayor', 'suggest'],
      );
      expect(quotesOf('The mayor appeared on television on Sunday.', 'attributions')).toEqual([]);
      expect(quotesOf('The figures appear to be wrong.', 'statements')).toEqual([]);
    },
  );

  it('reads an expectation or rumour in the passive with an infinitive, with no source', () => {
    expect(summary(quotesOf('The mayor is widely expected to resign on Friday.', 'attributions'))).toEqual([
      ['to resign on Friday', undefined, 'expected'],
    ]);
    expect(summary(quotesOf('The envoy is said to favor a deal.', 'attributions'))).toEqual([
      ['to favor a deal', undefined, 'said'],
    ]);
    expect(quotesOf('The mayor is widely expected to resign on Friday.', 'statements')).toEqual([]);
    expect(quotesOf('The bridge was supposed to open in May.', 'attributions')).toEqual([]);
  });

  it('reads a report whose subject follows another cue only under attributions', () => {
    expect(summary(quotesOf('Olsen said the governor told reporters that taxes would fall.', 'attributions'))).toEqual([
      ['the governor told reporters that taxes would fall', 'Olsen', 'said'],
      ['taxes would fall', 'the governor', 'told'],
    ]);
    expect(summary(quotesOf('Olsen said the governor told reporters that taxes would fall.', 'statements'))).toEqual([
      ['the governor told reporters that taxes would fall', 'Olsen', 'said'],
    ]);
  });

  it('keeps a nested speech report with its that-clause, but not a nested stance or belief', () => {
    expect(
      summary(quotesOf('Olsen said that the minister had told reporters that taxes would fall.', 'attributions')),
    ).toEqual([
      ['the minister had told reporters that taxes would fall', 'Olsen', 'said'],
      ['taxes would fall', 'the minister', 'told'],
    ]);
    expect(
      summary(quotesOf('Pate told the paper he would support the mayor over the governor.', 'attributions')),
    ).toEqual([['he would support the mayor over the governor', 'Pate', 'told']]);
    expect(summary(quotesOf('Olsen said that the governor believes that taxes will fall.', 'attributions'))).toEqual([
      ['the governor believes that taxes will fall', 'Olsen', 'said'],
    ]);
  });

  it('reads an unquoted label after a naming verb with its object, but no other object of "call"', () => {
    expect(summary(quotesOf('Ms. Okafor called the levy a stealth tax.', 'attributions'))).toEqual([
      ['the levy a stealth tax', 'Ms. Okafor', 'called'],
    ]);
    expect(summary(quotesOf('The mayor described the budget as reckless.', 'attributions'))).toEqual([
      ['the budget as reckless', 'The mayor', 'described'],
    ]);
    expect(summary(quotesOf('She likened the tax to theft.', 'attributions'))).toEqual([
      ['the tax to theft', 'She', 'likened'],
    ]);
    // The participle's subject is the sentence's: "…, calling the levy a stealth tax".
    expect(summary(quotesOf('Ms. Okafor spoke for an hour, calling the levy a stealth tax.', 'attributions'))).toEqual([
      ['the levy a stealth tax', 'Ms. Okafor', 'calling'],
    ]);
    expect(quotesOf('Ms. Okafor called the levy a stealth tax.', 'statements')).toEqual([]);
    for (const text of [
      'He called off the talks.',
      'She called him on Monday.',
      'They called the meeting.',
      'The mayor described the scene.',
    ]) {
      expect(quotesOf(text, 'attributions')).toEqual([]);
    }
  });

  it('ends a content before ", and" with a report of its own', () => {
    expect(
      summary(
        quotesOf(
          'Most voters said they were worried about the economy, and more than 4 in 10 said the mayor would do best.',
          'attributions',
        ),
      ),
    ).toEqual([
      ['they were worried about the economy', 'Most voters', 'said'],
      ['the mayor would do best', 'more than 4 in 10', 'said'],
    ]);
    // Without a cue after "and" the coordination stays in the content.
    expect(summary(quotesOf('Olsen said the talks failed, and the army would withdraw.', 'attributions'))).toEqual([
      ['the talks failed, and the army would withdraw', 'Olsen', 'said'],
    ]);
  });

  it('ends a content before a second clause with its own report', () => {
    expect(
      summary(
        quotesOf(
          'Two unions reported raising money for the mayor, while a new group has ' +
            'reported spending heavily against him.',
          'attributions',
        ),
      ),
    ).toEqual([
      ['raising money for the mayor', 'Two unions', 'reported'],
      ['spending heavily against him', 'a new group', 'reported'],
    ]);
  });

  it('takes the noun before a reduced relative as the source of its object', () => {
    expect(summary(quotesOf('Ads attacking the mayor ran all week.', 'attributions'))).toEqual([
      ['the mayor', 'Ads', 'attacking'],
    ]);
  });

  it('reads a claim noun with a that-clause, but not a relative clause after it', () => {
    const quotes = summary(quotesOf('The memo contained her assertion that the audit was rigged.', 'attributions'));
    expect(quotes).toContainEqual(['the audit was rigged', 'her', 'assertion']);
    expect(
      summary(quotesOf("Few noticed the committee's claim that the vote was fair.", 'attributions')),
    ).toContainEqual(['the vote was fair', "the committee's", 'claim']);
    // Inside another report's object the claim is part of that report (PolNeAR seldom marks both).
    expect(summary(quotesOf('Officials rejected her assertion that the audit was rigged.', 'attributions'))).toEqual([
      ['her assertion that the audit was rigged', 'Officials', 'rejected'],
    ]);
    const relative = quotesOf('He repeated the claim that he made.', 'attributions');
    expect(relative.some((quote) => quote.cue?.text === 'claim')).toBe(false);
  });

  it('reads a relative clause: the antecedent with its pronoun, or a restrictive pronoun, is the source', () => {
    expect(summary(quotesOf('The bill was vetoed by the governor, who opposes new taxes.', 'attributions'))).toEqual([
      ['new taxes', 'the governor, who', 'opposes'],
    ]);
    expect(summary(quotesOf('Voters who oppose new taxes stayed home.', 'attributions'))).toEqual([
      ['new taxes', 'who', 'oppose'],
    ]);
    expect(quotesOf('The bill was vetoed by the governor, who opposes new taxes.', 'statements')).toEqual([]);
    // A non-restrictive "which" is the source; its content ends with the relative clause.
    expect(summary(quotesOf('The union, which endorsed the mayor in May, is powerful.', 'attributions'))).toEqual([
      ['the mayor in May', 'which', 'endorsed'],
    ]);
    // A reported clause inside a relative clause is a statement in both scopes.
    expect(summary(quotesOf('The bill was vetoed by Ms. Lane, who said the tax was unfair.', 'statements'))).toEqual([
      ['the tax was unfair', 'Ms. Lane, who', 'said'],
    ]);
  });

  it('reads a stance noun with a holder and its object, not one without a holder', () => {
    expect(summary(quotesOf("The mayor's criticism of the toll plan drew applause.", 'attributions'))).toEqual([
      ['the toll plan', "The mayor's", 'criticism'],
    ]);
    expect(quotesOf('Support for the toll plan grew over the summer.', 'attributions')).toEqual([]);
    expect(quotesOf("The mayor's criticism of the toll plan drew applause.", 'statements')).toEqual([]);
  });

  it(
    'reads an embedded question after a cue in both scopes, and an opening ' +
      '"Asked whether" only under attributions',
    () => {
      for (const scope of ['statements', 'attributions'] as const) {
        expect(summary(quotesOf('A reporter asked whether the new plan differed from the old one.', scope))).toEqual([
          ['whether the new plan differed from the old one', 'A reporter', 'asked'],
        ]);
      }
      const text = 'Asked whether he would run again, the senator smiled.';
      expect(summary(quotesOf(text, 'attributions'))).toEqual([['whether he would run again', undefined, 'Asked']]);
      expect(quotesOf(text, 'statements')).toEqual([]);
    },
  );

  it('leaves plain actions alone', () => {
    expect(quotesOf('The senator signed the bill and left the chamber.', 'attributions')).toEqual([]);
    expect(quotesOf('The team won the final on Sunday.', 'attributions')).toEqual([]);
  });
});

describe('attributions scope: span invariants', () => {
  it('keeps every span on the text, in order and inside its document, on the corpus and on broken input', () => {
    const texts = [
      ...loadGoldCorpus().map((document) => document.text),
      'said that',
      'According to, : “ ,',
      'Asked whether, the',
      'Reid:',
      ':“',
      'Ads attacking',
      "The mayor's criticism of",
      'Voters who oppose',
      'He said, as',
      `${'Officials said that '.repeat(200)}the end.`,
    ];
    for (const text of texts) {
      const quotes = quotesOf(text, 'attributions');
      for (const quote of quotes) {
        expect(quote.start).toBeGreaterThanOrEqual(0);
        expect(quote.end).toBeLessThanOrEqual(text.length);
        expect(quote.end).toBeGreaterThan(quote.start);
        expect(quote.text.trim()).not.toBe('');
      }
    }
  });
});
