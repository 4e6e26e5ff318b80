import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import { BackgroundRequest } from '../messaging/protocol';
import { detectAdminPage } from '../portal/page';
import { fromAdminTab } from './admin-tab-requests';
import { fromPopup } from './popup-requests';
import { warnOnce } from './warn-once';

/**
 * The background's message router (docs/architecture.md, "Messages"): it checks a message
 * and who sent it, and dispatches it to the module that answers it (./admin-tab-requests.ts,
 * ./popup-requests.ts); it holds no rule of its own.
 */

/** Messages a content script or the tour UI (in an admin-center tab) may send. */
const FROM_ADMIN_TAB = new Set(['contentReady', 'shareLinkOpened', 'tourViewGet', 'tourStepSet', 'tourClose']);

/**
 * Handles one runtime message: validates it against the protocol, checks who sent it
 * (our own extension; admin-tab kinds only from a tab whose URL is an admin-center page,
 * judged by `sender.url`, never by a field of the message; popup kinds only from our own
 * pages), then acts. Anything else is dropped and logged once.
 * @returns the reply, or undefined for no reply.
 */
export async function route(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) {
    warnOnce('foreign-sender', String(sender.id));
    return undefined;
  }
  const parsed = v.safeParse(BackgroundRequest, message);
  if (!parsed.success) {
    warnOnce('invalid-message', v.summarize(parsed.issues));
    return undefined;
  }
  const request = parsed.output;
  if (FROM_ADMIN_TAB.has(request.type)) {
    const page = sender.url ? detectAdminPage(sender.url) : null;
    const tabId = sender.tab?.id;
    if (!page || tabId === undefined || sender.frameId !== 0) {
      warnOnce('not-an-admin-tab', `${request.type} from ${sender.url ?? 'nowhere'}`);
      return undefined;
    }
    return fromAdminTab(request, tabId, page);
  }
  if (!sender.url?.startsWith(browser.runtime.getURL(''))) {
    warnOnce('not-an-extension-page', `${request.type} from ${sender.url ?? 'nowhere'}`);
    return undefined;
  }
  return fromPopup(request);
}
