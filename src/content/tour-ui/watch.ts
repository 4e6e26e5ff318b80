/**
 * Waits for the page to change, at no cost while nothing waits (a page that nobody
 * watches pays nothing): one MutationObserver, connected only while a step waits for its target, its
 * records batched into one callback per animation frame.
 */
export interface PageWatch {
  /** Disconnects the observer and cancels a pending frame. Idempotent. */
  stop(): void;
}

/** Attribute changes that can show or hide an element (menus, collapsed groups, panels). */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-expanded', 'style', 'class', 'disabled', 'aria-disabled'];

/**
 * Calls `onChange(roots)` once per animation frame in which `root`'s subtree changed, with
 * the nodes that changed (added subtrees and changed elements: the part of the page that
 * changed last). Mutations inside `ignore` (our overlay) are skipped.
 */
export function watchPage(root: Node, ignore: Node, onChange: (changed: Node[]) => void): PageWatch {
  let pending: Node[] = [];
  let frame = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (ignore.contains(record.target)) continue;
      if (record.type === 'childList') pending.push(...Array.from(record.addedNodes).filter((node) => node.nodeType === Node.ELEMENT_NODE));
      else pending.push(record.target);
    }
    if (pending.length === 0 || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const changed = pending;
      pending = [];
      onChange(changed);
    });
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  return {
    stop() {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      pending = [];
    },
  };
}
