// @vitest-environment happy-dom
import { computePosition } from '@floating-ui/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COACH_PLACEMENT } from './position';

/**
 * Where Floating UI puts the coach mark with the viewport platform (position.ts,
 * COACH_PLACEMENT): below the target, above it when there is no room below, beside it when
 * centring it below would cross the viewport's edge (its size without scroll bars). happy-dom lays nothing out, so the boxes are given.
 */
const VIEWPORT = { width: 1000, height: 700 };
const CARD = { width: 300, height: 150 };

function box(element: Element, x: number, y: number, width: number, height: number): void {
  element.getBoundingClientRect = () => ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) }) as DOMRect;
}

const place = (target: Element, card: HTMLElement) => computePosition(target, card, COACH_PLACEMENT);

describe('the viewport platform', () => {
  let target: HTMLElement;
  let card: HTMLElement;

  beforeEach(() => {
    const root = document.documentElement;
    Object.defineProperty(root, 'clientWidth', { configurable: true, value: VIEWPORT.width });
    Object.defineProperty(root, 'clientHeight', { configurable: true, value: VIEWPORT.height });
    target = document.createElement('button');
    card = document.createElement('div');
    Object.defineProperty(card, 'offsetWidth', { value: CARD.width });
    Object.defineProperty(card, 'offsetHeight', { value: CARD.height });
    document.body.append(target, card);
  });
  afterEach(() => document.body.replaceChildren());

  it('puts the card 12 px below the target, centred on it', async () => {
    box(target, 400, 100, 80, 30);
    expect(await place(target, card)).toMatchObject({ placement: 'bottom', x: 400 + 40 - CARD.width / 2, y: 130 + 12 });
  });

  it('puts it above a target too near the bottom', async () => {
    box(target, 400, 600, 80, 30);
    expect(await place(target, card)).toMatchObject({ placement: 'top', y: 600 - 12 - CARD.height });
  });

  it('puts it beside a target at the viewport’s left or right edge, where below would overflow', async () => {
    box(target, 0, 300, 40, 30);
    expect(await place(target, card)).toMatchObject({ placement: 'right', x: 40 + 12 });
    box(target, VIEWPORT.width - 40, 300, 40, 30);
    expect(await place(target, card)).toMatchObject({ placement: 'left', x: VIEWPORT.width - 40 - 12 - CARD.width });
  });
});
