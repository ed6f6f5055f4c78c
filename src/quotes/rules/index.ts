import { accordingTo } from './accordingTo.js';
import { appearance } from './appearance.js';
import { asClause } from './asClause.js';
import { askedQuestion } from './askedQuestion.js';
import { bulletList } from './bulletList.js';
import { inverted } from './inverted.js';
import { madeClear } from './madeClear.js';
import { naming } from './naming.js';
import { parenthetical } from './parenthetical.js';
import { passive } from './passive.js';
import { postPosed } from './postPosed.js';
import { preposed } from './preposed.js';
import { quotedAs } from './quotedAs.js';
import type { CueRule, WordRule } from './types.js';

export type { ClauseState, CueRule, CueSite, TokenSite, WordRule } from './types.js';
export { CONFIDENCE } from './types.js';

/**
 * Rules read at every token of a sentence, before it is asked whether it is a cue verb: phrases
 * that are cues without a cue verb ("according to", "made it clear", "asked whether").
 */
export const WORD_RULES: readonly WordRule[] = [accordingTo, askedQuestion, madeClear];

/**
 * Rules read at a cue verb, in this order; the first that reads the token ends its turn. The
 * order matters where forms overlap: "was quoted as saying" names its subject as the speaker; any
 * other passive reports nobody's words whatever surrounds it; an
 * inverted or post-posed cue closes the sentence, so its content lies before it; a naming verb
 * quotes its label; a cue ending its paragraph with a colon takes the bulleted list after it; what
 * is left reads the content after the cue (`preposed`, always last).
 */
export const CUE_RULES: readonly CueRule[] = [
  quotedAs,
  passive,
  inverted,
  appearance,
  parenthetical,
  postPosed,
  asClause,
  naming,
  bulletList,
  preposed,
];

/**
 * The names a quote's `rule` may take, by the stage that makes it (for documentation and for the
 * per-rule evaluation rows). Sub-readings of a family carry their own name.
 */
export const RULE_NAMES = {
  direct: [
    'direct',
    'direct-continuation',
    'direct-subject',
    'direct-piece',
    'direct-unattributed',
    'block-colon',
    'block-voice',
    'block-run',
  ],
  clauses: [
    'according-to',
    'asked-question',
    'made-clear',
    'quoted-as',
    'passive',
    'passive-infinitive',
    'inverted',
    'appearance',
    'parenthetical',
    'post-posed',
    'reported-piece',
    'as-clause',
    'naming',
    'naming-label',
    'pre-posed',
    'participle',
    'coordinated',
    'reduced-relative',
    'object',
    'fragment',
    'unsourced-that',
    'bullet-list',
  ],
  headlines: ['headline'],
  nouns: ['claim-noun', 'stance-noun'],
} as const;
