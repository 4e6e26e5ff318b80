import type { BackgroundRequest, CommandReply, PopupStateReply } from '../messaging/protocol';
import { findTask } from './catalog';
import { getSession, removeSession, setSession } from './sessions';
import { prefsFromMemory, rememberCloud, savePrefs } from './settings-memory';
import { pageOfTab, pushView } from './tab-view';
import { checkTourInTab } from './tour-check';
import { startTour } from './tour-start';
import { summarise } from './view';

/**
 * Answers the popup's messages (docs/architecture.md, "Messages"): its state (popupStateGet),
 * Start (./tour-start.ts), Stop, and the tour's language. The router (./router.ts) has checked
 * the message and that it comes from one of our own pages.
 * @returns the reply, or undefined for none.
 */
export async function fromPopup(request: BackgroundRequest): Promise<unknown> {
  switch (request.type) {
    case 'popupStateGet': {
      const page = request.tabId === null ? null : await pageOfTab(request.tabId);
      const session = request.tabId === null ? null : await getSession(request.tabId);
      const tour = session && page ? summarise(session, page.cloud) : null;
      // The content script no longer reports every admin page, so the cloud the admin works in
      // is also learnt here, where the popup is opened on one (Start on another tab needs it).
      if (page) void prefsFromMemory().then((prefs) => rememberCloud(page, prefs), () => {});
      return { page, tour } satisfies PopupStateReply;
    }
    case 'tourStart':
      return startTour(request.tabId, request.taskId, request.locale, request.step);
    case 'tourStop': {
      await removeSession(request.tabId);
      await pushView(request.tabId);
      return { ok: true } satisfies CommandReply;
    }
    case 'tourCheck':
      return checkTourInTab(request, await pageOfTab(request.tabId));
    case 'tourLocaleSet': {
      const [session] = await Promise.all([getSession(request.tabId), savePrefs({ tourLocale: request.locale })]);
      if (!session) return { ok: true } satisfies CommandReply;
      if (!findTask(session.taskId, request.locale)) return { ok: false, error: 'errorTaskNotInLanguage' } satisfies CommandReply;
      await setSession(request.tabId, { ...session, locale: request.locale });
      await pushView(request.tabId);
      return { ok: true } satisfies CommandReply;
    }
    default:
      return undefined;
  }
}
