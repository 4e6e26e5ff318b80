/**
 * The share link's parameter names and the two URL chores the static content script
 * needs, kept apart from the codec (share-link.ts) so that script stays tiny.
 * Contract: docs/architecture.md, "Share link".
 */

/** The query parameters of a share link. */
export const SHARE_PARAMS = { tour: 'ac-tour', lang: 'ac-lang', step: 'ac-step' } as const;

/** The names of {@link SHARE_PARAMS}; a function, so a bundle that never asks (the tour UI) carries nothing of it. */
export function shareParamNames(): readonly string[] {
  return Object.values(SHARE_PARAMS);
}

/**
 * The URL globs of the static content script (manifest.json `include_globs`; a unit test
 * compares them): the browser injects it only into admin pages whose address names a share
 * parameter somewhere, so an ordinary admin page gets no content script of ours at all, and
 * no isolated world (the benchmark's idle figure). A glob's `*` is any text and it sees the
 * whole URL (Chrome docs, "Content scripts", `include_globs`; MDN, manifest.json
 * `content_scripts`), so these are wider than the parameters themselves (a fragment or a
 * value holding `ac-tour` also matches); rawShareParams then decides. A name written with
 * percent escapes (`ac%2Dtour`) is not matched, and not a link the extension makes
 * (share-link.ts).
 */
export function shareParamGlobs(): string[] {
  return shareParamNames().map((name) => `*${name}*`);
}

/**
 * Longest value of one share parameter that can be genuine: a task id is at most 200
 * characters, a locale 35, a step 3. Anything longer is refused as too long (share-link.ts).
 * The one length limit of a share link: the content script, the message to the background
 * and the codec all go by it.
 */
export const MAX_SHARE_PARAM_LENGTH = 256;

/** Longest raw value the content script hands over: one character more than can be genuine, to tell "too long". */
export const MAX_RAW_SHARE_PARAM_LENGTH = MAX_SHARE_PARAM_LENGTH + 1;

/**
 * The raw share parameters of a URL (null where absent), or null when it has none.
 * A value longer than MAX_SHARE_PARAM_LENGTH is cut to MAX_RAW_SHARE_PARAM_LENGTH: enough
 * for the background to tell the link is too long, and small enough that the message to the
 * background stays within its schema (a hostile URL of megabytes would otherwise be dropped
 * unseen instead of being answered with "too long").
 */
export function rawShareParams(url: URL): { tour: string | null; lang: string | null; step: string | null } | null {
  const { searchParams } = url;
  if (!shareParamNames().some((name) => searchParams.has(name))) return null;
  const capped = (name: string) => searchParams.get(name)?.slice(0, MAX_RAW_SHARE_PARAM_LENGTH) ?? null;
  return { tour: capped(SHARE_PARAMS.tour), lang: capped(SHARE_PARAMS.lang), step: capped(SHARE_PARAMS.step) };
}

/**
 * The URL with the share parameters removed and everything else as it was, byte for byte,
 * for history.replaceState once the link has been handed to the background.
 *
 * Works on the query's text rather than through URLSearchParams, which would re-encode the
 * parameters it keeps (`%20` → `+`, `?flag` → `?flag=`) and leave a bare `?`. A piece is a
 * share parameter when its name, decoded as URLSearchParams decodes it, is one of
 * SHARE_PARAMS, so exactly what rawShareParams read is removed.
 */
export function withoutShareParams(url: URL): string {
  // In a serialised URL the first "#" starts the fragment and the first "?" before it the
  // query (neither can occur raw earlier), so the text around the query is kept as it is.
  const { href } = url;
  const hashAt = href.includes('#') ? href.indexOf('#') : href.length;
  const queryAt = href.indexOf('?');
  if (queryAt < 0 || queryAt > hashAt) return href;
  const names = shareParamNames();
  const pieces = href.slice(queryAt + 1, hashAt).split('&');
  const kept = pieces.filter((piece) => {
    const name = new URLSearchParams(piece).keys().next().value;
    return name === undefined || !names.includes(name);
  });
  if (kept.length === pieces.length) return href;
  const query = kept.length > 0 && kept.join('&') !== '' ? `?${kept.join('&')}` : '';
  return `${href.slice(0, queryAt)}${query}${href.slice(hashAt)}`;
}
