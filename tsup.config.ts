import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CommonJS with declarations; runs in browsers (no Node built-ins).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // The command: Node only. The worker thread script sits beside it (src/cli/pool.ts finds it).
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'htmlparser2'],
  },
]);
