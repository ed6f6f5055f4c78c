import { describe, expect, it } from 'vitest';
import { createPipeline, extract, type Quote } from '../src/index.js';

/** Issue #16's error classes, each with sentences written for the test (no corpus text). */
const attributions = createPipeline({ quotes: { scope: 'attributions' } });
const summary = (quotes: readonly Quote[]) => quotes.map((quote) => [quote.text, quote.speaker?.text ?? null]);

describe('beliefs and findings are not statements (default scope)', () => {
  it.each([
    'I believe the city can do better than this.',
    'We know that the river floods every spring.',
    'The study found that most patients recovered within a week.',
    'Research shows that children sleep less than they did.',
    'She wondered whether the bridge would hold.',
    'The engineers realized the design had a flaw.',
  ])('%s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  it.each([
    ['The study found that the plan would cost less.', 'the plan would cost less', 'The study', 'found'],
    [
      'Many economists believe that the plan would cost less.',
      'the plan would cost less',
      'Many economists',
      'believe',
    ],
    ['The plan would cost less, records show.', 'The plan would cost less', 'records', 'show'],
  ])('keeps them under attributions, as PolNeAR marks them: %s', (text, content, speaker, cue) => {
    expect(extract(text).quotes).toEqual([]);
    const quotes = attributions.extract(text).quotes;
    expect(quotes.map((quote) => [quote.text, quote.speaker?.text, quote.cue?.text])).toEqual([
      [content, speaker, cue],
    ]);
  });
});

describe('speakers', () => {
  it('gives a quotation paragraph the speaker quoted in the paragraph before (continuation)', () => {
    const text =
      'Dana Ruiz, who covers retail for a bank, points out that stores were not alone in the trend.\n\n' +
      '“In the sixties, the shops of the capital lit their fronts with neon to draw buyers at night.”';
    expect(summary(extract(text).quotes)).toEqual([
      ['stores were not alone in the trend', 'Dana Ruiz'],
      ['In the sixties, the shops of the capital lit their fronts with neon to draw buyers at night.', 'Dana Ruiz'],
    ]);
  });

  it('gives no one a quotation paragraph after a paragraph without a quote', () => {
    const text =
      'Dana Ruiz said that stores were not alone in the trend.\n\nThe weather ' +
      'was mild and the streets were busy all day.\n\n' +
      '“In the sixties, the shops of the capital lit their fronts with neon to draw buyers at night.”';
    const last = extract(text).quotes.at(-1);
    expect(last?.speaker ?? null).toBeNull();
  });

  it('keeps a lower-case surname particle in the speaker: "de Miranda writes"', () => {
    const quote = extract('“The capitals of the bloc glowed with signs after dark,” de Miranda writes.').quotes[0];
    expect(quote?.speaker?.text).toBe('de Miranda');
  });

  it.each([
    ['The chief, Paul Manafort, suggested that the candidate would change his style.', 'The chief, Paul Manafort'],
    ['She has since stressed that she did not send any classified files.', 'She'],
    [
      'Front-runner Dana Ruiz - who once said she would never run - said at a rally that the plan was weak.',
      'Front-runner Dana Ruiz',
    ],
  ])('finds the subject over appositions, "since" and spaced dashes: %s', (text, speaker) => {
    expect(extract(text).quotes.at(-1)?.speaker?.text).toBe(speaker);
  });

  it('gives a later "they" to the group that spoke, not to a country named in between', () => {
    const text =
      'Administration officials said the strike was legal. Iran was warned on ' +
      'Monday. They said more strikes could follow.';
    const quotes = extract(text).quotes;
    expect(quotes[1]?.speaker?.text).toBe('They');
    expect(quotes[1]?.speaker?.name).toBe('Administration officials');
    expect(quotes[1]?.speaker?.entity).toBeUndefined();
  });

  it('splits two statements with two speakers in one sentence', () => {
    expect(
      summary(extract('The mayor said the budget was balanced, while the council said it was not.').quotes),
    ).toEqual([
      ['the budget was balanced', 'The mayor'],
      ['it was not', 'the council'],
    ]);
    expect(
      summary(
        extract('The senator claimed the bill would pass even as the budget office estimated it would fail.').quotes,
      ),
    ).toEqual([
      ['the bill would pass', 'The senator'],
      ['it would fail', 'the budget office'],
    ]);
  });

  it('keeps a contrast of the writer inside the content', () => {
    expect(summary(extract('The mayor said the budget was balanced, while prices rose.').quotes)).toEqual([
      ['the budget was balanced, while prices rose', 'The mayor'],
    ]);
  });
});

