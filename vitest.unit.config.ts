import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:unit`: the inner loop. Leaves out the files that spawn the built command or browser,
 * pack the package, generate megabytes of hostile input run property searches or time 1 MB inputs (they take most of
 * the full suite's minutes), and runs the rest without per-file isolation, so each worker loads the
 * language model once instead of once per file. `npm test` stays the full suite.
 */
export const SLOW_FILES = [
  'test/adversarial.test.ts',
  'test/base64.test.ts',
  'test/cli-batch.test.ts',
  'test/cli-inputs.test.ts',
  'test/cli-robust.test.ts',
  'test/cli.test.ts',
  'test/docs.test.ts',
  'test/eval-datasets.test.ts',
  'test/html.browser.test.ts',
  'test/html.negative.test.ts',
  'test/html.package.test.ts',
  'test/package.test.ts',
  'test/property.test.ts',
  'test/quotes.marks.property.test.ts',
  'test/quotes.negative.test.ts',
  'test/regex-safety.test.ts',
  'test/robustness.test.ts',
  'test/story.browser.test.ts',
  'test/wink-model.test.ts',
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...SLOW_FILES, 'node_modules/**'],
      isolate: false,
    },
  }),
);
