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
 * without, paired per repetition (the pages alternate).
 *
 * Beside it, in the same run and on the same page: Shepherd.js and driver.js (devDependencies,
 * their shipped JS and CSS added to the page, which the browser's bypassCSP allows) each
 * showing one step on the same target, the Products tab (`data-testid="tab-products"`):
 * Shepherd without its modal overlay (our coach mark has none either), driver.js with its
 * highlight, as each is used. Their added cost is measured the same way.
 *
 * At 40 px a frame the target leaves the view after a few frames, so most of those frames
 * measure a coach mark whose target is off screen. A second, slow scroll on the same page
 * (IN_VIEW_STEP px a frame, the target on screen throughout) gives the cost of following.
 *
 * A cost is only comparable between libraries that do the same work, so each run also says
 * whether the step's popover still points at its target after the list scrolls: from the top,
 * the list scrolls by SHORT_SCROLL px, and after a few frames the popover's offset from the
 * target is compared with the offset before (drift, px; 0 when it follows the target). A
 * library that listens only to the window's scroll events never hears an inner scroller's
 * (they do not bubble) and leaves its popover where it was, at no cost per frame.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type BenchBrowser, benchUrl, repoPath, WAIT_MS } from '../launch';
import type { FigureRow } from '../report';
import { quantile, summarise } from '../stats';
import { minifiedShepherd } from './size';

/** What shows a step while the page scrolls. */
type Shown = 'none' | 'ours' | 'shepherd' | 'driver';

/** The target every library points at: the Products tab, our coach mark's target in this tour step. */
const TARGET = '[data-testid="tab-products"]';

/** How far the list scrolls for the drift check (px): the target stays in view. */
const SHORT_SCROLL = 60;

/** The step popover of each library, as each renders it. */
const POPOVER: Record<Exclude<Shown, 'none'>, string> = { ours: 'admin-coach-overlay', shepherd: '.shepherd-element', driver: '.driver-popover' };

/**
 * The slow scroll that keeps the target on screen (px a frame, frames): SHORT_SCROLL px in all,
 * so every frame moves the coach mark with its target, which the fast scroll's frames mostly do
 * not (the target leaves the view after a few frames, and an out-of-view target's coach mark
 * waits without moving).
 */
const IN_VIEW_STEP = 1;
const IN_VIEW_FRAMES = SHORT_SCROLL;

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

/**
 * In the page: how far (px) the popover matching `popover` (our overlay's coach mark inside its
 * shadow root) moved away from TARGET when `main` scrolled by `by` px from the top.
 */
function driftAfterScroll({ popover, target, by }: { popover: string; target: string; by: number }): Promise<number> {
  const main = document.querySelector('main') as HTMLElement;
  const host = document.querySelector(popover);
  const box = (host?.shadowRoot?.querySelector('.coach') ?? host) as HTMLElement;
  const offset = () => box.getBoundingClientRect().top - (document.querySelector(target) as HTMLElement).getBoundingClientRect().top;
  const frames = (n: number) => new Promise<void>((done) => (n === 0 ? done() : requestAnimationFrame(() => void frames(n - 1).then(done))));
  main.scrollTop = 0;
  return frames(5).then(async () => {
    const before = offset();
    main.scrollTop = by;
    await frames(5);
    return Math.abs(offset() - before);
  });
}