describe('descriptions the text names only later', () => {
  const speakerNames = (text: string) =>
    extract(text).quotes.map((quote) => [quote.speaker?.text ?? null, quote.speaker?.name ?? null]);

  it('gives a lead description the organisation named as speaker in the next paragraph', () => {
    const text =
      'A cargo barge sank in the harbor on Tuesday, the national port authority said.\n\n' +
      'The barge went down near the northern pier, Harborline Logistics Corporation said in a statement.';
    const quotes = extract(text).quotes;
    const company = extract(text).entities.find((entity) => entity.name.startsWith('Harborline'));
    expect(company?.type).toBe('ORG');
    expect(quotes[0]?.speaker?.text).toBe('the national port authority');
    expect(quotes[0]?.speaker?.entity).toBe(company?.id);
  });

  it('gives an indefinite person description the person named as speaker next', () => {
    const text =
      'The payment app leaks card numbers, according to a security researcher who tested it.\n\n' +
      '"I reported the flaw months ago," researcher Tomas Lindqvist wrote in a blog post.';
    expect(speakerNames(text)).toEqual([
      ['a security researcher', 'Tomas Lindqvist'],
      ['researcher Tomas Lindqvist', 'Tomas Lindqvist'],
    ]);
  });

  it('gives a later description of an institution the institution that just spoke', () => {
    const text =
      'Harborline Logistics Corporation said the pier was closed. The shipping company would not say ' +
      'when it would reopen, saying its divers were still at work.';
    const quotes = extract(text).quotes;
    expect(quotes.at(-1)?.speaker?.text).toBe('The shipping company');
    expect(quotes.at(-1)?.speaker?.name).toBe(quotes[0]?.speaker?.name);
    expect(quotes.at(-1)?.speaker?.entity).toBeDefined();
  });

  it('does not give a description a speaker of the other kind, or one named far later', () => {
    const kind =
      'Prices will rise next year, a senior economist said.\n\nThe central bank of Norland said it would wait.';
    expect(extract(kind).quotes[0]?.speaker?.entity).toBeUndefined();
    const far =
      'Prices will rise next year, the ministry said.\n\nThe weather was mild.\n\nShops were busy.\n\n' +
      'Streets were full.\n\nThe Norland Trade Federation said it would wait.';
    expect(extract(far).quotes[0]?.speaker?.entity).toBeUndefined();
  });
});

describe('block quotations (no marks, no cue of their own)', () => {
  const rules = (text: string) =>
    extract(text).quotes.map((quote) => [quote.rule, quote.speaker?.name ?? null, quote.text.slice(0, 20)]);
  const BLOCK = 'I have been talking to these founders for years, and we always knew the price would be fair.';

  it('reads the paragraph after a cue closing with a colon as the cue speaker words', () => {
    const text =
      'The regulator has defended its rules. As Dana Ruiz of the Harbor Trust explains, the rules ' +
      `leave room for growth:\n\n${BLOCK}`;
    expect(rules(text).at(-1)).toEqual(['block-colon', 'Dana Ruiz', BLOCK.slice(0, 20)]);
  });

  it('does not read a finding before a colon as a cue', () => {
    const text = `The harbor survey also found that:\n\nThe ships that came in last year were larger than before.`;
    expect(extract(text).quotes).toEqual([]);
  });

  it('gives a first-person paragraph after a reported statement to its speaker', () => {
    const text =
      'The airline chief Mark Olsen said the company would look at every offer. Olsen said at the ' +
      `hearing that the deal had taken years.\n\n${BLOCK}`;
    expect(rules(text).at(-1)).toEqual(['block-voice', 'Mark Olsen', BLOCK.slice(0, 20)]);
  });

  it.each([
    [
      'the writer says "I" elsewhere',
      `I met Mark Olsen at the hearing. Olsen said the deal had taken years.\n\n${BLOCK}`,
    ],
    ['the quote before has marks', `Olsen said: "The deal took years."\n\n${BLOCK}`],
    ['no quote comes before', `Mark Olsen runs the airline.\n\n${BLOCK}`],
    [
      '"I" is a party label',
      `Olsen said the deal was fair.\n\nSen. Dana Ruiz (I-Vt.) voted against the deal and the rules.`,
    ],
  ])('reads no first-person block when %s', (_, text) => {
    expect(extract(text).quotes.filter((quote) => quote.rule?.startsWith('block'))).toEqual([]);
  });
});

