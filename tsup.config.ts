import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CommonJS with declarations; runs in browsers (no Node built-ins).
    // `html` is the `news-extract/html` subpath: web pages through Readability over linkedom, kept out of
    // the main entry so that its users (text only, browsers) load no DOM.
    entry: { index: 'src/index.ts', html: 'src/html/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // es2022, not node20: for node20 esbuild rewrites every regex literal with a \p{...} escape outside a
    // character class into `new RegExp(...)` at its place, so hot functions built a RegExp on each call.
    target: 'es2022',
    platform: 'neutral',
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'linkedom', '@mozilla/readability', 'htmlparser2'],
    // Keep `with { type: 'json' }` on the wink model's JSON import (src/text/wink-model.ts): for an
    // es2022 target esbuild drops import attributes, and Node's ESM loader refuses a JSON import without one.
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true };
    },
  },
  {
    // The command: Node only. The worker thread script sits beside it (src/cli/pool.ts finds it).
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'es2022', // as above
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'htmlparser2', 'linkedom', '@mozilla/readability'],
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true };
    },
  },
]);
