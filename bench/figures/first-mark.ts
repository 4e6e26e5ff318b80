/**
 * Figure 2, time to first coach mark, in the large tenant (the resolver runs over ~22,000
 * nodes). Two cases, each a fresh tab per repetition:
 *
 * - Target on the page: a share link to a step whose target (the Products tab of lv-LV's
 *   reactivation step 2) is rendered with the page. Measured from the moment the extension
 *   could first act, max(DOMContentLoaded end, the target's insertion), to the coach mark
 *   painted on the target.
 *   The time from the navigation's start is reported beside it; it includes the replica's
 *   own loading, which no extension can shorten. On the large tenant the tab comes with the
 *   list's first render, so the figure includes the frame that paints that render: the same
 *   link in a browser whose extension is empty gives the page's own time from the same start
 *   to painting the tab, and its difference from ours, pair by pair, is what the coach mark adds.
 * - Target appears later: a share link to nl-NL's "Kies Opslaan." step opened on the list; the
 *   bench then opens the reactivation pane (More actions → Reactivate) as an admin would, and
 *   the figure is from the pane's insertion (which brings the Save button) to the coach mark
 *   painted on it. The same clicks in a browser whose extension is empty give the page's own
 *   time from inserting the pane to painting it (the large tenant's 1,200-row list re-renders
 *   with it: tens of milliseconds no extension can shorten). Run in pairs, one of each; the
 *   budget (two frames) is on what the coach mark adds: its painted time minus the page's own.
 *
 * Timestamps come from the in-page probe (../page/mark-probe.ts), all on the page's clock.
 *
 * Per hop, for the "target on the page" case, each relative to DOMContentLoaded's end: the
 * hops the extension's messages carry (src/messaging/tour-ui-payload.ts MessageHops: content
 * script sent, background received, background replied) and those the tour UI records
 * (reply received, tour UI started, body ready, first coach mark rendered), read from the
 * extension's isolated world over CDP; epoch times are put on the page's clock with its
 * `performance.timeOrigin`. Beside them, from the probe: the overlay's host first in the page,
 * the coach mark placed, painted. A build without hop records (an older one) shows the
 * probe's hops only.
 */
import type { Page } from 'playwright-core';
import { evaluateIn, listenForReports, openSession, type PageReports } from '../cdp';
import { type BenchBrowser, benchUrl, WAIT_MS } from '../launch';
import { pageScript, installMarkProbe, type MarkProbe, type PaintedMark } from '../page/mark-probe';
import type { FigureRow } from '../report';
import { summarise } from '../stats';

const ON_PAGE = {
  task: 'activate-or-reactivate-a-subscription/2',
  locale: 'lv-LV',
  step: 2,
};
const APPEARS_LATER = {
  task: 'reactivate-your-subscription/reactivate-a-subscription',
  locale: 'nl-NL',
  step: 4,
};
/** An expired subscription of the replica's demo data: its menu offers Reactivate. */
const EXPIRED_ID = '2f1b7c3e-0a4d-4e8f-9b21-5c6d7e8f0002';
/** The replica's Save button in the reactivation pane: the step's target ("Kies Opslaan."). */
const LATE_TARGET = '[data-testid="pane-save"]';

/** The share link (docs/architecture.md, "Share link") on the large tenant's Your products page. */
function shareLink(port: number, tour: { task: string; locale: string; step: number }): string {
  const query = `ac-tour=${encodeURIComponent(tour.task)}&ac-lang=${tour.locale}&ac-step=${tour.step}&lang=${tour.locale}&tenant=large`;
  return benchUrl(port, `/Adminportal/Home?${query}#/subscriptions`);
}

