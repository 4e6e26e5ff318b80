/**
 * The background (a service worker in Chrome and Edge, an event page in Firefox).
 * Issue 5 gives it the tour sessions; for now it only exists so both browsers load the
 * extension with the background each expects.
 */
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  // Nothing to migrate yet: the extension keeps no state across versions.
});