/** Adds Shepherd.js or driver.js to the page and shows one step on TARGET. */
async function showLibraryStep(page: Page, library: 'shepherd' | 'driver', shepherdJs: string): Promise<void> {
  if (library === 'shepherd') {
    await page.addStyleTag({ content: readFileSync(repoPath('node_modules/shepherd.js/dist/css/shepherd.css'), 'utf8') });
    await page.addScriptTag({ content: shepherdJs });
    await page.evaluate(`(() => {
      const Shepherd = window.Shepherd.default;
      const tour = new Shepherd.Tour({ useModalOverlay: false });
      tour.addStep({ title: 'Admin Coach', text: 'Select the Products tab.', attachTo: { element: '${TARGET}', on: 'bottom' }, buttons: [{ text: 'Next', action: () => tour.next() }] });
      tour.start();
    })()`);
    await page.locator('.shepherd-element').waitFor({ timeout: WAIT_MS });
  } else {
    await page.addStyleTag({ content: readFileSync(repoPath('node_modules/driver.js/dist/driver.css'), 'utf8') });
    await page.addScriptTag({ content: readFileSync(repoPath('node_modules/driver.js/dist/driver.js.iife.js'), 'utf8') });
    await page.evaluate(`window.driver.js.driver({ animate: false }).highlight({ element: '${TARGET}', popover: { title: 'Admin Coach', description: 'Select the Products tab.' } })`);
    await page.locator('.driver-popover').waitFor({ timeout: WAIT_MS });
  }
}

async function framesOn(
  browser: BenchBrowser,
  port: number,
  shown: Shown,
  frames: number,
  shepherdJs: string,
): Promise<{ deltas: number[]; inView: number[]; drift: number | null }> {
  const page: Page = await browser.newPage();
  try {
    const query = `tenant=large&lang=lv-LV${shown === 'ours' ? `&${TOUR}` : ''}`;
    await page.goto(benchUrl(port, `/Adminportal/Home?${query}#/subscriptions`), { waitUntil: 'load' });
    await page.locator('[data-testid^="row-name-"]').first().waitFor({ timeout: WAIT_MS });
    if (shown === 'ours') await page.locator('[data-admin-coach-target]').waitFor({ state: 'attached', timeout: WAIT_MS });
    if (shown === 'shepherd' || shown === 'driver') await showLibraryStep(page, shown, shepherdJs);
    await page.waitForTimeout(300);
    // tsx keeps function names with a `__name` helper that exists only in Node: shim it.
    const scroll = (step: number, count: number): Promise<number[]> =>
      page.evaluate(`(() => { const __name = (f) => f; return (${scrollFrames.toString()})(${JSON.stringify({ frames: count, step })}); })()`);
    const deltas = await scroll(40, frames);
    const inView = await scroll(IN_VIEW_STEP, IN_VIEW_FRAMES);
    const drift: number | null =
      shown === 'none' ? null : await page.evaluate(`(() => { const __name = (f) => f; return (${driftAfterScroll.toString()})(${JSON.stringify({ popover: POPOVER[shown], target: TARGET, by: SHORT_SCROLL })}); })()`);
    return { deltas, inView, drift };
  } finally {
    await page.close();
  }
}

