import { existsSync } from 'node:fs';
import { chosenBrowsers, ensureBrowsers, SYSTEM_HOST } from '../../scripts/browsers';
import { startPortalServer } from '../portal/server';
import { E2E_PORT } from './harness/hosts';

/**
 * Once per e2e run: checks that the production builds and the replica exist (npm test builds
 * them first), finds or installs the browsers under test (scripts/browsers.ts) and serves the replica over HTTPS at the real host names on E2E_PORT.
 * @throws when a build is missing, naming the command that makes it; BrowserMissingError when
 *   a browser under test is missing and cannot be installed here.
 */
export default async function setup(): Promise<() => Promise<void>> {
  for (const [path, command] of [
    ['dist/chrome/manifest.json', 'npm run build'],
    ['dist/firefox/manifest.json', 'npm run build'],
    ['dist/portal/index.html', 'npm run portal:build'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${command}\` before the end-to-end tests`);
  }
  // Both browsers (or the chosen ones) must be here: a missing one is installed where the
  // project can, and otherwise fails the whole run with what to install, never a skip.
  ensureBrowsers(chosenBrowsers(), SYSTEM_HOST);
  const server = await startPortalServer({ port: E2E_PORT, host: '::' });
  return () => server.close();
}
