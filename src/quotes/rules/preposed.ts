import type { Token } from '../../types.js';
import { POSSESSIVE_DETERMINERS } from '../../vocabulary/english.js';
import { isComma, isDash, isWord } from '../context.js';
import { cuePrepositions, cueVerb } from '../cues.js';
import { clauseSubject, type SpeakerPhrase, speakerLeftOf } from '../speakers.js';
import { build } from './build.js';
import { trailingAttribution } from './cueToken.js';
import {
  beforeMainVerb,
  beforeNextClause,
  beforeSecondReport,
  claimObject,
  contentEnd,
  contentStart,
  fragmentWithin,
  hasClause,
  isAClauseStart,
  leadingSubject,
  nounBefore,
  objectContent,
  opensWithQuantity,
  skipAdverbials,
  thatClause,
} from './syntax.js';
import { type ClauseState, CONFIDENCE, type CueRule, type CueSite } from './types.js';

/**
 * The subject of a cue with none of its own. A participle takes the sentence's: "Peskov met Lavrov
 * on Friday, saying …" (but "Peskov, writing on Telegram, said" is an interruption, and a
 * preposition after it makes an adjunct: "…, speaking at a rally", unless it is a particle or the
 * cue's own: "…, pointing out that …", "…, referring to the deal"). A coordinated cue takes the
 * earlier report's, and ends that report's content before "and": "Peskov said … and added that …";
 * without an earlier cue, the sentence's own subject: "McConnell embraced him and said".
 */
function borrowedSubject(state: ClauseState, site: CueSite): { subject: SpeakerPhrase | null; rule: string } {
  const { ctx, first, attributions } = state;
  const { tokens } = ctx;
  const { k, token, conj, verb, cue } = site;
  if (site.speaker) return { subject: site.speaker, rule: 'pre-posed' };
  // "a lawsuit with ZeniMax Media, which accuses Oculus of “misappropriating” …": a non-restrictive
  // "which" reports for its antecedent (`attributions` takes the pronoun itself, as PARC does).
  if (!attributions && isWord(tokens[k - 1], 'which') && isComma(tokens[k - 2])) {
    const phrase = speakerLeftOf(ctx, k - 2, first);
    if (phrase) {
      // The antecedent is the last noun phrase: "Media" in "a lawsuit with Media, which …".
      let from = phrase.last;
      while (from > phrase.first && tokens[from - 1]?.pos !== 'ADP') from--;
      const subject =
        from > phrase.headFirst ? { ...phrase, first: from, headFirst: from, headLast: phrase.last } : phrase;
      return { subject, rule: 'pre-posed' };
    }
  }
  const participle =
    /ing$/.test(token.norm) &&
    // "ended the debate by saying that …": the means of the sentence's subject.
    // A dash sets the participle off as a comma does: "draws a parallel with a capsule—suggesting …".
    (isComma(tokens[k - 1]) ||
      isDash(tokens[k - 1]) ||
      isWord(tokens[k - 1], 'and', 'by') ||
      tokens[k - 1]?.kind === 'quote') &&
    (tokens[k + 1]?.pos !== 'ADP' ||
      isWord(tokens[k + 1], 'out', 'up', 'back') ||
      // "…, saying in a statement that …": an adverbial, then the cue's that-clause.
      isWord(tokens[skipAdverbials(tokens, k + 1, state.last)], 'that') ||
      (attributions && (cuePrepositions(verb.lemma)?.includes(tokens[k + 1]?.norm ?? '') ?? false)));
  if (participle) {
    const subject = state.sentenceSpeaker ?? clauseSubject(ctx, k, first);
    if (subject) return { subject, rule: 'participle' };
  }
  if (conj < 0) return { subject: null, rule: 'pre-posed' };
  if (!state.sentenceSpeaker) state.sentenceSpeaker = clauseSubject(ctx, k, first);
  if (!state.sentenceSpeaker) return { subject: null, rule: 'pre-posed' };
  const previous = state.lastPreposed;
  if (previous && previous.end > (tokens[conj] as Token).start) {
    let end = conj - 1;
    while (end > first && isComma(tokens[end])) end--;
    const endToken = tokens[end] as Token;
    if (endToken.end > previous.start) {
      // Built again, not only cut: the kind and the text between marks follow the shorter
      // content ('stated that “…” and emphasized …' is direct once the second report is off).
      const firstToken = previous.firstToken;
      if (firstToken !== undefined && previous.kind !== 'partial' && end >= firstToken) {
        const shorter = build(state, {
          first: firstToken,
          last: end,
          cue: previous.cue ?? cue,
          speaker: previous.speaker,
          confidence: previous.confidence,
          rule: previous.rule ?? 'pre-posed',
        });
        previous.start = shorter.start;
        previous.end = shorter.end;
        previous.kind = shorter.kind;
      } else previous.end = endToken.end;
    }
  }
  return { subject: state.sentenceSpeaker, rule: 'coordinated' };
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'when', 'where']);

