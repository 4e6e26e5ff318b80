import * as v from 'valibot';
import { LINK_NOTICE_REASONS, LOCALE_MAX_LENGTH, LOCALE_PATTERN, TASK_ID_MAX_LENGTH, TASK_ID_PATTERN } from './formats';
import { MAX_STEP_INDEX } from './step-number';

/** Task ids as the catalog makes them: `<slug>[/<anchor>][/<n>]` (Task.id in ./model.ts); old `<ms.assetid>/…` ids have the same form. */
export const TaskIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(TASK_ID_MAX_LENGTH), v.regex(TASK_ID_PATTERN));

/** A BCP 47 locale as the articles use them (`nl-NL`); loose on purpose, the catalog decides. */
export const LocaleSchema = v.pipe(v.string(), v.maxLength(LOCALE_MAX_LENGTH), v.regex(LOCALE_PATTERN));

/**
 * Why a tour opened from a share link is not exactly what the link asked for; the tour UI
 * shows it once on a card, in the admin's language (docs/architecture.md, "Share link").
 */
export const LinkNoticeSchema = v.object({
  /** i18n key of the reason, e.g. `linkUnknownTask`. */
  reason: v.picklist(LINK_NOTICE_REASONS),
  /** Whether a tour still runs (the nearest sensible thing) or nothing could be started. */
  recovered: v.boolean(),
});
export type LinkNotice = v.InferOutput<typeof LinkNoticeSchema>;

/** A step's 0-based index, as sessions and messages carry it (./step-number.ts). */
export const StepIndexSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_STEP_INDEX));

/**
 * A tour running in one tab, kept by the background in storage.session under `tab:<id>`
 * so it survives route changes, full reloads and the service worker being stopped.
 * `step` is 0-based here; share links and the UI count from 1 (./step-number.ts).
 */
export const TourSessionSchema = v.object({
  taskId: TaskIdSchema,
  locale: LocaleSchema,
  step: StepIndexSchema,
});
export type TourSession = v.InferOutput<typeof TourSessionSchema>;