/** Waits for the probe's report of a coach mark painted that `accept` takes (nothing is evaluated in the page meanwhile). */
async function waitForPainted(page: Page, reports: PageReports, accept: (mark: PaintedMark) => boolean, timeoutMs = WAIT_MS): Promise<PaintedMark> {
  const isMark = (report: unknown): report is PaintedMark => typeof report === 'object' && report !== null && 'marker' in report;
  return reports.next<PaintedMark>((report) => isMark(report) && accept(report), timeoutMs, async () => {
    const seen = await page.evaluate(() => {
      const coach = document.querySelector('admin-coach-overlay')?.shadowRoot?.querySelector('.coach');
      return `marker=${document.querySelector('[data-admin-coach-target]')?.getAttribute('data-admin-coach-target') ?? ''} coach=${coach?.className ?? 'none'} text=${coach?.textContent?.slice(0, 120) ?? ''}`;
    });
    return `no coach mark painted on a target; ${page.url()}; ${seen}`;
  });
}

/** The hops reported, in the order they happen: [record name, row label]. */
export const HOPS: readonly (readonly [string, string])[] = [
  ['contentSent', 'content script sent its first message'],
  ['backgroundReceived', 'background received it'],
  ['backgroundReplied', 'background replied (view + words)'],
  ['contentReceived', 'reply received in the page'],
  ['tourUiStarted', 'tour UI script started'],
  ['bodyReady', 'tour UI starts the tour (body exists)'],
  ['firstMarkRendered', 'coach mark rendered on its target'],
  ['probe.host', 'overlay host in the page (probe)'],
  ['probe.ready', 'coach mark placed (probe)'],
  ['probe.painted', 'coach mark painted (probe)'],
];

/** One "target on the page" run: from page ready and from navigation start (ms), and each hop's time from DOMContentLoaded's end. */
async function onPageOnce(browser: BenchBrowser, port: number): Promise<{ ready: number; fromNavigation: number; hops: Record<string, number> }> {
  const page = await browser.newPage();
  try {
    const { cdp, extensionWorld } = await openSession(page);
    const reports = await listenForReports(cdp);
    await page.addInitScript(pageScript(installMarkProbe));
    await page.goto(shareLink(port, ON_PAGE), { waitUntil: 'domcontentloaded' });
    const mark = await waitForPainted(page, reports, (m) => m.marker.endsWith(`:${ON_PAGE.step}`));
    const timing = await page.evaluate(() => ({
      domReady: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      origin: performance.timeOrigin,
      hostAt: (window as unknown as { __benchMarks: MarkProbe }).__benchMarks.hostAt,
    }));
    const world = extensionWorld();
    const recorded = world === null ? null : await evaluateIn<Record<string, number> | null>(cdp, world, `globalThis[Symbol.for('admin-coach.hops')] ?? null`);
    await cdp.detach();
    const hops: Record<string, number> = {};
    for (const [name, at] of Object.entries(recorded ?? {})) hops[name] = at - timing.origin - timing.domReady;
    if (timing.hostAt !== null) hops['probe.host'] = timing.hostAt - timing.domReady;
    hops['probe.ready'] = mark.readyAt - timing.domReady;
    hops['probe.painted'] = mark.paintedAt - timing.domReady;
    return { ready: mark.paintedAt - Math.max(timing.domReady, mark.insertedAt ?? 0), fromNavigation: mark.paintedAt, hops };
  } finally {
    await page.close();
  }
}

/** Opens the share link on the list and the row's menu, as an admin would before choosing Reactivate. */
async function openRowMenu(page: Page, port: number): Promise<void> {
  await page.goto(shareLink(port, APPEARS_LATER), { waitUntil: 'load' });
  // With our extension the tour is now waiting for Save ("searching"); the rows have arrived.
  await page.locator(`[data-testid="row-more-actions-${EXPIRED_ID}"]`).click({ timeout: WAIT_MS });
}

