import { ADMIN_HOSTS } from './clouds';

/**
 * The casings of the admin center's path on the hosts it shares with other pages
 * (`portal.office.com/Adminportal/…`). detectAdminPage (./page.ts) accepts any casing, but a
 * match pattern's path is matched case-sensitively (Chrome docs, "Match patterns"; MDN,
 * "Match patterns"), so a content script can only be given the casings the admin center and
 * its links use (docs/admin-center.md, "Hosts, one per cloud").
 */
export const ADMIN_PORTAL_PATHS = ['adminportal', 'Adminportal', 'AdminPortal'] as const;

/**
 * The match patterns of the admin-center pages, for the content scripts: every path of a
 * whole-host admin host (`https://admin.microsoft.com/*`), `/adminportal/…` in the casings of
 * ADMIN_PORTAL_PATHS on the others, https only, in the order of ADMIN_HOSTS. The static
 * content script in manifest.json lists exactly these (a unit test compares them), and the
 * background registers the resume script with them (src/background/resume-script.ts).
 * @returns a new array of strings such as `https://portal.office.de/Adminportal/*`.
 */
export function adminPageMatchPatterns(): string[] {
  return ADMIN_HOSTS.flatMap(({ host, wholeHost }) => (wholeHost ? [`https://${host}/*`] : ADMIN_PORTAL_PATHS.map((path) => `https://${host}/${path}/*`)));
}
