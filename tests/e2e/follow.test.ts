/**
 * The coach mark stays with its target while the admin center's own scroller (`main`) moves:
 * beside it while the target is in view, waiting (outline hidden, card left where it was) while
 * the target is scrolled out of view, and beside it again, where it was, when it comes back;
 * and a target re-rendered away while out of view is looked for again. On lists long enough
 * to scroll the target far out of view (the large tenant, the many-subscriptions shape).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserSession, PATIENCE_MS, urlOn } from './harness';
import { waitForCoach } from './harness/coach';

/** Where the coach mark and its outline are, relative to the target (px, viewport coordinates). */
interface Placement {
  /** The card's top minus the target's top. */
  readonly cardOffset: number;
  /** The card's box within the viewport. */
  readonly cardInView: boolean;
  /** Whether the outline is shown, and its top minus the target's. */
  readonly outlineShown: boolean;
  readonly outlineOffset: number;
  /** Whether the target itself is within the viewport. */
  readonly targetInView: boolean;
}

/** Scrolls `main` to `top` px, waits `frames` frames, and reads the placement. */
function scrollAndRead({ top, frames }: { top: number; frames: number }): Promise<Placement> {
  const main = document.querySelector('main') as HTMLElement;
  main.scrollTop = top;
  const wait = (n: number): Promise<void> => new Promise((done) => (n === 0 ? done() : requestAnimationFrame(() => void wait(n - 1).then(done))));
  return wait(frames).then(() => {
    const root = document.querySelector('admin-coach-overlay')?.shadowRoot;
    const card = root?.querySelector('.coach')?.getBoundingClientRect();
    const outline = root?.querySelector<HTMLElement>('.spotlight');
    const target = document.querySelector('[data-admin-coach-target]')?.getBoundingClientRect();
    if (!card || !target) throw new Error(`no ${card ? 'target' : 'coach mark'} on the page`);
    const inView = (box: DOMRect) => box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    return {
      cardOffset: Math.round(card.top - target.top),
      cardInView: card.top >= 0 && card.bottom <= innerHeight,
      outlineShown: Boolean(outline && !outline.hidden && outline.getClientRects().length > 0),
      outlineOffset: outline ? Math.round(outline.getBoundingClientRect().top - target.top) : Number.NaN,
      targetInView: inView(target),
    };
  });
}

describe.each(BROWSERS)('the coach mark follows its target through the page’s scroller in $name', (browser) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await browser.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('moves with the Products tab, waits while it is out of view, and returns beside it', async () => {
    const page = await session.newPage();
    try {
      const query = 'tenant=large&lang=lv-LV&ac-tour=activate-or-reactivate-a-subscription%2F2&ac-lang=lv-LV&ac-step=2';
      await page.goto(urlOn('admin.microsoft.com', `/Adminportal/Home?${query}#/subscriptions`));
      // The list's rows make `main` long enough to scroll the tab out of view.
      await page.waitForVisible('[data-testid^="row-name-"]');
      await waitForCoach(page, (view) => view.targetTestId === 'tab-products', PATIENCE_MS, 'The coach mark did not point at the Products tab');

      const start = await page.evaluate(scrollAndRead, { top: 0, frames: 5 });
      expect(start.targetInView).toBe(true);
      expect(start.outlineShown).toBe(true);

      const nudged = await page.evaluate(scrollAndRead, { top: 60, frames: 5 });
      expect(nudged, 'after a 60 px scroll the card and outline keep their place beside the target').toMatchObject({
        cardOffset: start.cardOffset,
        outlineShown: true,
        outlineOffset: start.outlineOffset,
      });

      const away = await page.evaluate(scrollAndRead, { top: 4000, frames: 5 });
      expect(away.targetInView).toBe(false);
      expect(away, 'with the target out of view the outline hides and the card stays on screen').toMatchObject({ outlineShown: false, cardInView: true });

      const back = await page.evaluate(scrollAndRead, { top: 0, frames: 5 });
      expect(back, 'back in view, the card and outline are beside the target again').toMatchObject({
        cardOffset: start.cardOffset,
        outlineShown: true,
        outlineOffset: start.outlineOffset,
      });
    } finally {
      await page.close();
    }
  });

  it('looks for its target again when the page re-renders it away while it is out of view', async () => {
    const page = await session.newPage();
    try {
      // The 2020 revision's "choose the subscription": the coach mark points at the list's
      // first row (not a stand-in, so the runner does not watch the page meanwhile).
      const query = 'shape=many-subscriptions&lang=nl-NL&ac-tour=activate-or-reactivate-a-subscription%2F2&ac-lang=nl-NL&ac-step=2';
      await page.goto(urlOn('admin.microsoft.com', `/Adminportal/Home?${query}#/subscriptions`));
      const first = await waitForCoach(page, (view) => view.targetTestId.startsWith('row-name-'), PATIENCE_MS, 'The coach mark did not point at a subscription');
      const away = await page.evaluate(scrollAndRead, { top: 4000, frames: 5 });
      expect(away.targetInView).toBe(false);
      // What React does when it re-mounts a component: the same control, a new element (without
      // our marker), while the old one leaves the page.
      await page.evaluate(() => {
        const old = document.querySelector('[data-admin-coach-target]') as HTMLElement;
        const fresh = old.cloneNode(true) as HTMLElement;
        fresh.removeAttribute('data-admin-coach-target');
        fresh.dataset.remounted = 'yes';
        old.replaceWith(fresh);
      }, undefined);
      const view = await waitForCoach(page, (candidate) => candidate.marker !== '', PATIENCE_MS, 'The coach mark kept pointing at an element no longer on the page');
      expect(view.targetTestId).toBe(first.targetTestId);
      expect(await page.evaluate(() => (document.querySelector('[data-admin-coach-target]') as HTMLElement).dataset.remounted, undefined)).toBe('yes');
    } finally {
      await page.close();
    }
  });
});
