/**
 * A Vitest reporter that closes every run with the project's summary line,
 * `N passed, N failed` (plus `, N skipped` when some were), summed over unit and end-to-end
 * tests, and before it one line per skipped test with its reason, so no test is skipped
 * silently. A file or setup that failed before running its tests counts as one failure each
 * (it ran none of them), and so does each unhandled error. `.ci/run` relays the line.
 *
 * Skips must carry a reason (`context.skip('why')`); one without prints "no reason given".
 * Browsers left out with ADMIN_COACH_BROWSERS are the user's choice and are named on a line
 * of their own.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason, Vitest } from 'vitest/node';
import { BROWSER_NAMES, chosenBrowsers } from '../scripts/browsers';

/** Counts over a finished run. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** `full test name — reason` for each skipped test. */
  skips: string[];
}

/**
 * Sums a run's results (Vitest's reported task tree) into {@link RunCounts}. `unselected` is
 * the reason given for a skip without a note of its own.
 */
export function countRun(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, unselected = 'no reason given'): RunCounts {
  const counts: RunCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0, skips: [] };
  for (const module of modules) {
    let ran = 0;
    for (const test of module.children.allTests()) {
      const result = test.result();
      if (result.state === 'passed') counts.passed++;
      else if (result.state === 'failed') counts.failed++;
      else if (result.state === 'skipped') {
        counts.skipped++;
        counts.skips.push(`${test.fullName} — ${result.note ?? unselected}`);
      }
      if (result.state === 'passed' || result.state === 'failed') ran++;
    }
    // A module that could not load, or whose beforeAll threw, ran nothing: one failure.
    if (ran === 0 && (module.state() === 'failed' || module.errors().length > 0)) counts.failed++;
  }
  return counts;
}

/** The closing line: `N passed, N failed[, N skipped]`. */
export function summaryLine(counts: RunCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
}

/** See the module comment. */
export default class SummaryReporter implements Reporter {
  /** Why a test without a skip note did not run: a name filter (`-t`) the user gave, or none. */
  private unselected = 'no reason given';

  onInit(vitest: Vitest): void {
    const pattern = vitest.config.testNamePattern;
    if (pattern) this.unselected = `not selected by the name filter ${pattern}`;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const counts = countRun(modules, unhandledErrors, this.unselected);
    // A run that failed outside every test (a global set-up that threw: a browser missing,
    // a build missing) ran nothing, and must not read as green.
    if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
    const lines: string[] = [''];
    for (const skip of counts.skips) lines.push(`skipped: ${skip}`);
    const leftOut = BROWSER_NAMES.filter((name) => !chosenBrowsers().includes(name));
    if (leftOut.length) lines.push(`left out by ADMIN_COACH_BROWSERS=${process.env.ADMIN_COACH_BROWSERS}: end-to-end tests in ${leftOut.join(', ')}`);
    lines.push(summaryLine(counts));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
