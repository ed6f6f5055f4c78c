/** firefox-nightly-blog: Firefox Nightly News, "These Weeks in Firefox: Issue 85" (declared 2020-12-18, a Friday). */
import type { RecentSpec } from '../spec.js';

const person = (id: string, forms: string[]) => ({ id, type: 'PERSON' as const, name: forms[0] as string, forms });

export const firefoxNightlyBlog: RecentSpec = {
  page: 'firefox-nightly-blog',
  referenceDate: '2020-12-18',
  // The readers' comments under the post (Readability kept them): not article text.
  ignoreLines: ['2 comments on', 'Post a comment', 'Alan Goodale wrote', 'Enhancement: Are there plans', 'Reply', 'John Doe wrote', 'Thank you for fixing Bug'],
  entities: [
    { id: 'firefox', type: 'PRODUCT', name: 'Firefox', forms: ['Firefox'] },
    { id: 'mozilla', type: 'ORG', name: 'Mozilla', forms: ['Mozilla'] },
    { id: 'fission', type: 'PRODUCT', name: 'Fission', forms: ['Fission'] },
    { id: 'devtools', type: 'PRODUCT', name: 'DevTools', forms: ['DevTools'] },
    { id: 'marionette', type: 'PRODUCT', name: 'Marionette', forms: ['Marionette'] },
    { id: 'gecko', type: 'PRODUCT', name: 'Gecko', forms: ['Gecko'] },
    { id: 'pocket', type: 'PRODUCT', name: 'Pocket', forms: ['Pocket'] },
    { id: 'au', type: 'GPE', name: 'AU', forms: ['AU'] },
    { id: 'nz', type: 'GPE', name: 'NZ', forms: ['NZ'] },
    { id: 'msu', type: 'ORG', name: 'MSU', forms: ['MSU'] },
    // People, by name or by the handle the post uses as their name.
    person('churchwell', ['Amy Churchwell', 'Amy']),
    person('kimura', ['Masatoshi Kimura']),
    person('goossens', ['Michelle Goossens']),
    person('sonia', ['Sonia']),
    person('nguyen', ['Tim Nguyen', 'ntim']),
    person('dua', ['Ankush Dua']),
    person('evilpie', ['evilpie']),
    person('gero', ['gero']),
    person('manekenpix', ['manekenpix']),
    person('neil', ['Neil']),
    person('dimi', ['Dimi', 'dimi']),
    person('kenrick', ['Kenrick95']),
    person('mstriemer', ['mstriemer']),
    person('emalysz', ['emalysz']),
    person('sfoster', ['sfoster']),
    person('barret', ['barret']),
    person('bigiri', ['bigiri']),
    person('florian', ['florian']),
    person('gijs', ['Gijs']),
    person('mconley', ['mconley']),
    person('dthayer', ['dthayer']),
    person('mhowell', ['mhowell']),
    person('mtigley', ['mtigley']),
  ],
  quotes: [],
  dates: [
    { text: 'now', occ: 'all', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'today', type: 'DATE', value: '2020-12-18' },
    { text: 'last week', type: 'DATE', value: '2020-W50' },
    { text: '2021', occ: 0, type: 'DATE', value: '2021' },
    { text: 'Currently', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'recently', type: 'DATE', value: 'PAST_REF' },
    { text: 'next semester', type: 'DATE', value: 'FUTURE_REF' },
    { text: 'the future', type: 'DATE', value: 'FUTURE_REF' },
    { text: 'January', type: 'DATE', value: '2021-01' },
  ],
};
