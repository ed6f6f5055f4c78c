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
  mentions: Mention[];
}

/**
 * Joins the documents extracted from the sections of a text, one at a time as each is extracted (a
 * section's document can go as soon as it is added): offsets shifted, entities of the same type and
 * name joined, speakers pointed at the joined entities.
 */
export class SectionMerger {
  private readonly sentences: Span[] = [];
  private readonly tokens: Token[] = [];
  private readonly quotes: Quote[] = [];
  private readonly dates: TimeExpression[] = [];
  private readonly boilerplate: Span[] = [];
  private readonly spans: Record<string, Span[]> = Object.create(null);
  private readonly entities = new Map<string, MergedEntity>();
  private withTokens = false;
  private meta: DocumentMeta | undefined;

  constructor(
    private readonly id: string,
    private readonly text: string,
  ) {}

  /** The first section's document, whose metadata the whole keeps. */
  get first(): DocumentMeta | undefined {
    return this.meta;
  }

  add(part: NewsDocument, offset: number): void {
    this.meta ??= part.meta;
    const sentenceBase = this.sentences.length;
    for (const sentence of part.sentences) this.sentences.push(shift(sentence, offset));
    if (part.tokens) {
      this.withTokens = true;
      for (const token of part.tokens) {
        this.tokens.push({ ...shift(token, offset), sentence: token.sentence + sentenceBase });
      }
    }
    for (const span of part.meta.boilerplate) this.boilerplate.push(shift(span, offset));
    const ids = new Map<string, string>();
    for (const entity of part.entities) {
      const key = `${entity.type}\u0000${entity.name.toLowerCase()}`;
      let merged = this.entities.get(key);
      if (!merged) {
        const id = `e${this.entities.size + 1}`;
        merged = { id, type: entity.type, name: entity.name, aliases: new Set(), roles: new Set(), mentions: [] };
        this.entities.set(key, merged);
      }
      for (const alias of entity.aliases) merged.aliases.add(alias);
      for (const role of entity.roles) merged.roles.add(role);
      for (const mention of entity.mentions) merged.mentions.push(shift(mention, offset));
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
      this.quotes.push({ ...shift(quote, offset), speaker, cue: quote.cue ? shift(quote.cue, offset) : null });
    }
    for (const date of part.dates) this.dates.push(shift(date, offset));
    for (const [label, group] of Object.entries(part.spans ?? {})) {
      this.spans[label] ??= [];
      const into = this.spans[label];
      for (const span of group) into.push(shift(span, offset));
    }
  }

  finish(): NewsDocument {
    const entities: Entity[] = [...this.entities.values()].map((merged) => {
      merged.aliases.delete(merged.name);
      const { id, type, name, mentions } = merged;
      return { id, type, name, aliases: [...merged.aliases], roles: [...merged.roles], mentions };
    });
    const meta: DocumentMeta = { ...(this.meta ?? {}), boilerplate: this.boilerplate };
    const doc: { -readonly [K in keyof NewsDocument]: NewsDocument[K] } = {
      id: this.id,
      text: this.text,
      meta,
      sentences: this.sentences,
      entities,
      quotes: this.quotes,
      dates: this.dates,
    };
    if (this.withTokens) doc.tokens = this.tokens;
    if (Object.keys(this.spans).length > 0) doc.spans = this.spans;
    return doc;
  }
}
