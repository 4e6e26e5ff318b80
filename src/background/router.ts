import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import { uiLanguageOf } from '../i18n/locales';
import {
  BackgroundRequest,
  type CommandReply,
  parseMessage,
  TourViewReceived,
  type PopupStateReply,
  type TourView,
  type TourViewChanged,
  type TourViewReply,
} from '../messaging/protocol';
import { type AdminPage, detectAdminPage } from '../portal/page';
import { homeHostOf } from '../portal/clouds';
import { isTaskAllowed, type Policy } from '../settings/policy';
import type { Prefs } from '../settings/prefs';
import type { LinkNotice, TourSession } from '../tour/session';
import { readShareParams, type ShareLinkReading } from '../tour/share-link';
import { currentTaskId, findTask, taskAliases, variantFor } from './catalog';
import { injectTourUi } from './inject';
import { getSession, removeSession, setSession } from './sessions';
import { policyFromMemory, prefsFromMemory, savePrefs } from './settings-memory';
import { resolveShareLink, type ShareOutcome } from './share';
import { checkTourInTab } from './tour-check';
import { tourWordsFor } from './tour-words';
import { buildView, summarise } from './view';
import { warnOnce } from './warn-once';

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

async function fromAdminTab(request: BackgroundRequest, tabId: number, page: AdminPage): Promise<unknown> {
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
      return payloadOf(view, null, prefs, { contentSent: request.sentAt, backgroundReceived: receivedAt });
    }
    case 'shareLinkOpened': {
      const reading = readShareParams(request.tour, request.lang, request.step);
      const [prefs, policy] = await Promise.all([prefsFromMemory(), policyFromMemory()]);
      void rememberCloud(page, prefs);
      const outcome =
        refusedByPolicy(reading, policy) ??
        resolveShareLink(reading, page.cloud, withPolicyDefaults(prefs, policy), browser.i18n.getUILanguage());
      if (!outcome.session && !outcome.notice) return undefined;
      void injectTourUi(tabId);
      const view = outcome.session ? buildView(outcome.session, page.cloud, prefs) : null;
      if (outcome.session) await setSession(tabId, outcome.session);
      return payloadOf(view, outcome.notice, prefs, { contentSent: request.sentAt, backgroundReceived: receivedAt });
    }
    case 'tourViewGet': {
      const [session, prefs] = await Promise.all([allowedSession(tabId), prefsFromMemory()]);
      const view = session ? buildView(session, page.cloud, prefs) : null;
      if (session && !view) await removeSession(tabId);
      return payloadOf(view, null, prefs);
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

/**
 * What the tour UI shows, with its words (src/background/tour-words.ts) in the view's UI
 * language, or for a notice alone the admin's: their chosen UI language, else their tour
 * language's, else the browser's (the popup's rule). `hops` gets the reply's time.
 */
function payloadOf(view: TourView | null, notice: LinkNotice | null, prefs: Prefs, hops?: { contentSent?: number; backgroundReceived: number }): TourViewReply {
  const language = view?.uiLanguage ?? prefs.uiLanguage ?? uiLanguageOf(prefs.tourLocale ?? browser.i18n.getUILanguage());
  const payload: TourViewReply = { view, notice, words: view || notice ? tourWordsFor(language) : null };
  if (!hops) return payload;
  return { ...payload, hops: { ...hops, backgroundReplied: performance.timeOrigin + performance.now() } };
}

async function fromPopup(request: BackgroundRequest): Promise<unknown> {
  switch (request.type) {
    case 'popupStateGet': {
      const page = request.tabId === null ? null : await pageOfTab(request.tabId);
      const session = request.tabId === null ? null : await getSession(request.tabId);
      const tour = session && page ? summarise(session, page.cloud) : null;
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

/**
 * Starts a task: in the given tab when it shows the admin center, else in a new tab opened
 * on the admin center where the task begins (its first step's route, on the host of the
 * cloud last seen, worldwide when none).
 */
async function startTour(tabId: number | null, anyTaskId: string, locale: string, step: number): Promise<CommandReply> {
  // Sessions always hold today's task id, whatever id the request used.
  const taskId = currentTaskId(anyTaskId);
  const found = findTask(taskId, locale);
  if (!found) return { ok: false, error: 'errorUnknownTask' };
  const policy = await policyFromMemory();
  if (!isTaskAllowed(policy, taskId, taskAliases)) return { ok: false, error: 'errorTaskNotAllowed' };
  const prefs = await savePrefs({ tourLocale: locale });
  const page = tabId === null ? null : await pageOfTab(tabId);
  if (tabId !== null && page) {
    const total = variantFor(found.task, page.cloud).steps.length;
    await setSession(tabId, { taskId, locale, step: Math.min(step, total - 1) });
    if (!(await pushView(tabId))) await injectTourUi(tabId);
    return { ok: true, tabId };
  }
  // Policy allowOtherClouds=false: never guess a cloud (a sovereign-cloud admin must not be sent to worldwide).
  if (!prefs.lastCloud && !policy.allowOtherClouds) return { ok: false, error: 'errorOpenAdminCenterFirst' };
  const cloud = prefs.lastCloud ?? 'worldwide';
  const firstRoute = variantFor(found.task, cloud).steps.find((candidate) => candidate.route)?.route ?? '#/homepage';
  const tab = await browser.tabs.create({ url: `https://${homeHostOf(cloud)}/Adminportal/Home${firstRoute}` });
  if (tab.id === undefined) return { ok: false, error: 'errorCannotOpenTab' };
  await setSession(tab.id, { taskId, locale, step });
  return { ok: true, tabId: tab.id };
}

/** Remembers the admin's cloud (where Start opens the admin center), writing only on a change of `prefs` (as just read). */
async function rememberCloud(page: AdminPage, prefs: Prefs): Promise<void> {
  if (prefs.lastCloud !== page.cloud) await savePrefs({ lastCloud: page.cloud }).catch(() => {});
}

/**
 * The share-link outcome when the enterprise policy refuses the link (src/settings/policy.ts):
 * share links turned off, or a task the organisation does not offer. Null: the policy allows it.
 */
function refusedByPolicy(reading: ShareLinkReading, policy: Policy): ShareOutcome | null {
  if (reading.kind === 'none') return null;
  if (!policy.acceptShareLinks) return { session: null, notice: { reason: 'linkRefusedByPolicy', recovered: false } };
  if (reading.kind === 'request' && !isTaskAllowed(policy, currentTaskId(reading.request.taskId), taskAliases)) {
    return { session: null, notice: { reason: 'linkTaskNotAllowed', recovered: false } };
  }
  return null;
}

/** The prefs with the organisation's default tour language where the admin chose none. */
function withPolicyDefaults(prefs: Prefs, policy: Policy): Prefs {
  return { ...prefs, tourLocale: prefs.tourLocale ?? policy.defaultLanguage };
}

/** The tab's session; null when none runs or the policy no longer offers its task (the session is then ended). */
async function allowedSession(tabId: number): Promise<TourSession | null> {
  const [session, policy] = await Promise.all([getSession(tabId), policyFromMemory()]);
  if (!session || isTaskAllowed(policy, session.taskId, taskAliases)) return session;
  await removeSession(tabId);
  return null;
}

/** The admin page a tab shows, or null (not admin, closed, or its URL is not ours to see). */
async function pageOfTab(tabId: number): Promise<AdminPage | null> {
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
    // Only the tour UI replies; the content script listens too but never answers.
    return parseMessage(TourViewReceived, await browser.tabs.sendMessage(tabId, message)) !== null;
  } catch {
    return false;
  }
}
