/**
 * Guiding to the page a step happens on: a link for a step on another page still works, the
 * coach mark first guides to that page (docs/architecture.md, "Finding a step's target").
 * A share link, a reload or the admin's own clicks can leave the tour on a step whose page
 * is not the one shown: step 3 of the reactivation happens on Your products
 * (`#/subscriptions`), the link opened Home. Then the coach mark first points at a link to
 * that page, and the step goes on once it is reached.
 *
 * Pure functions over the model and the DOM; the runner decides when to ask.
 */
import { comparableRoute, isWithinRoute } from '../../portal/page';
import { type RoutedStep, routeOfStep } from '../../tour/step-route';
import { isHiddenByStyle } from '../resolver/candidates';
import { EXCLUDED_SUBTREE } from '../resolver/page-index';


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
    const rank = (link.closest('nav, [role="navigation"]') ? 0 : 2) + (comparableRoute(url.hash) === comparableRoute(route) ? 0 : 1);
    if (!best || rank < best.rank) best = { link, rank };
    if (rank === 0) break;
  }
  return best?.link ?? null;
}

/** Where the coach mark guides first: the route to reach and the link that leads there. */
export interface RouteGuide {
  readonly route: string;
  readonly link: HTMLAnchorElement;
}

/**
 * The guide for the step at `index`, or null when the step happens on this page, the tour
 * does not say where it happens, or no link there is on the page (the runner then searches
 * for the step's own target as usual).
 */
export function routeGuideFor(
  steps: readonly RoutedStep[],
  index: number,
  currentRoute: string,
  root: Document,
  exclude: readonly Element[] = [],
): RouteGuide | null {
  const route = routeToGuide(steps, index, currentRoute);
  const link = route ? findRouteLink(root, route, exclude) : null;
  return route && link ? { route, link } : null;
}
