import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { CheckerResult, TOUR_CHECKER_KEY, type TourCheck, type TourCheckReply } from '../messaging/tour-check';
import type { AdminPage } from '../portal/page';
import { isTaskAllowed } from '../settings/policy';
import { currentTaskId, findTask, taskAliases, variantFor } from './catalog';
import { policyFromMemory } from './settings-memory';

/** The checker bundle, built as one self-contained script (scripts/tour-check-bundle.ts). */
export const TOUR_CHECK_FILE = 'tour-check.js';

/**
 * Runs the checker's entry point in the tab's isolated world with the request as JSON text
 * (src/content/tour-check/index.ts says why). Serialised by the browser and run in the page's
 * isolated world, so it must reference nothing outside itself.
 */
function callChecker(key: string, request: unknown): unknown {
  const check = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof check === 'function' ? check(request) : null;
}

/**
 * The popup's "Check this tour" (docs/finding-targets.md, "Guide health"): checks a task's steps
 * (the variant for the tab's cloud) on the admin page the tab shows, by injecting the checker
 * (src/content/tour-check/index.ts) into the tab's top frame and calling it; it needs only the
 * `scripting` permission and the admin hosts, as the tour UI's injection does. The checker's
 * result is validated (CheckerResult) before it is passed on.
 * @param request the popup's validated request.
 * @param page the admin page the tab shows (judged by the background from the tab's URL), null
 *   when the tab is not an admin-center page.
 * @returns the report, or an error key: `errorNotAdminTab`, `errorUnknownTask`,
 *   `errorTaskNotAllowed`, `errorPageNotReady`, `errorCheckFailed` (the tab cannot be scripted,
 *   was closed, or the checker's answer did not parse). Never throws.
 */
export async function checkTourInTab(request: TourCheck, page: AdminPage | null): Promise<TourCheckReply> {
  if (!page) return { ok: false, error: 'errorNotAdminTab' };
  const taskId = currentTaskId(request.taskId);
  const found = findTask(taskId, request.locale);
  if (!found) return { ok: false, error: 'errorUnknownTask' };
  if (!isTaskAllowed(await policyFromMemory(), taskId, taskAliases)) return { ok: false, error: 'errorTaskNotAllowed' };
  const steps = variantFor(found.task, page.cloud).steps;
  try {
    const target = { tabId: request.tabId, frameIds: [0] };
    await browser.scripting.executeScript({ target, files: [TOUR_CHECK_FILE] });
    const [injection] = await browser.scripting.executeScript({ target, func: callChecker, args: [TOUR_CHECKER_KEY, JSON.stringify({ steps, locale: request.locale })] });
    const result = v.safeParse(CheckerResult, injection?.result);
    if (!result.success) return { ok: false, error: 'errorCheckFailed' };
    if (!result.output.ok) return { ok: false, error: 'errorPageNotReady' };
    if (result.output.steps.length !== steps.length) return { ok: false, error: 'errorCheckFailed' };
    return { ok: true, steps: result.output.steps };
  } catch {
    return { ok: false, error: 'errorCheckFailed' };
  }
}
