// @vitest-environment happy-dom
/**
 * When "Check this tour" reads the page: not while it is busy loading (Fluent's shimmered list
 * is `aria-busy`), not while it still changes, and it says "not ready" when the page stays busy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitForSettledPage } from './settled-page';

afterEach(() => {
  document.body.replaceChildren();
});

describe('waitForSettledPage', () => {
  it('is ready once a drawn page stays unchanged for the quiet period', async () => {
    document.body.append(document.createElement('nav'));
    const started = performance.now();
    expect(await waitForSettledPage(document, 2000, 50)).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('waits while the page keeps changing, then is ready', async () => {
    document.body.append(document.createElement('nav'));
    let changes = 0;
    const timer = setInterval(() => {
      changes += 1;
      document.body.append(document.createElement('div'));
      if (changes === 5) clearInterval(timer);
    }, 20);
    const ready = await waitForSettledPage(document, 3000, 80);
    expect(changes).toBe(5);
    expect(ready).toBe(true);
  });

  it('waits for a busy list to finish loading', async () => {
    const list = document.createElement('div');
    list.setAttribute('aria-busy', 'true');
    document.body.append(list);
    setTimeout(() => list.removeAttribute('aria-busy'), 100);
    expect(await waitForSettledPage(document, 3000, 30)).toBe(true);
  });

  it('says not ready when the page is still busy at the deadline', async () => {
    const list = document.createElement('div');
    list.setAttribute('aria-busy', 'true');
    document.body.append(list);
    expect(await waitForSettledPage(document, 200, 30)).toBe(false);
  });

  it('says not ready when the body has drawn nothing by the deadline', async () => {
    expect(await waitForSettledPage(document, 200, 30)).toBe(false);
  });
});
