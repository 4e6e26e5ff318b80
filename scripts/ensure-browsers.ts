/**
 * `npx tsx scripts/ensure-browsers.ts`: finds Chromium and Firefox (or the browsers chosen with
 * ADMIN_COACH_BROWSERS), installs the missing ones where the project can (scripts/browsers.ts),
 * and prints where each is. `.ci/run` calls it before `npm test` so an installation is
 * reported on its own and not inside a test's time. Exits 1 with the finder's message when a
 * browser cannot be had.
 */
import { BrowserMissingError, chosenBrowsers, ensureBrowsers, SYSTEM_HOST } from './browsers';

try {
  const found = ensureBrowsers(chosenBrowsers(), SYSTEM_HOST);
  for (const [name, path] of Object.entries(found)) console.log(`${name}: ${path}`);
} catch (error) {
  console.error(error instanceof BrowserMissingError || error instanceof Error ? error.message : String(error));
  process.exit(1);
}
