import { routeOfFwlink } from '../portal/fwlinks';
import { detectAdminPage } from '../portal/page';

/** Where an article's relative links are resolved from. */
export interface DocsLocation {
  /** BCP 47 locale of the article, lower-cased in the URL (`nl-nl`). */
  readonly locale: string;
  /** The article's own docs URL, e.g. `https://learn.microsoft.com/nl-nl/microsoft-365/commerce/subscriptions/reactivate-your-subscription`. */
  readonly articleUrl: string;
}

/** The docs site every relative link points into. */
export const DOCS_ORIGIN = 'https://learn.microsoft.com';

/**
 * Folder of the docs site the seed articles live in. Both seed articles are billing
 * articles in `microsoft-365/commerce/subscriptions/` (their cross-links say so:
 * `docs.microsoft.com/microsoft-365/commerce/subscriptions/reactivate-your-subscription`),
 * and their `../../admin/…` and `../../media/…` links then land in `microsoft-365/`.
 */
export const DEFAULT_DOCS_FOLDER = 'microsoft-365/commerce/subscriptions/';

/**
 * The docs URL of an article: `https://learn.microsoft.com/<locale lower-case>/<folder><slug>`.
 * `folder` must end with `/`. Used as the base of the article's relative links.
 */
export function docsLocationOf(locale: string, slug: string, folder = DEFAULT_DOCS_FOLDER): DocsLocation {
  const lower = locale.toLowerCase();
  return { locale: lower, articleUrl: `${DOCS_ORIGIN}/${lower}/${folder}${slug}` };
}

/** A link target ready for the overlay: an absolute https URL and its admin route, if any. */
export interface ResolvedLink {
  readonly href: string;
  readonly route: string | null;
}

/**
 * Resolves a link as written in an article.
 * - `https://…` stays; `http://…` and `//…` become https (the overlay only opens https).
 * - relative links (`../../admin/x.md`, `renew.md#anchor`, `#anchor`) resolve against the
 *   article's docs URL; root-relative ones (`/microsoft-365/…`) against the locale's root;
 *   a trailing `.md` is dropped, as the docs site serves pages without it.
 * - fwlinks and admin-center URLs get their route, by the rules of src/portal/ (fwlinks.ts,
 *   page.ts: hosts, clouds, `/adminportal` paths, 21Vianet's `?ref=`), written once there.
 * Returns null for anything else (`mailto:`, `javascript:`, malformed URLs): the caller keeps
 * the link text as plain text. Never throws.
 */
export function resolveLink(raw: string, where: DocsLocation): ResolvedLink | null {
  const url = raw.trim();
  if (url === '') return null;
  let absolute: URL;
  try {
    if (/^https?:\/\//i.test(url)) absolute = new URL(url);
    else if (url.startsWith('//')) absolute = new URL(`https:${url}`);
    else if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
    else if (url.startsWith('/')) absolute = new URL(url.slice(1), `${DOCS_ORIGIN}/${where.locale}/`);
    else absolute = new URL(url, where.articleUrl);
  } catch {
    return null;
  }
  if (absolute.protocol === 'http:') absolute.protocol = 'https:';
  if (absolute.protocol !== 'https:' || absolute.hostname === '') return null;
  if (absolute.hostname === 'learn.microsoft.com' && absolute.pathname.endsWith('.md')) {
    absolute.pathname = absolute.pathname.slice(0, -3);
  }
  const href = absolute.href;
  return { href, route: routeOfFwlink(href) ?? detectAdminPage(absolute)?.route ?? null };
}
