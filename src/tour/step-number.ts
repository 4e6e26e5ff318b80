/**
 * How a step is counted (docs/architecture.md, "Messages", after the table): inside the
 * extension by its 0-based index into the view's steps (sessions, messages, the runner); at
 * the edges a person sees (the share link's `ac-step`, the target marker, "Step 2 of 4") by
 * its 1-based number.
 * The two meet only here, so a step crosses from one count to the other in one place.
 *
 * No schema library: the tour UI uses it too (src/messaging/tour-ui-payload.ts says why).
 */

/**
 * Most steps a tour may have, and so the largest step number (three digits in a share link)
 * and the largest index a session, a message or a link may carry ({@link MAX_STEP_INDEX}).
 * A procedure has a dozen steps at most; the bound only keeps outside input small.
 */
export const MAX_STEPS = 999;

/** Largest 0-based step index accepted anywhere (the last of {@link MAX_STEPS} steps). */
export const MAX_STEP_INDEX = MAX_STEPS - 1;

/** A share link's `ac-step` as it may be written: a step number without a leading zero, at most as many digits as MAX_STEPS. */
export const STEP_NUMBER_PATTERN = new RegExp(`^[1-9][0-9]{0,${String(MAX_STEPS).length - 1}}$`);

/** The 1-based number people see for a 0-based step index (`0` → `1`). */
export function stepNumberOf(index: number): number {
  return index + 1;
}

/** The 0-based step index of a 1-based step number (`1` → `0`). */
export function stepIndexOf(stepNumber: number): number {
  return stepNumber - 1;
}

/**
 * `index` brought within a tour of `stepCount` steps: past the last step means the last one
 * (a session kept while the catalog's variant got shorter, a view of another cloud).
 * @param stepCount at least 1.
 */
export function clampedStepIndex(index: number, stepCount: number): number {
  return Math.min(index, stepCount - 1);
}
