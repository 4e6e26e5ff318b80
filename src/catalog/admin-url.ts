/**
 * Admin-center URLs written directly in an article (not through an fwlink) → route.
 * Source: docs/admin-center.md, "Hosts, one per cloud" and "Routes".
 */

/** Hosts whose every page is the admin center. */
const ADMIN_ONLY_HOSTS = new Set(['admin.microsoft.com', 'admin.cloud.microsoft']);

/** Portal hosts where only paths under `/adminportal` (any casing) are the admin center. */
const PORTAL_HOSTS = new Set([
  'portal.office.com',
  'portal.office.de',
  'portal.partner.microsoftonline.cn',
  'portal.office365.us',
  'portal.apps.mil',
]);

/**
 * The route (`#/…`) an admin-center URL opens, or null when the URL is not an admin-center
 * page (for example `portal.office.com/account/…`, the user's "My account" page).
 * `https://admin.microsoft.com/Adminportal/Home#/subscriptions` → `#/subscriptions`;
 * 21Vianet's `/AdminPortal/Home?ref=users` → `#/users`; an admin URL without a route
 * → `#/homepage`. Never throws.
 */
export function routeOfAdminUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const isAdmin =
    ADMIN_ONLY_HOSTS.has(host) ||
    (PORTAL_HOSTS.has(host) && parsed.pathname.toLowerCase().startsWith('/adminportal'));
  if (!isAdmin) return null;
  if (parsed.hash.startsWith('#/') && parsed.hash.length > 2) return parsed.hash;
  const ref = parsed.searchParams.get('ref');
  if (ref && /^[\w/-]+$/.test(ref)) return `#/${ref}`;
  return '#/homepage';
}
