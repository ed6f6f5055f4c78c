import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';

const pipeline = createPipeline({ disable: ['entities', 'quotes'] });

function dateTexts(text: string): string[] {
  return pipeline.extract(text, { referenceDate: '2025-10-17' }).dates.map((date) => date.text);
}

/** Words and numbers that look temporal but are not: none of these sentences holds a date. */
describe('dates: negative cases', () => {
  it.each([
    ['may the verb', 'The leaders may meet again, officials said.'],
    ['May at the start of a sentence', 'May I ask a question about the deal?'],
    ['march the noun', 'Thousands joined the march through the city centre.'],
    ['March as a verb', 'Protesters plan to march on parliament.'],
    ['a second summit (ordinal, not a unit)', 'Officials discussed a second summit in Budapest.'],
    ['sat the verb', 'The delegates sat in silence for the anthem.'],
    ['fractions', 'Turnout rose by 1/2 point among young voters.'],
    ['counts that are not years', 'About 2000 soldiers and 1500 police were deployed.'],
    ['money that looks like a year', 'The ticket cost $1999 at the door.'],
    ['percentages', 'Support reached 2010 percent in the satirical poll.'],
    ['ages', 'The 52 years old chairman will retire.'],
    ['names that are months', 'April Ryan asked the first question.'],
    ['"as soon as" is a conjunction', 'Trading resumed as soon as the report appeared.'],
    ['a quarter of something is a fraction', 'A quarter of the shares changed hands.'],
    ['"last" the verb', 'The ceasefire will last.'],
    ['attributive frequency adjectives', 'The firm raised its quarterly dividend and daily output.'],
    ['the fall of a city', 'Historians studied the fall of Constantinople.'],
    ['current as a noun', 'The swimmer was caught in a strong current.'],
  ])('%s', (_name, text) => {
    expect(dateTexts(text)).toEqual([]);
  });

  it('keeps the real date next to a false friend', () => {
    expect(dateTexts('The leaders may meet in May, a spokesman said.')).toEqual(['May']);
    expect(dateTexts('The march was held on March 3.')).toEqual(['March 3']);
  });
});
