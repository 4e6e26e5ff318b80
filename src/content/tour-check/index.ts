/**
 * The checker of the popup's "Check this tour" (docs/finding-targets.md, "Guide health"): a small
 * bundle (`tour-check.js`, scripts/tour-check-bundle.ts) the background injects with
 * scripting.executeScript into an admin-center tab's top frame, in the extension's isolated
 * world, only when the admin asks for a check. It puts one function in that world's global
 * scope under `Symbol.for(TOUR_CHECKER_KEY)`; the background then calls it (a second
 * executeScript) with the task's steps and gets the report back as the call's result.
 *
 * It reads the page and changes nothing: no click, no focus, no marker, no coach mark. It runs
 * the resolver as the tour's runner does (src/content/resolver/health.ts), with each step
 * worded in the page's language as the runner words it (../tour-ui/page-language.ts), and
 * leaves out the tour UI's own overlay when a tour runs. It bundles its own copy of the
 * resolver, so a running tour's state (its page index, its revealers) is not touched.
 */
import * as v from 'valibot';
import type { CheckerResult } from '../../messaging/tour-check';
import { TOUR_CHECKER_KEY } from '../../messaging/tour-check';
import { routeOf } from '../../portal/routes';
import { StepSchema } from '../../tour/catalog-schema';
import { LocaleSchema } from '../../tour/session';
import { checkTour } from '../resolver/health';
import { dropPageIndex } from '../resolver/page-index';
import { OVERLAY_TAG } from '../tour-ui/host';
import { labelsByLocale, pageLanguageOf, stepForPage } from '../tour-ui/page-language';
import { waitForSettledPage } from './settled-page';

/** What the background sends: the task's steps for the tab's cloud, and the tour's locale. */
const CheckRequest = v.object({ steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(999)), locale: LocaleSchema });

/**
 * Checks the tour on this page once it has settled.
 * @param json `{ steps, locale }` (the catalog's Step objects and a BCP 47 locale) as JSON text:
 *   Chrome drops the `null` members of objects passed as executeScript `args` (a step's
 *   `route: null`), so the request travels as a string.
 * @returns the report, or `pageNotReady` when the page is still loading after the wait.
 * @throws TypeError naming the input when it is not a check request (the background then reports a failed check).
 */
async function checkThisPage(json: unknown): Promise<CheckerResult> {
  if (typeof json !== 'string') throw new TypeError('tour check request: expected JSON text');
  const parsed = v.safeParse(CheckRequest, JSON.parse(json));
  if (!parsed.success) throw new TypeError(`tour check request: ${v.summarize(parsed.issues)}`);
  const { steps, locale } = parsed.output;
  if (!(await waitForSettledPage(document))) return { ok: false, error: 'pageNotReady' };
  const language = pageLanguageOf(document, labelsByLocale(steps, locale));
  const worded = steps.map((step) => stepForPage(step, locale, language).step);
  const overlays = Array.from(document.querySelectorAll(OVERLAY_TAG));
  try {
    return { ok: true, steps: checkTour(worded, document, routeOf(new URL(location.href)), overlays) };
  } finally {
    // What the resolver indexed of the page goes now, not after its idle timer.
    dropPageIndex(document);
  }
}

(globalThis as Record<symbol, unknown>)[Symbol.for(TOUR_CHECKER_KEY)] = checkThisPage;
