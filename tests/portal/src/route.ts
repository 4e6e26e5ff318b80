/**
 * Fragment routing, as the admin center does it (`/Adminportal/Home#/subscriptions`).
 * Source: docs/admin-center.md, "Routes". Matching is case-insensitive; a
 * 21Vianet link may say `?ref=users` instead of a fragment.
 */

/** A page of the replica. `other` is any admin route the replica only names. */
export type Route =
  | { page: 'home' }
  | { page: 'subscriptions' }
  | { page: 'licenses' }
  | { page: 'users' }
  | { page: 'asset'; id: string }
  | { page: 'other'; path: string };

/**
 * Parses `location.hash` (and, without a fragment, `?ref=`) into a route.
 * @param hash e.g. `#/subscriptions/assets/1234`; empty → home.
 * @param search e.g. `?ref=users`.
 */
export function parseRoute(hash: string, search = ''): Route {
  let path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  if (path === '') path = new URLSearchParams(search).get('ref') ?? '';
  const parts = path.split('/').filter((part) => part !== '');
  const head = (parts[0] ?? '').toLowerCase();
  if (head === '' || head === 'homepage' || head === 'home') return { page: 'home' };
  if (head === 'subscriptions' || head === 'productsandservices') {
    const id = parts[1]?.toLowerCase() === 'assets' ? parts[2] : undefined;
    return id ? { page: 'asset', id: decodeURIComponent(id) } : { page: 'subscriptions' };
  }
  if (head === 'licenses') return { page: 'licenses' };
  if (head === 'users') return { page: 'users' };
  return { page: 'other', path: parts.join('/') };
}

/** The fragment of a route, for links: `#/subscriptions/assets/<id>`. */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/homepage';
    case 'asset':
      return `#/subscriptions/assets/${encodeURIComponent(route.id)}`;
    case 'other':
      return `#/${route.path}`;
    default:
      return `#/${route.page}`;
  }
}
