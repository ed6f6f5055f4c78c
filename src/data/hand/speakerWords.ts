/**
 * Words that tell what kind of speaker a description names, for resolving "the spokesman said"
 * or "the ministry said" to an entity. Source: common job titles and institution nouns in wire
 * copy (AP Stylebook title list), extended with the descriptions seen in the issue examples
 * ("the official", "the Kremlin aide", "Russia's leader").
 */

/** Heads of descriptions that name a person. */
export const PERSON_NOUNS: readonly string[] = [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'aide', 'president',
  'minister', 'senator', 'lawmaker', 'congressman', 'congresswoman', 'representative', 'governor',
  'candidate', 'nominee', 'chief', 'secretary', 'adviser', 'advisor', 'director', 'ambassador', 'diplomat',
  'envoy', 'commander', 'general', 'chairman', 'chairwoman', 'chair', 'executive', 'ceo', 'judge',
  'prosecutor', 'lawyer', 'attorney', 'mayor', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'pope', 'founder', 'owner', 'manager', 'coach', 'professor', 'author', 'businessman', 'businesswoman',
  'billionaire', 'mogul', 'politician', 'speaker', 'strategist', 'pollster', 'economist', 'negotiator',
  'head', 'boss', 'deputy', 'counterpart', 'host', 'anchor', 'reporter', 'journalist', 'editor',
  'woman', 'man', 'father', 'mother', 'veteran', 'republican', 'democrat', 'frontrunner', 'front-runner',
];

/** Heads of descriptions that name an organisation or a place speaking as one. */
export const GROUP_NOUNS: readonly string[] = [
  'ministry', 'department', 'agency', 'company', 'firm', 'government', 'administration', 'campaign',
  'committee', 'office', 'white', 'kremlin', 'party', 'group', 'organization', 'organisation', 'council',
  'commission', 'court', 'bank', 'newspaper', 'paper', 'outlet', 'network', 'magazine', 'report', 'study',
  'survey', 'poll', 'statement', 'team', 'union', 'board', 'panel', 'embassy', 'military', 'army', 'police',
  'country', 'state', 'city', 'county', 'university', 'institute', 'foundation', 'coalition', 'alliance',
];

/** Titles that precede a name and are not part of it: "Rep. Jim Jordan", "President Obama". */
export const NAME_TITLES: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'rep', 'rep.', 'sen', 'sen.', 'gov', 'gov.', 'gen',
  'gen.', 'lt', 'lt.', 'col', 'col.', 'sgt', 'sgt.', 'prof', 'prof.', 'rev', 'rev.', 'president', 'senator',
  'governor', 'representative', 'secretary', 'minister', 'prime', 'vice', 'chancellor', 'judge', 'justice',
  'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'sir', 'lord', 'lady', 'chairman', 'speaker',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'general', 'attorney', 'candidate', 'leader',
  'former', 'presidential', 'democratic', 'republican', 'gop',
];

/**
 * Plural or generic source nouns that wink may tag as proper nouns at the start of a sentence
 * ("Sources familiar with the talks said"): never a name, never resolved to an entity.
 */
export const GENERIC_SOURCES: readonly string[] = [
  'sources', 'source', 'officials', 'analysts', 'experts', 'critics', 'residents', 'witnesses', 'observers',
  'supporters', 'opponents', 'lawmakers', 'aides', 'diplomats', 'investigators', 'researchers', 'economists',
  'activists', 'voters', 'people', 'others', 'many', 'some', 'several', 'most', 'few', 'both', 'police',
  'authorities', 'organizers', 'organisers', 'protesters', 'doctors', 'scientists', 'historians', 'polls',
];

/**
 * Days named in an adverbial between a subject and its cue or after a cue: "Sanders on Saturday
 * criticized …", "said Monday he …", "the ministry Tuesday night said …".
 */
export const DAY_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
];

/** Parts of a day that follow a day word in such an adverbial: "Tuesday night". */
export const PARTS_OF_DAY: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];
