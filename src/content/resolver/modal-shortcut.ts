/**
 * A shortcut of the step policy (resolve.ts) for the moment a modal layer opens: a pane or a
 * dialog that names the step's target ("Choose Save" in the pane the previous step opened).
 * Resolving the whole page then re-reads what the pane's render disturbed behind it (a large
 * list re-rendered with it gives every row new ids, so 1,200 names read by id are checked
 * again) only to learn that nothing behind the pane can win. The shortcut scores only the
 * candidates in or after the topmost modal layer and answers when its pick provably is the
 * whole page's: else the caller resolves the whole page.
 */
import { makeContext, RESOLVE_THRESHOLD, type ResolveOptions } from './context';
import { pageIndexOf } from './page-index';
import type { StepInput, SubTarget } from './plan';
import { BEHIND_MODAL_MAX_SCORE, scoreAndPick } from './rank';
import { type Resolution, resolutionOf } from './resolution';

/**
 * The step's resolution from the topmost modal layer alone, or null when it cannot be known
 * without the rest of the page. It answers only when all of these hold, and then it is the
 * target {@link resolveStep} (resolve.ts) picks:
 * - the plan has no navigation sub-target, so its first action sub-target is tried first;
 * - a modal layer is open (roles.ts MODAL_SELECTOR), the topmost being the last in document
 *   order; every candidate before it is behind it (context.ts `isBehindModal`), so scores at
 *   most {@link BEHIND_MODAL_MAX_SCORE};
 * - the first action's pick among the candidates in or after that modal, scored with that
 *   bound as the threshold, is in a layer and not already satisfied (the policy returns such a
 *   pick at once). The scorer verifies best estimate first and stops at the threshold, so it
 *   has verified the same candidates as over the whole page up to the first estimate at or
 *   below the bound, where the whole page's search stops too: a pick above the bound is
 *   then the best verified one in both.
 * The answer's candidate report lists only the candidates in or after the modal.
 *
 * @param plan the step's plan (plan.ts `planStep`), not empty.
 */
export function resolveInTopModal(step: StepInput, plan: readonly SubTarget[], root: Document | ShadowRoot, options: ResolveOptions): Resolution | null {
  if (plan.some((sub) => sub.kind === 'navigation')) return null;
  const first = plan.find((sub) => sub.kind === 'action');
  const modals = pageIndexOf(root).modals();
  const modal = modals[modals.length - 1];
  if (!first || !modal) return null;
  // Just above the bound: `scoreAndPick` keeps scores at or above its threshold.
  const threshold = Math.max(options.threshold ?? RESOLVE_THRESHOLD, BEHIND_MODAL_MAX_SCORE + 1e-9);
  const context = makeContext(step, root, plan, { ...options, threshold }, modal);
  const { chosen, report } = scoreAndPick(first, context);
  return chosen && !chosen.satisfied && chosen.inLayer ? resolutionOf(first, chosen, report) : null;
}
