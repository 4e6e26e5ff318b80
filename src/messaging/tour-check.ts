import * as v from 'valibot';
import { LocaleSchema, TaskIdSchema } from '../tour/session';

/**
 * The popup's "Check this tour" (docs/finding-targets.md, "Guide health"): the popup asks the
 * background to check a task on an admin tab; the background injects the checker
 * (src/content/tour-check/index.ts) into that tab, which runs the resolver over every step
 * without marking, clicking or changing anything, and replies with one {@link CheckedStep}
 * per step. Both directions are validated with these schemas: the background parses what the
 * checker returns, the popup parses what the background replies.
 */

/** Longest accessible name or route kept in a report (characters); a longer one is cut, never refused. */
const TEXT_MAX = 300;
const ReportedText = v.pipe(
  v.string(),
  v.transform((text) => text.slice(0, TEXT_MAX)),
);

/** The popup asks to check a task (in a locale) on the admin page shown in a tab. */
export const TourCheck = v.object({
  type: v.literal('tourCheck'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  taskId: TaskIdSchema,
  locale: LocaleSchema,
});
export type TourCheck = v.InferOutput<typeof TourCheck>;

/** An element as an admin sees it: its ARIA role (null when it has none) and accessible name. */
export const CheckedElementSchema = v.object({ role: v.nullable(ReportedText), name: ReportedText });

/**
 * What one step would do on the page as it is (src/content/resolver/health.ts StepHealth):
 * - `found`: the coach mark would point at `target`; `reveals`: it is a control that reveals
 *   the real target first (an overflow "…" menu, a collapsed navigation group);
 * - `elsewhere`: the step happens on the page at `route`; `way` is what the coach mark would
 *   point at to go there (a navigation link or group), null when no way is on this page;
 * - `untargeted`: the step names no element (a card);
 * - `satisfied`: the page is already where the step leads (its route is shown);
 * - `not-found`: nothing on this page answers the step; `label` is the first label sought.
 */
export const CheckedStepSchema = v.variant('kind', [
  v.object({ kind: v.literal('found'), target: CheckedElementSchema, reveals: v.boolean() }),
  v.object({ kind: v.literal('elsewhere'), route: ReportedText, way: v.nullable(CheckedElementSchema) }),
  v.object({ kind: v.literal('untargeted') }),
  v.object({ kind: v.literal('satisfied') }),
  v.object({ kind: v.literal('not-found'), label: v.nullable(ReportedText) }),
]);
export type CheckedStep = v.InferOutput<typeof CheckedStepSchema>;

/** Most steps a report may hold (the catalog's longest task has far fewer). */
const MAX_STEPS = 999;

/**
 * What the checker returns to the background: the report, or why it could not check
 * (`pageNotReady`: the page is still loading, or has drawn nothing to check yet).
 */
export const CheckerResult = v.variant('ok', [
  v.object({ ok: v.literal(true), steps: v.pipe(v.array(CheckedStepSchema), v.maxLength(MAX_STEPS)) }),
  v.object({ ok: v.literal(false), error: v.literal('pageNotReady') }),
]);
export type CheckerResult = v.InferOutput<typeof CheckerResult>;

/**
 * Why a check could not run, as i18n keys of the popup: the tab is not an admin-center page,
 * the page is not ready, the task is unknown or not offered, or the checker failed (the tab
 * was closed or navigated away meanwhile).
 */
export const TourCheckError = v.picklist(['errorNotAdminTab', 'errorPageNotReady', 'errorUnknownTask', 'errorTaskNotAllowed', 'errorCheckFailed']);
export type TourCheckError = v.InferOutput<typeof TourCheckError>;

/** The background's reply to {@link TourCheck}: one entry per step of the task's variant for the tab's cloud, or an error. */
export const TourCheckReply = v.variant('ok', [
  v.object({ ok: v.literal(true), steps: v.pipe(v.array(CheckedStepSchema), v.maxLength(MAX_STEPS)) }),
  v.object({ ok: v.literal(false), error: TourCheckError }),
]);
export type TourCheckReply = v.InferOutput<typeof TourCheckReply>;

/** The global slot (in the extension's isolated world of the tab) where the checker puts its entry point. */
export const TOUR_CHECKER_KEY = 'admin-coach.tour-check';
