import { arrow, autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Gap between the target and the coach mark, and the arrow's inset from the corners (px). */
const GAP = 12;
const ARROW_PADDING = 8;

/**
 * Keeps the coach mark and the spotlight on a target while it is shown (DESIGN.md:
 * Floating UI, fixed strategy across the shadow boundary, autoUpdate only while shown):
 * placed below the target, flipped above or to a side when there is no room, shifted to
 * stay in the viewport, with its arrow pointing at the target.
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
  const update = async () => {
    if (!target.isConnected) {
      onUpdate();
      return;
    }
    const rect = target.getBoundingClientRect();
    Object.assign(spotlight.style, {
      top: `${rect.top - 4}px`,
      left: `${rect.left - 4}px`,
      width: `${rect.width + 8}px`,
      height: `${rect.height + 8}px`,
    });
    const { x, y, placement, middlewareData } = await computePosition(target, coach, {
      strategy: 'fixed',
      placement: 'bottom',
      middleware: [offset(GAP), flip({ fallbackAxisSideDirection: 'start' }), shift({ padding: 8 }), arrow({ element: arrowElement, padding: ARROW_PADDING })],
    });
    coach.style.left = `${x}px`;
    coach.style.top = `${y}px`;
    const side = placement.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
    const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
    const { x: arrowX, y: arrowY } = middlewareData.arrow ?? {};
    Object.assign(arrowElement.style, {
      left: arrowX == null ? '' : `${arrowX}px`,
      top: arrowY == null ? '' : `${arrowY}px`,
      right: '',
      bottom: '',
      [opposite]: '-6px',
    });
    onUpdate();
  };
  return autoUpdate(target, coach, () => void update());
}
