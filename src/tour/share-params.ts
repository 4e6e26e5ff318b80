/**
 * The share link's parameter names and the two URL chores the always-injected content
 * script needs, kept apart from the codec (share-link.ts) so that script stays tiny.
 * Contract: ../shared/DESIGN.md, "Share link".
 */

/** The query parameters of a share link. */
export const SHARE_PARAMS = { tour: 'ac-tour', lang: 'ac-lang', step: 'ac-step' } as const;

/** The raw share parameters of a URL (null where absent), or null when it has none. */
export function rawShareParams(url: URL): { tour: string | null; lang: string | null; step: string | null } | null {
  const { searchParams } = url;
  if (!Object.values(SHARE_PARAMS).some((name) => searchParams.has(name))) return null;
  return {
    tour: searchParams.get(SHARE_PARAMS.tour),
    lang: searchParams.get(SHARE_PARAMS.lang),
    step: searchParams.get(SHARE_PARAMS.step),
  };
}

/**
 * The URL with the share parameters removed and everything else as it was, for
 * history.replaceState once the link has been handed to the background.
 */
export function withoutShareParams(url: URL): string {
  const copy = new URL(url.href);
  for (const name of Object.values(SHARE_PARAMS)) copy.searchParams.delete(name);
  // URLSearchParams leaves a bare "?" behind when the last parameter goes.
  return copy.href.replace('?#', '#').replace(/\?$/, '');
}
