import { plainSpelling } from '../text/chars.js';
import { wordClasses } from './words.js';

/**
 * The grammatical gender a person's name or role gives away, for pronoun agreement: "she" is not
 * "Bernie Sanders", "he" is not "Hillary Clinton". From the first name (compromise's male and female
 * name lists), a courtesy title, or a gendered role word; undefined when nothing says.
 */
export type Gender = 'male' | 'female';

/** The gender compromise's lexicon gives a lower-cased first name; it gives each name at most one. */
function firstNameGender(word: string): Gender | undefined {
  const classes = wordClasses(word);
  if (classes.includes('maleName')) return 'male';
  if (classes.includes('femaleName')) return 'female';
  return undefined;
}

const TITLE_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['mr.', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['mrs', 'female'],
  ['mrs.', 'female'],
  ['ms', 'female'],
  ['ms.', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
]);

const ROLE_GENDERS: ReadonlyArray<[RegExp, Gender]> = [
  [/\b(?:spokes|chair|congress|business|police)woman\b/i, 'female'],
  [/\b(?:spokes|chair|congress|business|police)man\b/i, 'male'],
];

export function genderOf(name: string, roles: readonly string[] = []): Gender | undefined {
  // The lists spell first names plainly: "Zoë" and "Zoe" are one name, "Ma\u00ADria" is "Maria".
  const words = plainSpelling(name).toLowerCase().split(/\s+/);
  const title = TITLE_GENDERS.get(words[0] ?? '');
  if (title) return title;
  // The first name may follow a party or a title the name kept ("Republican Donald Trump"); the last
  // word is the surname, whatever first name it may also be ("Megyn Kelly").
  for (const word of words.slice(0, Math.min(3, words.length - 1))) {
    const first = firstNameGender(word);
    if (first) return first;
  }
  for (const role of roles) {
    for (const [pattern, gender] of ROLE_GENDERS) if (pattern.test(role)) return gender;
    const roleTitle = TITLE_GENDERS.get(role.toLowerCase().split(/\s+/)[0] ?? '');
    if (roleTitle) return roleTitle;
  }
  return undefined;
}
