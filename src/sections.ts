import { Tape } from './tape.js';
import type {
  DocumentMeta,
  Entity,
  Mention,
  NewsDocument,
  Quote,
  Span,
  Speaker,
  TimeExpression,
  Token,
} from './types.js';

/**
 * Texts far longer than any article are extracted in sections, so that memory stays bounded: the
 * stages hold about 200 bytes a token and more (tokens, features, candidates), and one 20 MB text
 * (four million tokens) peaked at 2.3 GB in one piece. A section ends at a paragraph break where it
 * can, else at a line break, a sentence end or a space, never inside a surrogate pair. Each section is
 * extracted as a document of its own (the first one's publication date anchors the later ones' dates)
 * and the results are merged with their offsets shifted, entities of the same type and name joined.
 * Long-form news articles run to 100,000 characters; a section holds two and a half times that.
 */
export const SECTION_CHARS = 250_000;

/**
 * Where a section may end, best first; the last match in the second half of the section wins. A
 * sentence end is a full stop, question or exclamation mark (and a closing quotation mark) before a
 * capital, not after an initial or a short title ("J.", "Mr.", "Gen.", "U.S."): a name is not cut
 * there. Only a text with none of these (no spaces at all) is cut at the section's length.
 */
const CUTS = [/\n[ \t]*\n/g, /\n/g, /(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,3})[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu, /\s/g];

