import browser from 'webextension-polyfill';
import { uiLanguageOf } from '../i18n/locales';
import { parseMessage, TourViewReceived, type TourView, type TourViewChanged, type TourViewReply } from '../messaging/protocol';
import { type AdminPage, detectAdminPage } from '../portal/page';
import type { Prefs } from '../settings/prefs';
import type { LinkNotice } from '../tour/session';
import { getSession } from './sessions';
import { prefsFromMemory } from './settings-memory';
import { tourWordsFor } from './tour-words';
import { buildView } from './view';

/**
 * What a tab's tour UI is told (docs/architecture.md, "Messages"): the reply to its first
 * message or its request (tourViewPayload), and the view pushed to it when the tour changes
 * from the popup (pushView). The view itself is built by ./view.ts.
 */

/**
 * What the tour UI shows, with its words (src/background/tour-words.ts) in the view's UI
 * language, or for a notice alone the admin's: their chosen UI language, else their tour
 * language's, else the browser's (the popup's rule). `hops` gets the reply's time.
 */
export function tourViewPayload(view: TourView | null, notice: LinkNotice | null, prefs: Prefs, hops?: { contentSent?: number; backgroundReceived: number }): TourViewReply {
  const language = view?.uiLanguage ?? prefs.uiLanguage ?? uiLanguageOf(prefs.tourLocale ?? browser.i18n.getUILanguage());
  const payload: TourViewReply = { view, notice, words: view || notice ? tourWordsFor(language) : null };
  if (!hops) return payload;
  return { ...payload, hops: { ...hops, backgroundReplied: performance.timeOrigin + performance.now() } };
}

/** The admin page a tab shows, or null (not admin, closed, or its URL is not ours to see). */
export async function pageOfTab(tabId: number): Promise<AdminPage | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ? detectAdminPage(tab.url) : null;
  } catch {
    return null;
  }
}

/**
 * Sends a tab's tour UI its current view (null when the tour ended).
 * @returns false when no tour UI listens in the tab (not injected yet, or the tab is gone).
 */
export async function pushView(tabId: number): Promise<boolean> {
  const [session, page, prefs] = await Promise.all([getSession(tabId), pageOfTab(tabId), prefsFromMemory()]);
  const view = session && page ? buildView(session, page.cloud, prefs) : null;
  const message: TourViewChanged = { type: 'tourViewChanged', view, words: view ? tourWordsFor(view.uiLanguage) : null };
  try {
    // Only the tour UI listens and replies; the content scripts do not listen.
    return parseMessage(TourViewReceived, await browser.tabs.sendMessage(tabId, message)) !== null;
  } catch {
    return false;
  }
}
