/**
 * The always-injected content script: tiny and self-contained (built as a standalone IIFE).
 *
 * It recognises the admin-center page and its cloud, answers "which page is this?" for the
 * popup, and asks the background once whether a tour should run in this tab. It installs one
 * message listener and nothing else: no observers, no timers, no DOM changes while no tour
 * runs (issue 2, issue 9's idle budget).
 *
 * It talks to the extension APIs directly instead of through webextension-polyfill: the
 * polyfill would multiply the size of the one script every admin page pays for, and the
 * two calls used here behave the same in Chrome and Firefox.
 */
import { detectAdminPage } from '../portal/page';
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
