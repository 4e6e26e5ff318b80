import browser from 'webextension-polyfill';
import type { CommandReply } from '../messaging/protocol';
import { homeHostOf } from '../portal/clouds';
import { isTaskAllowed } from '../settings/policy';
import { clampedStepIndex } from '../tour/step-number';
import { currentTaskId, findTask, taskAliases, variantFor } from './catalog';
import { injectTourUi } from './inject';
import { setSession } from './sessions';
import { policyFromMemory, savePrefs } from './settings-memory';
import { pageOfTab, pushView } from './tab-view';

/**
 * The popup's Start (message `tourStart`, docs/architecture.md "Messages"): starts a task in
 * the given tab when it shows the admin center, else in a new tab opened on the admin center
 * where the task begins (its first step's route, on the host of the cloud last seen,
 * worldwide when none). The task must exist in `locale` and the
 * organisation's policy must offer it (src/settings/policy.ts); `step` is the 0-based index.
 * @returns the reply for the popup: the tab the tour runs in, or the i18n key of why not.
 */
export async function startTour(tabId: number | null, anyTaskId: string, locale: string, step: number): Promise<CommandReply> {
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
    await setSession(tabId, { taskId, locale, step: clampedStepIndex(step, total) });
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
