/**
 * Small hand-made NewsDocuments for the story and report tests: they follow the output contract
 * (src/types.ts) so these tests do not depend on the extraction stages.
 */
import type { Entity, EntityType, NewsDocument, Quote, Span, TimeExpression } from '../src/types.js';

/** The span of the n-th occurrence of `needle` in `text`. */
export function find(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: "${needle}" (${occurrence}) not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  roles?: string[];
  mentions: (string | [string, number])[];
}
interface QuoteSpec {
  text: string;
  speaker?: string | [string, number];
  entity?: string;
  kind?: Quote['kind'];
  cue?: string;
}
interface DateSpec {
  text: string;
  value: string;
  type?: TimeExpression['type'];
  resolved?: boolean;
}

export function makeDoc(spec: {
  id: string;
  text: string;
  publisher?: string;
  date?: string;
  title?: string;
  entities?: EntitySpec[];
  quotes?: QuoteSpec[];
  dates?: DateSpec[];
}): NewsDocument {
  const { text } = spec;
  const entities: Entity[] = (spec.entities ?? []).map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases ?? [],
    roles: entity.roles ?? [],
    mentions: entity.mentions.map((mention) => {
      const [needle, occurrence] = typeof mention === 'string' ? [mention, 0] : mention;
      return { ...find(text, needle, occurrence), type: entity.type };
    }),
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((quote) => {
    const speaker =
      quote.speaker === undefined
        ? null
        : typeof quote.speaker === 'string'
          ? find(text, quote.speaker)
          : find(text, ...quote.speaker);
    const entity = entities.find((candidate) => candidate.id === quote.entity);
    return {
      ...find(text, quote.text),
      kind: quote.kind ?? 'direct',
      speaker: speaker ? { ...speaker, ...(entity ? { entity: entity.id, name: entity.name } : {}) } : null,
      cue: quote.cue ? find(text, quote.cue) : null,
      confidence: 0.9,
    };
  });
  const dates: TimeExpression[] = (spec.dates ?? []).map((date) => ({
    ...find(text, date.text),
    type: date.type ?? 'DATE',
    value: date.value,
    resolved: date.resolved ?? true,
  }));
  // Sentences: split after . ! ? followed by a space or a line break (enough for these fixtures).
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const boundary = text[i] === '\n' || (/[.!?]/.test(text[i]!) && (text[i + 1] === ' ' || text[i + 1] === undefined));
    if (boundary || i === text.length - 1) {
      const end = text[i] === '\n' ? i : i + 1;
      if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
      while (text[start] === ' ') start += 1;
    }
  }
  return {
    id: spec.id,
    text,
    meta: {
      boilerplate: [],
      ...(spec.publisher ? { publisher: spec.publisher } : {}),
      ...(spec.date ? { date: spec.date } : {}),
      ...(spec.title ? { title: spec.title } : {}),
    },
    sentences,
    entities,
    quotes,
    dates,
  };
}

const TEXT_A =
  'Kremlin spokesperson Dmitry Peskov said on Friday that the summit in Hungary could come soon. ' +
  '“It could indeed take place within two weeks or a little later,” Peskov said. ' +
  'He added: “Much work remains before the leaders meet.”';
const TEXT_B =
  'Peskov told reporters on Thursday that a summit was near. ' +
  '"It really could take place within two weeks or a little later," Peskov said. ' +
  'Budapest, in Hungary, offered to host it, said Yuri Ushakov.';
const TEXT_C =
  'A meeting was being prepared, officials said on Friday. ' +
  'One official put it plainly: “It could take place within two weeks or a little later.” ' +
  'The date of a later summit is unclear.';

export const storyDocs: NewsDocument[] = [
  makeDoc({
    id: 'a',
    text: TEXT_A,
    publisher: 'Outlet A',
    date: '2025-10-17',
    title: 'Summit may come soon',
    entities: [
      {
        id: 'e1',
        type: 'PERSON',
        name: 'Dmitry Peskov',
        aliases: ['Peskov'],
        roles: ['Kremlin spokesperson'],
        mentions: ['Dmitry Peskov', ['Peskov', 1]],
      },
      { id: 'e2', type: 'ORG', name: 'Kremlin', mentions: ['Kremlin'] },
      { id: 'e3', type: 'GPE', name: 'Hungary', mentions: ['Hungary'] },
    ],
    quotes: [
      {
        text: 'It could indeed take place within two weeks or a little later,',
        speaker: ['Peskov', 1],
        entity: 'e1',
        cue: 'said',
      },
      { text: 'Much work remains before the leaders meet.', speaker: 'He', entity: 'e1', cue: 'added' },
    ],
    dates: [
      { text: 'Friday', value: '2025-10-17' },
      { text: 'two weeks', value: 'P2W', type: 'DURATION' },
    ],
  }),
  makeDoc({
    id: 'b',
    text: TEXT_B,
    publisher: 'Outlet B',
    date: '2025-10-17',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Peskov', roles: ['Kremlin spokesman'], mentions: ['Peskov', ['Peskov', 1]] },
      { id: 'e2', type: 'GPE', name: 'Budapest', mentions: ['Budapest'] },
      { id: 'e3', type: 'GPE', name: 'Hungary', mentions: ['Hungary'] },
      { id: 'e4', type: 'PERSON', name: 'Yuri Ushakov', mentions: ['Yuri Ushakov'] },
    ],
    quotes: [
      {
        text: 'It really could take place within two weeks or a little later,',
        speaker: ['Peskov', 1],
        entity: 'e1',
        cue: 'said',
      },
    ],
    dates: [
      { text: 'Thursday', value: '2025-10-16' },
      { text: 'two weeks', value: 'P2W', type: 'DURATION' },
    ],
  }),
  makeDoc({
    id: 'c',
    text: TEXT_C,
    publisher: 'Outlet C',
    quotes: [{ text: 'It could take place within two weeks or a little later.' }],
    dates: [
      { text: 'Friday', value: '2025-10-17' },
      { text: 'a later summit', value: 'XXXX-XX-XX', resolved: false },
    ],
  }),
];

/** An article whose text and metadata try to inject markup and script into the report. */
export const HOSTILE_TEXT =
  'Officials said <script>window.__pwned = 1; alert(1)</script> on Monday. ' +
  'A caption read "><img src=x onerror="window.__pwned = 2; alert(2)"> and <b>bold</b> & more. ' +
  '“<iframe src=javascript:window.__pwned=3>” said Mallory.';

export const hostileDoc: NewsDocument = makeDoc({
  id: '"><svg onload="window.__pwned=4">',
  text: HOSTILE_TEXT,
  title: '<script>window.__pwned=5</script>',
  publisher: '<img src=x onerror=alert(6)>',
  entities: [{ id: 'e1', type: 'PERSON', name: 'Mallory <script>', mentions: ['Mallory'] }],
  quotes: [{ text: '<iframe src=javascript:window.__pwned=3>', speaker: 'Mallory', entity: 'e1' }],
  dates: [{ text: 'Monday', value: '"><script>window.__pwned=7</script>' }],
});
