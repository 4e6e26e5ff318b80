import { adminHostOf, type Cloud } from './clouds';
import { routeOf } from './routes';

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

/** The named page of a route (`#/Subscriptions` → `your-products`), `other` when unknown. */
export function pageOfRoute(route: string): PageName {
  const lower = route.toLowerCase();
  for (const [prefix, page] of PAGES) {
    if (lower === prefix || lower.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) return page;
  }
  return 'other';
}
