import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { type TourSession, TourSessionSchema } from '../tour/session';

/**
 * Tour sessions per tab in storage.session: memory only, gone when the browser closes, and
 * kept while the service worker sleeps or restarts (issue 5, issue 8).
 */

const keyOf = (tabId: number) => `tab:${tabId}`;

/** The session of a tab, or null (also when the stored value does not validate). */
export async function getSession(tabId: number): Promise<TourSession | null> {
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  if (stored === undefined) return null;
  const parsed = v.safeParse(TourSessionSchema, stored);
  return parsed.success ? parsed.output : null;
}

/** Stores a tab's session. @throws valibot's ValiError when `session` is not valid. */
export async function setSession(tabId: number, session: TourSession): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: v.parse(TourSessionSchema, session) });
}

/** Forgets a tab's session. */
export async function removeSession(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
