import type { Platform, Rect } from '@floating-ui/core';

/**
 * Floating UI's platform (its measuring interface, floating-ui.com/docs/platform) for the
 * coach mark, which is `position: fixed` in the overlay's own host (host.ts: fixed, inset 0,
 * no transform), so neither has a containing block other than the viewport:
 *
 * - the target's rect is its `getBoundingClientRect()` (viewport coordinates, what
 *   @floating-ui/dom computes for the fixed strategy when the floating element's offset
 *   parent is the window);
 * - the coach mark's size is its layout box (`offsetWidth`, `offsetHeight`);
 * - the only clipping is the viewport without its scroll bars (`documentElement.clientWidth`
 *   and `clientHeight`, @floating-ui/dom's viewport rect): the host clips nothing.
 *
 * It replaces @floating-ui/dom's general platform, whose offset-parent, scale and
 * clipping-ancestor walks serve floating elements laid out inside the page, not a fixed
 * overlay (about 2 kB of the tour UI's gzip, and a walk up the target's ancestors each placement).
 * Direction comes from the coach mark's computed `direction`, for `flip`'s start/end sides.
 */
export const viewportPlatform: Platform = {
  getElementRects: ({ reference, floating }) => {
    const box = (reference as Element).getBoundingClientRect();
    const card = floating as HTMLElement;
    return {
      reference: { x: box.left, y: box.top, width: box.width, height: box.height },
      floating: { x: 0, y: 0, width: card.offsetWidth, height: card.offsetHeight },
    };
  },
  getDimensions: (element) => ({ width: (element as HTMLElement).offsetWidth, height: (element as HTMLElement).offsetHeight }),
  getClippingRect: ({ element }): Rect => {
    const root = (element as Element).ownerDocument.documentElement;
    return { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight };
  },
  isRTL: (element) => getComputedStyle(element as Element).direction === 'rtl',
};
