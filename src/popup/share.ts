import type { Step } from '../tour/model';
import { encodeShareLink } from '../tour/share-link';

/** Where a link for a task opens when the popup's tab is not the admin center. */
export const DEFAULT_ADMIN_URL = 'https://admin.microsoft.com/Adminportal/Home';

/**
 * The admin-center route where a step happens: its own route (a "go to" step is satisfied by
 * arriving there), else the route of the nearest step before it, else null (the link keeps
 * the page's own route).
 * @param index 0-based step index; out-of-range indexes are clamped.
 */
export function routeOfStep(steps: readonly Step[], index: number): string | null {
  for (let at = Math.min(index, steps.length - 1); at >= 0; at -= 1) {
    const route = steps[at]?.route;
    if (route) return route;
  }
  return null;
}

/**
 * The share link (docs/architecture.md, "Share link") for a task at a step, for the popup's "Copy
 * link".
 * @param adminUrl the admin tab's URL (the link uses the host the admin is on), or null when
 *   the tab is not the admin center: DEFAULT_ADMIN_URL then.
 * @param index 0-based step index; the link carries it 1-based.
 * @throws TypeError when `adminUrl` is not an absolute URL.
 */
export function shareLinkFor(taskId: string, locale: string, steps: readonly Step[], index: number, adminUrl: string | null): string {
  return encodeShareLink({ taskId, locale, step: index + 1 }, adminUrl ?? DEFAULT_ADMIN_URL, routeOfStep(steps, index));
}
