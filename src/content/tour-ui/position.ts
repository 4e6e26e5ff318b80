import { type ComputePositionConfig, computePosition, flip, offset, shift } from '@floating-ui/core';
import { autoUpdate } from '@floating-ui/dom';
import { viewportPlatform } from './viewport-platform';

/** Gap between the target and the coach mark, and the arrow's inset from the corners (px). */
const GAP = 12;
const ARROW_PADDING = 8;
/** The arrow's side (px, styles.ts `.arrow`). */
const ARROW_SIZE = 12;

/**
 * How Floating UI places the coach mark: fixed, below the target (GAP away), flipped above or
 * to a side when it would cross the viewport's edge, shifted to stay 8 px inside it; measured
 * by the viewport platform (viewport-platform.ts).
 */
export const COACH_PLACEMENT: ComputePositionConfig = {
  platform: viewportPlatform,
  strategy: 'fixed',
  placement: 'bottom',
  middleware: [offset(GAP), flip({ fallbackAxisSideDirection: 'start' }), shift({ padding: 8 })],
};

/**
 * Where the arrow sits along the coach mark's edge (px from its start): pointing at the
 * target's centre, kept ARROW_PADDING clear of the corners (what Floating UI's `arrow`
 * middleware computes, without its measuring).
 */
function arrowOffset(targetStart: number, targetSize: number, coachStart: number, coachSize: number): number {
  const centre = targetStart + targetSize / 2 - coachStart - ARROW_SIZE / 2;
  return Math.round(Math.min(Math.max(centre, ARROW_PADDING), coachSize - ARROW_PADDING - ARROW_SIZE));
}

/** Whether `rect` (viewport px) overlaps the viewport. */
function inViewport(rect: DOMRect): boolean {
  return rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth;
}

/**
 * Keeps the coach mark and the spotlight on a target while it is shown (docs/architecture.md,
 * "Choices": Floating UI, fixed strategy across the shadow boundary, autoUpdate only while
 * shown): placed as {@link COACH_PLACEMENT} says, with its arrow pointing at the target.
 * While the target is scrolled out of the viewport the coach mark stays put, the spotlight is
 * `hidden`, and only two observers wait: an IntersectionObserver for the target's return and
 * a MutationObserver for its leaving the page ("Following while the page scrolls" in
 * docs/architecture.md).
 * @param onUpdate called after each placement (the runner checks the target is still there).
 * @returns a function that stops following.
 */
export function followTarget(
  target: Element,
  coach: HTMLElement,
  arrowElement: HTMLElement,
  spotlight: HTMLElement,
  onUpdate: () => void,
): () => void {
  /** The last placement: the target's box then, the coach mark's size, and where it went. */
  let last: { rect: DOMRect; width: number; height: number; x: number; y: number } | null = null;
  /** Stops following by scroll events and waits for the target to come back into view. */
  let awaitReturn = () => {};
  const update = async () => {
    if (!target.isConnected) {
      onUpdate();
      return;
    }
    const rect = target.getBoundingClientRect();
    if (last && !inViewport(rect)) {
      // Scrolled out of view since the last placement: the coach mark stays where it last was,
      // the spotlight hides, and nothing moves or listens per frame (moving layers made
      // Chromium re-layerize the whole page every frame: the benchmark's scroll figure);
      // placed afresh when the target is back.
      if (!spotlight.hidden) spotlight.hidden = true;
      last = null;
      onUpdate();
      awaitReturn();
      return;
    }
    if (spotlight.hidden) spotlight.hidden = false;
    // Moved by transform (compositor only) and sized only when the size changes: scrolling
    // with a coach mark shown must not relayout or repaint the page (the benchmark's per-frame budget).
    spotlight.style.transform = `translate(${rect.left - 4}px, ${rect.top - 4}px)`;
    const spotWidth = `${rect.width + 8}px`;
    const spotHeight = `${rect.height + 8}px`;
    if (spotlight.style.width !== spotWidth) spotlight.style.width = spotWidth;
    if (spotlight.style.height !== spotHeight) spotlight.style.height = spotHeight;
    const width = coach.offsetWidth;
    const height = coach.offsetHeight;
    if (last && rect.width === last.rect.width && rect.height === last.rect.height && width === last.width && height === last.height) {
      // Scrolling moves the target without resizing it or the coach mark: move the coach mark
      // by the same amount while it still fits in the viewport, without Floating UI's full
      // measurement of every clipping ancestor (the benchmark's per-frame budget).
      const x = last.x + rect.left - last.rect.left;
      const y = last.y + rect.top - last.rect.top;
      if (x >= 0 && y >= 0 && x + width <= window.innerWidth && y + height <= window.innerHeight) {
        coach.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        last = { rect, width, height, x, y };
        onUpdate();
        return;
      }
    }
    const { x, y, placement } = await computePosition(target, coach, COACH_PLACEMENT);
    coach.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    last = { rect, width, height, x, y };
    const side = placement.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
    const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
    const vertical = side === 'top' || side === 'bottom';
    const arrowStyle: Record<string, string> = {
      left: vertical ? `${arrowOffset(rect.left, rect.width, x, width)}px` : '',
      top: vertical ? '' : `${arrowOffset(rect.top, rect.height, y, height)}px`,
      right: '',
      bottom: '',
      [opposite]: '-6px',
    };
    // Written only when it changes: while scrolling, the arrow stays where it is on the card.
    for (const [property, value] of Object.entries(arrowStyle)) {
      if (arrowElement.style.getPropertyValue(property) !== value) arrowElement.style.setProperty(property, value);
    }
    onUpdate();
  };
  // Placed by transform from the viewport's corner; a docked card may have left its own position.
  coach.style.left = '0px';
  coach.style.top = '0px';
  // Scroll and resize events can come several times a frame; place once per frame, except
  // the first placement, which is not kept waiting. No `animationFrame` option: the tour UI's
  // build fixes it to false (scripts/tour-ui-bundle.ts).
  let frame = 0;
  let placed = false;
  let stopWatching = () => {};
  const follow = () => {
    placed = false;
    stopWatching = autoUpdate(target, coach, () => {
      if (!placed) {
        placed = true;
        void update();
        return;
      }
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        void update();
      });
    });
  };
  // Out of view, nothing listens to the page's scrolling: an IntersectionObserver waits for
  // the target to come back into view, and a MutationObserver for it to leave the page (the
  // runner then looks for it again).
  awaitReturn = () => {
    stopWatching();
    cancelAnimationFrame(frame);
    frame = 0;
    const observer = new IntersectionObserver((entries) => {
      if (!target.isConnected) onUpdate();
      else if (entries.some((entry) => entry.isIntersecting) && inViewport(target.getBoundingClientRect())) {
        observer.disconnect();
        follow();
      }
    });
    // Neither an IntersectionObserver nor a ResizeObserver says when a target out of view
    // leaves the page (seen in Chromium: a list re-rendered away under a scrolled-off row).
    const removal = new MutationObserver(() => target.isConnected || onUpdate());
    observer.observe(target);
    removal.observe(document, { childList: true, subtree: true });
    stopWatching = () => {
      observer.disconnect();
      removal.disconnect();
    };
  };
  follow();
  return () => {
    cancelAnimationFrame(frame);
    stopWatching();
  };
}
