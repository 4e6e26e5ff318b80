import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { browserPath } from '../../../scripts/browsers';
import { E2E_PORT, MAPPED_HOSTS } from './hosts';
import { PATIENCE_MS } from './patience';
import type { BrowserSession, LaunchOptions, TestPage } from './types';


/** The production build the tests load, unchanged. */
export const CHROME_BUILD = resolve('dist/chrome');

/** Chromium-only options on top of the shared ones (used by `npm start`, scripts/start.ts). */
export interface ChromiumLaunchOptions extends LaunchOptions {
  /** Run headless (default true). Headful needs a display (`DISPLAY`) and sizes the page by its window. */
  readonly headless?: boolean;
  /**
   * The local port the admin hosts are mapped to (default E2E_PORT). Chromium's host rules
   * rewrite the port too, so URLs keep the real host name without a port.
   */
  readonly port?: number;
}

/**
 * The command-line flags for Debian's headless Chromium here: no sandbox (root), no GPU, no
 * background traffic (the machine has no network), the admin hosts and the linked hosts
 * mapped to the replica on `port`, self-signed certificates accepted, and the production
 * build loaded when `withExtension`.
 */
export function chromiumArgs(port: number, withExtension: boolean): string[] {
  const rules = MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`);
  return args;
}

/**
 * Starts Debian's Chromium headless in a fresh profile, with the admin hosts mapped to the local
 * replica (docs/architecture.md, "Choices": `--host-resolver-rules`,
 * `--ignore-certificate-errors`) and, unless told otherwise, the production build loaded as an
 * unpacked extension.
 * @throws when Chromium does not start or the extension's service worker never appears.
 */
export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<BrowserSession> {
  const withExtension = options.withExtension ?? true;
  const headless = options.headless ?? true;
  const profile = await mkdtemp(join(tmpdir(), 'admin-coach-chromium-'));
  const args = chromiumArgs(options.port ?? E2E_PORT, withExtension);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless,
    args: headless ? args : [...args, '--window-size=1280,900'],
    ignoreHTTPSErrors: true,
    // A fixed viewport in a headful window leaves dead space when the window is resized.
    viewport: headless ? { width: 1280, height: 800 } : null,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    // Headless Chromium ignores `--lang`; Playwright's locale emulation is what the extension's
    // pages then read from i18n.getUILanguage() (checked: `nl-NL` gives `nl-NL`).
    ...(options.browserLanguage ? { locale: options.browserLanguage } : {}),
  });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let extensionOrigin = '';
  if (withExtension) {
    const worker = await extensionWorker(context);
    // URL.origin is 'null' for chrome-extension: URLs in Node, so take scheme and host by hand.
    extensionOrigin = `${worker.url().split('/').slice(0, 3).join('/')}/`;
  }
  return {
    name: 'chromium',
    extensionOrigin,
    async newPage() {
      return wrapPlaywright(await context.newPage());
    },
    stopBackground: () => stopServiceWorker(context, extensionOrigin),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension's service worker. It may register before or after the context is returned,
 * so this polls rather than waiting for the event alone.
 * @throws after PATIENCE_MS without one: the build did not load.
 */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined);
  }
  throw new Error(`The extension's service worker did not start within ${PATIENCE_MS / 1000} s (${CHROME_BUILD})`);
}

/**
 * Stops the extension's service worker with chrome://serviceworker-internals' Stop button
 * (a `<cr-button data-command="stop">`, shown while the worker runs) and waits for the page
 * to report it STOPPED. See BrowserSession.stopBackground.
 */
async function stopServiceWorker(context: BrowserContext, origin: string): Promise<void> {
  const internals = await context.newPage();
  try {
    await internals.goto('chrome://serviceworker-internals/');
    await internals.evaluate(async ([extensionOrigin, patienceMs]) => {
      const entry = () => [...document.querySelectorAll('.serviceworker-registration')].find((candidate) => candidate.textContent?.includes(extensionOrigin));
      const until = async (done: () => boolean, what: string) => {
        const deadline = Date.now() + patienceMs;
        while (!done()) {
          if (Date.now() > deadline) throw new Error(what);
          await new Promise((wait) => setTimeout(wait, 200));
        }
      };
      const stopButton = () => [...(entry()?.querySelectorAll<HTMLElement>('[data-command="stop"]') ?? [])].find((button) => button.offsetParent !== null);
      await until(() => Boolean(stopButton()), 'chrome://serviceworker-internals listed no running worker of the extension');
      stopButton()?.click();
      await until(() => entry()?.querySelector('.serviceworker-running-status .value')?.textContent === 'STOPPED', 'the worker did not stop');
    }, [origin, PATIENCE_MS] as const);
  } finally {
    await internals.close();
  }
}

function wrapPlaywright(page: Page): TestPage {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: () => page.url(),
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector, timeoutMs = PATIENCE_MS) {
      await page.locator(selector).first().click({ timeout: timeoutMs });
    },
    async waitForVisible(selector, timeoutMs = PATIENCE_MS) {
      await page.locator(selector).first().waitFor({ state: 'visible', timeout: timeoutMs });
    },
    async fill(selector, text, timeoutMs = PATIENCE_MS) {
      await page.locator(selector).first().fill(text, { timeout: timeoutMs });
    },
    text: (selector) => page.evaluate((wanted) => document.querySelector(wanted)?.textContent ?? null, selector),
    press: (key) => page.keyboard.press(key),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
