import type { BrowserSession, TestPage } from './types';

/**
 * Opens an extension page (the popup's, an ordinary product page) as the probe: from there
 * the test uses the extension's own APIs, as the popup does, without any test hook in the
 * product.
 */
export async function openProbe(session: BrowserSession): Promise<TestPage> {
  const probe = await session.newPage();
  await probe.goto(`${session.extensionOrigin}src/popup/index.html`);
  return probe;
}

/** The popup page for tab `tabId` (the popup reads its tab from `?tab=` when opened as a page). */
export const popupUrl = (session: BrowserSession, tabId: number): string => `${session.extensionOrigin}src/popup/index.html?tab=${tabId}`;

/**
 * From the probe: the id of the tab whose URL matches `pattern` (a match pattern; only the
 * admin hosts are visible to the extension).
 * @throws Error naming the pattern when no tab matches.
 */
export async function tabIdOf(probe: TestPage, pattern: string): Promise<number> {
  const id = await probe.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const [tab] = await api.tabs.query({ url });
    return tab?.id ?? -1;
  }, pattern);
  if (id < 0) throw new Error(`No tab matches ${pattern}`);
  return id;
}
