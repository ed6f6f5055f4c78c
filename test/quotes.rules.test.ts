import { describe, expect, it } from 'vitest';
import { createPipeline, extract } from '../src/index.js';
import { CUE_RULES, RULE_NAMES, WORD_RULES } from '../src/quotes/rules/index.js';

const attributions = createPipeline({ quotes: { scope: 'attributions' } });
const known = new Set<string>(Object.values(RULE_NAMES).flat());

/** The rule of the one quote of `text`, checking that its name is a documented one. */
function ruleOf(text: string, pipeline = { extract }): string | undefined {
  const quotes = pipeline.extract(text).quotes;
  expect(quotes).toHaveLength(1);
  const rule = quotes[0]?.rule;
  expect(known.has(rule ?? '')).toBe(true);
  return rule;
}

describe('quote rules: every quote names the rule that made it', () => {
  it.each([
    ['The talks failed, Peskov said on Friday.', 'post-posed'],
    ['Peskov said that the talks had failed.', 'pre-posed'],
    ['The talks failed, said Peskov.', 'inverted'],
    ['The talks, Peskov said, have failed.', 'parenthetical'],
    ['According to the ministry, the plan will cost less.', 'according-to'],
    ['The mayor met the council, saying the budget was balanced.', 'participle'],
    ['As the Post reported, the deal collapsed.', 'as-clause'],
    ['It was reported that the deal collapsed.', 'passive'],
    ['The senator made it clear that she will run.', 'made-clear'],
    ['The minister called the meeting "constructive and direct".', 'naming'],
    ['"We are ready to talk about everything," the minister said.', 'direct'],
  ])('%s → %s', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it('names the coordinated report apart from the first', () => {
    const quotes = extract('Mr. Lee said the talks failed and added that he would resign.').quotes;
    expect(quotes.map((quote) => quote.rule)).toEqual(['pre-posed', 'coordinated']);
  });

  it('names the objects read only under attributions', () => {
    expect(ruleOf('The senator criticized the plan.', attributions)).toBe('object');
    expect(ruleOf('Smith vowed to fight the ruling.', attributions)).toBe('object');
    expect(extract('The senator criticized the plan.').quotes).toEqual([]);
  });

  it('names a continuation paragraph of a quote', () => {
    const text =
      '"We will not give up," the mayor said.\n\n"The city has seen worse days ' +
      'than these, and it came back every time."';
    const quotes = extract(text).quotes;
    expect(quotes.map((quote) => quote.rule)).toEqual(['direct', 'direct-continuation']);
  });

  it('runs the rule lists in a fixed order with unique names', () => {
    const names = [...WORD_RULES, ...CUE_RULES].map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(CUE_RULES.at(-1)?.name).toBe('pre-posed');
    for (const name of names) expect(known.has(name)).toBe(true);
  });
});