describe('speaker phrases and paragraph subjects', () => {
  it.each([
    ['“Prices will rise,” the conservative-leaning newspaper wrote.', 'the conservative-leaning newspaper'],
    ['Prices will rise, state-run media reported.', 'state-run media'],
  ])('keeps a hyphenated modifier in the speaker: %s', (text, speaker) => {
    expect(extract(text).quotes[0]?.speaker?.text).toBe(speaker);
  });

  it('does not take the place in "a Moscow-based analyst" for the speaker', () => {
    const quote = extract('“Prices will rise,” a Moscow-based analyst said.').quotes[0];
    expect(quote?.speaker?.text).toBe('a Moscow-based analyst');
    expect(quote?.speaker?.entity).toBeUndefined();
  });

  it('gives a quotation paragraph to the person the paragraph before is about', () => {
    const text =
      'Dana Valastro praised the governor for his work after the storm.\n\n' +
      '“We need someone who is going to cut through it and bring people together.”';
    const quote = extract(text).quotes[0];
    expect([quote?.rule, quote?.speaker?.name]).toEqual(['direct-subject', 'Dana Valastro']);
    const about =
      'The storm hit the coast on Monday night.\n\n“We need someone who is going to bring people together.”';
    expect(extract(about).quotes[0]?.speaker ?? null).toBeNull();
  });
});

describe('time adverbials next to a post-posed cue', () => {
  it.each([
    ['The bill would pass, Dana Ruiz said late Thursday.', 'Dana Ruiz'],
    ['The bill would pass, said Dana Ruiz late Thursday.', 'Dana Ruiz'],
    ['“We will win,” said Mark Olsen early Tuesday.', 'Mark Olsen'],
  ])('%s', (text, speaker) => {
    expect(summary(extract(text).quotes)).toEqual([
      [text.startsWith('“') ? 'We will win,' : 'The bill would pass', speaker],
    ]);
  });
});

describe('infinitive cues after a place (attributions)', () => {
  it.each([
    ['Investigative reporter Dana Ruiz will come on the show to talk about immigration.', 'Dana Ruiz'],
    ['Several actors went on Twitter to applaud the new law.', 'Several actors'],
  ])('gives the clause subject, not the place: %s', (text, speaker) => {
    expect(attributions.extract(text).quotes[0]?.speaker?.text).toContain(speaker);
  });

  it('keeps the object of "of" inside the subject phrase', () => {
    const quote = attributions.extract('The first member of Congress to endorse Trump said he was proud.').quotes[0];
    expect(quote?.speaker?.text).toBe('The first member of Congress');
  });
});

