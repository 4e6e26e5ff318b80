import { epochNow, tourUiInbox } from './tour-ui-inbox';

/** A content script's first message to the background: contentReady or shareLinkOpened (src/messaging/protocol.ts validates it there). */
export type FirstMessage = { readonly type: 'contentReady'; readonly sentAt: number } | { readonly type: 'shareLinkOpened'; readonly tour: string | null; readonly lang: string | null; readonly step: string | null; readonly sentAt: number };

/**
 * Sends a content script's one message and puts the reply in the tour UI's inbox
 * (./tour-ui-inbox.ts): when a tour runs in the tab, the background injects the tour UI
 * meanwhile and replies with what it shows, so the first coach mark takes one round trip.
 * The reply is not checked here beyond being an object (the tour UI validates it); a failed
 * send hands over null. Never throws.
 *
 * Talks to `runtime` directly instead of through webextension-polyfill: `browser` in Firefox,
 * `chrome` in Chromium, both promise-based for sendMessage in Manifest V3 (MDN,
 * runtime.sendMessage; Chrome docs, chrome.runtime); the polyfill would multiply the size of
 * the scripts every admin page pays for.
 */
export function sendFirstMessage(message: FirstMessage): void {
  const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const inbox = tourUiInbox();
  inbox.pending = true;
  const handOver = (reply: unknown) => {
    inbox.pending = false;
    inbox.receivedAt = epochNow();
    inbox.payload = typeof reply === 'object' && reply !== null ? reply : null;
    inbox.deliver?.(inbox.payload);
  };
  try {
    api.runtime.sendMessage(message).then(handOver, () => handOver(null));
  } catch {
    // The extension was reloaded or removed under this page: no background to ask.
    handOver(null);
  }
}
