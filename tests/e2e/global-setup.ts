import { existsSync } from 'node:fs';
import { startPortalServer } from '../portal/server';
import { E2E_PORT } from './harness/hosts';

/**
 * Once per e2e run: checks that the production builds and the replica exist (npm test builds
 * them first) and serves the replica over HTTPS at the real host names on E2E_PORT.
 * @throws when a build is missing, naming the command that makes it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  for (const [path, command] of [
    ['dist/chrome/manifest.json', 'npm run build'],
    ['dist/firefox/manifest.json', 'npm run build'],
    ['dist/portal/index.html', 'npm run portal:build'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${command}\` before the end-to-end tests`);
  }
  const server = await startPortalServer({ port: E2E_PORT, host: '::' });
  return () => server.close();
}
