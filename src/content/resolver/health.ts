/**
 * Guide health: what each step of a tour would do on the page as it is, without pointing at
 * anything, clicking or changing the page (the popup's "Check this tour"). For helpdesks: it
 * says whether a tour holds on this tenant's admin center before an admin follows it.
 *
 * Per step, in the resolver's own terms (resolve.ts, tour-ui/route-guide.ts):
 * - `found`: the element the coach mark would point at (its role and accessible name), or a
 *   control that reveals it first (an overflow menu, a collapsed navigation group);
 * - `elsewhere`: the step happens on another page (its route) and the way there on this page;
 * - `untargeted`: the step names no element (a card; nothing to check);
 * - `satisfied`: the page already is where the step leads (its route is shown);
 * - `not-found`: nothing on this page answers the step.
 * The marker the tour UI uses is never set, and revealers are forgotten afterwards.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { routeGuideFor, routeToGuide } from '../tour-ui/route-guide';
import { type StepInput, planStep } from './plan';
import { resolveStep } from './resolve';
import { forgetRevealers, revealNameOf } from './reveal';

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
  const report = steps.map((step, index): StepHealth => {
    const routeThere = routeToGuide(steps, index, currentRoute);
    if (routeThere) {
      const guide = routeGuideFor(steps, index, currentRoute, root, exclude);
      return { kind: 'elsewhere', route: routeThere, way: guide ? describe(guide.link) : null };
    }
    if (step.labels.length === 0) return { kind: 'untargeted' };
    const page = { route: currentRoute };
    if (planStep(step, page).length === 0) return { kind: 'satisfied' };
    const resolution = resolveStep(step, root, { page, exclude });
    if (!resolution.target) return { kind: 'not-found', label: planStep(step, page)[0]?.label ?? null };
    return { kind: 'found', target: describe(resolution.target), reveals: revealNameOf(resolution.target) !== null };
  });
  forgetRevealers();
  return report;
}
