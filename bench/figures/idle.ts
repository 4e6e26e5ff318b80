/**
 * Figure 1, idle cost: what an admin page with no tour pays for our static content
 * script (the file the manifest's `content_scripts` names in dist/chrome).
 *
 * - Size: raw bytes and gzip (zlib level 9, as for every size in the bench).
 * - Main-thread time at load: from a Chromium trace of loading the large-tenant Your products
 *   page, the `EvaluateScript` events of the content script (compiling and running it, which
 *   includes Chromium setting up the extension's isolated world and its `chrome.runtime`
 *   bindings, a cost the script causes) plus any later `FunctionCall` into extension code.
 *   Tracing itself adds a little overhead, so this errs high.
 * - What it leaves watching, a second after load: event listeners on window and document
 *   whose handlers live in the extension's world (DOMDebugger.getEventListeners on the objects
 *   as seen from that world) and live MutationObserver / ResizeObserver / IntersectionObserver
 *   objects in that world (Runtime.queryObjects). Not an instrumented constructor installed
 *   with addInitScript: init scripts run in the page's main world, and a content script's
 *   isolated world has its own constructors that such a patch never sees. The method was
 *   checked against a running tour, where it finds the tour UI's click, hashchange and
 *   popstate listeners and its MutationObserver.
 * - The baseline, in the same run: the same page loads (alternating) in a browser with an
 *   extension whose content script is empty (../empty-extension.ts), measured the same way.
 *   What any content script costs (the isolated world) is not ours to save; the budget is on
 *   what ours adds to it, paired load by load.
 * - Reported apart: `runtime.onMessage` listeners in the extension's world (an extension
 *   message port, not a watcher of the page); none since the content script stopped
 *   answering the tests' "which page is this?".
 * - Our static content script is injected only into addresses naming a share parameter
 *   (manifest.json `include_globs`), so on this page load it normally does not run at all:
 *   there is then no extension world, nothing is left watching, and its time is 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluateIn, listenersIn, liveInstances, openSession, traced } from '../cdp';
import { EMPTY_SCRIPT } from '../empty-extension';
import { type BenchBrowser, benchUrl, CHROME_BUILD } from '../launch';
import type { FigureRow } from '../report';
import { summarise } from '../stats';

/** gzip size (zlib, level 9) of `bytes`. */
export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The static content script's path in the build, read from the built manifest. */
function contentScriptPath(): string {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const file = manifest.content_scripts[0]?.js[0];
  if (!file) throw new Error('dist/chrome/manifest.json names no content script');
  return file;
}

interface IdleSample {
  readonly mainThreadMs: number;
  readonly watchers: number;
  readonly watcherNames: string[];
  readonly messageListeners: number;
}

/** Main-thread ms of one large-tenant page load spent in the content script `scriptFile` and later calls into extension code. */
async function mainThreadMsOf(browser: BenchBrowser, port: number, scriptFile: string): Promise<number> {
  const page = await browser.newPage();
  try {
    const { cdp } = await openSession(page);
    const events = await traced(cdp, ['devtools.timeline', 'v8.execute'], async () => {
      await page.goto(benchUrl(port, '/Adminportal/Home?tenant=large#/subscriptions'), { waitUntil: 'load' });
      await page.waitForTimeout(1000);
    });
    await cdp.detach();
    return extensionMicros(events, scriptFile) / 1000;
  } finally {
    await page.close();
  }
}

/** µs of the trace's EvaluateScript of `scriptFile` plus FunctionCalls into extension code. */
function extensionMicros(events: readonly { name: string; ph: string; dur?: number; args?: { data?: { url?: string } } }[], scriptFile: string): number {
  let micros = 0;
  for (const event of events) {
    const url = event.args?.data?.url ?? '';
    if (event.ph !== 'X' || !url.startsWith('chrome-extension://')) continue;
    if ((event.name === 'EvaluateScript' && url.endsWith(`/${scriptFile}`)) || event.name === 'FunctionCall') micros += event.dur ?? 0;
  }
  return micros;
}

