/**
 * Review listing of the recent-news gold: every span in context (see scripts/gold-author.ts).
 *
 *   npx tsx eval/recent/review.ts [page ...]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { review } from '../../scripts/gold-author.js';
import { datasetsDir } from '../score.js';
import { resolveSpec } from './spec.js';
import { RECENT_SPECS } from './specs/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const only = process.argv.slice(2);
for (const spec of RECENT_SPECS) {
  if (only.length > 0 && !only.includes(spec.page)) continue;
  const text = readFileSync(`${datasetsDir(root)}/webpages/${spec.page}/expected.txt`, 'utf8');
  const gold = resolveSpec(spec, text);
  console.log(review(gold, text));
  for (const line of gold.ignored) console.log(`-- ignored line ${line.start}: ${line.text.slice(0, 40)}`);
}
