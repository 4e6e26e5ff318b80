/**
 * The end-to-end harness: every e2e test runs its scenario in both browsers through
 * `BROWSERS`, against the replica served by tests/e2e/global-setup.ts.
 */
import { chosenBrowsers } from '../../../scripts/browsers';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserSession, LaunchOptions } from './types';

export { OTHER_HOST, urlOn } from './hosts';
export { PATIENCE_MS } from './patience';
export type { BrowserSession, LaunchOptions, TestPage } from './types';

/** A browser the suite runs in, by name, with its launcher. */
export interface BrowserUnderTest {
  readonly name: 'chromium' | 'firefox';
  launch(options?: LaunchOptions): Promise<BrowserSession>;
}

/**
 * The browsers under test: both, unless the user chose with ADMIN_COACH_BROWSERS=chromium
 * (or firefox). A browser that is missing fails the run in global-setup.ts; it is never skipped.
 */
export const BROWSERS: readonly BrowserUnderTest[] = (
  [
    { name: 'chromium', launch: launchChromium },
    { name: 'firefox', launch: launchFirefox },
  ] as const
).filter((browser) => chosenBrowsers().includes(browser.name));
