import type { QuoteKind, Token } from '../../types.js';
import type { QuoteCandidate } from '../candidate.js';
import { isWord } from '../context.js';
import { cueVerb } from '../cues.js';
import type { SpeakerPhrase } from '../speakers.js';
import { contentEnd } from './syntax.js';
import type { BuildOptions, ClauseState } from './types.js';

/** A candidate over content tokens [first, last]: its kind from the share inside quotation marks. */
export function build(state: Pick<ClauseState, 'ctx' | 'regions'>, options: BuildOptions): QuoteCandidate {
  const { ctx, regions } = state;
  const { first, last, cue, speaker, confidence, rule, kind: kindOverride } = options;
  const { tokens } = ctx;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  // The share of the content inside quotation marks decides the kind (PolNeAR's rule).
  let quoted = 0;
  const seen = new Set<number>();
  for (let i = first; i <= last; i++) {
    const r = ctx.region[i] ?? -1;
    if (r < 0 || seen.has(r)) continue;
    seen.add(r);
    const region = regions[r]?.region;
    if (!region) continue;
    quoted += Math.max(0, Math.min(end, region.end) - Math.max(start, region.start));
  }
  const share = quoted / Math.max(1, end - start);
  // Every word inside the marks ('said only that "work is under way."'): direct, however short
  // (the marks and the period alone kept a short quote under the share).
  let wordOutside = false;
  for (let i = first; i <= last && !wordOutside && quoted > 0; i++) {
    const token = tokens[i] as Token;
    wordOutside = (ctx.region[i] ?? -1) < 0 && (token.kind === 'word' || token.kind === 'number');
  }
  // The share of quoted text decides between direct and mixed; a fragment taken alone is partial.
  const kind: QuoteKind =
    kindOverride ?? (quoted === 0 ? 'indirect' : share >= 0.95 || !wordOutside ? 'direct' : 'mixed');
  // A direct quote's text is what lies between its marks (corpus guidelines), also after "that".
  const only =
    kind === 'direct' && !kindOverride && seen.size === 1
      ? regions[seen.values().next().value as number]?.region
      : undefined;
  const inside = only !== undefined && only.start >= start && only.end <= end;
  return {
    start: inside ? only.start : start,
    end: inside ? only.end : end,
    kind,
    cue,
    speaker,
    inherits: false,
    confidence,
    firstToken: first,
    rule,
  };
}

/**
 * The second piece of a statement split by its attribution: "The findings are new, say the
 * researchers, and they bring us closer to a cure." — what follows ", and" or ", but" after a
 * post-posed or inverted cue still belongs to the speaker (PolNeAR train: 7 of 7 such clauses
 * are inside the attribution's content) when it has a verb and no cue of its own. Reported as
 * its own quote, with the speaker and no cue, as a direct quote's later piece is. Null otherwise.
 */
export function afterAttributionPiece(
  state: Pick<ClauseState, 'ctx' | 'regions'>,
  opener: number,
  last: number,
  speaker: SpeakerPhrase,
  confidence: number,
): QuoteCandidate | null {
  const { tokens } = state.ctx;
  if (!isWord(tokens[opener], 'and', 'but')) return null;
  const end = contentEnd(tokens, opener + 1, last);
  if (end - opener < 3) return null;
  let verb = false;
  for (let i = opener + 1; i <= end; i++) {
    const token = tokens[i] as Token;
    // A verb of saying of its own makes a second report ("…, he said, and added that …").
    if (token.pos === 'VERB' && cueVerb(token.norm)?.cueClass === 'speech' && !/ing$/.test(token.norm)) return null;
    if (token.pos === 'VERB' || token.pos === 'AUX') verb = true;
  }
  if (!verb) return null;
  const piece = build(state, {
    first: opener + 1,
    last: end,
    cue: [opener, opener],
    speaker,
    confidence,
    rule: 'reported-piece',
  });
  piece.cue = null;
  return piece;
}
