import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript file under a folder, for the tests that read the source itself. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}
