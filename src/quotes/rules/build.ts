import type { QuoteKind, Token } from '../../types.js';
import type { QuoteCandidate } from '../candidate.js';
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
