/**
 * When a page is ready to be checked: parsed (`document.readyState` past `loading`), with a
 * body that shows something, nothing marked `aria-busy="true"` (Fluent UI's shimmered lists
 * while they load), and no DOM change for QUIET_MS (the admin center is a single-page app that
 * keeps drawing after `load`). Used by the "Check this tour" checker, which reads the page once
 * instead of watching it as the tour does.
 */

/** How long the page must stay unchanged to count as drawn (ms). */
export const QUIET_MS = 400;

/** How long to wait for a page to become ready before saying it is not (ms). */
export const READY_TIMEOUT_MS = 6000;

/** Whether the document is loaded and not busy now (the quiet period aside). */
function loadedAndIdle(doc: Document): boolean {
  return doc.readyState !== 'loading' && (doc.body?.childElementCount ?? 0) > 0 && doc.querySelector('[aria-busy="true"]') === null;
}

/**
 * Waits until `doc` is loaded, idle and quiet (see the module note), at most `timeoutMs`.
 * A page that is loaded and idle but never quiet (a ticking clock) counts as ready at the
 * deadline.
 * @returns true when ready, false when still loading or busy at the deadline. Never throws.
 */
export function waitForSettledPage(doc: Document, timeoutMs = READY_TIMEOUT_MS, quietMs = QUIET_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const view: Window = doc.defaultView ?? window;
    let quietTimer = 0;
    const finish = (ready: boolean) => {
      observer.disconnect();
      view.clearTimeout(quietTimer);
      view.clearTimeout(deadline);
      resolve(ready);
    };
    const restartQuiet = () => {
      view.clearTimeout(quietTimer);
      quietTimer = view.setTimeout(() => {
        if (loadedAndIdle(doc)) finish(true);
        else restartQuiet();
      }, quietMs);
    };
    const observer = new MutationObserver(restartQuiet);
    observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
    const deadline = view.setTimeout(() => finish(loadedAndIdle(doc)), timeoutMs);
    restartQuiet();
  });
}
