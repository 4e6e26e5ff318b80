/**
 * `npm start` (docs/architecture.md, "Commands"): builds the extension (dist/chrome, dist/firefox)
 * and the replica admin center (dist/portal), serves the replica over HTTPS at the real host
 * names, and then
 * - with a display (`DISPLAY` set): opens Chromium with the extension loaded on the replica's
 *   home page and keeps running until Ctrl+C;
 * - without one: runs Chromium headless, walks one tour (scripts/demo-walk.ts), writes a
 *   screenshot of each step to `demo-output/step-N.png`, prints their paths and exits 0.
 *
 * Options: `--headless` forces the second mode even with a display; `--skip-build` reuses the
 * existing dist/ (faster when nothing changed). Exits 1 with the reason on any failure.
 */
import { relative } from 'node:path';
import { browserPath } from './browsers';
import { launchChromium } from '../tests/e2e/harness/chromium';
import type { TestPage } from '../tests/e2e/harness/types';
import { type PortalServer, startPortalServer } from '../tests/portal/server';
import { DEMO_LOCALE, demoShareLink, walkDemoTour } from './demo-walk';
import { npmRun } from './npm-run';

const HOME = 'https://admin.microsoft.com/Adminportal/Home#/homepage';
const OUTPUT_DIR = 'demo-output';

/**
 * Serves the replica on 443 when it can (the same port the e2e tests and Firefox use), else
 * on a free port: Chromium's host rules map the real host names to any port, so the URLs
 * stay the same either way.
 */
async function serveReplica(): Promise<PortalServer> {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    try {
      return await startPortalServer({ port: 443, host: '::' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
      console.log(`Port 443 is ${code === 'EADDRINUSE' ? 'in use (an e2e run or a benchmark?)' : 'not allowed'}: serving the replica on a free port instead.`);
    }
  } else {
    console.log('Not root, so port 443 is out of reach: serving the replica on a free port instead.');
  }
  return startPortalServer({ port: 0, host: '127.0.0.1' });
}

/** With a display: a real window, left open for the user until Ctrl+C. */
async function runHeadful(server: PortalServer): Promise<void> {
  const session = await launchChromium({ headless: false, port: server.port });
  const page = await session.newPage();
  await page.goto(HOME);
  console.log(`\nChromium is open on ${HOME} with Admin Coach loaded (replica on 127.0.0.1:${server.port}).`);
  console.log(`Start a tour from the extension's toolbar popup, or open this share link (${DEMO_LOCALE}):\n  ${demoShareLink()}`);
  console.log('Press Ctrl+C to stop (closing the browser window stops it too).');
  let running = true;
  const signalled = new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await Promise.race([signalled, browserClosed(page, () => running)]);
  running = false;
  console.log('\nStopping.');
  await session.close().catch(() => undefined);
}

/**
 * Resolves once the page stops answering three times in a row, 1 s apart: the window was
 * closed. (One failure can be a navigation in progress.) Stops polling when `keepPolling` says so.
 */
async function browserClosed(page: TestPage, keepPolling: () => boolean): Promise<void> {
  let failures = 0;
  while (keepPolling() && failures < 3) {
    await new Promise((wait) => setTimeout(wait, 1000));
    const answered = await page.evaluate(() => true, undefined).catch(() => false);
    failures = answered ? 0 : failures + 1;
  }
}

/** Without a display: walk the demo tour headless and write the screenshots. */
async function runHeadless(server: PortalServer): Promise<void> {
  console.log(`\nNo display: walking the ${DEMO_LOCALE} reactivation tour headless (replica on 127.0.0.1:${server.port}).`);
  const session = await launchChromium({ headless: true, port: server.port });
  try {
    const page = await session.newPage();
    await page.goto(demoShareLink());
    const shots = await walkDemoTour(page, OUTPUT_DIR);
    console.log(`\n${shots.length} screenshots:`);
    for (const shot of shots) console.log(`  ${relative(process.cwd(), shot.path)}  ${shot.caption}`);
  } finally {
    await session.close().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // Before the build, so a missing browser is installed (or reported) without a wait.
  browserPath('chromium');
  if (!args.includes('--skip-build')) {
    npmRun('build');
    npmRun('portal:build');
  }
  const headless = args.includes('--headless') || !process.env.DISPLAY;
  const server = await serveReplica();
  try {
    await (headless ? runHeadless(server) : runHeadful(server));
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
