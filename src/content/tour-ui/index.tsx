/**
 * The tour UI's entry, injected by the background (scripting.executeScript) into an admin
 * tab while a tour runs, into the same isolated world as the content script. A second
 * injection into the same page finds the running app and only asks for the view again.
 */
import browser from 'webextension-polyfill';
import { uiLanguageOf } from '../../i18n/locales';
import { parseMessage, TourViewChanged, TourViewReply } from '../../messaging/protocol';
import { TourApp } from './tour-app';

const KEY = Symbol.for('admin-coach.tour-ui');
type Slot = { [KEY]?: { app: TourApp; refresh(): Promise<void> } };
const slot = globalThis as Slot;

if (!slot[KEY]) {
  const app = new TourApp();
  const refresh = async () => {
    const reply = parseMessage(TourViewReply, await browser.runtime.sendMessage({ type: 'tourViewGet' }).catch(() => null));
    if (!reply) return;
    if (reply.view) app.show(reply.view, reply.notice);
    else if (reply.notice) app.showNotice(reply.notice, uiLanguageOf(navigator.language));
  };
  browser.runtime.onMessage.addListener((message: unknown) => {
    const changed = parseMessage(TourViewChanged, message);
    if (changed) app.show(changed.view);
    return undefined;
  });
  slot[KEY] = { app, refresh };
}
void slot[KEY]?.refresh();
