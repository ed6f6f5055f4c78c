import { createHash } from 'node:crypto';
import type { Element, AnyNode as Node } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { aggregate, renderHtml, renderStoryHtml } from '../src/index.js';
import { describeTimex } from '../src/render/html.js';
import { hostileDoc, makeDoc, storyDocs } from './story-fixtures.js';

const parse = (html: string) => parseDocument(html);
const all = (root: Node, predicate: (element: Element) => boolean) => DomUtils.findAll(predicate, [root]);
const distinctIds = (root: Node, kind: string) =>
  new Set(all(root, (element) => element.attribs['data-ann'] === kind).map((element) => element.attribs['data-id']))
    .size;

/** The text a reader sees in the article body, without the added labels, speaker chips and tooltips. */
function articleText(element: Node): string {
  if (element.type === 'text') return (element as unknown as { data: string }).data;
  const el = element as Element;
  if (el.attribs && /\b(who|lbl|tip)\b/.test(el.attribs['class'] ?? '')) return '';
  return (el.children ?? []).map(articleText).join('');
}

describe('renderHtml', () => {
  it('annotates every entity mention, quote and date once, and keeps the article text intact', () => {
    for (const doc of storyDocs) {
      const root = parse(renderHtml(doc));
      expect(distinctIds(root, 'entity')).toBe(doc.entities.reduce((sum, entity) => sum + entity.mentions.length, 0));
      expect(distinctIds(root, 'quote')).toBe(doc.quotes.length);
      expect(distinctIds(root, 'date')).toBe(doc.dates.length);
      const body = all(root, (element) => element.attribs['data-section'] === 'text')[0]!;
      expect(articleText(body)).toBe(doc.text);
    }
  });

  it('breaks and reopens annotations that cross, and only the first piece is focusable', () => {
    const doc = makeDoc({
      id: 'cross',
      text: 'He said “talks with Viktor” Orbán went well on Monday.',
      entities: [{ id: 'e1', type: 'PERSON', name: 'Viktor Orbán', mentions: ['Viktor” Orbán'] }],
      quotes: [{ text: 'talks with Viktor', speaker: 'He' }],
      dates: [{ text: 'Monday', value: '2025-10-13' }],
    });
    const html = renderHtml(doc);
    const root = parse(html);
    const pieces = all(root, (element) => element.attribs['data-ann'] === 'entity');
    expect(pieces.length).toBe(2);
    expect(pieces.filter((piece) => piece.attribs['tabindex'] === '0')).toHaveLength(1);
    expect(articleText(all(root, (element) => element.attribs['data-section'] === 'text')[0]!)).toBe(doc.text);
  });

  it('renders hostile text and metadata as text: no element, attribute or URL comes from the article', () => {
    const html = renderHtml(hostileDoc);
    const root = parse(html);
    expect(all(root, (element) => ['script', 'img', 'iframe', 'svg'].includes(element.name))).toEqual([]);
    expect(all(root, (element) => Object.keys(element.attribs).some((name) => name.startsWith('on')))).toEqual([]);
    expect(html).not.toMatch(/<script|<img|<iframe|<svg/i);
    expect(DomUtils.textContent(root)).toContain('<script>window.__pwned = 1; alert(1)</script>');
  });

  it('is self-contained: no external resource, no script but its own, named by hash in the policy', () => {
    for (const html of [renderHtml(storyDocs), renderStoryHtml(aggregate(storyDocs), storyDocs)]) {
      expect(html).not.toMatch(/<link|@import|url\(|\ssrc=/i);
      expect(html).toContain(`default-src 'none'`);
      expect(html).toMatch(/<meta name="viewport"/);
    }
    expect(renderHtml(storyDocs)).not.toMatch(/<script|script-src/i);
    const story = renderStoryHtml(aggregate(storyDocs), storyDocs);
    const scripts = [...story.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(1);
    expect(story.match(/<script/g)).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(story).toContain(`script-src 'sha256-${hash}'`);
  });

  it('gives every annotation a cue besides colour: a type label, a speaker chip, a tooltip value', () => {
    const root = parse(renderHtml(storyDocs[0]!));
    const entities = all(
      root,
      (element) => element.attribs['data-ann'] === 'entity' && element.attribs['tabindex'] === '0',
    );
    expect(entities.length).toBeGreaterThan(0);
    for (const entity of entities) {
      const label = all(entity, (element) => element.attribs['class'] === 'lbl')[0];
      expect(label && DomUtils.textContent(label)).toBe(entity.attribs['data-type']);
    }
    const quote = all(root, (element) => element.attribs['data-ann'] === 'quote')[0]!;
    expect(DomUtils.textContent(quote)).toContain('Dmitry Peskov');
    const date = all(root, (element) => element.attribs['data-ann'] === 'date')[0]!;
    const tip = all(root, (element) => element.attribs['id'] === date.attribs['aria-describedby'])[0]!;
    expect(DomUtils.textContent(tip)).toContain('2025-10-17');
    expect(DomUtils.textContent(tip)).toContain('Friday 17 October 2025');
  });
});

describe('renderHtml on arbitrary overlapping spans', () => {
  it('keeps the text intact and every annotation once, whatever the overlaps (200 random documents)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const alphabet = ['a', 'b', ' ', '\n', '<', '&', '"', '“', 'é', '😀'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 5 + random(60) }, () => alphabet[random(alphabet.length)]).join('');
      const span = () => {
        const start = random(text.length);
        const end = Math.min(text.length, start + 1 + random(12));
        return { start, end, text: text.slice(start, end) };
      };
      const doc = {
        id: `r${round}`,
        text,
        meta: { boilerplate: random(3) === 0 ? [span()] : [] },
        sentences: [],
        entities: [
          {
            id: 'e1',
            type: 'ORG' as const,
            name: 'X',
            aliases: [],
            roles: [],
            mentions: Array.from({ length: random(4) }, () => ({ ...span(), type: 'ORG' as const })),
          },
        ],
        quotes: Array.from({ length: random(3) }, () => ({
          ...span(),
          kind: 'direct' as const,
          speaker: null,
          cue: null,
          confidence: 1,
        })),
        dates: Array.from({ length: random(3) }, () => ({
          ...span(),
          type: 'DATE' as const,
          value: '2025-10-16',
          resolved: true,
        })),
      };
      const root = parse(renderHtml(doc));
      const body = all(root, (element) => element.attribs['data-section'] === 'text')[0]!;
      expect(articleText(body), text).toBe(text);
      expect(distinctIds(root, 'entity')).toBe(doc.entities[0]!.mentions.length);
      expect(distinctIds(root, 'quote')).toBe(doc.quotes.length);
      expect(distinctIds(root, 'date')).toBe(doc.dates.length);
      expect(
        all(root, (element) => element.attribs['tabindex'] === '0' && element.attribs['data-ann'] !== undefined),
      ).toHaveLength(doc.entities[0]!.mentions.length + doc.quotes.length + doc.dates.length);
    }
  });
});

