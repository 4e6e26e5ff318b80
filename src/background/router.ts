import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import {
  BackgroundRequest,
  type CommandReply,
  parseMessage,
  TourViewReceived,
  type PopupStateReply,
  type TourViewChanged,
  type TourViewReply,
} from '../messaging/protocol';
import { type AdminPage, detectAdminPage } from '../portal/page';
import { homeHostOf } from '../portal/clouds';
import { isTaskAllowed, type Policy, readPolicy } from '../settings/policy';
import { type Prefs, readPrefs, writePrefs } from '../settings/prefs';
import type { TourSession } from '../tour/session';
import { readShareParams, type ShareLinkReading } from '../tour/share-link';
import { currentTaskId, findTask, taskAliases, variantFor } from './catalog';
import { injectTourUi } from './inject';
import { takeNotice, storeNotice } from './notices';
import { getSession, removeSession, setSession } from './sessions';
import { resolveShareLink, type ShareOutcome } from './share';
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
  switch (request.type) {
    case 'contentReady': {
      await rememberCloud(page);
      if (await getSession(tabId)) await injectTourUi(tabId);
      return undefined;
    }
    case 'shareLinkOpened': {
      await rememberCloud(page);
      const reading = readShareParams(request.tour, request.lang, request.step);
      const policy = await readPolicy(warnOnce);
      const outcome =
        refusedByPolicy(reading, policy) ??
        resolveShareLink(reading, page.cloud, withPolicyDefaults(await readPrefs(), policy), browser.i18n.getUILanguage());
      if (outcome.session) await setSession(tabId, outcome.session);
      if (outcome.notice) await storeNotice(tabId, outcome.notice);
      if (outcome.session || outcome.notice) await injectTourUi(tabId);
      return undefined;
    }
    case 'tourViewGet': {
      const session = await allowedSession(tabId);
      const view = session ? buildView(session, page.cloud, await readPrefs()) : null;
      if (session && !view) await removeSession(tabId);
      return { view, notice: await takeNotice(tabId) } satisfies TourViewReply;
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
    case 'tourLocaleSet': {
      const session = await getSession(request.tabId);
      await writePrefs({ tourLocale: request.locale });
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
  const policy = await readPolicy(warnOnce);
  if (!isTaskAllowed(policy, taskId, taskAliases)) return { ok: false, error: 'errorTaskNotAllowed' };
  await writePrefs({ tourLocale: locale });
  const page = tabId === null ? null : await pageOfTab(tabId);
  if (tabId !== null && page) {
    const total = variantFor(found.task, page.cloud).steps.length;
    await setSession(tabId, { taskId, locale, step: Math.min(step, total - 1) });
    if (!(await pushView(tabId))) await injectTourUi(tabId);
    return { ok: true, tabId };
  }
  const prefs = await readPrefs();
  // Policy allowOtherClouds=false: never guess a cloud (a sovereign-cloud admin must not be sent to worldwide).
  if (!prefs.lastCloud && !policy.allowOtherClouds) return { ok: false, error: 'errorOpenAdminCenterFirst' };
  const cloud = prefs.lastCloud ?? 'worldwide';
  const firstRoute = variantFor(found.task, cloud).steps.find((candidate) => candidate.route)?.route ?? '#/homepage';
  const tab = await browser.tabs.create({ url: `https://${homeHostOf(cloud)}/Adminportal/Home${firstRoute}` });
  if (tab.id === undefined) return { ok: false, error: 'errorCannotOpenTab' };
  await setSession(tab.id, { taskId, locale, step });
  return { ok: true, tabId: tab.id };
}

/** Remembers the admin's cloud (where Start opens the admin center), writing only on a change. */
async function rememberCloud(page: AdminPage): Promise<void> {
  if ((await readPrefs()).lastCloud !== page.cloud) await writePrefs({ lastCloud: page.cloud });
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
  const session = await getSession(tabId);
  if (!session || isTaskAllowed(await readPolicy(warnOnce), session.taskId, taskAliases)) return session;
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
  const session = await getSession(tabId);
  const page = await pageOfTab(tabId);
  const view = session && page ? buildView(session, page.cloud, await readPrefs()) : null;
  const message: TourViewChanged = { type: 'tourViewChanged', view };
  try {
    // Only the tour UI replies; the content script listens too but never answers.
    return parseMessage(TourViewReceived, await browser.tabs.sendMessage(tabId, message)) !== null;
  } catch {
    return false;
  }
}
