/**
 * Bylines as pages write them ("By Jane Roe and John Doe", "Jane Roe, Reuters", "By Brenda Goodman, MA
 * WebMD Health News", "By GILLIAN MOHNEY March 11, 2015 3:46 PM") reduced to the byline itself and
 * the names of its authors.
 */

export interface Byline {
  /** The byline without "By", dates, agencies and the site's name: "Jane Roe and John Doe". */
  readonly byline: string;
  /** The people in it: ["Jane Roe", "John Doe"]. */
  readonly authors: readonly string[];
}

const LEAD = /^(?:(?:written|posted|reported|words|story|text|photos?)\s+)?by\b[:\s]*/i;
/**
 * Where a date or time that follows the name starts ("March 11, 2015 3:46 PM", "Updated 2 hours ago",
 * "| 12/03/2015"). Applied to text whose whitespace is collapsed to single spaces.
 */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TRAILING_DATE_FORMS = [
  String.raw`${MONTH}[a-z]*\.? \d`,
  String.raw`\d{1,2} ${MONTH}`,
  String.raw`\d{1,4}[/.-]\d`,
  String.raw`\d+ (?:minutes?|hours?|days?) ago`,
  '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ',
].join('|');
const TRAILING_DATE = new RegExp(String.raw`(?:\b(?:updated|published|posted|on) )?\b(?:${TRAILING_DATE_FORMS})`, 'i');
/** Separators left at the end once the date is cut off. */
const SEPARATORS = new Set([' ', '|', '·', '•', ',', '–', '—', '-']);
/** Parts of a byline that are not people: agencies, desks, credentials, job titles. */
const NOT_A_PERSON_WORDS = [
  'reuters|ap|afp|upi|associated press|agence france-presse|bloomberg|press association|pa',
  'staff|staff writer|staff reporter|editor|editors|correspondent|contributor|contributing writer',
  String.raw`senior writer|news desk|the editors|ma|ms|msc|md|phd|ph\.d\.?|rn|mph|jr\.?|sr\.?`,
].join('|');
const NOT_A_PERSON = new RegExp(`^(?:${NOT_A_PERSON_WORDS})$`, 'i');
/** Words that make a part an organisation or a desk rather than a person ("WebMD Health News", "CNN Wire"). */
const ORGANISATION_WORDS = [
  'news|media|press|wire|desk|staff|team|magazine|times|post|journal',
  'network|agency|inc|ltd|llc|group|online|daily',
].join('|');
const ORGANISATION_WORD = new RegExp(String.raw`\b(?:${ORGANISATION_WORDS})\b`, 'i');

/**
 * Reads a byline. `organisations` are the page's own names (its site name, publisher): parts equal to
 * one of them are dropped ("Daniel Gillmor, ACLU").
 */
export function parseByline(raw: string | undefined, organisations: readonly string[] = []): Byline | undefined {
  if (!raw) return undefined;
  const text = raw.slice(0, 400).replace(/\s+/g, ' ').trim();
  const lead = text.replace(LEAD, '');
  const dated = TRAILING_DATE.exec(lead);
  let cut = dated ? lead.slice(0, dated.index) : lead;
  while (cut.length > 0 && SEPARATORS.has(cut[cut.length - 1]!)) cut = cut.slice(0, -1);
  if (cut === '' || /^https?:|^\/\//i.test(cut)) return undefined;
  const organisationKeys = new Set(organisations.map(nameKey).filter((key) => key !== ''));
  const kept: string[] = [];
  const authors: string[] = [];
  for (const part of cut.split(/ ?(?:[,;&|/]|\band\b|\bwith\b) ?/i)) {
    const name = part.replace(LEAD, '').trim();
    if (name === '' || organisationKeys.has(nameKey(name))) continue;
    if (NOT_A_PERSON.test(name) || ORGANISATION_WORD.test(name)) {
      // A credential after a name stays in the byline ("Brenda Goodman, MA"), an agency does not.
      if (/^(?:ma|ms|msc|md|phd|ph\.d\.?|rn|mph|jr\.?|sr\.?)$/i.test(name) && kept.length > 0)
        kept[kept.length - 1] += `, ${name}`;
      continue;
    }
    if (!looksLikeName(name)) continue;
    kept.push(name);
    authors.push(properCase(name));
  }
  if (authors.length === 0) return undefined;
  const byline = kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
  return { byline, authors };
}

/** One to five words, each capitalised (particles such as "de", "van", "al-" allowed), no digits. */
function looksLikeName(name: string): boolean {
  if (name.length > 80 || /\d|@/.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 5) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return (
    capitalised >= 1 &&
    words.every(
      (word) =>
        /^\p{Lu}/u.test(word) ||
        /^(?:de|da|del|der|den|di|du|la|le|van|von|bin|al|el|y|e)$/i.test(word) ||
        /^\p{Ll}+-\p{Lu}/u.test(word),
    )
  );
}

/** "NATALIYA VASILYEVA" → "Nataliya Vasilyeva"; mixed-case names stay as written. */
function properCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** Lower-case letters and digits only: "The ACLU" and "aclu" are one organisation. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