/** Runs figure 4 in `browser` (extension loaded, launched with UNTHROTTLED_FRAMES). */
export async function measureScroll(browser: BenchBrowser, port: number, repetitions: number, frames: number): Promise<FigureRow[]> {
  const shepherdJs = (await minifiedShepherd()).toString('utf8');
  const p50: Record<Shown, number[]> = { none: [], ours: [], shepherd: [], driver: [] };
  const p95: Record<Shown, number[]> = { none: [], ours: [], shepherd: [], driver: [] };
  const drift: Record<Shown, number[]> = { none: [], ours: [], shepherd: [], driver: [] };
  const inViewP50: Record<Shown, number[]> = { none: [], ours: [], shepherd: [], driver: [] };
  const order: Shown[] = ['none', 'ours', 'shepherd', 'driver'];
  for (let i = 0; i < repetitions; i++) {
    // Rotated so that no page always comes first.
    for (const shown of [...order.slice(i % 4), ...order.slice(0, i % 4)]) {
      const { deltas, inView, drift: moved } = await framesOn(browser, port, shown, frames, shepherdJs);
      inViewP50[shown].push(quantile(inView, 0.5));
      if (moved !== null) drift[shown].push(moved);
      p50[shown].push(quantile(deltas, 0.5));
      p95[shown].push(quantile(deltas, 0.95));
    }
  }
  const addedBy = (shown: Shown) => p50[shown].map((value, index) => value - (p50.none[index] as number));
  const added = addedBy('ours');
  const addedP95 = p95.ours.map((value, index) => value - (p95.none[index] as number));
  const shepherdAdded = addedBy('shepherd');
  const driverAdded = addedBy('driver');
  const versusBest = added.map((value, index) => value - Math.min(shepherdAdded[index] as number, driverAdded[index] as number));
  // The same comparison among the libraries whose popover follows its target (drift < 2 px), if any.
  const following = (['shepherd', 'driver'] as const).filter((library) => summarise(drift[library]).median < 2).map(addedBy);
  const inViewAddedBy = (shown: Shown) => inViewP50[shown].map((value, index) => value - (inViewP50.none[index] as number));
  const versusFollowing = added.map((value, index) => value - Math.min(...following.map((costs) => costs[index] as number)));
  return [
    { id: 'scroll.withoutP50', figure: 'Scroll frame time p50, no tour', unit: 'ms', summary: summarise(p50.none), spread: 'iqr', budget: null },
    { id: 'scroll.withP50', figure: 'Scroll frame time p50, coach mark shown', unit: 'ms', summary: summarise(p50.ours), spread: 'iqr', budget: null },
    { id: 'scroll.withoutP95', figure: 'Scroll frame time p95, no tour', unit: 'ms', summary: summarise(p95.none), spread: 'iqr', budget: null },
    { id: 'scroll.withP95', figure: 'Scroll frame time p95, coach mark shown', unit: 'ms', summary: summarise(p95.ours), spread: 'iqr', budget: null },
    {
      id: 'scroll.addedP50',
      figure: 'Coach mark adds per frame (p50, paired)',
      unit: 'ms',
      summary: summarise(added),
      spread: 'iqr',
      budget: { max: 1, text: '< 1 ms' },
    },
    { id: 'scroll.addedP95', figure: '  same at p95', unit: 'ms', summary: summarise(addedP95), spread: 'iqr', budget: null },
    {
      id: 'scroll.inViewAddedP50',
      figure: `  same, ${IN_VIEW_STEP} px a frame, target always in view (p50, paired)`,
      unit: 'ms',
      summary: summarise(inViewAddedBy('ours')),
      spread: 'iqr',
      budget: null,
    },
    { id: 'scroll.inViewShepherdAddedP50', figure: '    Shepherd.js, the same slow scroll', unit: 'ms', summary: summarise(inViewAddedBy('shepherd')), spread: 'iqr', budget: null },
    { id: 'scroll.shepherdAddedP50', figure: 'Shepherd.js step adds per frame (p50, paired)', unit: 'ms', summary: summarise(shepherdAdded), spread: 'iqr', budget: null },
    { id: 'scroll.driverAddedP50', figure: 'driver.js step adds per frame (p50, paired)', unit: 'ms', summary: summarise(driverAdded), spread: 'iqr', budget: null },
    { id: 'scroll.oursDrift', figure: `Coach mark's drift from its target after a ${SHORT_SCROLL} px scroll`, unit: 'px', summary: summarise(drift.ours), spread: 'range', budget: { max: 2, text: '< 2 px (follows)' } },
    { id: 'scroll.shepherdDrift', figure: "  Shepherd.js step's drift, same scroll", unit: 'px', summary: summarise(drift.shepherd), spread: 'range', budget: null },
    { id: 'scroll.driverDrift', figure: "  driver.js step's drift, same scroll", unit: 'px', summary: summarise(drift.driver), spread: 'range', budget: null },
    {
      id: 'scroll.versusBestLibrary',
      figure: 'Coach mark minus the better of the two (p50 added, paired)',
      unit: 'ms',
      summary: summarise(versusBest),
      spread: 'iqr',
      budget: { max: 0.0001, text: '≤ 0' },
    },
    {
      id: 'scroll.versusFollowingLibrary',
      figure: '  same, against the better of those whose step follows its target',
      unit: 'ms',
      summary: summarise(versusFollowing),
      spread: 'iqr',
      budget: null,
    },
  ];
}
