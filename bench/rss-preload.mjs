// Preloaded into a command run by bench/bench.ts (--memory): appends the process's peak resident set
// size (worker threads included) to the file named by NEWS_EXTRACT_RSS_FILE when it exits, one JSON
// line a process. The command may run itself again under a smaller heap (src/cli/run.ts, respawn);
// the child inherits this preload, and the bench adds the lines up: the parent waits, holding its
// memory, while the child runs.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.NEWS_EXTRACT_RSS_FILE;
  if (file)
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
});
