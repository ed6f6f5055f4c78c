import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { publint } from 'publint';
import { describe, expect, it } from 'vitest';

// `npm test` builds dist/ first (pretest); these tests check the package as users load it.
const root = new URL('..', import.meta.url).pathname;
const dist = (file: string) => `${root}dist/${file}`;

describe('the built package', () => {
  it('is built (npm test runs the build first)', () => {
    expect(existsSync(dist('index.js')), 'dist/ is missing: run `npm run build`').toBe(true);
  });

  it('has an ESM bundle that imports no Node built-in and no process global, chunks included', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    // index.js and every chunk it imports, transitively (the command's chunks may use Node).
    const seen = new Set<string>();
    const pending = ['index.js'];
    const external: string[] = [];
    for (let file = pending.pop(); file; file = pending.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(dist(file), 'utf8');
      expect(code, file).not.toMatch(/\bprocess\.(env|argv|cwd|exit)/);
      const specifiers = /(?:\bfrom|^import)\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/gm;
      for (const match of code.matchAll(specifiers)) {
        const name = match[1] ?? match[2] ?? '';
        if (/^\.\/chunk-[\w-]+\.js$/.test(name)) pending.push(name.slice(2));
        else external.push(name);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(external.filter((name) => builtins.has(name) || name.startsWith('node:'))).toEqual([]);
  });

  it('bundles for the browser, dependencies included', async () => {
    const result = await build({
      entryPoints: [dist('index.js')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text.length).toBeGreaterThan(10_000);
  });

  it('loads through require() as CommonJS and extracts', () => {
    const require = createRequire(import.meta.url);
    const lib = require(dist('index.cjs')) as typeof import('../src/index.js');
    const doc = lib.extract('Kremlin spokesperson Dmitry Peskov said on Friday that talks went well.');
    expect(doc.sentences).toHaveLength(1);
  });

  it('passes publint without errors or warnings', async () => {
    const { messages } = await publint({ pkgDir: root, level: 'warning' });
    expect(messages.map((message) => `${message.type}: ${message.code} ${JSON.stringify(message.args)}`)).toEqual([]);
  });

  it('ships dist, the golden corpus, README and LICENSE, and nothing else', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files: string[] = (JSON.parse(output) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/cli.js',
        'README.md',
        'LICENSE',
        'package.json',
      ]),
    );
    expect(files.filter((file) => file.startsWith('corpus/articles/')).length).toBe(5);
    const unexpected = files.filter((file) => !/^(dist\/|corpus\/|README\.md$|LICENSE$|package\.json$)/.test(file));
    expect(unexpected).toEqual([]);
    expect(files.some((file) => /datasets|conll|polnear|timeml|\.jsonl$/i.test(file))).toBe(false);
  });

  it('packs to at most 2.5 MB, with the NER weights in one file and no source map', () => {
    const packArgs = ['pack', '--dry-run', '--json', '--ignore-scripts'];
    const output = execFileSync('npm', packArgs, { cwd: root, encoding: 'utf8' });
    const pack = (JSON.parse(output) as { size: number; unpackedSize: number; files: { path: string }[] }[])[0]!;
    expect(pack.size).toBeLessThanOrEqual(2_500_000);
    expect(pack.files.filter((file) => file.path.endsWith('.map'))).toEqual([]);
    // A fingerprint of the weights (a stretch of their base64 feature keys): only the weights file holds it.
    const weights = JSON.parse(readFileSync(`${root}src/entities/model/weights.json`, 'utf8')) as { keys: string };
    const fingerprint = weights.keys.slice(1000, 1100);
    const holders = pack.files
      .map((file) => file.path)
      .filter((path) => readFileSync(`${root}${path}`, 'utf8').includes(fingerprint));
    expect(holders).toEqual(['dist/ner-weights.json']);
  });

  it('works installed from its tarball: ESM and CommonJS, both entries, and the command', () => {
    const folder = mkdtempSync(join(tmpdir(), 'news-extract-pack-'));
    try {
      execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], { cwd: root, stdio: 'ignore' });
      const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'));
      expect(tarball).toBeDefined();
      // Installed by hand: the tarball unpacked into node_modules, its dependencies linked from this
      // repository's node_modules (no registry, no network).
      const installed = join(folder, 'node_modules', 'news-extract');
      mkdirSync(installed, { recursive: true });
      execFileSync('tar', ['-xzf', join(folder, tarball!), '-C', installed, '--strip-components=1']);
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
        bin: Record<string, string>;
      };
      for (const name of Object.keys(manifest.dependencies)) {
        mkdirSync(join(folder, 'node_modules', name, '..'), { recursive: true });
        symlinkSync(join(root, 'node_modules', name), join(folder, 'node_modules', name), 'dir');
      }
      const text = 'Mayor Ana Ruiz said on Monday that the bridge would reopen.';
      const page = `<html><head><title>Bridge</title></head><body><article><p>${text}</p></article></body></html>`;
      writeFileSync(
        join(folder, 'use.mjs'),
        [
          "import { createRequire } from 'node:module';",
          "import { extract } from 'news-extract';",
          "import { extractHtml } from 'news-extract/html';",
          'const require = createRequire(import.meta.url);',
          `const text = ${JSON.stringify(text)};`,
          `const page = ${JSON.stringify(page)};`,
          'const names = (doc) => doc.entities.map((entity) => entity.name);',
          'console.log(JSON.stringify({',
          '  esm: names(extract(text)),',
          "  cjs: names(require('news-extract').extract(text)),",
          '  esmHtml: names(extractHtml(page)),',
          "  cjsHtml: names(require('news-extract/html').extractHtml(page)),",
          '}));',
        ].join('\n'),
      );
      const run = execFileSync(process.execPath, [join(folder, 'use.mjs')], { cwd: folder, encoding: 'utf8' });
      const used = JSON.parse(run) as Record<string, string[]>;
      const person = expect.arrayContaining(['Ana Ruiz']);
      expect(used).toEqual({ esm: person, cjs: person, esmHtml: person, cjsHtml: person });
      // The command, as npm links it: the bin file, executable, run on a tiny text from standard input.
      const bin = join(installed, manifest.bin['news-extract']!);
      expect(statSync(bin).mode & 0o111).not.toBe(0);
      const doc = JSON.parse(execFileSync(bin, ['-'], { cwd: folder, input: text, encoding: 'utf8' })) as {
        quotes: unknown[];
        entities: { name: string }[];
      };
      expect(doc.entities.map((entity) => entity.name)).toContain('Ana Ruiz');
      expect(doc.quotes.length).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('has an executable command with a shebang', () => {
    expect(readFileSync(dist('cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const version = execFileSync(process.execPath, [dist('cli.js'), '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe((JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version);
  });
});