describe('cues and boundaries', () => {
  it.each([
    ['The company responded, saying in a statement that it would appeal.', 'it would appeal', 'The company'],
    ['He ended the debate by saying that the plan was dead.', 'the plan was dead', 'He'],
    ['The company claims the device is safe.', 'the device is safe', 'The company'],
    ['Dana Ruiz points out that stores were not alone.', 'stores were not alone', 'Dana Ruiz'],
    ['She said late Thursday that the vote would be delayed.', 'the vote would be delayed', 'She'],
    ['He said earlier this week that the plan was dead.', 'the plan was dead', 'He'],
    [
      'The nominee calls himself a moderate and has said that he would appoint new judges.',
      'he would appoint new judges',
      'The nominee',
    ],
    ['Olsen went on to explain that the plan would cost less.', 'the plan would cost less', 'Olsen'],
    ['The company says over 130 titles are in the works.', 'over 130 titles are in the works', 'The company'],
    [
      'These deals do not just pop up overnight, he said according to a transcript reviewed by the paper.',
      'These deals do not just pop up overnight',
      'he',
    ],
    [
      'The combination, say economists, marks a journey into uncharted territory.',
      'The combination, say economists, marks a journey into uncharted territory',
      'economists',
    ],
    [
      'Such decisions, the researchers say, provide new insights into the biology of sleep.',
      'Such decisions, the researchers say, provide new insights into the biology of sleep',
      'the researchers',
    ],
  ])('%s', (text, content, speaker) => {
    expect(summary(extract(text).quotes)).toEqual([[content, speaker]]);
  });

  it('reads a list of label lines as no quotes, a lone source line as a headline', () => {
    const labels =
      'Color: Stores use color to make the products look attractive.\n\nLayout: ' +
      'Stores make you walk past the things you came for.';
    expect(extract(labels).quotes).toEqual([]);
    expect(extract('Reminder: Nightly users can help us test the feature by filing bugs.').quotes).toEqual([]);
    expect(summary(extract('Lindqvist: Harbor tolls will double next spring.').quotes)).toEqual([
      ['Harbor tolls will double next spring', 'Lindqvist'],
    ]);
  });

  it('takes no question the writer puts in their own or the reader’s mouth', () => {
    expect(extract('You will look at an item and ask yourself, "Will this just end up in the pile?"').quotes).toEqual(
      [],
    );
    const list =
      'I would start by asking “how are the assignments sent out?”, “how do ' +
      'we receive the images?”, “what formats do the images need?”';
    expect(extract(list).quotes).toEqual([]);
    expect(summary(extract('The senator asked, “Why now, after all these years of waiting?”').quotes)).toEqual([
      ['Why now, after all these years of waiting?', 'The senator'],
    ]);
  });

  it.each([
    'The researchers used a technique called “mental chronometry” to time each choice.',
    'Smith added a paginator to the preview when it is hovered.',
    'Publishers deny their service to users who choose to block ads.',
    'The company promised the fastest game console ever made.',
    'I would argue that anyone who signs up has given up some privacy.',
  ])('reads no statement in a naming participle, an object or the writer’s own words: %s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  it('still reads a clause whose subject has a relative clause', () => {
    expect(summary(extract('Officials said the man who shot him was arrested.').quotes)).toEqual([
      ['the man who shot him was arrested', 'Officials'],
    ]);
  });

  it('takes a bulleted list after a colon cue as the content, one quote per item', () => {
    const text =
      'In a statement, the ministry said:\n\n• Schools will reopen on Monday.\n• ' +
      'Buses will run on the usual timetable.\n\nThe mayor was away.';
    expect(
      extract(text).quotes.map((quote) => [quote.text, quote.speaker?.text, quote.cue?.text ?? null, quote.rule]),
    ).toEqual([
      ['Schools will reopen on Monday', 'the ministry', 'said', 'bullet-list'],
      ['Buses will run on the usual timetable', 'the ministry', null, 'bullet-list'],
    ]);
  });

  it.each([
    'The counter at the bank was closed for the day.',
    'The rules should make it clear that drivers must stop at the line.',
    'A map showing the new border was published on Monday.',
  ])('reads no cue in a noun, a modal "make it clear" or a participle phrase: %s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  it.each(['Source: Supplied', 'Photo: AFP/Getty Images', 'Picture: Reuters'])(
    'never quotes a photo credit: %s',
    (text) => {
      expect(extract(text).quotes).toEqual([]);
    },
  );
});

