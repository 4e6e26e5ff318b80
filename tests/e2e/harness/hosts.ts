import { ADMIN_HOSTS } from '../../../src/portal/clouds';

/** A host that is not the admin center, served by the replica server as a plain page. */
export const OTHER_HOST = 'www.example.com';

/** Hosts the articles link to that the replica also plays (fwlink redirects, the product-key page). */
const LINKED_HOSTS = ['go.microsoft.com', 'support.office.com'];

/**
 * Every host name the browsers under test resolve to the local replica server: each
 * admin-center host (src/portal/clouds.ts) plus one unrelated host.
 */
export const MAPPED_HOSTS: readonly string[] = [...ADMIN_HOSTS.map((entry) => entry.host), ...LINKED_HOSTS, OTHER_HOST];

/**
 * The port the replica listens on. Firefox can map names to 127.0.0.1 but not to another
 * port (pref network.dns.localDomains), so the server takes the real https port, 443;
 * the tests run as root in CI and here. Override with ADMIN_COACH_E2E_PORT.
 */
export const E2E_PORT = Number(process.env.ADMIN_COACH_E2E_PORT ?? 443);

/** `https://<host><path>` on the mapped port (443 needs no port in the URL). */
export function urlOn(host: string, path: string): string {
  const port = E2E_PORT === 443 ? '' : `:${E2E_PORT}`;
  return `https://${host}${port}${path}`;
}
