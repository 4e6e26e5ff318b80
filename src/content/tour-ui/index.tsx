/**
 * The tour UI's entry, injected by the background (scripting.executeScript) into an admin
 * tab while a tour runs, into the same isolated world as the content script. A second
 * injection into the same page finds the running app and only asks for the view again.
 */
import browser from 'webextension-polyfill';
import { uiLanguageOf } from '../../i18n/locales';
import { parseMessage, TourViewChanged, type TourViewReceived, TourViewReply } from '../../messaging/protocol';
import { readPrefs } from '../../settings/prefs';
import { clearStaleMarkers } from './marker';
import { extensionAlive, TourApp } from './tour-app';

const KEY = Symbol.for('admin-coach.tour-ui');
type Slot = { [KEY]?: { app: TourApp; refresh(): Promise<void>; alive(): boolean } };
const slot = globalThis as Slot;

/**
 * The admin's UI language for a notice shown without a tour (a link that started nothing):
 * the popup's rule, their chosen UI language, else their tour language's, else the browser's.
 */
async function adminLanguage(): Promise<string> {
  const prefs = await readPrefs().catch(() => null);
  return prefs?.uiLanguage ?? uiLanguageOf(prefs?.tourLocale ?? navigator.language);
}

if (!slot[KEY]?.alive()) {
  clearStaleMarkers();
  const app = new TourApp();
  const refresh = async () => {
    const reply = parseMessage(TourViewReply, await browser.runtime.sendMessage({ type: 'tourViewGet' }).catch(() => null));
    if (!reply) return;
    if (reply.view) app.show(reply.view, reply.notice);
    else if (reply.notice) app.showNotice(reply.notice, await adminLanguage());
  };
  browser.runtime.onMessage.addListener((message: unknown) => {
    const changed = parseMessage(TourViewChanged, message);
    if (!changed) return undefined;
    app.show(changed.view);
    // The reply tells the background a tour UI is here (the content script never replies).
    return Promise.resolve({ received: true } satisfies TourViewReceived);
  });
  slot[KEY] = { app, refresh, alive: extensionAlive };
}
void slot[KEY]?.refresh();
