/**
 * Guiding to the page a step happens on: a link for a step on another page still works, the
 * coach mark first guides to that page (docs/finding-targets.md).
 * A share link, a reload or the admin's own clicks can leave the tour on a step whose page
 * is not the one shown: step 3 of the reactivation happens on Your products
 * (`#/subscriptions`), the link opened Home. Then the coach mark first points at a link to
 * that page, and the step goes on once it is reached.
 *
 * Pure functions over the model and the DOM; the runner decides when to ask.
 */
import { comparableRoute, isWithinRoute } from '../../portal/routes';
import { routeOfStep } from '../../tour/step-route';
import { type StepInput, resolveStep } from '../resolver';
import { isHiddenByStyle } from '../resolver/candidates';
import { EXCLUDED_SUBTREE } from '../resolver/page-index';
import { markRevealer } from '../resolver/reveal';
import { NAVIGATION_SELECTOR } from '../resolver/roles';

/**
 * What route-guide needs of a step: its route; with its compiled targets (a catalog step), the
 * step that routes can also guide through the navigation when no link is on the page.
 */
type RoutedStep = Pick<StepInput, 'route'> & Partial<StepInput>;

/**
 * The route the admin must go to before doing the step at `index`, or null when the step
 * can be done here. Only a step without a route of its own is guided: a step with one is
 * itself the way there (its labels are the navigation, "Billing > Your products").
 * @param currentRoute the route shown now (portal/page.ts routeOf).
 */
export function routeToGuide(steps: readonly RoutedStep[], index: number, currentRoute: string): string | null {
  const step = steps[index];
  if (!step || step.route) return null;
  const route = routeOfStep(steps, index);
  return route && !isWithinRoute(currentRoute, route) ? route : null;
}

/** Whether the admin can see and reach the element. */
function isReachable(element: Element): boolean {
  return !element.closest(EXCLUDED_SUBTREE) && !isHiddenByStyle(element);
}

/**
 * The link on the page that leads to `route`: an `a[href]` of the page's own origin whose
 * fragment is the route or within it, visible and reachable, not inside `exclude` (our
 * overlay). The navigation's link is preferred (where the admin finds the page again next
 * time), then an exact route over one within it, then document order.
 * @returns the link, or null when the page has none (a collapsed nav group hides its links).
 */
export function findRouteLink(root: Document, route: string, exclude: readonly Element[] = []): HTMLAnchorElement | null {
  const base = root.baseURI;
  const origin = new URL(base).origin;
  let best: { link: HTMLAnchorElement; rank: number } | null = null;
  for (const link of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if (url.origin !== origin || !url.hash.startsWith('#/') || !isWithinRoute(url.hash, route)) continue;
    if (exclude.some((excluded) => excluded.contains(link)) || !isReachable(link)) continue;
    const rank = (link.closest(NAVIGATION_SELECTOR) ? 0 : 2) + (comparableRoute(url.hash) === comparableRoute(route) ? 0 : 1);
    if (!best || rank < best.rank) best = { link, rank };
    if (rank === 0) break;
  }
  return best?.link ?? null;
}

/** Where the coach mark guides first: the route to reach and the control that leads there. */
export interface RouteGuide {
  readonly route: string;
  /**
   * A link to the route, or, when the page shows none (the link sits in a collapsed navigation
   * group, or the navigation is made of buttons), the navigation control that leads there
   * (see {@link wayThroughNavigation}).
   */
  readonly link: Element;
}

/** The admin center's navigation: the left Nav landmark or a tree. */
const NAVIGATION = `${NAVIGATION_SELECTOR},[role="tree"]`;

/**
 * The way to the step's page through the navigation as it is, when no link to it is shown:
 * the step that leads there names the breadcrumb ("Billing > Your products"), and the resolver
 * finds its deepest visible crumb on this page (the Billing group while it is collapsed, or its
 * icon while the navigation is collapsed to icons). A crumb that is not the destination itself
 * is recorded as a revealer (status "Open Billing first", resolver/reveal.ts).
 * @returns the control, or null when the tour has no routed step with labels or the crumb is not in the navigation.
 */
export function wayThroughNavigation(steps: readonly RoutedStep[], index: number, root: Document, exclude: readonly Element[] = []): Element | null {
  let routed: RoutedStep | undefined;
  for (let at = Math.min(index, steps.length - 1); at >= 0 && !routed; at -= 1) if (steps[at]?.route) routed = steps[at];
  if (!routed?.route || !routed.targets || routed.targets.length === 0 || !routed.words || !routed.muted) return null;
  const resolution = resolveStep({ labels: routed.labels ?? [], route: routed.route, words: routed.words, muted: routed.muted, targets: routed.targets }, root, { page: { route: null }, exclude });
  const target = resolution.target;
  // subTarget null: the destination answered by a control that is no link (reveal.ts asWayToDestination).
  if (!target?.closest(NAVIGATION) || (resolution.subTarget !== null && resolution.subTarget.kind !== 'navigation')) return null;
  if (resolution.subTarget?.route === null) markRevealer(target, resolution.candidates[0]?.name || (resolution.label ?? ''));
  return target;
}

/**
 * The guide for the step at `index`, or null when the step happens on this page, the tour
 * does not say where it happens, or neither a link there nor a way through the navigation is
 * on the page (the runner then searches for the step's own target as usual).
 */
export function routeGuideFor(
  steps: readonly RoutedStep[],
  index: number,
  currentRoute: string,
  root: Document,
  exclude: readonly Element[] = [],
): RouteGuide | null {
  const route = routeToGuide(steps, index, currentRoute);
  if (!route) return null;
  const link = findRouteLink(root, route, exclude) ?? wayThroughNavigation(steps, index, root, exclude);
  return link ? { route, link } : null;
}
