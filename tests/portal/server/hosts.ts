/**
 * Which host names the replica server answers as the admin center, and what any request is.
 * Source: docs/admin-center.md ("Hosts, one per cloud", "Routes", "fwlinks").
 */

/** Admin-center hosts of every cloud (the app reads its cloud from `location.hostname`). */
export const ADMIN_HOSTS = [
  'admin.microsoft.com',
  'admin.cloud.microsoft',
  'portal.office.com',
  'portal.office365.us',
  'portal.apps.mil',
  'portal.office.de',
  'portal.partner.microsoftonline.cn',
] as const;

/** Other hosts the replica plays: the fwlink redirector, the support site, a plain site. */
export const OTHER_HOSTS = ['go.microsoft.com', 'support.office.com', 'www.example.com', 'example.com'] as const;

/** Every host name the certificate covers (and a harness should map to the server). */
export const PORTAL_HOSTS: readonly string[] = [...ADMIN_HOSTS, ...OTHER_HOSTS, 'localhost'];

/** What a request is for. */
export type RequestKind =
  | { kind: 'admin-app' }
  | { kind: 'admin-asset'; path: string }
  | { kind: 'my-account' }
  | { kind: 'fwlink' }
  | { kind: 'product-key' }
  | { kind: 'plain' }
  | { kind: 'not-found' };

/** The host name of a `Host` header: lower case, without port. */
export function hostName(hostHeader: string | undefined): string {
  const host = (hostHeader ?? '').toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0] ?? '';
}

const ADMIN_PATH = /^\/(adminportal(\/home)?\/?)?$/i;
const ASSET_PATH = /^\/(assets|fonts)\/[\w.-]+$/;

/**
 * Classifies a request.
 * @param host the host name (see `hostName`); `localhost`/`127.0.0.1` act as admin.microsoft.com.
 * @param pathname the URL path, not decoded.
 */
export function classifyRequest(host: string, pathname: string): RequestKind {
  const isAdminHost = (ADMIN_HOSTS as readonly string[]).includes(host) || host === 'localhost' || host === '127.0.0.1';
  if (isAdminHost) {
    if (ASSET_PATH.test(pathname)) return { kind: 'admin-asset', path: pathname };
    if (host === 'portal.office.com') {
      // Only /adminportal is the admin center there; /account is the user's My account page.
      if (/^\/account(\/|$)/i.test(pathname)) return { kind: 'my-account' };
      if (!/^\/adminportal(\/home)?\/?$/i.test(pathname)) return pathname === '/' ? { kind: 'plain' } : { kind: 'not-found' };
      return { kind: 'admin-app' };
    }
    return ADMIN_PATH.test(pathname) ? { kind: 'admin-app' } : { kind: 'not-found' };
  }
  if (host === 'go.microsoft.com' && /^\/fwlink\/?(p\/?)?$/i.test(pathname)) return { kind: 'fwlink' };
  if (host === 'support.office.com' && /^\/article\/where-to-enter-your-office-product-key/i.test(pathname)) return { kind: 'product-key' };
  return { kind: 'plain' };
}

/** Where a known fwlink goes (docs/admin-center.md "fwlinks"); undefined for unknown ids. */
export function fwlinkTarget(linkId: string): string | undefined {
  const targets: Readonly<Record<string, string>> = {
    '842054': 'https://admin.microsoft.com/Adminportal/Home#/subscriptions',
    '847745': 'https://portal.office.de/adminportal/home#/subscriptions',
    '850626': 'https://portal.partner.microsoftonline.cn/adminportal/home#/subscriptions',
    '842264': 'https://admin.microsoft.com/Adminportal/Home#/licenses',
    '834822': 'https://admin.microsoft.com/Adminportal/Home#/users',
    '847686': 'https://portal.office.de/adminportal/home#/users',
    '850628': 'https://portal.partner.microsoftonline.cn/adminportal/home#/users',
    '2024339': 'https://admin.microsoft.com/Adminportal/Home#/homepage',
    '848041': 'https://portal.office.de/adminportal/home#/homepage',
    '850627': 'https://portal.partner.microsoftonline.cn/adminportal/home#/homepage',
  };
  return targets[linkId];
}
