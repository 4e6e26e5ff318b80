import { DIALOG_SELECTOR, MODAL_SELECTOR } from '../resolver/roles';

/** Margin between a docked card and the viewport's edges (px). */
const MARGIN = 16;

/** The page's open dialogs and panes: what a card must not cover (the admin works there). */
const LAYER_SELECTOR = `${DIALOG_SELECTOR},${MODAL_SELECTOR}`;

/**
 * Where a card without a target may sit, in order of preference: bottom centre, the two
 * bottom corners, top centre, the sides, the top corners. The bottom keeps it clear of the
 * page's centred dialogs and side panes, where the admin has to do what a step leaves to them.
 * Each spot is [x, y] as fractions of the room the card has inside the margins: 0 at the
 * left or top margin, 1 at the right or bottom one, 0.5 centred.
 */
const SPOTS: readonly (readonly [number, number])[] = [
  [0.5, 1],
  [0, 1],
  [1, 1],
  [0.5, 0],
  [1, 0.5],
  [0, 0.5],
  [1, 0],
  [0, 0],
];

const overlap = (a: DOMRect, left: number, top: number, width: number, height: number) =>
  Math.max(0, Math.min(a.right, left + width) - Math.max(a.left, left)) * Math.max(0, Math.min(a.bottom, top + height) - Math.max(a.top, top));

/**
 * Places a card that points at nothing (an untargeted step, a target not found, the end of
 * the tour) where it covers the least of the page's open dialogs and panes: the first spot
 * of SPOTS that covers none, else the one covering least. Sets `left`/`top` (fixed, px).
 * @param card the card element (already rendered, so its size is known).
 * @param overlayHost our own host, whose dialogs do not count.
 */
export function dockCard(card: HTMLElement, overlayHost: Element): void {
  const size = card.getBoundingClientRect();
  const view = { width: window.innerWidth, height: window.innerHeight };
  const layers = Array.from(document.querySelectorAll(LAYER_SELECTOR))
    .filter((layer) => !overlayHost.contains(layer))
    .flatMap((layer) => visibleBoxes(layer, view, 4));
  let best = { left: 0, top: 0, covered: Number.POSITIVE_INFINITY };
  for (const [x, y] of SPOTS) {
    const left = MARGIN + x * (view.width - size.width - 2 * MARGIN);
    const top = MARGIN + y * (view.height - size.height - 2 * MARGIN);
    const covered = layers.reduce((sum, rect) => sum + overlap(rect, left, top, size.width, size.height), 0);
    if (covered < best.covered) best = { left, top, covered };
    if (covered === 0) break;
  }
  card.style.transform = '';
  card.style.left = `${Math.max(MARGIN, best.left)}px`;
  card.style.top = `${Math.max(MARGIN, best.top)}px`;
}

/**
 * The boxes a layer really paints. Fluent's modal roots measure 0 px high or cover the whole
 * viewport (a transparent overlay), with the dialog itself further down: such an element
 * stands for its children, looked at down to `depth` levels.
 */
function visibleBoxes(element: Element, view: { width: number; height: number }, depth: number): DOMRect[] {
  const rect = element.getBoundingClientRect();
  const empty = rect.width === 0 || rect.height === 0;
  const covering = rect.width * rect.height > 0.9 * view.width * view.height;
  if (!empty && !covering) return [rect];
  if (depth === 0) return [];
  return Array.from(element.children).flatMap((child) => visibleBoxes(child, view, depth - 1));
}

/**
 * Keeps a docked card clear of dialogs the page opens later: re-docks when a layer is added
 * to or removed from `<body>` (where Fluent renders dialogs and panes; only body's own
 * children are watched, not its subtree), after clicks and key presses in the page (dialogs
 * inside the app), and on resize.
 * @returns a function that stops.
 */
export function keepDocked(card: HTMLElement, overlayHost: Element): () => void {
  let timer = 0;
  const later = () => {
    window.clearTimeout(timer);
    // Fluent opens its layers a little after the event; look once they are there.
    timer = window.setTimeout(() => dockCard(card, overlayHost), 300);
  };
  let frame = 0;
  const soon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => dockCard(card, overlayHost));
  };
  dockCard(card, overlayHost);
  // A layer added to <body> is docked away from at the next frame, before the admin can reach
  // for it; clicks and keys may open dialogs later, so those look again after a while.
  const layers = new MutationObserver(() => {
    soon();
    later();
  });
  layers.observe(document.body, { childList: true });
  document.addEventListener('click', later, true);
  document.addEventListener('keyup', later, true);
  window.addEventListener('resize', later);
  return () => {
    window.clearTimeout(timer);
    cancelAnimationFrame(frame);
    layers.disconnect();
    document.removeEventListener('click', later, true);
    document.removeEventListener('keyup', later, true);
    window.removeEventListener('resize', later);
  };
}
