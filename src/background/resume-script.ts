import browser from 'webextension-polyfill';
import { type ContentScriptRegistry, resumeScriptReconciler } from './resume-registration';
import { hasAnySession } from './sessions';
import { warnOnce } from './warn-once';

/**
 * Keeps the resume content script registered exactly while a tour session exists
 * (./resume-registration.ts): call it when the background starts, after the extension was
 * installed, reloaded or updated (runtime.onInstalled, once the handover has restored the
 * sessions), and whenever a session changes (storage.onChanged). Queued, never throws; a
 * failure is logged once.
 * @returns the outcome of this reconcile, null when it failed.
 */
export const reconcileResumeScriptNow = resumeScriptReconciler(browser.scripting as unknown as ContentScriptRegistry, hasAnySession, (error) =>
  warnOnce('resume-script', String(error)),
);
