import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { isTaskAllowed } from '../settings/policy';
import { type TourSession, TourSessionSchema } from '../tour/session';
import { taskAliases } from './catalog';
import { policyFromMemory } from './settings-memory';

/**
 * Tour sessions per tab in storage.session: memory only, gone when the browser closes, and
 * kept while the service worker sleeps or restarts (docs/architecture.md, "Storage"): a
 * tour must outlive route changes, full page loads and the worker being stopped.
 *
 * storage.session is also emptied when the extension is reloaded or updated, so every
 * session is mirrored in storage.local under HANDOVER_KEY; the new instance takes the tours
 * over from there (src/background/handover.ts). Tab ids mean nothing after a browser restart,
 * so the mirror is dropped on startup.
 *
 * The background keeps the sessions it read or wrote in memory too, so that a tab's first
 * message is answered without a storage read; storage.onChanged (forgetChangedSessions)
 * drops a tab's entry when its stored session changes, and a stopped background starts with
 * none.
 */

const keyOf = (tabId: number) => `tab:${tabId}`;

/** A storage.session key of a tab's session (keyOf). */
const TAB_KEY = /^tab:\d+$/;

/** Sessions by tab id as last read or written; null: the tab has none. */
const memory = new Map<number, TourSession | null>();

/** storage.local key of the mirror: `{ [tabId]: TourSession }`. */
export const HANDOVER_KEY = 'handover';

/** The mirrored sessions by tab id, each validated; invalid entries are left out. */
export async function readHandover(): Promise<Map<number, TourSession>> {
  const stored = (await browser.storage.local.get(HANDOVER_KEY))[HANDOVER_KEY];
  const sessions = new Map<number, TourSession>();
  if (typeof stored !== 'object' || stored === null) return sessions;
  for (const [tab, value] of Object.entries(stored)) {
    const parsed = v.safeParse(TourSessionSchema, value);
    if (parsed.success && /^\d+$/.test(tab)) sessions.set(Number(tab), parsed.output);
  }
  return sessions;
}

async function mirror(tabId: number, session: TourSession | null): Promise<void> {
  const sessions = await readHandover();
  if (session) sessions.set(tabId, session);
  else if (!sessions.delete(tabId)) return;
  await browser.storage.local.set({ [HANDOVER_KEY]: Object.fromEntries(sessions) });
}

/** Forgets every mirrored session (on browser start, when tab ids start over). */
export async function clearHandover(): Promise<void> {
  await browser.storage.local.remove(HANDOVER_KEY);
}

/** The session of a tab, or null (also when the stored value does not validate); from memory when known. */
export async function getSession(tabId: number): Promise<TourSession | null> {
  const known = memory.get(tabId);
  if (known !== undefined) return known;
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  const parsed = stored === undefined ? null : v.safeParse(TourSessionSchema, stored);
  return parsed?.success ? parsed.output : null;
}

/**
 * Stores a tab's session (in memory at once, then in storage and its mirror, in parallel).
 * @throws valibot's ValiError when `session` is not valid.
 */
export async function setSession(tabId: number, session: TourSession): Promise<void> {
  const valid = v.parse(TourSessionSchema, session);
  memory.set(tabId, valid);
  await Promise.all([browser.storage.session.set({ [keyOf(tabId)]: valid }), mirror(tabId, valid)]);
}

/** Forgets a tab's session. */
export async function removeSession(tabId: number): Promise<void> {
  memory.set(tabId, null);
  await Promise.all([browser.storage.session.remove(keyOf(tabId)), mirror(tabId, null)]);
}

/**
 * Whether any tab has a valid session in storage.session (the resume content script is
 * registered exactly then: ./resume-registration.ts).
 */
export async function hasAnySession(): Promise<boolean> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored).some(([key, value]) => TAB_KEY.test(key) && v.is(TourSessionSchema, value));
}

/** Whether a storage.onChanged event changed any tab's session (a session began, moved on, or ended). */
export function changesSessions(changes: Record<string, unknown>, area: string): boolean {
  return area === 'session' && Object.keys(changes).some((key) => TAB_KEY.test(key));
}

/** Drops the memory of the tabs whose stored session changed (storage.onChanged's listener). */
export function forgetChangedSessions(changes: Record<string, unknown>, area: string): void {
  if (area !== 'session') return;
  for (const key of Object.keys(changes)) {
    const tab = /^tab:(\d+)$/.exec(key)?.[1];
    if (tab !== undefined) memory.delete(Number(tab));
  }
}

/** The tab's session; null when none runs or the policy no longer offers its task (the session is then ended). */
export async function allowedSession(tabId: number): Promise<TourSession | null> {
  const [session, policy] = await Promise.all([getSession(tabId), policyFromMemory()]);
  if (!session || isTaskAllowed(policy, session.taskId, taskAliases)) return session;
  await removeSession(tabId);
  return null;
}
