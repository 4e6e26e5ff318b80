import browser from 'webextension-polyfill';
import { detectAdminPage } from '../portal/page';
import { injectTourUi } from './inject';
import { readHandover, removeSession, setSession } from './sessions';

/**
 * Takes over the tours that ran before the extension was reloaded or updated
 * (docs/architecture.md, "Storage": the `handover` mirror), so an admin mid-tour loses
 * nothing: for each mirrored session whose tab still shows the admin center, the session is
 * restored and the tour UI injected again; it asks the background for the tab's view itself
 * (the page it is in sent its first message to the old instance, or none). The new tour UI
 * removes what the old one left in the page. Restoring a session registers the resume
 * content script again (./resume-script.ts), so the tour goes on across the tab's next page
 * loads. Sessions of closed, navigated-away or unscriptable tabs go.
 */
export async function resumeToursAfterReload(): Promise<void> {
  for (const [tabId, session] of await readHandover()) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab?.url || !detectAdminPage(tab.url)) {
      await removeSession(tabId);
      continue;
    }
    await setSession(tabId, session);
    // The tab cannot be scripted any more: its tour is over.
    if (!(await injectTourUi(tabId))) await removeSession(tabId);
  }
}
