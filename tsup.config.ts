import { copyFileSync, mkdirSync } from 'node:fs';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// The library, the `news-extract/html` subpath and the command share one copy of the code: each format
// is one esbuild run with code splitting, so `dist/html.*`, `dist/cli.js` and `dist/worker.js` import
// the chunks that `dist/index.*` imports instead of bundling their own core (tsup splits CommonJS with
// its experimental `splitting: true`). No source maps: they held every data file a second time.
const EXTERNAL = ['wink-nlp', 'wink-eng-lite-web-model', 'linkedom', '@mozilla/readability', 'htmlparser2', /^node:/];

/**
 * The NER weights (src/entities/model/weights.json, 1.3 MB) are stored once, as `dist/ner-weights.json`
 * beside the chunks, and imported by both formats (`import ... with { type: 'json' }` in ESM,
 * `require()` in CommonJS) rather than inlined into each.
 */
const WEIGHTS_FILE = 'ner-weights.json';
const sharedWeights: EsbuildPlugin = {
  name: 'shared-ner-weights',
  setup(build) {
    build.onResolve({ filter: /\/model\/weights\.json$|^\.\/weights\.json$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('/src/entities/model/index.ts')
        ? { path: `./${WEIGHTS_FILE}`, external: true }
        : undefined,
    );
    build.onEnd(() => {
      mkdirSync('dist', { recursive: true });
      copyFileSync('src/entities/model/weights.json', `dist/${WEIGHTS_FILE}`);
    });
  },
};

/** The command's shebang, on dist/cli.js alone (tsup's `banner` would put it on every chunk). */
const commandShebang: NonNullable<Options['plugins']>[number] = {
  name: 'command-shebang',
  renderChunk(code, info) {
    if (info.type !== 'chunk' || !/(^|\/)cli\.js$/.test(info.path)) return undefined;
    info.mode = 0o755;
    return { code: `#!/usr/bin/env node\n${code}` };
  },
};

const common: Options = {
  dts: { entry: { index: 'src/index.ts', html: 'src/html/index.ts' } },
  splitting: true,
  sourcemap: false,
  // es2022, not node20: for node20 esbuild rewrites every regex literal with a \p{...} escape outside a
  // character class into `new RegExp(...)` at its place, so hot functions built a RegExp on each call.
  target: 'es2022',
  // The library runs in browsers (no Node built-ins); the command's modules import `node:*` (external).
  platform: 'neutral',
  external: EXTERNAL,
  esbuildPlugins: [sharedWeights],
  // Keep `with { type: 'json' }` on JSON imports (the wink model, the NER weights): for an es2022 target
  // esbuild drops import attributes, and Node's ESM loader refuses a JSON import without one.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
};

export default defineConfig([
  {
    ...common,
    // `html` is the `news-extract/html` subpath: web pages through Readability over linkedom, kept out of
    // the main entry so that its users (text only, browsers) load no DOM. The command (Node only) and its
    // worker thread script (src/cli/pool.ts finds it beside cli.js) are ESM only.
    entry: { index: 'src/index.ts', html: 'src/html/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    plugins: [commandShebang],
  },
  {
    ...common,
    entry: { index: 'src/index.ts', html: 'src/html/index.ts' },
    format: ['cjs'],
  },
]);
