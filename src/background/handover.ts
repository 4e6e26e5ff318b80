import browser from 'webextension-polyfill';
import { detectAdminPage } from '../portal/page';
import { injectTourUi } from './inject';
import { readHandover, removeSession, setSession } from './sessions';

/**
 * Takes over the tours that ran before the extension was reloaded or updated
 * (docs/architecture.md, "Storage": the `handover` mirror), so an admin mid-tour loses
 * nothing: for each mirrored session whose tab still shows the admin center, the session is
 * restored, and the content script (browsers do not add it to open tabs of a reloaded
 * extension) and the tour UI are injected again. The new tour UI removes what the old one
 * left in the page. Sessions of closed or navigated-away tabs go.
 */
export async function resumeToursAfterReload(): Promise<void> {
  const contentScripts = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  for (const [tabId, session] of await readHandover()) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab?.url || !detectAdminPage(tab.url)) {
      await removeSession(tabId);
      continue;
    }
    await setSession(tabId, session);
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: contentScripts });
    } catch {
      // The tab cannot be scripted any more; its tour is over.
      await removeSession(tabId);
      continue;
    }
    await injectTourUi(tabId);
  }
}
