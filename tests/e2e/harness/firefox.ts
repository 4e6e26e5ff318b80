import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import manifest from '../../../manifest.json' with { type: 'json' };
import { browserPath } from '../../../scripts/browsers';
import { MAPPED_HOSTS } from './hosts';
import { PATIENCE_MS } from './patience';
import type { BrowserSession, LaunchOptions, TestPage } from './types';


/** The production build the tests load, unchanged. */
export const FIREFOX_BUILD = resolve('dist/firefox');

/** The add-on id of manifest.json's `browser_specific_settings.gecko.id`. */
const ADDON_ID = manifest.browser_specific_settings.gecko.id;

/**
 * Starts Firefox ESR headless over WebDriver BiDi in a fresh profile. The admin hosts
 * resolve to 127.0.0.1 (pref `network.dns.localDomains`; the replica listens on 443) and
 * self-signed certificates are accepted (`acceptInsecureCerts`). The production build is
 * installed as a temporary add-on (`browser.installExtension`), with its internal UUID
 * fixed beforehand (pref `extensions.webextensions.uuids`) so tests can open its pages.
 * @throws when Firefox does not start or refuses the add-on.
 */
export async function launchFirefox(options: LaunchOptions = {}): Promise<BrowserSession> {
  const withExtension = options.withExtension ?? true;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    acceptInsecureCerts: true,
    // Lets WebDriver BiDi navigate a tab to the extension's own moz-extension: pages, which
    // it refuses by default; web content still cannot (Firefox remote agent, RemoteAgent.sys.mjs).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'network.dns.localDomains': MAPPED_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // No network beyond the replica: keep Firefox from phoning home on start.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...(options.browserLanguage ? { 'intl.locale.requested': options.browserLanguage, 'intl.accept_languages': options.browserLanguage } : {}),
    },
  });
  if (withExtension) await browser.installExtension(FIREFOX_BUILD);
  return {
    name: 'firefox',
    extensionOrigin: withExtension ? `moz-extension://${uuid}/` : '',
    async newPage() {
      return wrapPuppeteer(await browser.newPage());
    },
    stopBackground: () => terminateBackground(browser, ADDON_ID),
    close: () => browser.close(),
  };
}

/**
 * Waits until the element can take a user's click, as Playwright's actionability checks do
 * before every click in Chromium (playwright.dev/docs/actionability): enabled (no `disabled`,
 * no `aria-disabled="true"`), still (the same box on two reads in a row, so a panel or menu
 * sliding in has stopped) and uncovered (the hit test at its centre lands on it). Puppeteer's
 * click checks none of these, so a click during a Fluent panel's entrance animation used to
 * miss in Firefox.
 * @throws after `timeoutMs`, with the last state read.
 */
async function untilActionable(handle: ElementHandle<Element>, selector: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let previousBox = '';
  for (;;) {
    const state = await handle.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const root = element.getRootNode() as Document | ShadowRoot;
      const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        box: [box.left, box.top, box.width, box.height].join(','),
        enabled: !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true',
        uncovered: hit !== null && (hit === element || element.contains(hit)),
      };
    });
    if (state.enabled && state.uncovered && state.box === previousBox) return;
    if (Date.now() > deadline) throw new Error(`${selector} did not become clickable (enabled, still, uncovered) within ${timeoutMs} ms: ${JSON.stringify(state)}`);
    previousBox = state.box;
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/** The raw WebDriver BiDi command channel under Puppeteer's Firefox browser. */
interface BidiChannel {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Stops the add-on's background (its event page) as Firefox does when it is idle, by running
 * `Extension.terminateBackground()` in the browser's own chrome scope, the call behind
 * about:debugging's "Terminate background script". Reaching the chrome scope over WebDriver
 * BiDi (`moz:scope`) needs `--remote-allow-system-access`, which the launcher passes anyway.
 * See BrowserSession.stopBackground.
 */
async function terminateBackground(browser: Browser, addonId: string): Promise<void> {
  const channel = (browser as unknown as { connection: BidiChannel }).connection;
  const tree = (await channel.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox showed no chrome window to reach its add-on manager from');
  const expression = `(async () => {
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(addonId)})?.extension;
    if (!extension) return 'not installed';
    if (extension.backgroundState !== 'running') return 'not running: ' + extension.backgroundState;
    await extension.terminateBackground();
    return extension.backgroundState;
  })()`;
  const evaluated = (await channel.send('script.evaluate', { expression, target: { context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: unknown };
  };
  const state = evaluated.type === 'success' ? evaluated.result?.value : JSON.stringify(evaluated);
  if (state !== 'stopped') throw new Error(`Firefox did not stop the add-on's background: ${String(state)}`);
}

function wrapPuppeteer(page: Page): TestPage {
  return {
    async goto(url) {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load' });
        return;
      }
      // Puppeteer's BiDi goto never settles for a moz-extension: page (the tab switches to
      // the extension process), so start it and poll the document instead.
      page.goto(url).catch(() => {});
      const deadline = Date.now() + PATIENCE_MS;
      while (Date.now() < deadline) {
        const ready = await page
          .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
          .catch(() => false);
        if (ready) return;
        await new Promise((wait) => setTimeout(wait, 100));
      }
      throw new Error(`Firefox did not open ${url} within 15 s`);
    },
    url: () => page.url(),
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector, timeoutMs = PATIENCE_MS) {
      const handle = await page.waitForSelector(selector, { visible: true, timeout: timeoutMs });
      if (!handle) throw new Error(`No element matches ${selector}`);
      await handle.scrollIntoView();
      await untilActionable(handle, selector, timeoutMs);
      await handle.click();
    },
    async waitForVisible(selector, timeoutMs = PATIENCE_MS) {
      await page.waitForSelector(selector, { visible: true, timeout: timeoutMs });
    },
    async fill(selector, text, timeoutMs = PATIENCE_MS) {
      const handle = await page.waitForSelector(selector, { visible: true, timeout: timeoutMs });
      if (!handle) throw new Error(`No element matches ${selector}`);
      await handle.click({ count: 3 });
      await handle.type(text);
    },
    text: (selector) => page.evaluate((wanted) => document.querySelector(wanted)?.textContent ?? null, selector),
    press: (key) => page.keyboard.press(key as never),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
