import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// `npm test` builds dist/ first (pretest).
const root = new URL('..', import.meta.url).pathname;

describe('news-extract/html as a separate entry', () => {
  it('keeps the DOM, Readability and the page reader out of the main entry', async () => {
    const result = await build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
      external: ['wink-nlp', 'wink-eng-lite-web-model'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('src/pipeline.ts'))).toBe(true);
    expect(inputs.filter((path) => /linkedom|readability|htmlparser2|src\/html\//.test(path))).toEqual([]);
  });

  it('loads from dist as ESM and CommonJS and reads a page', async () => {
    expect(existsSync(`${root}dist/html.js`), 'dist/ is missing: run `npm run build`').toBe(true);
    const page =
      '<html><head><meta property="og:title" content="Ferry terminal opens"></head><body><p>The ' +
      'port authority said on Monday that the terminal opens next spring.</p></body></html>';
    const esm = (await import(`${root}dist/html.js`)) as typeof import('../src/html/index.js');
    expect(esm.readArticle(page).title).toBe('Ferry terminal opens');
    const cjs = createRequire(import.meta.url)(`${root}dist/html.cjs`) as typeof import('../src/html/index.js');
    expect(cjs.extractHtml(page).meta.title).toBe('Ferry terminal opens');
  });

  it('shares the library build with the main entry and the command: one copy of the core per format', () => {
    const files = readdirSync(`${root}dist`).filter((name) => /\.(c?js)$/.test(name));
    const defines = (name: string): boolean =>
      readFileSync(`${root}dist/${name}`, 'utf8').includes('function createPipeline(');
    // One ESM chunk and one CommonJS chunk; html.*, cli.js and worker.js import them.
    const defining = files.filter(defines).map((name) => name.replace(/-[\w]+\./, '-*.'));
    expect(defining.sort()).toEqual(['chunk-*.cjs', 'chunk-*.js']);
    for (const entry of ['html.js', 'html.cjs', 'cli.js', 'worker.js']) {
      const code = readFileSync(`${root}dist/${entry}`, 'utf8');
      expect(code, entry).toMatch(/(from |require\()["']\.\/chunk-[\w-]+\.c?js["']/);
    }
  });
});
