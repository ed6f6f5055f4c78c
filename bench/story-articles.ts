/**
 * Synthetic coverage of one invented event, for measuring and testing the story report at 15 to 200
 * articles: outlets with site names and URLs, varied speakers (named, titled, pronoun-only), cue verbs,
 * publication dates over a week (one article in ten without), dated sentences and durations. Every
 * sentence is written here from templates; nothing comes from a dataset. Deterministic for a given
 * count (seeded).
 */
import { mulberry32 } from '../scripts/mulberry32.js';

export interface SyntheticArticle {
  /** A relative id, as a batch read from a folder would give (never shown in the report). */
  readonly id: string;
  /** The text, opening with its publication date, canonical URL and headline as the command reads them. */
  readonly text: string;
  /** The site's own name, as a web page declares it (for about half the outlets). */
  readonly siteName?: string;
}

const OUTLETS = [
  { host: 'www.harbourtimes.example', site: 'The Harbour Times' },
  { host: 'news.northgazette.example', site: 'North Gazette' },
  { host: 'www.dailyledger.example' },
  { host: 'www.coastalpost.example', site: 'Coastal Post' },
  { host: 'wire.metronews.example' },
  { host: 'www.valleyherald.example', site: 'Valley Herald' },
  { host: 'www.capitalobserver.example' },
  { host: 'www.riverdispatch.example', site: 'River Dispatch' },
  { host: 'www.eveningcourier.example' },
  { host: 'www.islandreview.example', site: 'Island Review' },
  { host: 'www.plainsreporter.example' },
  { host: 'www.summitjournal.example', site: 'Summit Journal' },
];

const SPEAKERS = [
  { name: 'Marta Okonkwo', role: 'Port Authority director', surname: 'Okonkwo' },
  { name: 'Daniel Reyes', role: 'union spokesman', surname: 'Reyes' },
  { name: 'Ingrid Halvorsen', role: 'Transport Minister', surname: 'Halvorsen' },
  { name: 'Samuel Adeyemi', role: 'mayor of Eastport', surname: 'Adeyemi' },
  { name: 'Priya Natarajan', role: 'shipping analyst at Kestrel Research', surname: 'Natarajan' },
  { name: 'Tomasz Wójcik', role: 'harbour pilot', surname: 'Wójcik' },
];

const STATEMENTS = [
  'The strike will end only when the safety rules are written into the contract',
  'We have offered a fair deal and the door remains open for talks',
  'Every day the cranes stand still costs the region millions in lost trade',
  'The ministry is ready to mediate if both sides ask for it',
  'Nobody wants the harbour closed through the holiday season',
  'The new shift patterns were never agreed with the workers',
  'Ships are already being diverted to ports further south',
  'A deal could be reached within two weeks if the talks resume on Monday',
];
const REWORDINGS: readonly [RegExp, string][] = [
  [/ only /, ' '],
  [/fair deal/, 'very fair deal'],
  [/costs the region/, 'is costing the region'],
  [/is ready/, 'stands ready'],
  [/through/, 'over'],
  [/never agreed/, 'not agreed'],
  [/already /, ''],
  [/could be reached/, 'could well be reached'],
];
const VERBS = ['said', 'warned', 'insisted', 'told reporters', 'added', 'argued', 'claimed', 'noted'];
const DAYS = ['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-16', '2025-10-17', '2025-10-18', '2025-10-19'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HEADLINES = [
  'Eastport dock strike enters its second week as talks stall',
  'Eastport dockworkers extend strike over safety rules',
  'Talks to end Eastport port strike could resume on Monday',
  'Eastport port strike: ministry offers to mediate',
];
const FILLER = [
  'Queues of lorries stretched for several kilometres along the coast road on the approach to the terminal.',
  'The Eastport Dockworkers Union represents about 4,000 workers at the container terminal.',
  'Kestrel Research estimates that a third of the region’s exports pass through the harbour.',
  'Freight companies in Northbridge said they had started to move cargo by rail instead.',
  'The dispute began after the port introduced longer night shifts in the summer.',
];

export function syntheticStory(count: number, seed = 19): SyntheticArticle[] {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const outlet = OUTLETS[index % OUTLETS.length]!;
    const dayIndex = Math.min(DAYS.length - 1, Math.floor((index / Math.max(1, count)) * DAYS.length));
    const day = DAYS[dayIndex]!;
    const headline = pick(HEADLINES);
    const slug = headline
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40);
    const paragraphs: string[] = [];
    const lead = SPEAKERS[index % SPEAKERS.length]!;
    paragraphs.push(
      `Dockworkers at Eastport stayed off the job on ${WEEKDAYS[dayIndex]} as the strike over safety rules went on, ` +
        `and ${lead.name}, the ${lead.role}, said talks could resume next week.`,
    );
    for (let q = 0; q < 4 + Math.floor(next() * 4); q++) {
      const speaker = pick(SPEAKERS);
      const statementIndex = Math.floor(next() * STATEMENTS.length);
      let statement = STATEMENTS[statementIndex]!;
      if (next() < 0.4) statement = statement.replace(...REWORDINGS[statementIndex]!);
      const verb = pick(VERBS);
      const form = next();
      if (form < 0.1) paragraphs.push(`“${statement},” we were told by a spokesperson who asked not to be named.`);
      else if (form < 0.2) paragraphs.push(`“${statement},” we said in a statement.`);
      else if (form < 0.6) paragraphs.push(`“${statement},” ${speaker.surname} ${verb}.`);
      else if (form < 0.8) paragraphs.push(`${speaker.name}, the ${speaker.role}, ${verb}: “${statement}.”`);
      else
        paragraphs.push(`${speaker.surname} ${verb} that ${statement.charAt(0).toLowerCase()}${statement.slice(1)}.`);
      if (next() < 0.5) paragraphs.push(pick(FILLER));
    }
    paragraphs.push(
      `The union will meet again on ${WEEKDAYS[(dayIndex + 2) % 7]} and a vote is expected by the end of October.`,
    );
    // One article in ten gives no publication date (the report says so and how to give one).
    const dated = index % 10 !== 9;
    const url = `https://${outlet.host}/${dated ? `2025/10/${day.slice(8)}` : 'news'}/${slug}-${index + 1}`;
    const text = `${dated ? `date ${day} ` : ''}${url} ${headline}\n\n${paragraphs.join('\n\n')}\n`;
    return {
      id: `coverage/${String(index + 1).padStart(3, '0')}.txt`,
      text,
      ...(outlet.site ? { siteName: outlet.site } : {}),
    };
  });
}
