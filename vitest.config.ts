import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores on the reference machine: forks keep the language model per worker bounded.
    pool: 'forks',
    // The default reporter prints only a count of skipped tests; skip-notes lists each one skipped on a
    // condition (no Chromium, no ../shared) with its reason.
    reporters: ['default', './test/helpers/skip-notes.ts'],
  },
});
