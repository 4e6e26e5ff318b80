import type { ContentPageReply } from '../../../src/content/page-query';
import { CONTENT_PAGE_QUERY } from '../../../src/content/page-query';
import type { BrowserSession, TestPage } from './types';

/** What a tab's content script said, or that no content script answered. */
export type ProbeResult = { readonly answered: true; readonly reply: ContentPageReply } | { readonly answered: false; readonly error: string };

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

/**
 * From the probe, opens `url` in a new tab, waits for it to load, and asks that tab's
 * content script which admin-center page it is on, retrying for up to `timeoutMs` while no
 * content script answers (it starts at document_idle).
 */
export async function askContentScript(probe: TestPage, url: string, query = CONTENT_PAGE_QUERY, timeoutMs = 4000): Promise<ProbeResult> {
  return probe.evaluate(
    async ({ url, query, timeoutMs }) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const tab = await api.tabs.create({ url, active: false });
      const tabId = tab.id as number;
      await new Promise<void>((done) => {
        const onUpdated = (id: number, info: { status?: string }) => {
          if (id === tabId && info.status === 'complete') {
            api.tabs.onUpdated.removeListener(onUpdated);
            done();
          }
        };
        api.tabs.onUpdated.addListener(onUpdated);
      });
      const deadline = Date.now() + timeoutMs;
      let error = '';
      while (Date.now() < deadline) {
        try {
          const reply = await api.tabs.sendMessage(tabId, { type: query });
          await api.tabs.remove(tabId);
          return { answered: true as const, reply };
        } catch (caught) {
          error = String(caught);
          await new Promise((wait) => setTimeout(wait, 200));
        }
      }
      await api.tabs.remove(tabId);
      return { answered: false as const, error };
    },
    { url, query, timeoutMs },
  ) as Promise<ProbeResult>;
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