/** One "target appears later" run: ms from the target's insertion to the painted coach mark. */
async function appearsLaterOnce(browser: BenchBrowser, port: number): Promise<number> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    const reports = await listenForReports(cdp);
    await page.addInitScript(pageScript(installMarkProbe));
    await openRowMenu(page, port);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="menu-reactivate"]').click();
    const mark = await waitForPainted(page, reports, (m) => m.marker.endsWith(`:${APPEARS_LATER.step}`) && (m.insertedAt ?? 0) > clickedAt);
    // The figure compares with the page's own paint of this element: it must be the one marked.
    const marked = await page.evaluate((selector) => document.querySelector(selector)?.hasAttribute('data-admin-coach-target') ?? false, LATE_TARGET);
    if (!marked) throw new Error(`The coach mark was painted on another element than the pane's Save button (${LATE_TARGET})`);
    return mark.paintedAt - (mark.insertedAt as number);
  } finally {
    await page.close();
  }
}

/** The same clicks without our extension (`baseline`): ms from the Save button's insertion to the frame that painted it. */
async function pageAloneOnce(baseline: BenchBrowser, port: number): Promise<number> {
  const page = await baseline.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    const reports = await listenForReports(cdp);
    await openRowMenu(page, port);
    await page.evaluate(pageTargetPaint, LATE_TARGET);
    await page.locator('[data-testid="menu-reactivate"]').click();
    const paint = await targetPaintIn(page, reports);
    return paint.paintedAt - paint.insertedAt;
  } finally {
    await page.close();
  }
}

/** What {@link pageTargetPaint} records: when the element was inserted and when the frame that painted it was over (page ms). */
interface TargetPaint {
  readonly insertedAt: number;
  readonly paintedAt: number;
}

/**
 * In the page: when an element matching `selector` is first inserted, reports
 * {@link TargetPaint} through the bench's binding (../cdp.ts REPORT_BINDING), the paint timed as the probe
 * (../page/mark-probe.ts) times a coach mark: a requestAnimationFrame, then a MessageChannel task.
 */
function pageTargetPaint(selector: string): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    const insertedAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const paint: TargetPaint = { insertedAt, paintedAt: performance.now() };
        (window as unknown as { __benchReport?: (json: string) => void }).__benchReport?.(JSON.stringify(paint));
      };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** Waits for {@link pageTargetPaint}'s report in `page`. */
async function targetPaintIn(page: Page, reports: PageReports): Promise<TargetPaint> {
  return reports.next<TargetPaint>((report) => typeof report === 'object' && report !== null && 'insertedAt' in report && !('marker' in report), WAIT_MS, async () => `the page's target was not painted; ${page.url()}`);
}

/** The "target on the page" target: the Products tab the lv-LV step points at. */
const ON_PAGE_TARGET = '[data-testid="tab-products"]';

/**
 * The same share link in `baseline` (the empty extension): ms from the later of
 * DOMContentLoaded and the Products tab's insertion to the frame that painted it, the page's
 * own share of the "target on the page" figure (the tab comes with the large list's first render).
 */
async function onPageAloneOnce(baseline: BenchBrowser, port: number): Promise<number> {
  const page = await baseline.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    const reports = await listenForReports(cdp);
    await page.addInitScript({ content: `(() => { const __name = (f) => f; (${pageTargetPaint.toString()})(${JSON.stringify(ON_PAGE_TARGET)}); })();` });
    await page.goto(shareLink(port, ON_PAGE), { waitUntil: 'domcontentloaded' });
    const paint = await targetPaintIn(page, reports);
    const domReady = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
    return paint.paintedAt - Math.max(domReady, paint.insertedAt);
  } finally {
    await page.close();
  }
}

/**
 * Runs figure 2 with `repetitions` of each case in `browser` (extension loaded); `baseline`
 * (an extension whose content script is empty) gives the page's own paint of the late target.
 */
