/**
 * The few extension APIs the tour UI uses, straight from the browser: `browser` in Firefox,
 * `chrome` in Chromium (both promise-based for sendMessage in Manifest V3), with no
 * webextension-polyfill (its size; these calls behave the same in both browsers).
 */

/** A `runtime.onMessage` listener (the WebExtensions signature). */
type MessageListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;

/** The part of `runtime` the tour UI uses. */
interface TourUiRuntime {
  /** Undefined (or throwing) once the extension was reloaded or removed. */
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  readonly onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}

function runtime(): TourUiRuntime {
  const api = (globalThis as { browser?: { runtime: TourUiRuntime }; chrome?: { runtime: TourUiRuntime } }).browser ?? (globalThis as { chrome?: { runtime: TourUiRuntime } }).chrome;
  if (!api) throw new Error('Tour UI: no extension API (browser, chrome) here');
  return api.runtime;
}

/** Sends a message to the background; resolves to its reply, undefined when there is none or the extension is gone. */
export async function sendToBackground(message: { readonly type: string; readonly [key: string]: unknown }): Promise<unknown> {
  try {
    return await runtime().sendMessage(message);
  } catch {
    return undefined;
  }
}

/**
 * Listens for messages from the background. `answer` returns the reply to send at once, or
 * undefined to leave the message unanswered.
 * @returns a function that removes the listener (harmless once the extension is gone).
 */
export function onBackgroundMessage(answer: (message: unknown) => unknown): () => void {
  const listener: MessageListener = (message, _sender, sendResponse) => {
    const reply = answer(message);
    if (reply === undefined) return false;
    sendResponse(reply);
    return false;
  };
  runtime().onMessage.addListener(listener);
  return () => {
    try {
      runtime().onMessage.removeListener(listener);
    } catch {
      // The extension was reloaded or removed: its runtime, and the listener with it, is gone.
    }
  };
}

/**
 * Whether this script's extension still runs: after a reload or removal the old content
 * scripts live on in the page with a dead runtime (Chrome clears `runtime.id`).
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime().id);
  } catch {
    return false;
  }
}
