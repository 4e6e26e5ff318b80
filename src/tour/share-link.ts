import * as v from 'valibot';
import { LocaleSchema, TaskIdSchema } from './session';
import { MAX_SHARE_PARAM_LENGTH, rawShareParams, SHARE_PARAMS, shareParamNames } from './share-params';
import { STEP_NUMBER_PATTERN, stepIndexOf, stepNumberOf } from './step-number';

/**
 * The share link (docs/architecture.md, "Share link"): an admin-center URL with `ac-tour` (task id),
 * `ac-lang` (BCP 47 locale) and `ac-step` (the step's number, from 1), e.g.
 * `https://admin.microsoft.com/Adminportal/Home?ac-tour=<id>&ac-lang=nl-NL&ac-step=2#/subscriptions`.
 * Links come from outside: every field is checked, nothing in them is ever executed.
 * The codec is where a link's step number becomes the step's index and back (./step-number.ts).
 */

/** A decoded, well-formed share request: it may still name a task or language we lack. */
export interface ShareRequest {
  readonly taskId: string;
  readonly locale: string;
  /** The step's 0-based index (the link's `ac-step` less one). */
  readonly stepIndex: number;
}

/** Why a link cannot be read at all (i18n keys of the message the admin sees). */
export type ShareLinkProblem = 'linkMalformed' | 'linkTooLong';

/** The outcome of reading a URL: no share parameters, a request, or a clear refusal. */
export type ShareLinkReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'request'; readonly request: ShareRequest }
  | { readonly kind: 'invalid'; readonly problem: ShareLinkProblem };

/** `ac-step` (a step number) read as the step's index. */
const StepParam = v.pipe(v.string(), v.regex(STEP_NUMBER_PATTERN), v.transform((text) => stepIndexOf(Number(text))));
const RequestSchema = v.object({ taskId: TaskIdSchema, locale: LocaleSchema, stepIndex: StepParam });

/**
 * Reads the share parameters out of raw values (as the content script found them, see
 * rawShareParams). A value longer than MAX_SHARE_PARAM_LENGTH makes the link `linkTooLong`;
 * a missing `ac-step` means step 1; a missing `ac-tour` or `ac-lang`, or any value that is
 * not of its form, makes the link `linkMalformed`. Never throws.
 */
export function readShareParams(tour: string | null, lang: string | null, step: string | null): ShareLinkReading {
  if (tour === null && lang === null && step === null) return { kind: 'none' };
  if ([tour, lang, step].some((value) => (value?.length ?? 0) > MAX_SHARE_PARAM_LENGTH)) return { kind: 'invalid', problem: 'linkTooLong' };
  const parsed = v.safeParse(RequestSchema, { taskId: tour, locale: lang, stepIndex: step ?? '1' });
  return parsed.success ? { kind: 'request', request: parsed.output } : { kind: 'invalid', problem: 'linkMalformed' };
}

/**
 * Reads a share link from a whole URL (string), as the content script and the background
 * together read the page's address (rawShareParams, then readShareParams). A URL that does
 * not parse has no share link; one that repeats a share parameter is invalid. Never throws.
 */
export function readShareLink(url: string): ShareLinkReading {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'none' };
  }
  if (shareParamNames().some((name) => parsed.searchParams.getAll(name).length > 1)) return { kind: 'invalid', problem: 'linkMalformed' };
  const raw = rawShareParams(parsed);
  return raw ? readShareParams(raw.tour, raw.lang, raw.step) : { kind: 'none' };
}

/**
 * The share link for a request on an admin-center page.
 * @param page the admin-center URL the link opens (host and path of the sender's page);
 *   its own `ac-*` parameters are replaced, other parameters kept.
 * @param route the route where the step happens (`#/subscriptions`), else the page's own.
 * @throws TypeError when `page` is not an absolute URL.
 */
export function encodeShareLink(request: ShareRequest, page: string, route: string | null): string {
  const url = new URL(page);
  url.searchParams.set(SHARE_PARAMS.tour, request.taskId);
  url.searchParams.set(SHARE_PARAMS.lang, request.locale);
  url.searchParams.set(SHARE_PARAMS.step, String(stepNumberOf(request.stepIndex)));
  if (route) url.hash = route;
  return url.toString();
}
