/**
 * Debian's Chromium, driven by playwright-core (never a browser download): where it is and how it is
 * launched, for the browser tests and the story benchmark.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where Chromium is looked for: `CHROMIUM_PATH`, then the Debian and Ubuntu binaries. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  process.env['CHROMIUM_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((path): path is string => Boolean(path));

/** The first candidate that exists, or undefined (callers skip, saying why: see `CHROMIUM_MISSING`). */
export const chromiumPath: string | undefined = CHROMIUM_CANDIDATES.find((path) => existsSync(path));

export const CHROMIUM_MISSING = `no Chromium at ${CHROMIUM_CANDIDATES.join(', ')}; apt-get install chromium`;

/** Headless, without the sandbox (containers and CI run as root) or a GPU. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--headless'] });
}
