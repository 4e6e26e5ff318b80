import type { Step } from '../tour/model';
import { shareLinkForStep } from '../tour/step-link';

/** Where a link for a task opens when the popup's tab is not the admin center. */
export const DEFAULT_ADMIN_URL = 'https://admin.microsoft.com/Adminportal/Home';

/**
 * The share link (docs/architecture.md, "Share link") for a task at a step, for the popup's
 * "Copy link"; the rules are src/tour/step-link.ts shareLinkForStep's.
 * @param adminUrl the admin tab's URL (the link uses the host the admin is on), or null when
 *   the tab is not the admin center: DEFAULT_ADMIN_URL then.
 * @param index 0-based step index; the link carries it 1-based.
 * @throws TypeError when `adminUrl` is not an absolute URL.
 */
export function shareLinkFor(taskId: string, locale: string, steps: readonly Step[], index: number, adminUrl: string | null): string {
  return shareLinkForStep(taskId, locale, steps, index, adminUrl ?? DEFAULT_ADMIN_URL);
}
