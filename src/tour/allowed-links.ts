import { ADMIN_HOSTS } from '../portal/clouds';

/**
 * Hosts a link in a step may open (least privilege: an article's link must not lead the
 * admin to an arbitrary site): Microsoft's docs, support and link-redirect
 * hosts, and the admin-center hosts. Anything else is shown as plain text, not a link.
 */
const ALLOWED_HOSTS: ReadonlySet<string> = new Set([
  'learn.microsoft.com',
  'docs.microsoft.com',
  'support.microsoft.com',
  'go.microsoft.com',
  'www.microsoft.com',
  'account.microsoft.com',
  'support.office.com',
  ...ADMIN_HOSTS.map((entry) => entry.host),
]);

/**
 * Whether a step may link to `href`: an absolute https URL on an allowed host, with no
 * credentials. Never throws.
 */
export function isAllowedLink(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && ALLOWED_HOSTS.has(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}
