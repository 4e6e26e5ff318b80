/**
 * fwlinks (`https://go.microsoft.com/fwlink/p/?linkid=N`) that lead into the admin center,
 * and the admin-center route each one opens. Pure data and functions: the catalog compiler
 * uses them at build time, the extension's runtime may use them too.
 *
 * Source: docs/admin-center.md, sections "fwlinks" and "Routes". An fwlink not
 * in this table is an ordinary external link (same source). 874703 is deliberately absent:
 * it most likely links to the "Reactivate your subscription" article itself, not to a page.
 */

/** A cloud an fwlink is documented for (docs/admin-center.md, "Hosts, one per cloud"). */
export type FwlinkCloud = 'worldwide' | 'germany' | '21vianet';

/** What a known fwlink opens: the route (URL fragment, e.g. `#/subscriptions`) and its cloud. */
export interface FwlinkTarget {
  readonly route: string;
  readonly cloud: FwlinkCloud;
}

/** Known admin-center fwlinks by link id (docs/admin-center.md, "fwlinks"). */
export const ADMIN_FWLINKS: Readonly<Record<string, FwlinkTarget>> = {
  '842054': { route: '#/subscriptions', cloud: 'worldwide' }, // Billing > Your products
  '847745': { route: '#/subscriptions', cloud: 'germany' }, // Billing > Subscriptions
  '850626': { route: '#/subscriptions', cloud: '21vianet' }, // Billing > Subscriptions
  '842264': { route: '#/licenses', cloud: 'worldwide' }, // Billing > Licenses
  '834822': { route: '#/users', cloud: 'worldwide' }, // Users > Active users
  '847686': { route: '#/users', cloud: 'germany' },
  '850628': { route: '#/users', cloud: '21vianet' },
  '2024339': { route: '#/homepage', cloud: 'worldwide' }, // admin center home
  '848041': { route: '#/homepage', cloud: 'germany' },
  '850627': { route: '#/homepage', cloud: '21vianet' },
};

/**
 * The link id of an fwlink URL, or null when `url` is not an fwlink.
 * Accepts `http(s)://go.microsoft.com/fwlink/?linkid=N` and `/fwlink/p/?LinkId=N` (the
 * parameter name's casing varies in the docs). Never throws.
 */
export function fwlinkIdOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.hostname.toLowerCase() !== 'go.microsoft.com') return null;
  if (!/^\/fwlink(\/p)?\/?$/i.test(parsed.pathname)) return null;
  for (const [name, value] of parsed.searchParams) {
    if (name.toLowerCase() === 'linkid' && /^\d+$/.test(value)) return value;
  }
  return null;
}

/**
 * The admin-center route an fwlink opens, e.g. `routeOfFwlink(
 * 'https://go.microsoft.com/fwlink/p/?linkid=842054')` → `'#/subscriptions'`; null for an
 * unknown fwlink or a URL that is not an fwlink. Never throws. Source: docs/admin-center.md, "fwlinks".
 */
export function routeOfFwlink(url: string): string | null {
  const id = fwlinkIdOf(url);
  return id === null ? null : (ADMIN_FWLINKS[id]?.route ?? null);
}
