/**
 * Figure 6, memory: what a tour costs the page's heap, from heap snapshots (Chromium's
 * HeapProfiler, each after a garbage collection) of the large tenant's Your products page:
 *
 * 1. loaded, no tour;
 * 2. the lv-LV reactivation tour started on it from the extension's popup page (the popup's
 *    own tourStart message), its coach mark on its target;
 * 3. the tour stopped the same way (tourStop), the overlay gone.
 *
 * The heap's size is the sum of the snapshot's self sizes (what DevTools shows as the
 * snapshot's total); the tour's cost is 2 − 1, what it leaves is 3 − 1. Detached DOM nodes are
 * the snapshot's nodes marked detached (`detachedness` 2, or named `Detached …` in older
 * snapshots); what the tour leaves is their count in 3 − 1 (the page itself may hold some).
 */
import type { CDPSession, Page } from 'playwright-core';
import { type BenchBrowser, benchUrl, WAIT_MS } from '../launch';
import type { FigureRow } from '../report';
import { summarise } from '../stats';

const TASK = '2d59f23f-7aad-4b57-9039-0bd2bbf929a3/activate-or-reactivate-a-subscription/2';

interface HeapFacts {
  readonly bytes: number;
  readonly detachedNodes: number;
}

/** Takes a heap snapshot of `cdp`'s page after a garbage collection and sums it up. */
async function snapshot(cdp: CDPSession): Promise<HeapFacts> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const heap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[]; strings: string[] };
  const fields = heap.snapshot.meta.node_fields;
  const width = fields.length;
  const size = fields.indexOf('self_size');
  const name = fields.indexOf('name');
  const detachedness = fields.indexOf('detachedness');
  let bytes = 0;
  let detachedNodes = 0;
  for (let at = 0; at < heap.nodes.length; at += width) {
    bytes += heap.nodes[at + size] as number;
    const detached = detachedness >= 0 ? heap.nodes[at + detachedness] === 2 : (heap.strings[heap.nodes[at + name] as number] ?? '').startsWith('Detached ');
    if (detached) detachedNodes++;
  }
  return { bytes, detachedNodes };
}

/** Sends a popup command (tourStart, tourStop) for the admin tab from the extension's popup page. */
async function fromPopup(popup: Page, message: Record<string, unknown>): Promise<void> {
  await popup.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://admin.microsoft.com/*' });
    return chrome.runtime.sendMessage({ ...${JSON.stringify(message)}, tabId: tab.id });
  })()`);
}

async function memoryOnce(browser: BenchBrowser, port: number, popupUrl: string): Promise<[HeapFacts, HeapFacts, HeapFacts]> {
  const page = await browser.newPage();
  const popup = await browser.newPage();
  try {
    await page.goto(benchUrl(port, '/Adminportal/Home?tenant=large&lang=lv-LV#/subscriptions'), { waitUntil: 'load' });
    await page.locator('[data-testid^="row-name-"]').first().waitFor({ timeout: WAIT_MS });
    await popup.goto(popupUrl);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.waitForTimeout(500);
    const before = await snapshot(cdp);
    await fromPopup(popup, { type: 'tourStart', taskId: TASK, locale: 'lv-LV', step: 1 });
    await page.locator('[data-admin-coach-target]').waitFor({ state: 'attached', timeout: WAIT_MS });
    await page.waitForTimeout(500);
    const during = await snapshot(cdp);
    await fromPopup(popup, { type: 'tourStop' });
    await page.locator('admin-coach-overlay').waitFor({ state: 'detached', timeout: WAIT_MS });
    await page.waitForTimeout(500);
    const after = await snapshot(cdp);
    await cdp.detach();
    return [before, during, after];
  } finally {
    await popup.close();
    await page.close();
  }
}

/** Runs figure 6 in `browser` (extension loaded); `repetitions` tours. */
export async function measureMemory(browser: BenchBrowser, port: number, repetitions: number): Promise<FigureRow[]> {
  const worker = browser.context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('The extension’s service worker is not running');
  const popupUrl = new URL('src/popup/index.html', worker.url()).href;
  const added: number[] = [];
  const left: number[] = [];
  const detached: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const [before, during, after] = await memoryOnce(browser, port, popupUrl);
    added.push(during.bytes - before.bytes);
    left.push(after.bytes - before.bytes);
    detached.push(after.detachedNodes - before.detachedNodes);
  }
  return [
    { id: 'memory.tourAdds', figure: 'Memory: a tour on the large tenant adds (heap snapshot)', unit: 'bytes', summary: summarise(added), spread: 'range', budget: { max: 5_000_000, text: '≤ 5 MB' } },
    {
      id: 'memory.afterClose',
      figure: 'Memory: after the tour closes, minus before it (heap snapshot)',
      unit: 'bytes',
      summary: summarise(left),
      spread: 'range',
      budget: { max: 500_000, text: '≤ 0.5 MB' },
    },
    {
      id: 'memory.detachedNodes',
      figure: 'Memory: detached DOM nodes after close, minus before',
      unit: 'count',
      summary: summarise(detached),
      spread: 'range',
      budget: { max: 1, text: '0' },
    },
  ];
}
