/**
 * The background: a service worker in Chrome and Edge, an event page in Firefox. It owns the
 * tour sessions (per tab, storage.session), resolves share links against the catalog, and
 * injects the tour UI into admin-center tabs when a tour runs. Listeners are registered at
 * the top level so a woken worker receives the event that woke it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { removeSession } from './sessions';
import { route } from './router';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.tabs.onRemoved.addListener((tabId) => {
  void removeSession(tabId);
});
