/**
 * The always-injected content script: tiny and self-contained (built as a standalone IIFE).
 *
 * It recognises the admin-center page and its cloud, answers "which page is this?" for the
 * popup, tells the background once that the page loaded (which injects the tour UI when a
 * tour runs in this tab), and hands over a share link's parameters, removing them from the
 * address bar. It installs one message listener and nothing else: no observers, no timers,
 * no DOM changes while no tour runs: every admin page pays for this script, so it must cost
 * nothing while idle (docs/architecture.md, "Choices"; the benchmark's idle figures).
 *
 * It talks to the extension APIs directly instead of through webextension-polyfill: the
 * polyfill would multiply the size of the one script every admin page pays for, and the
 * calls used here behave the same in Chrome and Firefox. What it sends is validated by the
 * background (src/messaging/protocol.ts); what it receives is checked below.
 */
import { detectAdminPage } from '../portal/page';
import { rawShareParams, withoutShareParams } from '../tour/share-params';
import { CONTENT_PAGE_QUERY, type ContentPageReply } from './page-query';

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
if (share) {
  // The parameters are handed over once; a reload must not start the link again.
  history.replaceState(history.state, '', withoutShareParams(here));
  void api.runtime.sendMessage({ type: 'shareLinkOpened', ...share }).catch(() => {});
} else {
  void api.runtime.sendMessage({ type: 'contentReady' }).catch(() => {});
}
