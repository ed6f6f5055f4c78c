// Preloaded into a command run by bench/bench.ts (--memory): writes the process's peak resident set
// size (worker threads included) to the file named by NEWS_EXTRACT_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.NEWS_EXTRACT_RSS_FILE;
  if (file) writeFileSync(file, JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }));
});