describe('renderStoryHtml', () => {
  const story = aggregate(storyDocs);
  const root = parse(renderStoryHtml(story, storyDocs));

  it('shows every statement with every outlet’s wording, the timeline and the entities', () => {
    expect(all(root, (element) => element.attribs['data-statement'] !== undefined)).toHaveLength(
      story.speakers.reduce((sum, speaker) => sum + speaker.statements.length, 0),
    );
    expect(all(root, (element) => element.attribs['class'] === 'version')).toHaveLength(
      story.speakers.reduce(
        (sum, speaker) => sum + speaker.statements.reduce((n, statement) => n + statement.versions.length, 0),
        0,
      ),
    );
    const timeline = all(root, (element) => element.attribs['data-section'] === 'timeline')[0]!;
    expect(timeline.children.filter((child) => (child as Element).name === 'li')).toHaveLength(story.timeline.length);
    expect(all(root, (element) => element.name === 'tr' && element.attribs['data-entity'] !== undefined)).toHaveLength(
      story.entities.length,
    );
  });

  it('underlines the words where an outlet’s wording differs from the first', () => {
    const changed = all(root, (element) => element.name === 'ins').map((element) => DomUtils.textContent(element));
    expect(changed).toContain('really');
  });

  it('links each version to the quote in its article', () => {
    const targets = all(root, (element) => element.name === 'a' && /-q\d+$/.test(element.attribs['href'] ?? '')).map(
      (a) => a.attribs['href']!.slice(1),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(all(root, (element) => element.attribs['id'] === target)).toHaveLength(1);
  });
});

describe('describeTimex', () => {
  it('spells calendar values out and leaves others as they are', () => {
    expect(describeTimex('2025-10-16')).toBe('Thursday 16 October 2025');
    expect(describeTimex('2025-10')).toBe('October 2025');
    expect(describeTimex('2025-W43')).toBe('week 43 of 2025');
    expect(describeTimex('P2W')).toBe('2 weeks');
    expect(describeTimex('XXXX-WXX-1')).toBe('a Monday, week not known');
    expect(describeTimex('XXXX-XX-XX')).toBe('a date the text leaves open');
    expect(describeTimex('XXXX-SU')).toBe('XXXX-SU');
  });
});
