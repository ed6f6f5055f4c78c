import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression in src/ is checked for super-linear backtracking (exponential AND
 * polynomial ReDoS) with recheck, which analyses the pattern (automata + fuzzing) instead of
 * guessing from its shape. safe-regex2 was tried and dropped: it passed
 * `(?:^|[|(-]\s*)(?:photo|image)s?\s*:\s*\S.{0,120}$`, which recheck shows is quadratic
 * (`'(IMAGE:A'.repeat(1041)`), and it cannot see the quadratic `\s*[|]\s*` either.
 *
 * Patterns are found with the TypeScript compiler API, so regexes added later anywhere in src/ are
 * checked without touching this test. A `new RegExp(x)` whose pattern is not a constant cannot be
 * analysed: it must carry a `regex-safety: <why it is safe>` comment on its line or the three lines
 * above it (a caller-supplied pattern, an alternation of escaped literals...).
 *
 * recheck runs its native binary when installed (recheck-linux-x64), else Java, else its pure
 * JavaScript build in a worker: all three work offline.
 */

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

interface FoundPattern {
  file: string;
  line: number;
  source: string;
  flags: string;
}

interface DynamicPattern {
  file: string;
  line: number;
  code: string;
  justified: boolean;
}

function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

/**
 * The value of a pattern or flags argument when it is a constant: a string literal, or one composed of
 * them as src/ does to keep lines short: `+`, templates (String.raw's too) whose substitutions are
 * constants, `[...].join(constant)`, and names of `const` strings declared in the same file.
 */
function constantString(node: ts.Node | undefined, consts: ReadonlyMap<string, ts.Expression>): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression, consts);
  if (ts.isIdentifier(node)) return constantString(consts.get(node.text), consts);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = constantString(node.left, consts);
    const right = constantString(node.right, consts);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  const raw = ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw';
  const template = raw ? (node as ts.TaggedTemplateExpression).template : node;
  if (ts.isNoSubstitutionTemplateLiteral(template)) return raw ? template.rawText : template.text;
  if (ts.isTemplateExpression(template) && (raw || template === node)) {
    let text = raw ? template.head.rawText : template.head.text;
    for (const span of template.templateSpans) {
      const value = constantString(span.expression, consts);
      if (value === undefined) return undefined;
      text += value + (raw ? span.literal.rawText : span.literal.text);
    }
    return text;
  }
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'join' &&
    ts.isArrayLiteralExpression(node.expression.expression)
  ) {
    const separator = node.arguments.length === 0 ? ',' : constantString(node.arguments[0], consts);
    const parts = node.expression.expression.elements.map((element) => constantString(element, consts));
    if (separator === undefined || parts.some((part) => part === undefined)) return undefined;
    return parts.join(separator);
  }
  return undefined;
}

/** The `const` declarations of a file with an initializer, by name. */
function constants(sourceFile: ts.SourceFile): Map<string, ts.Expression> {
  const consts = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclarationList(node) &&
      node.flags & ts.NodeFlags.Const &&
      ts.isVariableStatement(node.parent) &&
      ts.isSourceFile(node.parent.parent)
    ) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          consts.set(declaration.name.text, declaration.initializer);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return consts;
}

