import { plainSpelling } from '../text/chars.js';

/**
 * Folding for phrase matching: case, diacritics, dash variants and abbreviation periods, so that a
 * gazetteer entry "Orbán" matches "Orban", "U.S." matches "US" and "Putin–Trump" matches "Putin-Trump".
 */
export function foldToken(token: string, caseSensitive: boolean): string {
  let folded = plainSpelling(token);
  folded = folded.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'");
  if (folded.length > 1) folded = folded.replace(/\./g, '');
  return caseSensitive ? folded : folded.toLowerCase();
}
