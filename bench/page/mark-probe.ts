/**
 * The in-page probe of the time-to-coach-mark figure, installed with `addInitScript` (main
 * world, before the page's own scripts). It only observes: a MutationObserver timestamps every
 * inserted subtree and the target marker, and watches the overlay's open shadow root for the
 * coach mark being placed. Everything it records is `performance.now()` of the page (ms since
 * the navigation started).
 *
 * "Painted" is taken after the frame that shows the coach mark: the first moment the marker is
 * set and the coach mark is anchored (not the centred card) with its position applied, then a
 * requestAnimationFrame (the frame that renders it) and a MessageChannel task (after that
 * frame's paint was committed). This can only over-count the real paint time, never under.
 * Each painted mark is also reported to the bench through its CDP binding (bench/cdp.ts
 * REPORT_BINDING), when the bench added it, so that the bench waits without evaluating in the page.
 */

/** One coach mark seen painted on a marked target. */
export interface PaintedMark {
  /** The marker's value, `<task-id>:<step>`. */
  readonly marker: string;
  /** When the element (or the nearest ancestor subtree containing it) was inserted; null when it was in the HTML. */
  readonly insertedAt: number | null;
  /** When the marker was set and the coach mark anchored with its position (ms). */
  readonly readyAt: number;
  /** After the frame that painted it (ms). */
  readonly paintedAt: number;
}

/** What the probe exposes as `window.__benchMarks`. */
export interface MarkProbe {
  readonly painted: PaintedMark[];
  /** When the overlay's host (with its shadow root) was first seen in the page (ms); null until then. */
  hostAt: number | null;
}

/** The probe itself; serialised by Playwright into the page, so it must be self-contained. */
export function installMarkProbe(): void {
  const inserted = new WeakMap<Node, number>();
  const probe: MarkProbe = { painted: [], hostAt: null };
  (window as unknown as { __benchMarks: MarkProbe }).__benchMarks = probe;
  let watchedRoot: ShadowRoot | null = null;
  let lastMarker = '';
  const insertionOf = (element: Element): number | null => {
    for (let node: Node | null = element; node; node = node.parentNode) {
      const at = inserted.get(node);
      if (at !== undefined) return at;
    }
    return null;
  };
  const check = (now: number) => {
    const marked = document.querySelector('[data-admin-coach-target]');
    const marker = marked?.getAttribute('data-admin-coach-target') ?? '';
    if (!marked || marker === lastMarker) return;
    const coach = watchedRoot?.querySelector<HTMLElement>('.coach');
    // Placed beside its target: not a docked card, and Floating UI has set its transform.
    if (!coach || coach.classList.contains('docked') || coach.style.transform === '') return;
    lastMarker = marker;
    const insertedAt = insertionOf(marked);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const mark: PaintedMark = { marker, insertedAt, readyAt: now, paintedAt: performance.now() };
        probe.painted.push(mark);
        (window as unknown as { __benchReport?: (json: string) => void }).__benchReport?.(JSON.stringify(mark));
      };
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) inserted.set(node, now);
    }
    // The tour UI replaces its host when it starts again, so follow the current one.
    if (!watchedRoot?.host.isConnected) {
      const root = document.querySelector('admin-coach-overlay')?.shadowRoot;
      if (root) {
        probe.hostAt ??= now;
        watchedRoot = root;
        observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
      }
    }
    check(now);
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-admin-coach-target'] });
}

/**
 * `fn` as an init script's source. tsx compiles with esbuild's keepNames, which wraps named
 * inner functions in a `__name(...)` helper that exists only in Node; the shim lets the
 * serialised function run in the page unchanged.
 */
export function pageScript(fn: () => void): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${fn.toString()})(); })();` };
}
