/**
 * The evaluations read the public datasets from `../shared/datasets` (or NEWS_EXTRACT_DATASETS) and never
 * ship them. Where they are absent (a clone without the shared folder), a script says so and exits 0
 * rather than crash with ENOENT.
 */
import { existsSync } from 'node:fs';

/** Exits the process with status 0 and a note on stdout when `path` (a dataset file or folder) is absent. */
export function requireDataset(script: string, path: string): void {
  if (existsSync(path)) return;
  console.log(
    `${script} skipped: ${path} not found (the shared datasets are not installed here; ` +
      'set NEWS_EXTRACT_DATASETS to the datasets folder).',
  );
  process.exit(0);
}
