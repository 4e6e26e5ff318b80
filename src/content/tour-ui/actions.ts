/** What a button of the overlay does; each button carries one as `data-action`. */
export type OverlayAction = 'next' | 'back' | 'close' | 'done' | 'share' | 'dismiss';

const ACTIONS: ReadonlySet<string> = new Set<OverlayAction>(['next', 'back', 'close', 'done', 'share', 'dismiss']);

/**
 * Routes clicks on the overlay's buttons from a capture listener on `window`, before the
 * page sees them. Fluent's modal dialogs and panes trap clicks outside themselves with a
 * capture listener on `document` that stops them (FocusTrapZone, `isClickableOutsideFocusTrap`
 * false), which would leave the coach mark dead while a dialog is open; `window` capture
 * runs first. Clicks inside the overlay go no further into the page; a link keeps its
 * default action (it opens in a new tab).
 * @param host the overlay's shadow host.
 * @param run called with the clicked button's action.
 * @returns a function that stops listening.
 */
export function routeOverlayClicks(host: Element, run: (action: OverlayAction) => void): () => void {
  const onClick = (event: MouseEvent) => {
    const path = event.composedPath();
    if (!path.includes(host)) return;
    event.stopPropagation();
    const button = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.action !== undefined);
    const action = button?.dataset.action;
    if (!button || !action || !ACTIONS.has(action) || button.getAttribute('aria-disabled') === 'true') return;
    event.preventDefault();
    run(action as OverlayAction);
  };
  window.addEventListener('click', onClick, true);
  return () => window.removeEventListener('click', onClick, true);
}
