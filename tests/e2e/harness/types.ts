/**
 * The small browser-neutral surface the end-to-end tests use, implemented over Playwright
 * (Chromium) and Puppeteer (Firefox over WebDriver BiDi). Selectors are plain CSS on the
 * page's light DOM; the coach mark lives in a shadow root and is read with `evaluate`.
 */
export interface TestPage {
  goto(url: string): Promise<void>;
  url(): string;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page's main world and returns its (JSON-serialisable) result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until the selector matches a visible element (ms timeout), then clicks it. */
  click(selector: string, timeoutMs?: number): Promise<void>;
  /** Waits until the selector matches a visible element; throws after `timeoutMs`. */
  waitForVisible(selector: string, timeoutMs?: number): Promise<void>;
  /** Waits for the selector to be visible, then types `text` into it (replacing its value). */
  fill(selector: string, text: string, timeoutMs?: number): Promise<void>;
  /** The text content of the first element matching the selector, null when none. */
  text(selector: string): Promise<string | null>;
  /** Presses one key (Playwright/Puppeteer key names: `Escape`, `ArrowRight`, `Tab`). */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** One running browser with the production build of the extension installed. */
export interface BrowserSession {
  readonly name: 'chromium' | 'firefox';
  /** The extension's own origin with a trailing slash: `chrome-extension://<id>/`. */
  readonly extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /**
   * Stops the extension's background as the browser does after it has been idle: Chromium's
   * service worker through chrome://serviceworker-internals, Firefox's event page through the
   * add-on's `terminateBackground` (what about:debugging's "Terminate background script"
   * calls). Resolves once it has stopped.
   * @throws when no running background is found or it does not stop within 10 s.
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/** Options every launcher accepts. */
export interface LaunchOptions {
  /** Load the production build (default true); false gives a plain browser. */
  readonly withExtension?: boolean;
  /**
   * Let pages read the clipboard (default false), for tests of "Copy link". Chromium grants
   * clipboard-read/-write; Firefox has no such grant (a copy there may fall back to showing
   * the link, which the tests read instead).
   */
  readonly clipboard?: boolean;
  /**
   * The browser's own UI language, a BCP 47 tag (`en-US`): what the extension's
   * `i18n.getUILanguage()` reports. Chromium takes it through Playwright's `locale` (headless
   * Chromium ignores `--lang`), Firefox as the prefs `intl.locale.requested` and
   * `intl.accept_languages` (a UI language other than English needs its language pack
   * installed). Default: the browser's own default (en-US here).
   */
  readonly browserLanguage?: string;
}
