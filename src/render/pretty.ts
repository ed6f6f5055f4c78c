import { articleLabel } from '../story/label.js';
import type { Story } from '../story/types.js';
import type { Entity, EntityType, NewsDocument, Quote } from '../types.js';

const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  GPE: 'Countries, cities, states',
  LOC: 'Places',
  NORP: 'Nationalities and groups',
  FAC: 'Facilities',
  PRODUCT: 'Products',
  EVENT: 'Events',
  LAW: 'Laws and treaties',
  WORK_OF_ART: 'Works',
};

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function describeEntity(entity: Entity): string {
  const count = entity.mentions.length;
  const roles = entity.roles.length > 0 ? ` — ${entity.roles.join('; ')}` : '';
  const aliases = entity.aliases.length > 0 ? ` (also: ${entity.aliases.join(', ')})` : '';
  return `${entity.name}${aliases}${roles} ×${count}`;
}

function speakerLabel(quote: Quote): string {
  if (!quote.speaker) return 'unattributed';
  return quote.speaker.name ?? quote.speaker.text;
}

/** A readable plain-text summary of one document: entities by type, who said what, dates. */
export function renderPretty(doc: NewsDocument): string {
  const lines: string[] = [];
  const heading = doc.meta.title ? `${doc.id} — ${doc.meta.title}` : doc.id;
  lines.push(heading, '='.repeat(Math.min(heading.length, 100)));
  const facts = [
    doc.meta.date && `published ${doc.meta.date}`,
    doc.meta.publisher && `by ${doc.meta.publisher}`,
    doc.meta.url,
    `${doc.sentences.length} sentences`,
    doc.meta.boilerplate.length > 0 && `${doc.meta.boilerplate.length} boilerplate lines skipped`,
  ].filter(Boolean);
  lines.push(facts.join(' · '), '');

  lines.push('Entities');
  if (doc.entities.length === 0) lines.push('  (none found)');
  const byType = new Map<EntityType, Entity[]>();
  for (const entity of doc.entities) byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
  for (const [type, entities] of byType) {
    lines.push(`  ${Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type] : String(type)}:`);
    for (const entity of [...entities].sort((a, b) => b.mentions.length - a.mentions.length)) {
      lines.push(`    - ${describeEntity(entity)}`);
    }
  }
  lines.push('');

  lines.push('Who said what');
  if (doc.quotes.length === 0) lines.push('  (no quotes found)');
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of doc.quotes) {
    const key = speakerLabel(quote);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
  }
  for (const [speaker, quotes] of bySpeaker) {
    lines.push(`  ${speaker}:`);
    for (const quote of quotes) {
      const text = marked(quote.kind, clip(quote.text, 158));
      const cue = quote.cue ? ` [${quote.cue.text}]` : '';
      lines.push(`    - (${quote.kind}) ${text}${cue}`);
    }
  }
  lines.push('');

  lines.push('When');
  if (doc.dates.length === 0) lines.push('  (no dates found)');
  for (const date of doc.dates) {
    const mod = date.mod ? ` ${date.mod}` : '';
    const unresolved = date.resolved ? '' : ' (unresolved)';
    lines.push(`  - ${clip(date.text, 60)} → ${date.type} ${date.value}${mod}${unresolved}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A readable plain-text summary of a story: articles, who said what across outlets, timeline, entities. */
export function renderStoryPretty(story: Story): string {
  const outlet = (id: string) => {
    const article = story.articles.find((candidate) => candidate.id === id);
    return article ? articleLabel(article) : id;
  };
  const lines: string[] = [];
  const heading = `Story: ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`;
  lines.push(heading, '='.repeat(heading.length));
  for (const article of story.articles) {
    const facts = [articleLabel(article), article.date, article.title && clip(article.title, 80)];
    lines.push(`  - ${facts.filter(Boolean).join(' · ')}`);
  }
  lines.push('', 'Who said what, across outlets');
  if (story.speakers.length === 0) lines.push('  (no quotes found)');
  for (const speaker of story.speakers) {
    lines.push(`  ${speaker.name}:`);
    for (const statement of speaker.statements) {
      const outlets = statement.articles.map(outlet).join(', ');
      lines.push(`    - ${marked(statement.versions[0]?.kind, clip(statement.text, 150))} [${outlets}]`);
      for (const version of statement.versions.slice(1)) {
        if (version.text.replace(/\s+/g, ' ').trim() === statement.text.replace(/\s+/g, ' ').trim()) continue;
        lines.push(`        ${outlet(version.article)}: ${marked(version.kind, clip(version.text, 140))}`);
      }
    }
  }
  lines.push('', 'Timeline');
  if (story.timeline.length === 0) lines.push('  (no dates placed on the timeline)');
  for (const entry of story.timeline) {
    const forms = [...new Set(entry.mentions.map((mention) => mention.text))].map((text) => clip(text, 30)).join(', ');
    const outlets = [...new Set(entry.mentions.map((mention) => outlet(mention.article)))].join(', ');
    lines.push(`  ${entry.value}${entry.mod ? ` ${entry.mod}` : ''}  ${forms}  [${outlets}]`);
  }
  if (story.unresolved.length > 0) {
    lines.push('  Not placed on the timeline:');
    for (const entry of story.unresolved) {
      const texts = new Set(entry.mentions.map((mention) => mention.text));
      const forms = [...texts].map((text) => clip(text, 30)).join(', ');
      lines.push(`    ${entry.type} ${entry.value}  ${forms}`);
    }
  }
  lines.push('', 'Who is mentioned');
  if (story.entities.length === 0) lines.push('  (none found)');
  for (const entity of story.entities.slice(0, 25)) {
    const roles = entity.roles.length > 0 ? ` — ${entity.roles.join('; ')}` : '';
    const articles = `${entity.occurrences.length} article${entity.occurrences.length === 1 ? '' : 's'}`;
    lines.push(`  - ${entity.name} (${entity.type})${roles} ×${entity.mentions} in ${articles}`);
  }
  if (story.entities.length > 25) lines.push(`  … and ${story.entities.length - 25} more`);
  return `${lines.join('\n')}\n`;
}

/**
 * Quotation marks around the quoted words: a direct quote or a partial fragment (whose content excludes
 * its marks); mixed quotes already carry theirs inside the reported clause, indirect speech has none.
 */
function marked(kind: Quote['kind'] | undefined, text: string): string {
  return (kind === 'direct' || kind === 'partial') && !/^["“'‘]/u.test(text) ? `“${text}”` : text;
}
