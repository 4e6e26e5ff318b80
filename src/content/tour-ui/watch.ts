import { pageChangesOf } from '../resolver/page-changes';
import { holdPageIndex } from '../resolver/page-index';
import { CANDIDATE_QUERY } from '../resolver/roles';

/**
 * Waits for the page to change, at no cost while nothing waits (a page that nobody
 * watches pays nothing): it listens to the tour UI's one observer of the page
 * (src/content/resolver/page-changes.ts) only while a step waits for its target. When the
 * added nodes can hold the target (an element the resolver could pick, or one containing
 * such elements), the step resolves in the observer's callback, so its coach mark is placed
 * in the same task that rendered its target; other changes (a class or style flip, text-only
 * nodes) are batched into one callback per animation frame. While it watches, the resolver's
 * page index is kept warm (src/content/resolver/page-index.ts holdPageIndex).
 */
export interface PageWatch {
  /** Disconnects the observer, cancels a pending frame and lets the page index go. Idempotent. */
  stop(): void;
}

/** Attribute changes that can show or hide an element (menus, collapsed groups, panels). */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-expanded', 'style', 'class', 'disabled', 'aria-disabled'];

/** Whether an added element is, or contains, an element the resolver considers (roles.ts CANDIDATE_QUERY). */
function canHoldTarget(element: Element): boolean {
  return element.matches(CANDIDATE_QUERY) || element.querySelector(CANDIDATE_QUERY) !== null;
}

/**
 * Calls `onChange(roots, early)` with the nodes that changed since the last call (added
 * subtrees and changed elements: the part of the page that changed last): at once, in the
 * observer's callback, when an added subtree can hold a target (`early` true: the rest of the
 * render may still follow in the same frame); else once in the next animation frame.
 * Mutations inside `ignore` (our overlay) are skipped.
 */
export function watchPage(root: Node, ignore: Node, onChange: (changed: Node[], early: boolean) => void): PageWatch {
  const doc = root.ownerDocument ?? (root as Document);
  let pending: Node[] = [];
  let frame = 0;
  const flush = (early: boolean) => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    const changed = pending;
    pending = [];
    onChange(changed, early);
  };
  const hear = (records: readonly MutationRecord[]) => {
    let now = false;
    for (const record of records) {
      // Outside `root` (the document node itself when `root` is its element); a target
      // detached since the change still counts, as it did where `root` was observed alone.
      if (ignore.contains(record.target) || (record.target.isConnected && !root.contains(record.target))) continue;
      if (record.type !== 'childList') {
        pending.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        pending.push(node);
        now ||= canHoldTarget(node as Element);
      }
    }
    if (pending.length === 0) return;
    if (now) flush(true);
    else frame ||= requestAnimationFrame(() => flush(false));
  };
  // The page index hears each change before this watch does (it listens `immediate`).
  const release = holdPageIndex(doc);
  const stopListening = pageChangesOf(doc)?.listen({ attributes: WATCHED_ATTRIBUTES, text: false, delivery: 'queued' }, hear) ?? (() => {});
  return {
    stop() {
      stopListening();
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      pending = [];
      release();
    },
  };
}
