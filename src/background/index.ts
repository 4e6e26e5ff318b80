/**
 * The background: a service worker in Chrome and Edge, an event page in Firefox. It owns the
 * tour sessions (per tab, storage.session), resolves share links against the catalog, and
 * injects the tour UI into admin-center tabs when a tour runs. Listeners are registered at
 * the top level so a woken worker receives the event that woke it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { resumeToursAfterReload } from './handover';
import { route } from './router';
import { reconcileResumeScriptNow } from './resume-script';
import { changesSessions, clearHandover, forgetChangedSessions, removeSession } from './sessions';
import { policyFromMemory, prefsFromMemory, watchSettings } from './settings-memory';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
// What the background keeps in memory is forgotten the moment it changes in storage. The
// settings are read as the background starts, so that a tab's first message finds them in
// memory (Chromium's first storage.managed read takes seconds on a cold start).
watchSettings();
void prefsFromMemory().catch(() => {});
void policyFromMemory();
browser.storage.onChanged.addListener((changes, area) => {
  forgetChangedSessions(changes, area);
  // A tour began or the last one ended: the resume script follows (./resume-script.ts).
  if (changesSessions(changes, area)) void reconcileResumeScriptNow();
});
// Whatever a browser restart or an update left registered, it matches the sessions again.
void reconcileResumeScriptNow();

browser.tabs.onRemoved.addListener((tabId) => {
  void removeSession(tabId);
});

// A new browser session: tab ids start over, so tours mirrored from the last one mean nothing.
browser.runtime.onStartup.addListener(() => {
  void clearHandover();
});

// Reloaded or updated while tours ran: take them over (a fresh install finds none).
browser.runtime.onInstalled.addListener(() => {
  void resumeToursAfterReload()
    .catch(() => {})
    .then(() => reconcileResumeScriptNow());
});