/** Start offsets of the sections of `text` (the first is 0). */
export function sectionStarts(text: string, max = SECTION_CHARS): number[] {
  const starts = [0];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const window = text.slice(start + (max >> 1), limit);
    const base = start + (max >> 1);
    let cut = -1;
    for (const pattern of CUTS) {
      let last = -1;
      for (const match of window.matchAll(pattern)) last = match.index + match[0].length;
      if (last > 0) {
        cut = base + last;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      // Never between the halves of a surrogate pair.
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    starts.push(cut);
    start = cut;
  }
  return starts;
}

function shift<T extends Span>(span: T, offset: number): T {
  return { ...span, start: span.start + offset, end: span.end + offset };
}

/** An entity of the whole text, joined from the sections' entities of the same type and name. */
interface MergedEntity {
  id: string;
  type: Entity['type'];
  name: string;
  aliases: Set<string>;
  roles: Set<string>;
  /** Its place in the merger's list of entities. */
  index: number;
  /** Its mentions, read back from the merger's mention tape when the text is done. */
  mentions: Mention[];
}

/**
 * Joins the documents extracted from the sections of a text, one at a time as each is extracted (a
 * section's document can go as soon as it is added): offsets shifted, entities of the same type and
 * name joined, speakers pointed at the joined entities. What the sections found is kept on tapes
 * (tape.ts), not as objects, until `finish` builds the document: between sections the heap holds
 * a few bytes a span instead of the spans, which is what lets V8 collect a long text's garbage early
 * (one 20 MB text peaked at 696 MB with the spans kept as objects).
 */
export class SectionMerger {
  private readonly sentences: Tape;
  private readonly tokens: Tape;
  /** Each mention is the index of its merged entity followed by the mention. */
  private readonly mentions: Tape;
  private readonly quotes: Tape;
  private readonly dates: Tape;
  /** Each span is the index of its label in `labels` followed by the span. */
  private readonly spans: Tape;
  private readonly labels: string[] = [];
  private readonly boilerplate: Span[] = [];
  private readonly entities = new Map<string, MergedEntity>();
  private readonly entityList: MergedEntity[] = [];
  private sentenceCount = 0;
  private withTokens = false;
  private meta: DocumentMeta | undefined;

  constructor(
    private readonly id: string,
    private readonly text: string,
  ) {
    this.sentences = new Tape(text);
    this.tokens = new Tape(text);
    this.mentions = new Tape(text);
    this.quotes = new Tape(text);
    this.dates = new Tape(text);
    this.spans = new Tape(text);
  }

  /** The first section's document, whose metadata the whole keeps. */
  get first(): DocumentMeta | undefined {
    return this.meta;
  }

  add(part: NewsDocument, offset: number): void {
    this.meta ??= part.meta;
    const sentenceBase = this.sentenceCount;
    this.sentenceCount += part.sentences.length;
    for (const sentence of part.sentences) this.sentences.write(shift(sentence, offset));
    if (part.tokens) {
      this.withTokens = true;
      for (const token of part.tokens) {
        this.tokens.write({ ...shift(token, offset), sentence: token.sentence + sentenceBase });
      }
    }
    for (const span of part.meta.boilerplate) this.boilerplate.push(shift(span, offset));
    const ids = new Map<string, string>();
    for (const entity of part.entities) {
      const key = `${entity.type}\u0000${entity.name.toLowerCase()}`;
      let merged = this.entities.get(key);
      if (!merged) {
        const id = `e${this.entities.size + 1}`;
        const { type, name } = entity;
        merged = { id, type, name, aliases: new Set(), roles: new Set(), index: this.entityList.length, mentions: [] };
        this.entities.set(key, merged);
        this.entityList.push(merged);
      }
      for (const alias of entity.aliases) merged.aliases.add(alias);
      for (const role of entity.roles) merged.roles.add(role);
      for (const mention of entity.mentions) {
        this.mentions.writeInt(merged.index);
        this.mentions.write(shift(mention, offset));
      }
      ids.set(entity.id, merged.id);
    }
    for (const quote of part.quotes) {
      let speaker: Speaker | null = null;
      if (quote.speaker) {
        const shifted: { -readonly [K in keyof Speaker]: Speaker[K] } = shift(quote.speaker, offset);
        const entity = shifted.entity !== undefined ? ids.get(shifted.entity) : undefined;
        if (entity) shifted.entity = entity;
        else delete shifted.entity;
        speaker = shifted;
      }
      this.quotes.write({ ...shift(quote, offset), speaker, cue: quote.cue ? shift(quote.cue, offset) : null });
    }
    for (const date of part.dates) this.dates.write(shift(date, offset));
    for (const [label, group] of Object.entries(part.spans ?? {})) {
      let index = this.labels.indexOf(label);
      if (index < 0) index = this.labels.push(label) - 1;
      for (const span of group) {
        this.spans.writeInt(index);
        this.spans.write(shift(span, offset));
      }
    }
  }

  finish(): NewsDocument {
    for (const reader = this.mentions.reader(); !reader.done; ) {
      const merged = this.entityList[reader.readInt()];
      const mention = reader.read() as Mention;
      merged?.mentions.push(mention);
    }
    const entities: Entity[] = this.entityList.map((merged) => {
      merged.aliases.delete(merged.name);
      const { id, type, name, mentions } = merged;
      return { id, type, name, aliases: [...merged.aliases], roles: [...merged.roles], mentions };
    });
    const meta: DocumentMeta = { ...(this.meta ?? {}), boilerplate: this.boilerplate };
    const doc: { -readonly [K in keyof NewsDocument]: NewsDocument[K] } = {
      id: this.id,
      text: this.text,
      meta,
      sentences: readAll<Span>(this.sentences),
      entities,
      quotes: readAll<Quote>(this.quotes),
      dates: readAll<TimeExpression>(this.dates),
    };
    if (this.withTokens) doc.tokens = readAll<Token>(this.tokens);
    if (this.labels.length > 0) {
      const spans: Record<string, Span[]> = Object.create(null);
      for (const label of this.labels) spans[label] = [];
      for (const reader = this.spans.reader(); !reader.done; ) {
        const label = this.labels[reader.readInt()] ?? '';
        spans[label]?.push(reader.read() as Span);
      }
      doc.spans = spans;
    }
    return doc;
  }
}

function readAll<T>(tape: Tape): T[] {
  const out: T[] = [];
  for (const reader = tape.reader(); !reader.done; ) out.push(reader.read() as T);
  return out;
}
