/**
 * Lines that news sites wrap around an article and that are not part of its reporting.
 * Each rule is a whole-line pattern (tested on the trimmed line) with the example that motivated it.
 * Sources: the golden corpus and the page furniture of common news templates (WordPress themes,
 * AMP pages, wire-service footers).
 */
export interface BoilerplateRule {
  readonly name: string;
  readonly pattern: RegExp;
}

const SOCIAL_NETWORKS = 'google news|twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|threads';
const SECTION_FURNITURE = [
  String.raw`more from (?:the )?author|more from [\w .]{1,40}|photos?|videos?`,
  'related(?: articles| stories| news| posts)?|read more|see also|also read|advertisement|sponsored',
  'share this(?: article)?|trending now|latest news|recommended',
].join('|');
const PHOTO_WORDS = 'photo|image|picture|file photo|photograph|credit|video';

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // "Follow tovima.com on Google News to keep up with the latest stories"
  {
    name: 'social-follow',
    pattern: new RegExp(String.raw`^follow (?:us|[\w.\- ]{1,60}) on (?:${SOCIAL_NETWORKS})\b.{0,120}$`, 'i'),
  },
  // WordPress AMP footer: "Exit mobile version"
  { name: 'exit-mobile', pattern: /^exit mobile version$/i },
  // Section furniture: "MORE FROM THE AUTHOR", "PHOTOS", "Related articles", "Read more"
  {
    name: 'section-furniture',
    pattern: new RegExp(String.raw`^(?:${SECTION_FURNITURE})\s*:?$`, 'i'),
  },
  // Summary boxes: "Summary", "Summary of this article", "Key points", "Highlights"
  { name: 'summary-header', pattern: /^(?:summary(?: of this article)?|key points|highlights|in brief|tl;dr)\s*:?$/i },
  // Photo credits: "Trump-Putin summit in Alaska | Photo: @mfa_russia on X via PTI", "(Photo: Reuters)"
  {
    name: 'photo-credit',
    pattern: new RegExp(String.raw`(?:^|[|(\u2014\u2013-]\s*)(?:${PHOTO_WORDS})s?(?: credit)?\s*:\s*\S.{0,120}$`, 'i'),
  },
  {
    name: 'photo-agency',
    pattern: /^.{0,160}\b(?:getty images|afp via getty|reuters\/|ap photo|shutterstock|epa-efe)\b.{0,60}$/i,
  },
  // Sharing widgets and newsletters
  { name: 'share-widget', pattern: /^(?:share(?: on)? (?:facebook|twitter|x|whatsapp|email)[\s|,]*)+$/i },
  { name: 'newsletter', pattern: /^(?:sign up|subscribe) (?:for|to) (?:our|the) [\w ]{1,40}newsletters?\b.{0,80}$/i },
  { name: 'copyright', pattern: /^(?:©|\(c\)|copyright\b).{0,160}$/i },
];

/** A leading metadata field some feeds prepend to the first line: " date 2025-10-17 Headline" */
export const DATE_FIELD = /^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b\s*/i;

/** A wire-service or syndication slug at the start of a paragraph: "(MENAFN) Russian officials ..." */
export const PUBLISHER_SLUG = /^\s*\(([A-Z][A-Za-z&.\- ]{1,30})\)\s+/;

/** A bare URL (the whole token). */
export const URL_TOKEN = /^https?:\/\/[^\s<>"]+$/i;

/** A date in a URL path: /20251017/, /2025/10/17/, /2025-10-17/ */
export const URL_DATE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;

/**
 * A wire dateline opening a paragraph: "WASHINGTON (Reuters) - ", "NEW YORK, Nov. 19 (UPI) — ",
 * "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "RENO, Nev. (AP) — ", "NASHUA, N.H. - ", "BEIJING — ". The place is in
 * capitals;
 * a region in Title Case or initials, a month and day, and the agency in brackets may follow; a dash ends it.
 * Groups: 1 place, 2 agency, 3 the dash. The words are separated by single spaces, so no two
 * repetitions can match the same text (linear time).
 */
const DATELINE_PLACE = "([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})";
const DATELINE_REGION = String.raw`(?:, (?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?|[A-Z]\.(?:[A-Z][a-z]*\.)+)){0,2}`;
const DATELINE_DAY = String.raw`(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?`;
const DATELINE_AGENCY = String.raw`(?: \(([A-Z][A-Za-z.&-]*(?: [A-Za-z.&-]+){0,3})\))?`;
const DATELINE_DASH = String.raw`[ \u00a0]?(\u2014|\u2013|--?)[ \u00a0]{1,3}(?=\S)`;
export const DATELINE = new RegExp(
  `^${DATELINE_PLACE}${DATELINE_REGION}${DATELINE_DAY}${DATELINE_AGENCY}${DATELINE_DASH}`,
);

/** Capitalised kickers that open a paragraph like a dateline but name no place. */
export const NOT_A_DATELINE = new Set([
  'BREAKING',
  'UPDATE',
  'UPDATED',
  'EXCLUSIVE',
  'WATCH',
  'ANALYSIS',
  'OPINION',
  'LIVE',
  'EDITORIAL',
  'CORRECTION',
]);
