/**
 * Admin-center routes (the single-page app's URL fragment, docs/admin-center.md, "Routes"):
 * a URL's route and how routes compare. Kept apart from page.ts, which recognises the admin
 * center's hosts, so the tour UI takes these few lines without the table of hosts.
 */

/** The route a bare admin-center URL opens on. */
const HOME_ROUTE = '#/homepage';

/**
 * The admin-center route of a URL: its fragment without a query (`#/users?x=1` → `#/users`),
 * or Home when it has none (21Vianet's `?ref=users` → `#/users`).
 */
export function routeOf(url: URL): string {
  const fragment = url.hash.split('?')[0] ?? '';
  if (fragment.startsWith('#/') && fragment.length > 2) return fragment.replace(/\/+$/, '');
  const ref = url.searchParams.get('ref');
  if (ref && /^[a-z]+$/i.test(ref)) return `#/${ref}`;
  return HOME_ROUTE;
}

/**
 * A route as routes are compared: the fragment without its query or trailing slashes, in
 * lower case (`#/Subscriptions/?x=1` → `#/subscriptions`), since the admin center's routing
 * ignores case (docs/admin-center.md, "Routes").
 */
export function comparableRoute(route: string): string {
  return (route.split('?')[0] ?? '').replace(/\/+$/, '').toLowerCase();
}

/**
 * Whether the page at `current` satisfies a step that links `target`: the same route, or a
 * sub-route of it (`#/subscriptions/assets/1` is within `#/subscriptions`: a product's
 * details are part of Your products; docs/admin-center.md, "Routes"). Both are compared as
 * comparableRoute gives them; an empty `target` contains nothing.
 */
export function isWithinRoute(current: string, target: string): boolean {
  const here = comparableRoute(current);
  const there = comparableRoute(target);
  return there !== '' && (here === there || here.startsWith(`${there}/`));
}
