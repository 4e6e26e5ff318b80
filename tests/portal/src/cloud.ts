/**
 * Which cloud the replica plays, and so which era of the admin center it shows.
 *
 * Source: docs/admin-center.md ("Hosts, one per cloud" and "The English UI
 * along 'reactivate a subscription', by era"): Germany and 21Vianet kept the 2019–2020
 * subscription cards; every worldwide host (also GCC High and DoD) shows the 2021 pages.
 */

/** A cloud, named as the catalog names a moniker's cloud. */
export type Cloud = 'worldwide' | 'germany' | '21vianet';

/** `2021`: Your products list, More actions, pane. `legacy`: Subscriptions cards. */
export type Era = '2021' | 'legacy';

/** Host names (lower case, no port) of the sovereign clouds that show the legacy era. */
const LEGACY_HOSTS: Readonly<Record<string, Cloud>> = {
  'portal.office.de': 'germany',
  'portal.partner.microsoftonline.cn': '21vianet',
};

/**
 * The cloud for a host name. Unknown hosts (localhost while developing) are worldwide.
 * @param hostname `location.hostname`, any case.
 */
export function cloudForHost(hostname: string): Cloud {
  return LEGACY_HOSTS[hostname.toLowerCase()] ?? 'worldwide';
}

/** The admin-center era a cloud shows. */
export function eraForCloud(cloud: Cloud): Era {
  return cloud === 'worldwide' ? '2021' : 'legacy';
}

/**
 * The cloud the page plays: from the host, or, on a development host only (localhost,
 * 127.0.0.1), from the query parameter `?cloud=germany|21vianet|worldwide`.
 */
export function currentCloud(location: Pick<Location, 'hostname' | 'search'>): Cloud {
  const fromHost = cloudForHost(location.hostname);
  const isDevHost = location.hostname === 'localhost' || location.hostname === '127.0.0.1';
  if (!isDevHost) return fromHost;
  const wanted = new URLSearchParams(location.search).get('cloud');
  return wanted === 'germany' || wanted === '21vianet' || wanted === 'worldwide' ? wanted : fromHost;
}
