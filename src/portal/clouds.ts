/**
 * The clouds of the Microsoft 365 admin center and the host each one is served from.
 *
 * Source: docs/admin-center.md, "Hosts, one per cloud". GCC High and DoD have
 * their own hosts but no DocFX moniker in the articles, so tours use their worldwide variant.
 */

/**
 * Every cloud (sovereign or national instance) of Microsoft 365 the admin center runs in, in
 * the order of docs/admin-center.md, "Hosts, one per cloud". The one list of clouds: the
 * Cloud type, the message schemas and the stored prefs (CloudSchema, ./cloud-schema.ts)
 * derive from it.
 */
export const CLOUDS = ['worldwide', 'germany', '21vianet', 'gcc-high', 'dod'] as const;

/** A cloud of Microsoft 365: one of CLOUDS. */
export type Cloud = (typeof CLOUDS)[number];

/** One admin-center host and the cloud it belongs to. */
export interface AdminHost {
  /** Lower-case host name, e.g. `admin.microsoft.com`. */
  readonly host: string;
  readonly cloud: Cloud;
  /**
   * Whether every path of the host is the admin center (true) or only `/adminportal/…`
   * (false: `portal.office.com/account` is a user page on the same host).
   */
  readonly wholeHost: boolean;
}

/** Every admin-center host, in the order of the table in docs/admin-center.md, "Hosts, one per cloud". */
export const ADMIN_HOSTS: readonly AdminHost[] = [
  { host: 'admin.microsoft.com', cloud: 'worldwide', wholeHost: true },
  { host: 'admin.cloud.microsoft', cloud: 'worldwide', wholeHost: true },
  { host: 'portal.office.com', cloud: 'worldwide', wholeHost: false },
  { host: 'portal.office.de', cloud: 'germany', wholeHost: false },
  { host: 'portal.partner.microsoftonline.cn', cloud: '21vianet', wholeHost: false },
  { host: 'portal.office365.us', cloud: 'gcc-high', wholeHost: false },
  { host: 'portal.apps.mil', cloud: 'dod', wholeHost: false },
];

/**
 * The admin-center host entry for a host name, or undefined when the host is not one.
 * @param hostname a URL's `hostname` (any case; a trailing dot is ignored).
 */
export function adminHostOf(hostname: string): AdminHost | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return ADMIN_HOSTS.find((entry) => entry.host === host);
}

/** The main admin-center host of a cloud: where Start opens a tour on a non-admin tab. */
export function homeHostOf(cloud: Cloud): string {
  const entry = ADMIN_HOSTS.find((candidate) => candidate.cloud === cloud);
  if (!entry) throw new Error(`No admin-center host is known for the cloud "${cloud}"`);
  return entry.host;
}