/**
 * A noun-phrase object whose only verb sits in a relative or temporal clause after a prepositional
 * phrase ("added a paginator to the preview when it's hovered", "deny their service to users who
 * choose to block ads") or is a participle after "ever" ("promised the fastest console ever
 * made"). A content without "that" must be its own clause.
 */
function verbInRelative(tokens: readonly Token[], start: number, end: number): boolean {
  if (
    !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[start]?.pos ?? '') &&
    !POSSESSIVE_DETERMINERS.has(tokens[start]?.norm ?? '')
  )
    return false;
  let preposition = false;
  for (let i = start + 1; i <= end && i < start + 14; i++) {
    const token = tokens[i] as Token;
    // Only after a prepositional phrase: "the man who shot him was arrested" is a clause.
    if (token.pos === 'ADP') preposition = true;
    if (RELATIVE_WORDS.has(token.norm) && preposition) return true;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && /^(NOUN|PROPN|PRON|NUM)$/.test(tokens[i - 1]?.pos ?? ''))
      return false;
    if (token.pos === 'VERB' && isWord(tokens[i - 1], 'ever')) return true;
  }
  return false;
}

/**
 * A "that" before `start` that follows a noun phrase of at most four words right after the cue and
 * precedes a finite verb (see its use).
 */
function relativeOnObject(tokens: readonly Token[], cue: number, start: number): boolean {
  const verb = tokens[start];
  if (verb?.pos !== 'VERB' || /ing$/.test(verb.norm)) return false;
  const that = start - 1;
  if (that - cue < 2 || that - cue > 5 || !/^(NOUN|PROPN)$/.test(tokens[that - 1]?.pos ?? '')) return false;
  for (let i = cue + 1; i < that; i++) if (!/^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(tokens[i]?.pos ?? '')) return false;
  return true;
}

/**
 * A cue with a that-clause whose subject the tagger could not find ("The company and France's
 * minister, Jane Roe, confirmed that …"): the report stands, its source is unknown.
 */
function unsourcedReport(state: ClauseState, site: CueSite): void {
  const { ctx, first, last, attributions } = state;
  const { tokens } = ctx;
  const { k, token, verb, cue, base } = site;
  // "it would be safe to say that …", "it's fair to say that …": the writer's hedge, nobody's report
  // (PolNeAR marks other adjectives: "it is important to note that", "correct to note that").
  if (!attributions && isWord(tokens[k - 1], 'to') && isWord(tokens[k - 2], 'safe', 'fair', 'needless')) return;
  const unsourced = verb.cueClass !== 'stance' && !/ing$/.test(token.norm) ? thatClause(ctx, k, verb, last) : null;
  if (!unsourced) return;
  const source = leadingSubject(tokens, first, k);
  const end = attributions ? beforeNextClause(tokens, unsourced.first, unsourced.last) : unsourced.last;
  state.found.push(
    build(state, {
      first: unsourced.first,
      last: end,
      cue,
      speaker: source,
      confidence: base * CONFIDENCE.unknownSubjectFactor,
      rule: 'unsourced-that',
    }),
  );
  state.covered = attributions ? unsourced.first - 1 : unsourced.last;
}

