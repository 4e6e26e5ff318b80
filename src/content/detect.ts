/**
 * The always-injected content script: tiny and self-contained (built as a standalone IIFE).
 *
 * It runs at document_start. It recognises the admin-center page and its cloud, answers
 * "which page is this?" (asked by the end-to-end tests' probe: the popup and the background
 * judge a tab by its URL), and sends the background one message as the page
 * starts: that it loaded, or a share link's parameters (removed from the address bar). When
 * a tour runs in the tab, the background injects the tour UI meanwhile and replies with
 * what it shows (view, notice, words); the reply goes to the tour UI through the inbox
 * (./tour-ui-inbox.ts), so the first coach mark takes one round trip. It installs one
 * message listener and nothing else: no observers, no timers, no DOM changes while no tour
 * runs (every admin page pays for this script, so it must cost nothing while idle:
 * docs/architecture.md, "Choices"; the benchmark's idle figures).
 *
 * It talks to the extension APIs directly instead of through webextension-polyfill: the
 * polyfill would multiply the size of the one script every admin page pays for, and the
 * calls used here behave the same in Chrome and Firefox. What it sends is validated by the
 * background (src/messaging/protocol.ts); what it receives is checked below.
 */
import { detectAdminPage } from '../portal/page';
import { rawShareParams, withoutShareParams } from '../tour/share-params';
import { CONTENT_PAGE_QUERY, type ContentPageReply } from './page-query';
import { epochNow, tourUiInbox } from './tour-ui-inbox';

/** `browser` in Firefox, `chrome` in Chromium: both have runtime.onMessage / sendMessage. */
const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;

api.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: ContentPageReply) => void) => {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== CONTENT_PAGE_QUERY) {
    return false;
  }
  sendResponse({ page: detectAdminPage(location.href) });
  return false;
});

const here = new URL(location.href);
const share = rawShareParams(here);
// The parameters are handed over once; a reload must not start the link again.
if (share) history.replaceState(history.state, '', withoutShareParams(here));
const inbox = tourUiInbox();
inbox.pending = true;
const handOver = (reply: unknown) => {
  inbox.pending = false;
  inbox.receivedAt = epochNow();
  inbox.payload = typeof reply === 'object' && reply !== null ? reply : null;
  inbox.deliver?.(inbox.payload);
};
api.runtime
  .sendMessage(share ? { type: 'shareLinkOpened', ...share, sentAt: epochNow() } : { type: 'contentReady', sentAt: epochNow() })
  .then(handOver, () => handOver(null));