describe('listener verbs are never inverted', () => {
  it('"…, the official, who …, told Reuters" gives the official, not the listener', () => {
    const text =
      'The depot was hit twice overnight, the official, who said he had spoken to guards at the depot, told Reuters.';
    const speakers = extract(text).quotes.map((quote) => quote.speaker?.text ?? null);
    expect(speakers).not.toContain('Reuters');
    expect(summary(extract(text).quotes)).toContainEqual(['The depot was hit twice overnight', 'the official']);
  });

  it('a verb that may invert still does: "…, warned the minister"', () => {
    expect(summary(extract('Fuel will run short by spring, warned the minister.').quotes)).toEqual([
      ['Fuel will run short by spring', 'the minister'],
    ]);
  });
});

// Issue #16 on recent news, second round: each class with sentences written for the test.
describe('recent news: verbs of saying in senses that report nobody', () => {
  it.each([
    // "all told" = in total
    'All told, the two clubs spent nine million dollars on new players.',
    // arithmetic "add" with a pronoun object
    'Once you know the price of each chair, add it all together.',
    'List the hours you spent, and add them up when you think you are done.',
    // a passive under a modal: the writer's hedge
    'It cannot be denied, however, that the new trains are slower than the old ones.',
    "It can't be said that the museum lacks visitors.",
    'It should be noted that the survey covered only three towns.',
    // a participle with its agent
    'A bill backed by the governor that cuts taxes passed in May.',
    // a quantity as the object of saying
    'The official histories say little to nothing about how the engineers built the dam.',
    // an infinitive after an adjective, with no subject
    'In short, it would be safe to say that most of the harbor trade moved south.',
    // a relative clause on the cue's object, not a that-clause
    'The editor wrote a new headline that changed the story completely.',
    'Reporters should build and tell stories that reach every reader on the web.',
    // a participle phrase is no content for a post-posed cue
    'Looking at the letters now, they scream of fear.',
    // the writer's own label
    'This is a clear case of what I call "data hoarding" by the big firms.',
  ])('%s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('recent news: cue forms the rules missed', () => {
  it.each([
    // -s form tagged as a noun, closing the sentence after a name
    [
      'Of course, the glow that ruined them indoors made them ideal for shop fronts, Lena Ortiz notes.',
      'Of course, the glow that ruined them indoors made them ideal for shop fronts',
      'Lena Ortiz',
    ],
    // a participle set off by a dash
    [
      'The author compares the tubes to a time capsule—suggesting they carry a message from another age.',
      'they carry a message from another age',
      'The author',
    ],
    // "say" with a quantifier of a noun the tagger reads as an adjective
    [
      'It said most of the hull burnt up as it fell into the sea.',
      'most of the hull burnt up as it fell into the sea',
      'It',
    ],
    // an object pronoun is the whole listener
    [
      'Our small survey has told us schools need more reading teachers.',
      'schools need more reading teachers',
      'Our small survey',
    ],
    // "was quoted as saying", post-posed and pre-posed
    [
      'Farmers saw a bright flash over the hills, the regional office was quoted as saying by a news agency.',
      'Farmers saw a bright flash over the hills',
      'the regional office',
    ],
    ['The ministry was quoted as saying the launch had failed.', 'the launch had failed', 'The ministry'],
    // a non-restrictive "which" reports for its antecedent
    [
      'He spoke at a hearing in a suit by Norland Media, which accuses the firm of "stealing" its designs.',
      'stealing',
      'Norland Media',
    ],
  ])('%s', (text, content, speaker) => {
    expect(summary(extract(text).quotes)).toEqual([[content, speaker]]);
  });

  it('an agentless passive "we were told" has no speaker, before a that-clause or as an aside', () => {
    expect(summary(extract('In 2001 the market fell. We were told that our jobs were safe.').quotes)).toEqual([
      ['our jobs were safe', null],
    ]);
    expect(summary(extract('It was, we were told, all part of “learning the trade.”').quotes)).toEqual([
      ['It was, we were told, all part of “learning the trade.”', null],
    ]);
  });
});

describe('recent news: a statement split by a mid-sentence attribution', () => {
  it.each([
    [
      'The results give new clues about how memory works, say the authors, and they may help patients one day.',
      ['The results give new clues about how memory works', 'they may help patients one day'],
    ],
    [
      'It also helps to watch rival bidders closely, Moreno said, and be ready to move fast.',
      ['It also helps to watch rival bidders closely', 'be ready to move fast'],
    ],
  ])('%s', (text, contents) => {
    const quotes = extract(text).quotes;
    expect(quotes.map((quote) => quote.text)).toEqual(contents);
    expect(quotes[1]?.speaker?.text).toBe(quotes[0]?.speaker?.text);
    expect(quotes.map((quote) => quote.cue?.text ?? null)).toEqual([expect.any(String), null]);
  });

  it('ends a report at a semicolon that a second subject and cue follow', () => {
    const text = 'Ruiz recalls that only once did a client thank her; she said she was “stunned” by how rare that was.';
    expect(summary(extract(text).quotes)).toEqual([
      ['only once did a client thank her', 'Ruiz'],
      ['she was “stunned” by how rare that was', 'she'],
    ]);
  });

  it('leaves a second report of its own to its own cue', () => {
    const quotes = extract('The plan failed, Moreno said, and added that she would resign.').quotes;
    expect(quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['The plan failed', 'said'],
      ['she would resign', 'added'],
    ]);
  });
});

