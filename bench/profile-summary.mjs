// Self time per function in a V8 .cpuprofile, top N: node bench/profile-summary.mjs <file> [N]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const frame = node.callFrame;
  const file = frame.url.split('/').slice(-2).join('/');
  const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`total ${total.toFixed(0)} ms`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 40))) {
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
