// @vitest-environment happy-dom
// @vitest-environment-options { "happyDOM": { "url": "https://admin.microsoft.com/Adminportal/Home#/homepage" } }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tourWordsFor } from '../../background/tour-words';
import type { TourView } from '../../messaging/protocol';
import { step } from '../resolver/test-dom';
import { OVERLAY_TAG } from './host';

/**
 * The tour UI's lifetime in a page (index.tsx): once a tour ends, the injected script lets go
 * of everything (its runtime.onMessage listener and its global slot), so its code and caches
 * can be collected; the next injection starts afresh. Run against a stand-in `chrome.runtime`.
 */
type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;

const SLOT = Symbol.for('admin-coach.tour-ui');

const VIEW: TourView = {
  taskId: 'article/task',
  locale: 'en-US',
  uiLanguage: 'en',
  title: 'Reactivate',
  cloud: 'any',
  steps: [{ ...step('Read this.', []), alerts: [], images: [] }],
  step: 0,
};

describe('the tour UI script', () => {
  let listeners: Set<Listener>;
  let view: TourView | null;
  /** Listeners ever added. */
  let added: number;

  /** Delivers a background message to every listener; returns the replies given. */
  const fromBackground = (message: unknown): unknown[] => {
    const replies: unknown[] = [];
    for (const listener of [...listeners]) listener(message, {}, (reply) => replies.push(reply));
    return replies;
  };
  /** Runs the script as scripting.executeScript does (a fresh module each time). */
  const inject = async () => {
    vi.resetModules();
    await import('./index');
    await vi.waitFor(() => expect(document.querySelector(OVERLAY_TAG)).not.toBeNull());
  };

  beforeEach(() => {
    document.body.replaceChildren();
    listeners = new Set();
    added = 0;
    view = VIEW;
    const runtime = {
      id: 'admin-coach',
      sendMessage: async (message: { type: string }) =>
        message.type === 'tourViewGet' ? { view, notice: null, words: view ? tourWordsFor('en') : null } : undefined,
      onMessage: { addListener: (listener: Listener) => {
          added++;
          listeners.add(listener);
        },
        removeListener: (listener: Listener) => listeners.delete(listener) },
    };
    vi.stubGlobal('chrome', { runtime });
  });
  afterEach(() => {
    fromBackground({ type: 'tourViewChanged', view: null, words: null });
    delete (globalThis as { [SLOT]?: unknown })[SLOT];
    document.querySelector(OVERLAY_TAG)?.remove();
    vi.unstubAllGlobals();
  });

  it('shows the tour and answers the background while it runs', async () => {
    await inject();
    expect(listeners.size).toBe(1);
    expect((globalThis as { [SLOT]?: unknown })[SLOT]).toBeDefined();
    expect(fromBackground({ type: 'tourViewChanged', view: VIEW, words: tourWordsFor('en') })).toEqual([{ received: true }]);
    expect(document.querySelector(OVERLAY_TAG)).not.toBeNull();
  });

  it('lets go of its listener and its global once the tour ends, and answers nothing after', async () => {
    await inject();
    expect(fromBackground({ type: 'tourViewChanged', view: null, words: null })).toEqual([{ received: true }]);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    expect(listeners.size).toBe(0);
    expect((globalThis as { [SLOT]?: unknown })[SLOT]).toBeUndefined();
    // The background then finds no tour UI (no reply) and injects the script again.
    expect(fromBackground({ type: 'tourViewChanged', view: VIEW, words: tourWordsFor('en') })).toEqual([]);
    await inject();
    expect(listeners.size).toBe(1);
    expect(document.querySelector(OVERLAY_TAG)).not.toBeNull();
  });

  it('lets go as soon as it finds no tour to show', async () => {
    view = null;
    vi.resetModules();
    await import('./index');
    expect(added).toBe(1);
    await vi.waitFor(() => expect(listeners.size).toBe(0));
    expect((globalThis as { [SLOT]?: unknown })[SLOT]).toBeUndefined();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});