async function idleOnce(browser: BenchBrowser, port: number, scriptFile: string): Promise<IdleSample> {
  const page = await browser.newPage();
  try {
    const { cdp, extensionWorld } = await openSession(page);
    const events = await traced(cdp, ['devtools.timeline', 'v8.execute'], async () => {
      await page.goto(benchUrl(port, '/Adminportal/Home?tenant=large#/subscriptions'), { waitUntil: 'load' });
      await page.waitForTimeout(1000);
    });
    const micros = extensionMicros(events, scriptFile);
    // No world: no script of ours ran on the page (the static one runs only on share links),
    // so nothing of ours is left watching it.
    const world = extensionWorld();
    const watcherNames: string[] = [];
    let messageListeners = 0;
    if (world !== null) {
      watcherNames.push(...(await listenersIn(cdp, world)));
      for (const observer of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
        const live = await liveInstances(cdp, world, observer);
        for (let i = 0; i < live; i++) watcherNames.push(observer);
      }
      messageListeners = (await evaluateIn<boolean>(cdp, world, 'chrome.runtime.onMessage.hasListeners()')) ? 1 : 0;
    }
    await cdp.detach();
    return { mainThreadMs: micros / 1000, watchers: watcherNames.length, watcherNames, messageListeners };
  } finally {
    await page.close();
  }
}

/**
 * Runs figure 1 in `browser` (extension loaded) and `baseline` (the empty content script's
 * extension, ../empty-extension.ts); `repetitions` page loads in each, alternating.
 */
export async function measureIdle(browser: BenchBrowser, baseline: BenchBrowser, port: number, repetitions: number): Promise<FigureRow[]> {
  const scriptFile = contentScriptPath();
  const bytes = readFileSync(join(CHROME_BUILD, scriptFile));
  const samples: IdleSample[] = [];
  const empty: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    if (i % 2 === 1) empty.push(await mainThreadMsOf(baseline, port, EMPTY_SCRIPT));
    samples.push(await idleOnce(browser, port, scriptFile));
    if (i % 2 === 0) empty.push(await mainThreadMsOf(baseline, port, EMPTY_SCRIPT));
  }
  const added = samples.map((sample, index) => sample.mainThreadMs - (empty[index] as number));
  const watchers = samples.map((sample) => sample.watchers);
  const leftovers = [...new Set(samples.flatMap((sample) => sample.watcherNames))];
  return [
    { id: 'idle.rawBytes', figure: `Idle: ${scriptFile} raw`, unit: 'bytes', summary: summarise([bytes.length]), spread: 'range', budget: null },
    {
      id: 'idle.gzipBytes',
      figure: `Idle: ${scriptFile} gzip`,
      unit: 'bytes',
      summary: summarise([gzipSize(bytes)]),
      spread: 'range',
      budget: { max: 3000, text: '< 3 kB' },
    },
    {
      id: 'idle.mainThreadMs',
      figure: 'Idle: main-thread time at page load (trace)',
      unit: 'ms',
      summary: summarise(samples.map((sample) => sample.mainThreadMs)),
      spread: 'iqr',
      budget: null,
    },
    {
      id: 'idle.emptyMainThreadMs',
      figure: '  same, an extension whose content script is empty (baseline)',
      unit: 'ms',
      summary: summarise(empty),
      spread: 'iqr',
      budget: null,
    },
    {
      id: 'idle.addedMainThreadMs',
      figure: 'Idle: added over the empty content script (paired)',
      unit: 'ms',
      summary: summarise(added),
      spread: 'iqr',
      budget: { max: 0.5, text: '≤ 0.5 ms' },
    },
    {
      id: 'idle.watchers',
      figure: `Idle: listeners + observers left on the page${leftovers.length ? ` (${leftovers.join(', ')})` : ''}`,
      unit: 'count',
      summary: summarise(watchers),
      spread: 'range',
      budget: { max: 1, text: '0' },
    },
    {
      id: 'idle.messageListeners',
      figure: '  runtime.onMessage listeners (an extension port; not a page watcher)',
      unit: 'count',
      summary: summarise(samples.map((sample) => sample.messageListeners)),
      spread: 'range',
      budget: null,
    },
  ];
}