/**
 * Pre-posed: "Peskov said (that) CONTENT." Also its participle and coordinated forms, an object
 * under `attributions` ("criticized Clinton", "vowed to fight") and a quoted fragment in a
 * noun-phrase object ("emphasized the possibility of “lasting peace”"). The last rule: it always
 * reads the token.
 */
export const preposed: CueRule = {
  name: 'pre-posed',
  apply(state, site) {
    const { ctx, first, last, attributions } = state;
    const { tokens } = ctx;
    const { k, token, verb, cue, base, speaker } = site;
    let { subject, rule } = borrowedSubject(state, site);
    if (!subject) {
      unsourcedReport(state, site);
      return true;
    }
    // "ads attacking Trump", "a super PAC supporting Bush": a participle right after its noun is a
    // reduced relative clause, not a report; under `attributions` the noun is the source of a
    // stance whose content is the object alone ("Ads attacking the mayor ran all week").
    const reducedRelative = /ing$/.test(token.norm) && speaker !== null && speaker.last === k - 1;
    if (reducedRelative && !attributions) return true;
    // A subject right after another verb or a preposition ("said the governor believes …", "voters
    // in both states supported Sanders") is not read by `statements`: often a broken parse or a
    // report inside another. `attributions` reads it and lets withoutUnmarkedNested (index.ts) drop
    // the nested kinds PolNeAR seldom marks: on both halves of a train sample the reports kept were
    // marked about three times in five (F1 +0.8), though their speaker is right less often.
    // A relative clause opens with its pronoun wherever its antecedent stands: "vetoed by Ms. Lane, who said …".
    const pronoun = k - 1;
    const relative = isWord(tokens[pronoun], 'who', 'which');
    if (
      speaker &&
      speaker.first !== first &&
      !isAClauseStart(tokens, speaker.first - 1) &&
      !reducedRelative &&
      !relative &&
      !attributions
    )
      return true;
    if (reducedRelative) {
      subject = nounBefore(tokens, k, subject);
      rule = 'reduced-relative';
    }

    const start = contentStart(tokens, k, verb, last);
    let end = contentEnd(tokens, start, last);
    // Inside a relative clause ("Barkley, who said he votes Democratic, said …") the content ends
    // with the clause, at the next comma.
    if (relative && isComma(tokens[pronoun - 1])) {
      for (let i = start + 1; i < end; i++) {
        if (isComma(tokens[i])) {
          end = i - 1;
          break;
        }
      }
    }
    // "Putin warned that sanctions would fail, the Kremlin said": the report at the end is the outer
    // one. Under `statements` only the outer one is reported (the corpus guidelines' outermost
    // attribution), and its cue is read next; under `attributions` this one ends before it.
    const outer = trailingAttribution(ctx, start, end, last);
    if (outer >= 0) {
      if (!attributions) return true;
      end = outer - 1;
    }
    // Under `attributions` a following clause of its own ends the content: "reported spending $1
    // million, while another group reported …" holds two reports, not one inside the other.
    if (attributions) end = beforeNextClause(tokens, start, end);
    else end = beforeSecondReport(tokens, start, end);
    // "The company responded, saying in a statement that …": the first verb has no content of its
    // own; the participle is the cue, read next with the sentence's subject.
    if (
      isComma(tokens[start - 1]) &&
      /ing$/.test(tokens[start]?.norm ?? '') &&
      tokens[start]?.pos === 'VERB' &&
      cueVerb(tokens[start]?.norm ?? '')
    )
      return true;
    // "Voters who oppose new taxes stayed home": a restrictive relative's content ends before the main verb.
    if (reducedRelative || (relative && !isComma(tokens[pronoun - 1]))) end = beforeMainVerb(tokens, start, end);
    // One word is a content only as an object under `attributions`: "criticized Clinton", "disputes this".
    if (end < start || (end === start && !attributions)) return true;
    const that = isWord(tokens[start - 1], 'that');
    // "wrote his own title that switched the metaphor", "tell stories that take full advantage of":
    // a "that" right before a verb, after the cue's short noun object, opens a relative clause on
    // that object; a reported that-clause has a subject first. Not after "say", which takes no
    // such object ("said the demands that come with the job erase …" is a bare clause), nor under
    // `attributions`, where the object itself is the content ("want policies that create …").
    if (that && !attributions && verb.lemma !== 'say' && relativeOnObject(tokens, k, start)) return true;
    // "repeated the claim that he made": a noun-phrase object whose noun has the clause.
    if (!that && !attributions && claimObject(tokens, start)) return true;
    if (attributions && !that) {
      const object = objectContent(ctx, k, verb, start, end);
      if (object) {
        const quote = build(state, {
          first: object.first,
          last: object.last,
          cue: object.cueLast === undefined ? cue : [k, object.cueLast],
          speaker: subject,
          confidence: base * CONFIDENCE.objectFactor,
          rule: 'object',
        });
        quote.keepWhenNested = verb.cueClass === 'speech' && !verb.speechAct;
        state.lastPreposed = quote;
        state.found.push(quote);
        state.sentenceSpeaker = subject;
        state.covered = Math.max(state.covered, object.first - 1);
        return true;
      }
    }
    // "have not commented on the timeline", "responded positively to", "agreed in principle to":
    // what follows is an adjunct or an infinitive, not a reported clause.
    // Nor is "according to …" after the cue ("he said according to a transcript").
    if (isWord(tokens[start], 'according') && isWord(tokens[start + 1], 'to')) return true;
    if (
      !that &&
      (/^(ADP|ADV|PART|CCONJ)$/.test(tokens[start]?.pos ?? '') || isWord(tokens[start], 'to')) &&
      !isWord(tokens[start], 'if', 'whether', 'how', 'why', 'when', 'what') &&
      !opensWithQuantity(tokens, start)
    ) {
      if (tokens[start]?.kind !== 'quote') return true;
    }
    const startsWithQuote = tokens[start]?.kind === 'quote' || tokens[start - 1]?.kind === 'quote';
    // An embedded question's clause follows its wh-word: "asked whether the plan had failed".
    const question = isWord(tokens[start], 'if', 'whether', 'how', 'why', 'when', 'what', 'where', 'who');
    // "It said most of the debris burnt/ADJ up": "say" with a quantifier of a noun is a clause
    // whose verb the tagger may miss; "said" takes no such object.
    const saidQuantity = verb.lemma === 'say' && opensWithQuantity(tokens, start) && end - start >= 4;
    if (
      !that &&
      !startsWithQuote &&
      !saidQuantity &&
      (!hasClause(tokens, question ? start + 1 : start, end) || (!question && verbInRelative(tokens, start, end)))
    ) {
      // A noun-phrase object is not a report ("Peskov emphasized the leaders' will to meet"),
      // unless it carries quoted words: "emphasized the possibility of “lasting peace”" is a
      // partial quote of those words. Appearance verbs quote nobody: "Washington appears weak
      // before the “offensive”".
      const fragment =
        verb.lemma === 'seem' || verb.lemma === 'appear' ? null : fragmentWithin(ctx, state.regions, k + 1, end);
      if (fragment) {
        const fragmentLast = fragment.region.closed ? fragment.close - 1 : fragment.close;
        state.found.push(
          build(state, {
            first: fragment.open + 1,
            last: fragmentLast,
            cue,
            speaker: subject,
            confidence: base,
            rule: 'fragment',
            kind: 'partial',
          }),
        );
        state.sentenceSpeaker = subject;
        state.covered = fragment.close;
      }
      return true;
    }
    if (verb.weak && !that) return true;
    if (verb.cueClass === 'cognition' && !that && !hasClause(tokens, start, Math.min(end, start + 5))) return true;
    const quote = build(state, {
      first: start,
      last: end,
      cue,
      speaker: subject,
      confidence: that ? base + CONFIDENCE.thatBonus : base,
      rule,
    });
    quote.keepWhenNested = verb.cueClass === 'speech' && that;
    state.lastPreposed = quote;
    state.found.push(quote);
    state.sentenceSpeaker = subject;
    // Only the outermost attribution: "Peskov said Putin believes …" is one quote by Peskov.
    // Under `attributions` the content is read on: Putin's belief is a second, nested one.
    state.covered = attributions ? start - 1 : end;
    return true;
  },
};
