/**
 * Measures where to draw the line between "the same statement, worded by another outlet" and
 * "a different statement", for the quote merging of the story view (src/story/similarity.ts).
 *
 * Different statements (negatives), from PolNeAR train (../shared/datasets/polnear/train.jsonl):
 *   - cross-article: random pairs of quotes from different articles;
 *   - same-article: every pair of non-overlapping quotes of one article (same topic, often the same
 *     speaker and vocabulary: the hard case).
 * Same statement (positives): light rewordings generated from PolNeAR quotes by general perturbations,
 * one or two of: an adverb inserted, removed or swapped; a synonym swapped from a small list; a
 * contraction expanded or formed; punctuation and quote marks changed; the first letter's case.
 * Fragments (an outlet quoting a contiguous part, >= 60% of the words) are reported apart: they are a
 * harder case the threshold is not chosen on. So are extended quotes: a rewording followed by another
 * quote of the same article (one outlet quoting a sentence more), the case that the sentence-piece
 * measures (best Jaccard between the whole quotes or any of their sentences of >= k words) address.
 *
 * For each measure, Youden's J = (rewordings merged) - (same-article negatives merged) is computed over
 * thresholds 0.30..0.95; the thresholds within 0.0005 of the best J form a plateau, and the threshold is
 * its midpoint (the widest margin on both sides). The measure with the fewest false merges at that point
 * is the one src/story/similarity.ts uses.
 * Caveat seen when reading the top-scoring same-article pairs: many are the same statement repeated
 * (headline and body, "said"/"says"), so the false-merge rates below are upper bounds.
 * Run: npx tsx scripts/measure-quote-similarity.ts   (reads the dataset; copies none of it)
 */
import { existsSync, readFileSync } from 'node:fs';
import { datasetsDir } from '../eval/score.js';
import {
  charTrigrams,
  diceOfSets,
  jaccardOfSets,
  QUOTE_SIMILARITY_MEASURE,
  quotePieces,
  quoteSimilarity,
  quoteWords,
  statementSimilarity,
  wordJaccard,
} from '../src/story/similarity.js';

const root = new URL('..', import.meta.url).pathname;
const file = `${datasetsDir(root)}/polnear/train.jsonl`;
if (!existsSync(file)) {
  console.log(`PolNeAR train split not found at ${file}: nothing to measure.`);
  process.exit(0);
}

interface PolnearQuote {
  start: number;
  end: number;
  text: string;
}
interface Quote {
  article: number;
  start: number;
  end: number;
  text: string;
}

const quotes: Quote[] = [];
const byArticle: Quote[][] = [];
for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { quotes: PolnearQuote[] };
  const own: Quote[] = [];
  for (const quote of article.quotes) {
    // At least three words: shorter fragments ("a disaster") are too short to compare meaningfully.
    if (quoteWords(quote.text).length < 3) continue;
    const entry = { article: index, start: quote.start, end: quote.end, text: quote.text };
    quotes.push(entry);
    own.push(entry);
  }
  byArticle.push(own);
}

