/**
 * Guide health: what each step of a tour would do on the page as it is, without pointing at
 * anything, clicking or changing the page (the popup's "Check this tour"). For helpdesks: it
 * says whether a tour holds on this tenant's admin center before an admin follows it.
 *
 * Per step, in the order the tour's runner decides (src/content/tour-ui/runner.ts), so that
 * the check says what the tour then does:
 * - `untargeted`: the step names no element (a card; nothing to check), or
 * - `satisfied`: the page already is where the step leads (its route is shown);
 * - `found`: the element the coach mark would point at (its role and accessible name), or a
 *   control that reveals it first (an overflow menu, a collapsed navigation group);
 * - `elsewhere`: the target is not here and the step happens on another page (its route);
 *   the way there on this page, or null when none is (the tour then says it cannot find it);
 * - `not-found`: nothing on this page answers the step.
 * The marker the tour UI uses is never set, and revealers are forgotten afterwards.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { routeGuideFor, routeToGuide } from '../tour-ui/route-guide';
import { type StepInput, planStep } from './plan';
import { resolveStep } from './resolve';
import { forgetRevealers, revealNameOf } from './reveal';
import { anchorOf, sameControlInOtherRows } from './rows';

/** An element as the check reports it: its role and accessible name (what an admin sees). */
export interface CheckedElement {
  readonly role: string | null;
  readonly name: string;
}

/** What one step would do on this page. */
export type StepHealth =
  | { readonly kind: 'found'; readonly target: CheckedElement; readonly reveals: boolean }
  | { readonly kind: 'elsewhere'; readonly route: string; readonly way: CheckedElement | null }
  | { readonly kind: 'untargeted' }
  | { readonly kind: 'satisfied' }
  | { readonly kind: 'not-found'; readonly label: string | null };

const describe = (element: Element): CheckedElement => ({ role: getRole(element), name: computeAccessibleName(element).trim() });

/**
 * Checks every step of a tour against the page, read-only.
 *
 * @param steps the tour's compiled steps (labels, route, words, muted, targets).
 * @param root the page's document.
 * @param currentRoute the route shown (`routeOf`, src/portal/page.ts).
 * @param exclude subtrees never to look into (the extension's own UI).
 * @returns one {@link StepHealth} per step, in order. Never throws for any DOM.
 */
export function checkTour(steps: readonly StepInput[], root: Document, currentRoute: string, exclude: readonly Element[] = []): StepHealth[] {
  const page = { route: currentRoute };
  const elsewhere = (index: number): StepHealth | null => {
    const route = routeToGuide(steps, index, currentRoute);
    if (!route) return null;
    const guide = routeGuideFor(steps, index, currentRoute, root, exclude);
    return { kind: 'elsewhere', route, way: guide ? describe(guide.link) : null };
  };
  const report = steps.map((step, index): StepHealth => {
    if (step.labels.length === 0) return elsewhere(index) ?? { kind: 'untargeted' };
    const plan = planStep(step, page);
    if (plan.length === 0) return { kind: 'satisfied' };
    const resolution = resolveStep(step, root, { page, exclude });
    if (resolution.target) {
      const anchor = anchorOf(resolution.target, sameControlInOtherRows(resolution.target));
      return { kind: 'found', target: describe(anchor), reveals: revealNameOf(resolution.target) !== null };
    }
    return elsewhere(index) ?? { kind: 'not-found', label: plan[0]?.label ?? null };
  });
  forgetRevealers();
  return report;
}
