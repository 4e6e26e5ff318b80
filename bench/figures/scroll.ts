/**
 * Figure 4, scrolling with a coach mark shown: frame times while the large tenant's list
 * scrolls (the page's own scroller, `main`, 40 px per frame for a fixed number of frames),
 * without a tour and with the coach mark on the Products tab (lv-LV step 2), which Floating
 * UI's autoUpdate then follows on every scroll.
 *
 * Chromium runs here with `--disable-frame-rate-limit --disable-gpu-vsync`: frames are not held
 * to 60 Hz, so a requestAnimationFrame delta is the time the frame really took (script, style,
 * layout, paint) rather than a vsync interval that would hide anything under 16.7 ms. The
 * figure is the per-frame cost the coach mark adds: p50 and p95 of the deltas, with minus
 * without, paired per repetition (the two pages alternate).
 */
import type { Page } from 'playwright-core';
import { type BenchBrowser, benchUrl } from '../launch';
import type { FigureRow } from '../report';
import { quantile, summarise } from '../stats';

/** Chromium switches this figure needs (see above). */
export const UNTHROTTLED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

const TOUR = 'ac-tour=activate-or-reactivate-a-subscription%2F2&ac-lang=lv-LV&ac-step=2';

/** Scrolls `main` by `step` px per frame for `frames` frames; returns the rAF deltas (ms). */
function scrollFrames({ frames, step }: { frames: number; step: number }): Promise<number[]> {
  const main = document.querySelector('main') as HTMLElement;
  main.scrollTop = 0;
  return new Promise((done) => {
    const deltas: number[] = [];
    let last = 0;
    let count = 0;
    const frame = (time: number) => {
      if (last) deltas.push(time - last);
      last = time;
      main.scrollTop += step;
      if (++count <= frames) requestAnimationFrame(frame);
      else done(deltas);
    };
    requestAnimationFrame(frame);
  });
}

async function framesOn(browser: BenchBrowser, port: number, withCoachMark: boolean, frames: number): Promise<number[]> {
  const page: Page = await browser.newPage();
  try {
    const query = `tenant=large&lang=lv-LV${withCoachMark ? `&${TOUR}` : ''}`;
    await page.goto(benchUrl(port, `/Adminportal/Home?${query}#/subscriptions`), { waitUntil: 'load' });
    await page.locator('[data-testid^="row-name-"]').first().waitFor({ timeout: 15_000 });
    if (withCoachMark) await page.locator('[data-admin-coach-target]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(300);
    // tsx keeps function names with a `__name` helper that exists only in Node: shim it.
    return await page.evaluate(`(() => { const __name = (f) => f; return (${scrollFrames.toString()})(${JSON.stringify({ frames, step: 40 })}); })()`);
  } finally {
    await page.close();
  }
}

/** Runs figure 4 in `browser` (extension loaded, launched with UNTHROTTLED_FRAMES). */
export async function measureScroll(browser: BenchBrowser, port: number, repetitions: number, frames: number): Promise<FigureRow[]> {
  const p50 = { with: [] as number[], without: [] as number[] };
  const p95 = { with: [] as number[], without: [] as number[] };
  for (let i = 0; i < repetitions; i++) {
    for (const shown of i % 2 === 0 ? [false, true] : [true, false]) {
      const deltas = await framesOn(browser, port, shown, frames);
      (shown ? p50.with : p50.without).push(quantile(deltas, 0.5));
      (shown ? p95.with : p95.without).push(quantile(deltas, 0.95));
    }
  }
  const added = p50.with.map((value, index) => value - (p50.without[index] as number));
  const addedP95 = p95.with.map((value, index) => value - (p95.without[index] as number));
  return [
    { id: 'scroll.withoutP50', figure: 'Scroll frame time p50, no tour', unit: 'ms', summary: summarise(p50.without), spread: 'iqr', budget: null },
    { id: 'scroll.withP50', figure: 'Scroll frame time p50, coach mark shown', unit: 'ms', summary: summarise(p50.with), spread: 'iqr', budget: null },
    { id: 'scroll.withoutP95', figure: 'Scroll frame time p95, no tour', unit: 'ms', summary: summarise(p95.without), spread: 'iqr', budget: null },
    { id: 'scroll.withP95', figure: 'Scroll frame time p95, coach mark shown', unit: 'ms', summary: summarise(p95.with), spread: 'iqr', budget: null },
    {
      id: 'scroll.addedP50',
      figure: 'Coach mark adds per frame (p50, paired)',
      unit: 'ms',
      summary: summarise(added),
      spread: 'iqr',
      budget: { max: 1, text: '< 1 ms' },
    },
    { id: 'scroll.addedP95', figure: '  same at p95', unit: 'ms', summary: summarise(addedP95), spread: 'iqr', budget: null },
  ];
}