// A seeded generator so that the figures are reproducible.
let seed = 20251017;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const ADVERBS = [
  'really',
  'indeed',
  'actually',
  'also',
  'still',
  'just',
  'certainly',
  'now',
  'even',
  'very',
  'clearly',
  'probably',
];
const SYNONYMS: [string, string][] = [
  ['said', 'stated'],
  ['big', 'large'],
  ['buy', 'purchase'],
  ['begin', 'start'],
  ['help', 'assist'],
  ['show', 'demonstrate'],
  ['but', 'however'],
  ['about', 'around'],
  ['maybe', 'perhaps'],
  ['could', 'might'],
  ['will', 'would'],
  ['get', 'obtain'],
  ['need', 'require'],
  ['talk', 'speak'],
  ['think', 'believe'],
  ['important', 'significant'],
  ['country', 'nation'],
  ['people', 'persons'],
  ['quickly', 'rapidly'],
  ['many', 'numerous'],
];
const CONTRACTIONS: [RegExp, string][] = [
  [/\bthere is\b/i, "there's"],
  [/\bthere's\b/i, 'there is'],
  [/\bit is\b/i, "it's"],
  [/\bit's\b/i, 'it is'],
  [/\bdo not\b/i, "don't"],
  [/\bdon't\b/i, 'do not'],
  [/\bwe are\b/i, "we're"],
  [/\bwe're\b/i, 'we are'],
  [/\bis not\b/i, "isn't"],
  [/\bisn't\b/i, 'is not'],
  [/\bwill not\b/i, "won't"],
  [/\bwon't\b/i, 'will not'],
];

type Perturbation = (text: string) => string;
const words = (text: string) => text.split(' ');
const perturbations: Perturbation[] = [
  (text) => {
    const parts = words(text);
    parts.splice(1 + Math.floor(random() * Math.max(1, parts.length - 1)), 0, pick(ADVERBS));
    return parts.join(' ');
  },
  (text) => {
    const parts = words(text);
    const at = parts.findIndex((word) => ADVERBS.includes(word.toLowerCase()));
    if (at < 0) return perturbations[0]!(text);
    if (random() < 0.5) parts.splice(at, 1);
    else parts[at] = pick(ADVERBS);
    return parts.join(' ');
  },
  (text) => {
    const parts = words(text);
    const candidates = parts.flatMap((word, index) => {
      const bare = word.toLowerCase().replace(/[^a-z]/g, '');
      const pair = SYNONYMS.find(([a, b]) => a === bare || b === bare);
      return pair ? [{ index, to: pair[0] === bare ? pair[1] : pair[0], bare }] : [];
    });
    if (candidates.length === 0) return perturbations[0]!(text);
    const { index, to, bare } = pick(candidates);
    parts[index] = parts[index]!.toLowerCase().replace(bare, to);
    return parts.join(' ');
  },
  (text) => {
    const rule = CONTRACTIONS.find(([pattern]) => pattern.test(text));
    return rule ? text.replace(rule[0], rule[1]) : perturbations[4]!(text);
  },
  (text) => {
    const choice = Math.floor(random() * 4);
    if (choice === 0) return text.replace(/,/g, '');
    if (choice === 1) return text.replace(/[.!?]*$/, random() < 0.5 ? '…' : '');
    if (choice === 2) return text.replace(/["“”]/g, "'").replace(/ - /g, ' — ');
    const parts = words(text);
    const at = Math.floor(random() * parts.length);
    parts[at] = `${parts[at]},`;
    return parts.join(' ');
  },
  (text) => (text[0] === text[0]?.toUpperCase() ? text[0]!.toLowerCase() : text[0]!.toUpperCase()) + text.slice(1),
];

function reword(text: string): string {
  let out = text.replace(/\s+/g, ' ').trim();
  const count = random() < 0.5 ? 1 : 2;
  for (let i = 0; i < count; i++) out = pick(perturbations)(out);
  return out;
}

function fragment(text: string): string | null {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  if (parts.length < 8) return null;
  const length = Math.ceil(parts.length * (0.6 + 0.3 * random()));
  const start = Math.floor(random() * (parts.length - length + 1));
  return parts.slice(start, start + length).join(' ');
}

const trigramCache = new Map<string, Set<string>>();
const trigrams = (text: string) => {
  let grams = trigramCache.get(text);
  if (!grams) {
    grams = charTrigrams(text);
    trigramCache.set(text, grams);
  }
  return grams;
};
const wordDice = (a: string, b: string) => diceOfSets(new Set(quoteWords(a)), new Set(quoteWords(b)));
const pieceCache = new Map<string, Set<string>[]>();
const pieceSets = (text: string, minWords: number) => {
  const key = `${minWords}|${text}`;
  let sets = pieceCache.get(key);
  if (!sets) {
    sets = quotePieces(text, minWords).map((piece) => new Set(quoteWords(piece)));
    pieceCache.set(key, sets);
  }
  return sets;
};
const bestPiece = (minWords: number) => (a: string, b: string) => {
  let best = 0;
  for (const x of pieceSets(a, minWords))
    for (const y of pieceSets(b, minWords)) best = Math.max(best, jaccardOfSets(x, y));
  return best;
};
const MEASURES: Record<string, (a: string, b: string) => number> = {
  'char-trigram Dice': (a, b) => diceOfSets(trigrams(a), trigrams(b)),
  'word-set Jaccard': wordJaccard,
  'word-set Dice': wordDice,
  'word-set Jaccard, best sentence piece >= 4 words': bestPiece(4),
  'word-set Jaccard, best sentence piece >= 6 words': bestPiece(6),
  'word-set Jaccard, best sentence piece >= 8 words': bestPiece(8),
};

const crossPairs: [string, string][] = [];
while (crossPairs.length < 100_000) {
  const a = pick(quotes);
  const b = pick(quotes);
  if (a.article !== b.article) crossPairs.push([a.text, b.text]);
}
const samePairs: [string, string][] = [];
for (const own of byArticle) {
  for (let i = 0; i < own.length; i++) {
    for (let j = i + 1; j < own.length; j++) {
      const a = own[i]!;
      const b = own[j]!;
      // Overlapping spans are nested attributions of one passage, not different statements.
      if (a.start < b.end && b.start < a.end) continue;
      if (a.text === b.text) continue;
      samePairs.push([a.text, b.text]);
    }
  }
}
const positives: [string, string][] = [];
const fragments: [string, string][] = [];
const extended: [string, string][] = [];
for (let i = 0; i < 20_000; i++) {
  const source = pick(quotes);
  const quote = source.text;
  positives.push([quote, reword(quote)]);
  const part = fragment(quote);
  if (part && fragments.length < 5_000) fragments.push([quote, part]);
  const own = byArticle[source.article]!;
  const other = own[Math.floor(random() * own.length)];
  if (other && other !== source && extended.length < 5_000)
    extended.push([quote, `${reword(quote).replace(/[,;:]?$/, '.')} ${other.text}`]);
}

const rate = (scores: Float64Array, threshold: number) => {
  let above = 0;
  for (const score of scores) if (score >= threshold) above += 1;
  return above / scores.length;
};
const quantile = (scores: Float64Array, q: number) => {
  const sorted = Float64Array.from(scores).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const pct = (x: number) => `${(100 * x).toFixed(x < 0.001 && x > 0 ? 3 : 2)}%`;

console.log(`PolNeAR train: ${quotes.length} quotes of >= 3 words from ${byArticle.length} articles`);
console.log(
  `pairs: ${crossPairs.length} cross-article, ${samePairs.length} same-article (different statements), ` +
    `${positives.length} rewordings, ${fragments.length} fragments, ${extended.length} extended quotes\n`,
);
console.log(
  '| measure | threshold (plateau) | rewordings merged | fragments merged | extended merged ' +
    '| same-article merged (false) | cross-article merged (false) | same-article p99.9 | rewordings p1 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, measure] of Object.entries(MEASURES)) {
  const score = (pairs: [string, string][]) => Float64Array.from(pairs, ([a, b]) => measure(a, b));
  const pos = score(positives);
  const frag = score(fragments);
  const ext = score(extended);
  const same = score(samePairs);
  const cross = score(crossPairs);
  const js: { threshold: number; j: number }[] = [];
  for (let step = 30; step <= 95; step++) {
    const threshold = step / 100;
    js.push({ threshold, j: rate(pos, threshold) - rate(same, threshold) });
  }
  const bestJ = Math.max(...js.map((entry) => entry.j));
  const plateau = js.filter((entry) => entry.j >= bestJ - 0.0005).map((entry) => entry.threshold);
  const t = Math.round(50 * (Math.min(...plateau) + Math.max(...plateau))) / 100;
  console.log(
    `| ${name} | ${t.toFixed(2)} (${Math.min(...plateau).toFixed(2)}–${Math.max(...plateau).toFixed(2)}) ` +
      `| ${pct(rate(pos, t))} | ${pct(rate(frag, t))} | ${pct(rate(ext, t))} ` +
      `| ${pct(rate(same, t))} | ` +
      `${pct(rate(cross, t))} | ${quantile(same, 0.999).toFixed(3)} | ${quantile(pos, 0.01).toFixed(3)} |`,
  );
}

// Illustration only (not used to choose anything): the two outlets' wordings from the issue.
const a = 'It could indeed take place within two weeks or a little later';
const b = 'It really could take place within two weeks or a little later';
console.log(
  `\nexample from the issue: quoteSimilarity (${QUOTE_SIMILARITY_MEASURE}) = ${quoteSimilarity(a, b).toFixed(3)}`,
);
const longer = `${a}. There's a general understanding that there's no need to put anything off`;
console.log(
  `with one outlet quoting a sentence more: quoteSimilarity = ${quoteSimilarity(longer, b).toFixed(3)}, ` +
    `statementSimilarity = ${statementSimilarity(longer, b).toFixed(3)}`,
);
