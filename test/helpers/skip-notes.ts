/**
 * A reporter that lists, after the run, every test skipped for a reason the default reporter would not
 * show (it prints only a count of skipped tests when it runs several files). Convention: a test or suite
 * skipped on a condition carries `skipped: <why>` in its name, e.g. `it.skipIf(!chromium)('... (skipped:
 * no Chromium at /usr/bin/chromium)')`. A suite skipped so is listed once, with its number of tests.
 * Tests left out by a `-t` filter or `.only` carry no such words and are not listed.
 */
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/** The outermost suite (or the test itself) whose name gives the reason it was skipped. */
function reasonHolder(test: TestCase): TestCase | TestSuite | undefined {
  let holder: TestCase | TestSuite | undefined = test.name.includes('skipped:') ? test : undefined;
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) {
    if (parent.name.includes('skipped:')) holder = parent;
  }
  return holder;
}

export default class SkipNotes implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, number>();
    for (const module of testModules) {
      const file = module.moduleId.replace(`${process.cwd()}/`, '');
      for (const test of module.children.allTests('skipped')) {
        const holder = reasonHolder(test);
        if (!holder) continue;
        const line = `${file}: ${holder.fullName}`;
        counts.set(line, (counts.get(line) ?? 0) + 1);
      }
    }
    if (counts.size === 0) return;
    const lines = [...counts].map(([line, count]) => `  - ${line}${count > 1 ? ` (${count} tests)` : ''}`);
    process.stdout.write(`\nSkipped, and why:\n${lines.join('\n')}\n`);
  }
}
