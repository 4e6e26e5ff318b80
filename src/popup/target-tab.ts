import * as v from 'valibot';

/**
 * Which tab the popup acts on.
 *
 * Normally the popup belongs to the toolbar button and acts on the active tab. It can also
 * be opened as a page of its own, e.g. pinned beside the admin center, or in a full tab for
 * keyboard and screen-reader users who prefer a page to a popup:
 *
 *     chrome-extension://<id>/src/popup/index.html?tab=<tabId>
 *
 * `tab` names the browser tab to act on (a non-negative integer, the id `tabs.query`
 * reports). Without it the popup page acts on the active tab of the last focused window.
 */

/** What `?tab=` says: no parameter, a tab id, or a value that is not a tab id. */
export type TabParam = { readonly kind: 'none' } | { readonly kind: 'tab'; readonly tabId: number } | { readonly kind: 'invalid' };

const TabIdParam = v.pipe(
  v.string(),
  v.regex(/^(0|[1-9][0-9]{0,9})$/),
  v.transform(Number),
  v.number(),
  v.maxValue(Number.MAX_SAFE_INTEGER),
);

/**
 * Reads `?tab=` from a query string (`location.search`). A repeated parameter, an empty
 * value, a sign, a fraction or anything but decimal digits is `invalid`. Never throws.
 */
export function readTabParam(search: string): TabParam {
  const values = new URLSearchParams(search).getAll('tab');
  if (values.length === 0) return { kind: 'none' };
  if (values.length > 1) return { kind: 'invalid' };
  const parsed = v.safeParse(TabIdParam, values[0]);
  return parsed.success ? { kind: 'tab', tabId: parsed.output } : { kind: 'invalid' };
}
