/**
 * The target marker (docs/architecture.md, "Target marker"): while a coach mark points at an
 * element, that element carries `data-admin-coach-target="<task-id>:<step>"` (1-based step). It
 * is the only change the extension makes to the page's own DOM.
 */
import { stepNumberOf } from '../../tour/step-number';

/** The attribute that marks the target (see the module comment). */
export const TARGET_ATTRIBUTE = 'data-admin-coach-target';

let marked: Element | null = null;

/** Marks `element` as the target of `step` (0-based) of `taskId`, unmarking any other. */
export function markTarget(element: Element, taskId: string, step: number): void {
  if (marked && marked !== element) marked.removeAttribute(TARGET_ATTRIBUTE);
  element.setAttribute(TARGET_ATTRIBUTE, `${taskId}:${stepNumberOf(step)}`);
  marked = element;
}

/**
 * Removes markers this instance did not set: those of a tour UI that was orphaned when the
 * extension was reloaded (its script stops without cleaning up after itself in Firefox).
 */
export function clearStaleMarkers(): void {
  for (const element of Array.from(document.querySelectorAll(`[${TARGET_ATTRIBUTE}]`))) {
    if (element !== marked) element.removeAttribute(TARGET_ATTRIBUTE);
  }
}

/** Removes the marker from the marked element, if any. */
export function clearTarget(): void {
  marked?.removeAttribute(TARGET_ATTRIBUTE);
  marked = null;
}
