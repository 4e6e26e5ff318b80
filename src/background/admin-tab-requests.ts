import browser from 'webextension-polyfill';
import type { BackgroundRequest } from '../messaging/protocol';
import type { AdminPage } from '../portal/page';
import { isTaskAllowed } from '../settings/policy';
import { readShareParams } from '../tour/share-link';
import { injectTourUi } from './inject';
import { allowedSession, getSession, removeSession, setSession } from './sessions';
import { policyFromMemory, prefsFromMemory, rememberCloud } from './settings-memory';
import { shareLinkOutcome } from './share-policy';
import { tourViewPayload } from './tab-view';
import { buildView } from './view';

/**
 * Answers the messages of an admin-center tab (docs/architecture.md, "Messages"): the content
 * script's first message (contentReady, shareLinkOpened) and the tour UI's (tourViewGet,
 * tourStepSet, tourClose). The router (./router.ts) has checked the message and that it
 * comes from the top frame of `tabId`, showing `page`.
 * @returns the reply (a TourViewReply for the tour UI), or undefined for none.
 */
export async function fromAdminTab(request: BackgroundRequest, tabId: number, page: AdminPage): Promise<unknown> {
  const receivedAt = performance.timeOrigin + performance.now();
  switch (request.type) {
    case 'contentReady': {
      // One hop: everything is read at once (from memory where known); when a tour runs, the
      // tour UI is injected while the view is built, and the view goes back in the reply.
      const policyRead = policyFromMemory();
      const [session, prefs] = await Promise.all([getSession(tabId), prefsFromMemory()]);
      void rememberCloud(page, prefs);
      if (!session) return undefined;
      const view = isTaskAllowed(await policyRead, session.taskId) ? buildView(session, page.cloud, prefs) : null;
      if (!view) {
        await removeSession(tabId);
        return undefined;
      }
      void injectTourUi(tabId);
      return tourViewPayload(view, null, prefs, { contentSent: request.sentAt, backgroundReceived: receivedAt });
    }
    case 'shareLinkOpened': {
      const reading = readShareParams(request.tour, request.lang, request.step);
      const [prefs, policy] = await Promise.all([prefsFromMemory(), policyFromMemory()]);
      void rememberCloud(page, prefs);
      const outcome = shareLinkOutcome(reading, page.cloud, prefs, policy, browser.i18n.getUILanguage());
      if (!outcome.session && !outcome.notice) return undefined;
      void injectTourUi(tabId);
      const view = outcome.session ? buildView(outcome.session, page.cloud, prefs) : null;
      if (outcome.session) await setSession(tabId, outcome.session);
      return tourViewPayload(view, outcome.notice, prefs, { contentSent: request.sentAt, backgroundReceived: receivedAt });
    }
    case 'tourViewGet': {
      const [session, prefs] = await Promise.all([allowedSession(tabId), prefsFromMemory()]);
      const view = session ? buildView(session, page.cloud, prefs) : null;
      if (session && !view) await removeSession(tabId);
      return tourViewPayload(view, null, prefs);
    }
    case 'tourStepSet': {
      const session = await getSession(tabId);
      if (session) await setSession(tabId, { ...session, step: request.step });
      return undefined;
    }
    case 'tourClose':
      await removeSession(tabId);
      return undefined;
    default:
      return undefined;
  }
}
