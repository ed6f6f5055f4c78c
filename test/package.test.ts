import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtinModules } from 'node:module';
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

  it('has an ESM bundle that imports no Node built-in and no process global', () => {
    const code = readFileSync(dist('index.js'), 'utf8');
    const imported = [...code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1] ?? match[2],
    );
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(imported.filter((name) => name && (builtins.has(name) || name.startsWith('node:')))).toEqual([]);
    expect(code).not.toMatch(/\bprocess\.(env|argv|cwd|exit)/);
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
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    const files: string[] = (JSON.parse(output) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js', 'README.md', 'LICENSE', 'package.json']));
    expect(files.filter((file) => file.startsWith('corpus/articles/')).length).toBe(5);
    const unexpected = files.filter((file) => !/^(dist\/|corpus\/|README\.md$|LICENSE$|package\.json$)/.test(file));
    expect(unexpected).toEqual([]);
    expect(files.some((file) => /datasets|conll|polnear|timeml|\.jsonl$/i.test(file))).toBe(false);
  });

  it('has an executable command with a shebang', () => {
    expect(readFileSync(dist('cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const version = execFileSync(process.execPath, [dist('cli.js'), '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe((JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version);
  });
});