function findPatterns(files: readonly string[]): { found: FoundPattern[]; dynamic: DynamicPattern[] } {
  const found: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  for (const path of files) {
    const code = readFileSync(path, 'utf8');
    const lines = code.split('\n');
    const file = relative(ROOT, path);
    const sourceFile = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
    const consts = constants(sourceFile);
    const lineOf = (node: ts.Node): number =>
      sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const slash = literal.lastIndexOf('/');
        found.push({ file, line: lineOf(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const source = constantString(patternArg, consts);
        const flags = flagsArg === undefined ? '' : constantString(flagsArg, consts);
        const line = lineOf(node);
        if (source !== undefined && flags !== undefined) {
          found.push({ file, line, source, flags });
        } else if (patternArg && !ts.isRegularExpressionLiteral(patternArg)) {
          const nearby = lines.slice(Math.max(0, line - 4), line).join('\n');
          dynamic.push({
            file,
            line,
            code: node.getText(sourceFile).slice(0, 80),
            justified: /regex-safety:\s*\S/.test(nearby),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { found, dynamic };
}

const { found, dynamic } = findPatterns(sourceFiles(SRC));

describe('regular expressions in src/', () => {
  it('finds the patterns to check (the scanner itself works)', () => {
    // The cleaning stage alone has a dozen patterns; finding none would mean the scan is broken.
    expect(found.length).toBeGreaterThan(10);
    expect(
      found.some(
        (pattern) => pattern.file.endsWith('boilerplate.ts') && pattern.source.startsWith('^exit mobile version'),
      ),
    ).toBe(true);
  });

  it('has no pattern with exponential or polynomial backtracking', async () => {
    const problems: string[] = [];
    // Sequential: recheck's agent is a single process; the whole scan takes a few seconds.
    for (const pattern of found) {
      const flags = pattern.flags.replace(/[dg]/g, '');
      const result = await check(pattern.source, flags, { timeout: 60_000 });
      if (result.status === 'safe') continue;
      const where = `${pattern.file}:${pattern.line} /${pattern.source}/${pattern.flags}`;
      if (result.status === 'unknown') {
        const reason = result.error.kind + ('message' in result.error ? `: ${result.error.message}` : '');
        problems.push(`${where}: recheck could not analyse it (${reason}); simplify it`);
      } else if (result.complexity.type === 'exponential') {
        problems.push(`${where}: exponential backtracking, e.g. ${result.attack.pattern}`);
      } else {
        // recheck's fuzzer calls some bounded repeats (`.{0,120}$`) polynomial when its time budget
        // runs short on a busy machine; V8 decides: the attack must really grow super-linearly.
        const growth = measuredGrowth(new RegExp(pattern.source, flags), result.attack.pattern);
        if (growth !== undefined && growth.ratio > 20) {
          problems.push(
            `${where}: ${result.complexity.type} backtracking, e.g. ${result.attack.pattern} ` +
              `(8x the attack takes ${growth.ratio.toFixed(0)}x the time in V8)`,
          );
        }
      }
    }
    expect(problems, `unsafe regular expressions:\n${problems.join('\n')}`).toEqual([]);
  });

  it('justifies every pattern built at run time', () => {
    const unjustified = dynamic
      .filter((pattern) => !pattern.justified)
      .map((pattern) => `${pattern.file}:${pattern.line} ${pattern.code} (add a "regex-safety: why" comment)`);
    expect(unjustified, unjustified.join('\n')).toEqual([]);
  });
});

/**
 * How much longer V8 takes on recheck's attack string (`'a' + 'b'.repeat(1041) + 'c'`) with every
 * repeat count multiplied by 8 than on the attack scaled down to an eighth: about 8 for a linear
 * pattern, 64 for a quadratic one.
 */
function measuredGrowth(regex: RegExp, attack: string): { ratio: number } | undefined {
  const build = (scale: number): string | undefined => {
    const expression = attack.replace(
      /\.repeat\((\d+)\)/g,
      (_, count: string) => `.repeat(${Math.max(1, Math.round(Number(count) * scale))})`,
    );
    try {
      // The attack is a JavaScript string expression written by recheck: quoted literals and .repeat().
      return String(new Function(`return (${expression});`)());
    } catch {
      return undefined;
    }
  };
  const small = build(1 / 8);
  const large = build(1);
  if (small === undefined || large === undefined || !/\.repeat\(/.test(attack)) return undefined;
  // Per-match time, from batches of at least 2 ms (one match of a short attack is below the timer's
  // resolution), best of five batches: a busy machine only ever makes a batch slower, so the minimum
  // is the figure that a scheduler pause on one side cannot inflate into a false quadratic.
  const time = (input: string): number => {
    let best = Infinity;
    for (let batch = 0; batch < 5; batch++) {
      let runs = 0;
      const started = performance.now();
      let elapsed = 0;
      do {
        regex.lastIndex = 0;
        regex.test(input);
        runs++;
        elapsed = performance.now() - started;
      } while (elapsed < 2 && runs < 10_000);
      best = Math.min(best, elapsed / runs);
    }
    return best;
  };
  time(small);
  // A truly super-linear pattern is slow on every try; a scheduler pause under load is not, so the
  // smallest of three ratios is the one that counts.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio > 20; attempt++) {
    ratio = Math.min(ratio, time(large) / Math.max(time(small), 1e-6));
  }
  return { ratio };
}
