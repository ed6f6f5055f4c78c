/**
 * The docs say what the code does: every ```ts/```js sample of README.md and docs/*.md runs as written
 * against the built package and prints what the doc shows; console samples of the command run; shell
 * samples name only options the command has and scripts package.json has; every export is documented;
 * the cheap figures (`<!-- check: ... -->`) equal what their command prints; the constants the README
 * states are the code's. Conventions: test/helpers/docs.ts. The dataset figures (`<!-- eval: ... -->`)
 * take minutes and are checked by `npm run docs:check`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../src/cli/inputs.js';
import { MAX_STORY_BYTES } from '../src/cli/run.js';
import { SECTION_CHARS } from '../src/sections.js';
import {
  type CodeBlock,
  codeBlocks,
  figureChecks,
  findMismatch,
  ignorePattern,
  marker,
  SAMPLE_LANGS,
} from './helpers/docs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const cli = join(root, 'dist/cli.js');
const samplesDir = join(root, 'test/artifacts/doc-samples');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string } };

interface Sample {
  readonly file: string;
  readonly block: CodeBlock;
  /** The ```text block after it marked `<!-- output -->`, if any. */
  readonly output?: string;
}

function samples(file: string): Sample[] {
  const blocks = codeBlocks(read(file));
  const found: Sample[] = [];
  blocks.forEach((block, i) => {
    if (!SAMPLE_LANGS.has(block.lang)) return;
    const next = blocks[i + 1];
    const output = next?.markers.includes('output') ? next.code : undefined;
    found.push(output === undefined ? { file, block } : { file, block, output });
  });
  return found;
}

