import { adminHostOf, type Cloud } from './clouds';

/**
 * Admin-center pages the tours know by name. Routes are the URL fragment of the single-page
 * app; source: docs/admin-center.md, "Routes".
 */
export type PageName = 'home' | 'your-products' | 'product-details' | 'licenses' | 'active-users' | 'other';

/** What the content script knows about an admin-center page. */
export interface AdminPage {
  /** Lower-case host name. */
  readonly host: string;
  readonly cloud: Cloud;
  /** The route, always starting `#/`, without a query: `#/subscriptions/assets/42`. */
  readonly route: string;
  readonly page: PageName;
}

/** Route prefixes → page names, most specific first (matched case-insensitively). */
const PAGES: readonly (readonly [prefix: string, page: PageName])[] = [
  ['#/subscriptions/assets/', 'product-details'],
  ['#/subscriptions', 'your-products'],
  ['#/homepage', 'home'],
  ['#/licenses', 'licenses'],
  ['#/users', 'active-users'],
];

/** The route a bare admin-center URL opens on. */
const HOME_ROUTE = '#/homepage';

/**
 * Recognises an admin-center page from its URL.
 *
 * Accepts https only; every path of `admin.microsoft.com` and `admin.cloud.microsoft`
 * (whose routes look like `/?#/users`), and `/adminportal/…` in any casing on the other
 * hosts. The route is the fragment; a URL without one is Home, except 21Vianet's
 * `?ref=users` form of Active users.
 *
 * @param url an absolute URL (string or URL); anything unparsable gives null.
 * @returns the page, or null when the URL is not the admin center (another host, http,
 *   `portal.office.com/account`, …).
 */
export function detectAdminPage(url: string | URL): AdminPage | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = adminHostOf(parsed.hostname);
  if (!host) return null;
  if (!host.wholeHost && !/^\/adminportal(\/|$)/i.test(parsed.pathname)) return null;
  const route = routeOf(parsed);
  return { host: host.host, cloud: host.cloud, route, page: pageOfRoute(route) };
}

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

/** The named page of a route (`#/Subscriptions` → `your-products`), `other` when unknown. */
export function pageOfRoute(route: string): PageName {
  const lower = route.toLowerCase();
  for (const [prefix, page] of PAGES) {
    if (lower === prefix || lower.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) return page;
  }
  return 'other';
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
