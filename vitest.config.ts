import { defineConfig } from 'vitest/config';

/**
 * Two projects in one run, so `npm test` prints one summary:
 * - unit: pure functions and DOM fragments (happy-dom where a file asks for it);
 * - e2e: the production build in Debian's Chromium and Firefox ESR against the replica,
 *   one file at a time (browsers are heavy on a 2-core machine).
 */
export default defineConfig({
  test: {
    // The default report, then the project's closing line with each skip's reason.
    reporters: ['default', './tests/summary-reporter.ts'],
    // Test names made from `$name` keep their whole text: at the default (40 characters) the
    // matrix walks were all named "nl-NL Activate or reactivate: reactiv…", so a failing cell
    // could not be told apart, nor picked with `-t`.
    chaiConfig: { truncateThreshold: 0 },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The property tests do a fixed amount of work (thousands of runs); on a busy 2-core
          // machine that takes well past Vitest's 5 s default. The timeout guards against a
          // hang, not speed (speed belongs to `npm run bench`).
          testTimeout: 60_000,
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
