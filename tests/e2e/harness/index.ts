/**
 * The end-to-end harness: every e2e test runs its scenario in both browsers through
 * `BROWSERS`, against the replica served by tests/e2e/global-setup.ts.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserSession, LaunchOptions } from './types';

export { OTHER_HOST, urlOn } from './hosts';
export type { BrowserSession, LaunchOptions, TestPage } from './types';

/** A browser the suite runs in, by name, with its launcher. */
export interface BrowserUnderTest {
  readonly name: 'chromium' | 'firefox';
  launch(options?: LaunchOptions): Promise<BrowserSession>;
}

/**
 * The browsers under test. ADMIN_COACH_BROWSERS=chromium (or firefox) narrows the list
 * while working on one; CI runs both.
 */
export const BROWSERS: readonly BrowserUnderTest[] = (
  [
    { name: 'chromium', launch: launchChromium },
    { name: 'firefox', launch: launchFirefox },
  ] as const
).filter((browser) => (process.env.ADMIN_COACH_BROWSERS ?? 'chromium,firefox').split(',').includes(browser.name));