/** Runs a sample as an ES module inside the package folder, so `import 'news-extract'` is the build. */
function runSample(sample: Sample): { status: number | null; stdout: string; stderr: string } {
  mkdirSync(samplesDir, { recursive: true });
  const js = transformSync(sample.block.code, { loader: 'ts', format: 'esm', target: 'node20' }).code;
  const path = join(samplesDir, `${sample.file.replace(/[/.]/g, '_')}-${sample.block.line}.mjs`);
  writeFileSync(path, js);
  const run = spawnSync(process.execPath, [path], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('docs: code samples run as written against the built package', () => {
  it('the package is built', () => {
    expect(existsSync(join(root, 'dist/index.js')), 'dist/index.js is missing: run `npm run build`').toBe(true);
  });
  const all = DOCS.flatMap(samples);
  it('README.md has samples with their output', () => {
    expect(
      all.filter((sample) => sample.file === 'README.md' && sample.output !== undefined).length,
    ).toBeGreaterThanOrEqual(5);
  });
  it('the ts samples type-check against the built declarations (strict)', () => {
    // Outside test/: the project's tsconfig includes test/**, and these files belong to no build.
    const dir = join(root, '.scratch/doc-samples-tsc');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const typed = all.filter((sample) => sample.block.lang === 'ts' || sample.block.lang === 'typescript');
    expect(typed.length).toBeGreaterThan(5);
    for (const sample of typed) {
      const name = `${sample.file.replace(/[/.]/g, '_')}-${sample.block.line}.ts`;
      writeFileSync(join(dir, name), `${sample.block.code}\nexport {};\n`);
    }
    const compilerOptions = {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022'],
      types: ['node'],
      strict: true,
      noEmit: true,
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(tsc.stdout).toBe('');
    expect(tsc.status).toBe(0);
  });
  for (const sample of all) {
    const what = sample.output === undefined ? 'runs' : 'prints what the doc shows';
    it(`${sample.file}:${sample.block.line} ${what}`, () => {
      const result = runSample(sample);
      expect(result.stderr, result.stderr).toBe('');
      expect(result.status).toBe(0);
      if (sample.output !== undefined) expect(result.stdout.trimEnd()).toBe(sample.output.trimEnd());
    });
  }
});

/** The long options of the command, from its own --help. */
function commandOptions(): Set<string> {
  const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  return new Set([...help.matchAll(/(?:^|[\s,])(--?[a-z][\w-]*)/gm)].map((match) => match[1] ?? ''));
}

/** Each `news-extract ...` invocation in a shell line, up to a pipe, redirection or end. */
function invocations(line: string): string[][] {
  return [...line.matchAll(/(?:^|[\s"'(])news-extract((?:\s+[^\s|<>;&"')]+)*)/g)].map((match) =>
    (match[1] ?? '').trim().split(/\s+/).filter(Boolean),
  );
}

describe('docs: command samples', () => {
  const options = commandOptions();
  const shellBlocks = DOCS.flatMap((file) =>
    codeBlocks(read(file))
      .filter((block) => ['sh', 'bash', 'shell', 'console', 'python'].includes(block.lang))
      .map((block) => ({ file, block })),
  );

  it('name only options the command has, and npm scripts package.json has', () => {
    expect(options.has('--format') && options.has('-f')).toBe(true);
    const problems: string[] = [];
    for (const { file, block } of shellBlocks) {
      for (const line of block.code.split('\n')) {
        if (/^\s*(#|npm install|npx news-extract --help)/.test(line)) continue;
        for (const args of invocations(line.replace(/^\$ /, ''))) {
          for (const arg of args) {
            const option = arg.split('=')[0] ?? '';
            if (option.startsWith('-') && option !== '-' && !options.has(option)) {
              problems.push(`${file}:${block.line}: ${option}`);
            }
          }
        }
        for (const match of line.matchAll(/npm run(?: -s)? ([\w:-]+)/g)) {
          if (!(match[1]! in pkg.scripts)) problems.push(`${file}:${block.line}: npm run ${match[1]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  const consoleBlocks = shellBlocks.filter(({ block }) => block.lang === 'console');
  it('README.md has a console sample', () => {
    expect(consoleBlocks.some(({ file }) => file === 'README.md')).toBe(true);
  });
  for (const { file, block } of consoleBlocks) {
    it(`${file}:${block.line}: console sample prints what the doc shows`, () => {
      const runs = block.code.split(/^\$ /m).filter((part) => part.trim() !== '');
      for (const run of runs) {
        const [command = '', ...shown] = run.split('\n');
        const args = command.trim().split(/\s+/);
        expect(args[0], command).toBe('news-extract');
        const out = spawnSync(process.execPath, [cli, ...args.slice(1)], {
          cwd: root,
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(out.status, out.stderr).toBe(0);
        expect(findMismatch(shown.join('\n'), out.stdout), command).toBeUndefined();
      }
    });
  }
});

describe('docs: figures equal what their command prints', () => {
  const checks = figureChecks(DOCS, root);
  for (const check of checks.filter((c) => c.kind === 'check')) {
    it(`${check.file}:${check.block.line}: ${check.command}`, () => {
      const out = spawnSync('sh', ['-c', check.command], { cwd: root, encoding: 'utf8', timeout: 300_000 });
      expect(out.status, out.stderr).toBe(0);
      expect(findMismatch(check.block.code, out.stdout, ignorePattern(check.block))).toBeUndefined();
    });
  }
  it('every eval: figure names an npm script or a tsx/node command of this repository', () => {
    for (const check of checks.filter((c) => c.kind === 'eval')) {
      const script = /^npm run(?: -s)? ([\w:-]+)/.exec(check.command)?.[1];
      if (script) expect(pkg.scripts, check.command).toHaveProperty([script]);
      else
        expect(check.command, `${check.file}:${check.block.line}`).toMatch(/^(npx tsx|npx vitest run|node) [\w./-]+/);
    }
  });
  it('the matcher finds a changed figure', () => {
    const block = 'system   F1\npipeline 91.7';
    expect(findMismatch(block, 'header\nsystem   F1\npipeline 91.7  \n')).toBeUndefined();
    expect(findMismatch(block, 'system   F1\npipeline 91.6')?.nearest).toBe('pipeline 91.6');
    expect(findMismatch('took 1.2 s', 'took 3.4 s', /[\d.]+ s/g)).toBeUndefined();
  });
  it('the parser reads markers, languages and the lines of blocks', () => {
    const markdown = 'text\n<!-- check: echo 1 -->\n<!-- ignore: \\d -->\n```text\n1\n```\n\n  ```ts\n  x();\n  ```\n';
    const blocks = codeBlocks(`${markdown}<!-- eval: echo 2 -->\n| a |\n| 2 |\n\n| not checked |\n`);
    expect(blocks.map((b) => [b.lang, b.code, b.line])).toEqual([
      ['text', '1', 4],
      ['ts', 'x();', 8],
      ['table', '| a |\n| 2 |', 12],
    ]);
    expect(marker(blocks[0]!, 'check')).toBe('echo 1');
    expect(blocks[1]!.markers).toEqual([]);
  });
});

const exportCache = new Map<string, string[]>();

/** Every name a package entry exports (values and types), read from its built declarations. */
function exportedNames(declarations: string): string[] {
  const cached = exportCache.get(declarations);
  if (cached) return cached;
  const program = ts.createProgram([declarations], { strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarations);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`no module symbol for ${declarations}`);
  const names = checker.getExportsOfModule(module).map((symbol) => symbol.name);
  exportCache.set(declarations, names);
  return names;
}

describe('docs: the API reference covers every export', () => {
  const api = read('docs/API.md');
  const readme = read('README.md');
  for (const [entry, declarations, runtime] of [
    ['news-extract', 'dist/index.d.ts', 'dist/index.js'],
    ['news-extract/html', 'dist/html.d.ts', 'dist/html.js'],
  ] as const) {
    it(`${entry}: each export has a line in docs/API.md, each value export a mention in README.md`, async () => {
      const names = exportedNames(join(root, declarations));
      expect(names.length).toBeGreaterThan(10);
      const section = api.slice(api.indexOf(`## \`${entry}\``));
      const missing = names.filter((name) => !new RegExp(`\`${name}[\`(<]`).test(section));
      expect(missing, `exports of ${entry} not in docs/API.md`).toEqual([]);
      const values = Object.keys((await import(join(root, runtime))) as object);
      expect(values.length).toBeGreaterThan(5);
      expect(values.filter((name) => !readme.includes(`\`${name}`))).toEqual([]);
    });
  }
  it('docs/API.md documents nothing that is not exported', () => {
    const exported = new Set([
      ...exportedNames(join(root, 'dist/index.d.ts')),
      ...exportedNames(join(root, 'dist/html.d.ts')),
    ]);
    const documented = [...api.matchAll(/^#### `(\w+)/gm)].map((match) => match[1] ?? '');
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.filter((name) => !exported.has(name))).toEqual([]);
  });
});

describe("docs: facts stated in the README are the code's", () => {
  const readme = read('README.md');
  it('the Node version', () => {
    const stated = /Node ≥ (\d+\.\d+)/.exec(readme)?.[1];
    expect(pkg.engines.node).toBe(`>=${stated}`);
  });
  it('the size limits', () => {
    expect(readme).toContain(`at most ${MAX_INPUT_BYTES / 1024 / 1024} MB per input`);
    expect(readme).toContain(`refuses a story over ${MAX_STORY_BYTES / 1e6} MB of input`);
    expect(readme).toContain(
      `a text over ${SECTION_CHARS.toLocaleString('en-US')} characters is extracted in sections`,
    );
  });
  it('the default number of worker threads is the one --help gives', () => {
    const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const stated = 'one per 512 KB of input, at most 4 and the number of cores';
    expect(help).toContain(stated);
    expect(readme).toContain(stated);
  });
  it('relative links point to files that exist', () => {
    for (const file of DOCS) {
      for (const match of read(file).matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)) {
        expect(existsSync(join(root, dirname(file), match[1] ?? '')), `${file}: ${match[1]}`).toBe(true);
      }
    }
  });
  it("the README stays a user's guide: at most 350 lines", () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(350);
  });
});
