/**
 * The bench's shared launcher: one replica server on a free port and Debian's Chromium with
 * the admin hosts mapped to it, driven through playwright-core with CDP access (the e2e
 * harness's `TestPage` hides the raw page, which the figures need for CDP, init scripts and
 * script tags). Flags follow tests/e2e/harness/chromium.ts so the bench sees what the tests see.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { startPortalServer } from '../tests/portal/server';
import { browserPath } from '../scripts/browsers';
import { CHROME_BUILD, chromiumArgs, extensionWorker } from '../tests/e2e/harness/chromium';

export { CHROME_BUILD };

/** A running replica server: its port and how to stop it. */
export interface BenchServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the replica over HTTPS. Port: ADMIN_COACH_BENCH_PORT, else a free one (Chromium maps
 * any port with --host-resolver-rules, so the bench never competes for 443 with e2e runs).
 * Retries for up to 60 s while the port is taken (EADDRINUSE).
 */
export async function startBenchServer(): Promise<BenchServer> {
  const port = Number(process.env.ADMIN_COACH_BENCH_PORT ?? 0);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await startPortalServer({ port, host: '127.0.0.1' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) throw error;
      await new Promise((wait) => setTimeout(wait, 2000));
    }
  }
}

/**
 * @throws when a build the bench measures is missing, naming the command that makes it
 * (the bench measures the builds as they are and never rebuilds: others may be using dist/).
 */
export function requireBuilds(): void {
  for (const [path, command] of [
    ['dist/chrome/manifest.json', 'npm run build'],
    ['dist/portal/index.html', 'npm run portal:build'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${command}\` first`);
  }
}

/** Options of {@link launchBenchChromium}. */
export interface BenchLaunchOptions {
  /** Load the production build (default true). */
  readonly withExtension?: boolean;
  /** Load this unpacked extension instead of the production build (it needs no service worker). */
  readonly extensionDir?: string;
  /** Extra Chromium switches (e.g. the scroll figure's unthrottled frames). */
  readonly extraArgs?: readonly string[];
  /**
   * Let `addScriptTag` inject inline code despite the replica's CSP (script-src 'self'); only
   * for the resolution figure, which runs without the extension.
   */
  readonly bypassCSP?: boolean;
}

/** One running Chromium with a fresh profile. */
export interface BenchBrowser {
  readonly context: BrowserContext;
  /** A new tab. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Debian's Chromium headless, admin hosts mapped to `port` on 127.0.0.1. */
export async function launchBenchChromium(port: number, options: BenchLaunchOptions = {}): Promise<BenchBrowser> {
  const withExtension = options.withExtension ?? true;
  const profile = await mkdtemp(join(tmpdir(), 'admin-coach-bench-'));
  const other = options.extensionDir;
  const extensionArgs = (arg: string) =>
    other === undefined ? arg : arg.startsWith('--load-extension=') ? `--load-extension=${other}` : arg.startsWith('--disable-extensions-except=') ? `--disable-extensions-except=${other}` : arg;
  const args = [...chromiumArgs(port, withExtension).map(extensionArgs), ...(options.extraArgs ?? [])];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    args,
    ignoreHTTPSErrors: true,
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
  });
  if (withExtension && other === undefined) await extensionWorker(context);
  // The persistent context opens one blank tab; closing it keeps one tab per measurement.
  for (const page of context.pages()) await page.close();
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}


/**
 * How long the bench waits for a page, a coach mark or a library's popover (ms): a guard
 * against a hang, not a measurement. Every wait polls for its condition and returns as soon as
 * it holds; on a loaded 2-core machine the large tenant's page alone can take over a minute
 * to render, and a shorter limit made the bench's smoke test fail there.
 */
export const WAIT_MS = 150_000;

/** `https://<host>:<port><path>` for the bench server. */
export function benchUrl(port: number, path: string, host = 'admin.microsoft.com'): string {
  return `https://${host}:${port}${path}`;
}

/** Absolute path inside the repository (the bench runs from its root). */
export const repoPath = (...parts: string[]): string => resolve(...parts);