describe('recent news: an excerpt of several first-person paragraphs (block-run)', () => {
  const INTRO =
    'The lock maker sells its locks in forty countries. Lena Ortiz, a student in Porto, has published code ' +
    'she said opens the lock in seconds. Here is how it works.';
  const RUN = [
    'The lock trusts the phone that talks to it first, which lets us send it a message of our own.',
    'In my tests, I sent the same short message over and over until the lock gave up and opened.',
    'msg: { send: [ send: [ send: [ send: [ send: [ send: [ send: [ ] ] ] ] ] ] ] }',
    'Every model sold since the first one in the spring behaves the same way when the phone is close.',
    'These were the fixes that I sent to the lock maker a year ago, and we never heard back from them.',
  ];
  const OUTRO = 'The lock maker did not answer a request for comment on Friday.';
  const blocks = (text: string) =>
    extract(text)
      .quotes.filter((quote) => quote.rule === 'block-run')
      .map((quote) => [quote.text.slice(0, 20), quote.speaker?.name ?? quote.speaker?.text ?? null]);

  it('gives each paragraph of the run to the speaker reported before it', () => {
    const found = blocks([INTRO, ...RUN, OUTRO].join('\n\n'));
    expect(found).toEqual(RUN.map((paragraph) => [paragraph.slice(0, 20), 'Lena Ortiz']));
  });

  it('steps over a listing printed one short line a paragraph', () => {
    const lines = ['msg: {', 'send: [', 'send: [', ']', ']', '}'];
    const paragraphs = [INTRO, RUN[0], RUN[1], ...lines, RUN[3], RUN[4], OUTRO] as string[];
    const found = blocks(paragraphs.join('\n\n'));
    expect(found.map(([text]) => text)).toEqual([RUN[0], RUN[1], RUN[3], RUN[4]].map((run) => run?.slice(0, 20)));
  });

  it.each([
    ['the writer says "I" elsewhere', ['I have used these locks for years.', INTRO, ...RUN, OUTRO]],
    ['nobody is reported before the run', ['The lock maker sells its locks in forty countries.', ...RUN, OUTRO]],
    [
      'the source is a group',
      [
        INTRO.replace('Lena Ortiz, a student in Porto, has', 'Two students have').replace(' she ', ' they '),
        ...RUN,
        OUTRO,
      ],
    ],
    ['the run has two paragraphs only', [INTRO, RUN[0] as string, RUN[1] as string, OUTRO]],
  ])('reads no run when %s', (_, paragraphs) => {
    expect(blocks(paragraphs.join('\n\n'))).toEqual([]);
  });
});
