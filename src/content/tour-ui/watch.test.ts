// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropPageIndex, IDLE_MS, pageIndexOf } from '../resolver/page-index';
import { type PageWatch, watchPage } from './watch';

/** Lets the MutationObserver deliver (microtasks after the change), not a frame. */
const observed = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('watchPage', () => {
  let watch: PageWatch | null = null;
  let overlay: HTMLElement;
  afterEach(() => {
    watch?.stop();
    watch = null;
    vi.useRealTimers();
    dropPageIndex(document);
    document.body.replaceChildren();
  });
  const start = (onChange: (changed: Node[], early: boolean) => void) => {
    overlay = document.createElement('admin-coach-overlay');
    document.documentElement.append(overlay);
    watch = watchPage(document.documentElement, overlay, onChange);
  };

  it('reports added nodes that can hold a target in the observer callback, before the next frame', async () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const calls: Node[][] = [];
    const early: boolean[] = [];
    start((changed, now) => {
      calls.push(changed);
      early.push(now);
    });
    const pane = document.createElement('div');
    pane.append(Object.assign(document.createElement('button'), { textContent: 'Save' }));
    document.body.append(pane);
    await observed();
    expect(calls).toEqual([[pane]]);
    expect(early).toEqual([true]);
    expect(frames).not.toHaveBeenCalled();
  });

  it('batches other changes (a class flip, an added text-only element) into the next frame', async () => {
    const calls: Node[][] = [];
    start((changed) => calls.push(changed));
    const note = Object.assign(document.createElement('p'), { textContent: 'Loading' });
    document.body.append(note);
    document.body.className = 'ready';
    await observed();
    expect(calls).toEqual([]);
    await new Promise((done) => requestAnimationFrame(done));
    expect(calls).toEqual([[note, document.body]]);
  });

  it('ignores changes inside the overlay', async () => {
    const calls: Node[][] = [];
    start((changed) => calls.push(changed));
    overlay.append(document.createElement('button'));
    await observed();
    await new Promise((done) => requestAnimationFrame(done));
    expect(calls).toEqual([]);
  });

  it('keeps the page index however long the step searches, and lets it go after', () => {
    vi.useFakeTimers();
    document.body.append(Object.assign(document.createElement('button'), { textContent: 'Save' }));
    const index = pageIndexOf(document);
    start(() => {});
    vi.advanceTimersByTime(IDLE_MS * 5);
    expect(pageIndexOf(document)).toBe(index);
    watch?.stop();
    watch = null;
    vi.advanceTimersByTime(IDLE_MS + 1);
    expect(pageIndexOf(document)).not.toBe(index);
  });
});