export async function measureFirstMark(browser: BenchBrowser, baseline: BenchBrowser, port: number, repetitions: number): Promise<FigureRow[]> {
  const ready: number[] = [];
  /** The page's own paint of the Products tab (empty extension), and ours minus it, pair by pair. */
  const readyAlone: number[] = [];
  const readyAdded: number[] = [];
  const fromNavigation: number[] = [];
  const later: number[] = [];
  const pageAlone: number[] = [];
  /** Coach mark painted minus the page's own paint, pair by pair. */
  const laterAdded: number[] = [];
  const hops = new Map<string, number[]>();
  // A run whose coach mark never lands on its target is a miss, reported with the figure and
  // retried; a case that misses more often than it is to run gives up, and its rows say so
  // (no median: the budget is not met), so the other figures are still measured.
  const misses = { onPage: 0, later: 0 };
  const attempt = async (kind: keyof typeof misses, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      misses[kind]++;
      console.warn(`first coach mark: ${String(error)}`);
    }
  };
  const going = (kind: keyof typeof misses, done: number) => done < repetitions && misses[kind] <= repetitions;
  while (going('onPage', ready.length) || going('later', later.length)) {
    // Interleaved so that any drift of the machine affects both cases alike.
    if (going('onPage', ready.length)) {
      await attempt('onPage', async () => {
        const alone = await onPageAloneOnce(baseline, port);
        const run = await onPageOnce(browser, port);
        ready.push(run.ready);
        readyAlone.push(alone);
        readyAdded.push(run.ready - alone);
        fromNavigation.push(run.fromNavigation);
        for (const [name, at] of Object.entries(run.hops)) hops.set(name, [...(hops.get(name) ?? []), at]);
      });
    }
    if (going('later', later.length)) {
      await attempt('later', async () => {
        const alone = await pageAloneOnce(baseline, port);
        const withTour = await appearsLaterOnce(browser, port);
        pageAlone.push(alone);
        later.push(withTour);
        laterAdded.push(withTour - alone);
      });
    }
  }
  const missedOf = (kind: keyof typeof misses) => (misses[kind] ? ` [${misses[kind]} missed run(s)]` : '');
  return [
    {
      id: 'firstMark.onPage',
      figure: `Share link → coach mark, target on page (from DOMContentLoaded)${missedOf('onPage')}`,
      unit: 'ms',
      summary: summarise(ready),
      spread: 'iqr',
      budget: { max: 100, text: '< 100 ms' },
    },
    {
      id: 'firstMark.onPage.pageAlone',
      figure: '  same link, empty extension: the page painting the Products tab',
      unit: 'ms',
      summary: summarise(readyAlone),
      spread: 'iqr',
      budget: null,
    },
    {
      id: 'firstMark.onPage.added',
      figure: '  coach mark painted after the page painted the tab (paired)',
      unit: 'ms',
      summary: summarise(readyAdded),
      spread: 'iqr',
      budget: null,
    },
    {
      id: 'firstMark.fromNavigation',
      figure: '  same, from navigation start (incl. replica load)',
      unit: 'ms',
      summary: summarise(fromNavigation),
      spread: 'iqr',
      budget: null,
    },
    ...HOPS.filter(([name]) => hops.has(name)).map(
      ([name, label]): FigureRow => ({
        id: `firstMark.hop.${name}`,
        figure: `    hop: ${label}, from DOMContentLoaded`,
        unit: 'ms',
        summary: summarise(hops.get(name) ?? []),
        spread: 'iqr',
        budget: null,
      }),
    ),
    {
      id: 'firstMark.appearsLater',
      figure: `Target inserted → coach mark painted${missedOf('later')}`,
      unit: 'ms',
      summary: summarise(later),
      spread: 'iqr',
      budget: null,
    },
    {
      id: 'firstMark.appearsLater.pageAlone',
      figure: '  same clicks, empty extension: target inserted → target painted',
      unit: 'ms',
      summary: summarise(pageAlone),
      spread: 'iqr',
      budget: null,
    },
    {
      id: 'firstMark.appearsLater.added',
      figure: 'Coach mark painted after the page painted its target (paired)',
      unit: 'ms',
      summary: summarise(laterAdded),
      spread: 'iqr',
      budget: { max: 33, text: '≤ 33 ms (2 frames)' },
    },
  ];
}
