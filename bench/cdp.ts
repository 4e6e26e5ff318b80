/**
 * CDP helpers shared by the figures: the extension's isolated world in a tab, and a trace of
 * a page load.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A trace event as Chromium emits it (durations and timestamps in microseconds). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  readonly ts: number;
  readonly args?: { data?: { url?: string }; fileName?: string };
}

/**
 * Opens a CDP session on `page` that tracks execution contexts, so that the extension's
 * content-script world can be found after a navigation.
 */
export async function openSession(page: Page): Promise<{ cdp: CDPSession; extensionWorld(): number | null }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.set(context.id, context.origin));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  return {
    cdp,
    extensionWorld() {
      // Content scripts run in an isolated world whose origin is the extension's.
      for (const [id, origin] of worlds) if (origin.startsWith('chrome-extension://')) return id;
      return null;
    },
  };
}

/** Runs `action` while Chromium traces `categories`, and returns the trace's events. */
export async function traced(cdp: CDPSession, categories: readonly string[], action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories] }, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** Evaluates `expression` in execution context `contextId` and returns its value. */
export async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
  return result.value as T;
}

/**
 * How many objects made by `constructorName` are alive in world `contextId` (a heap query:
 * Runtime.queryObjects collects garbage first, so only reachable ones count).
 */
export async function liveInstances(cdp: CDPSession, contextId: number, constructorName: string): Promise<number> {
  const prototype = await cdp.send('Runtime.evaluate', { expression: `${constructorName}.prototype`, contextId });
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId as string });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId as string,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId as string });
  return length.result.value as number;
}

/**
 * Event listeners on `window` and `document` whose handlers belong to world `contextId`.
 * DOMDebugger.getEventListeners reports only the listeners of the world the object was
 * taken from, so the object is taken from the extension's world.
 */
export async function listenersIn(cdp: CDPSession, contextId: number): Promise<string[]> {
  const types: string[] = [];
  for (const target of ['window', 'document']) {
    const object = await cdp.send('Runtime.evaluate', { expression: target, contextId });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: object.result.objectId as string });
    types.push(...listeners.map((listener) => `${target}:${listener.type}`));
  }
  return types;
}

/**
 * The page function a bench probe calls with a JSON string to report a result
 * (`window.__benchReport?.(JSON.stringify(record))`): a CDP binding (Runtime.addBinding), so
 * waiting for a result evaluates nothing in the page. Polling with Playwright's evaluate would
 * inject its utility script into the page's main thread (tens of milliseconds on the large
 * tenant), queued among the very tasks a figure times.
 */
export const REPORT_BINDING = '__benchReport';

/** What {@link listenForReports} gives: a wait for a report. */
export interface PageReports {
  /**
   * The first report (received or to come) that `accept` takes. Rejects with `describe()`
   * in the message when none comes within `timeoutMs`.
   */
  next<T>(accept: (report: T) => boolean, timeoutMs: number, describe: () => Promise<string>): Promise<T>;
}

/**
 * Adds {@link REPORT_BINDING} to the main world of `cdp`'s page, for this document and every
 * later one, and collects what it is called with. Call before navigating.
 */
export async function listenForReports(cdp: CDPSession): Promise<PageReports> {
  /** Every report received, parsed, oldest first. */
  const received: unknown[] = [];
  const waiters = new Set<() => void>();
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== REPORT_BINDING) return;
    received.push(JSON.parse(payload));
    for (const wake of waiters) wake();
  });
  // The binding exists, and its calls are reported, only while the session's Runtime domain is on.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: REPORT_BINDING });
  return {
    async next<T>(accept: (report: T) => boolean, timeoutMs: number, describe: () => Promise<string>): Promise<T> {
      const found = () => (received as T[]).find(accept);
      const already = found();
      if (already !== undefined) return already;
      let wake = () => {};
      const arrived = new Promise<T>((resolve) => {
        wake = () => {
          const report = found();
          if (report !== undefined) resolve(report);
        };
        waiters.add(wake);
      });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
      try {
        const report = await Promise.race([arrived, timedOut]);
        if (report === null) throw new Error(`No report came within ${timeoutMs} ms (${await describe()})`);
        return report;
      } finally {
        clearTimeout(timer);
        waiters.delete(wake);
      }
    },
  };
}
