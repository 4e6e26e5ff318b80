import browser from 'webextension-polyfill';
import type { AdminPage } from '../portal/page';
import { type Policy, readPolicy } from '../settings/policy';
import { PREFS_KEY, type Prefs, readPrefs, writePrefs } from '../settings/prefs';
import { warnOnce } from './warn-once';

/**
 * The admin's prefs (storage.local) and the organisation's policy (storage.managed), read
 * once and then answered from the background's memory: a tab's first message needs both,
 * and a storage read is a round trip to the browser. storage.onChanged forgets a value the
 * moment it changes anywhere (the popup writes prefs itself; an administrator may change
 * the policy), so the next read goes to storage again. A background that was stopped starts
 * with nothing in memory.
 */
let prefs: Promise<Prefs> | null = null;
let policy: Promise<Policy> | null = null;

/** The stored prefs (src/settings/prefs.ts readPrefs), from memory when read before. */
export function prefsFromMemory(): Promise<Prefs> {
  if (!prefs) {
    const reading = readPrefs();
    prefs = reading;
    reading.catch(() => {
      if (prefs === reading) prefs = null;
    });
  }
  return prefs;
}

/** The policy (src/settings/policy.ts readPolicy, warnings logged once), from memory when read before. Never rejects. */
export function policyFromMemory(): Promise<Policy> {
  policy ??= readPolicy(warnOnce);
  return policy;
}

/** writePrefs, keeping the written prefs in memory. @throws valibot's ValiError for an invalid value. */
export async function savePrefs(changes: Partial<Prefs>): Promise<Prefs> {
  const next = await writePrefs(changes);
  prefs = Promise.resolve(next);
  return next;
}

/** Forgets what a storage change made stale (storage.onChanged's listener). */
export function forgetChanged(changes: Record<string, unknown>, area: string): void {
  if (area === 'local' && PREFS_KEY in changes) prefs = null;
  if (area === 'managed') policy = null;
}

/** Registers {@link forgetChanged} (at the background's top level). */
export function watchSettings(): void {
  browser.storage.onChanged.addListener(forgetChanged);
}

/** Remembers the admin's cloud (where Start opens the admin center), writing only on a change of `prefs` (as just read). */
export async function rememberCloud(page: AdminPage, prefs: Prefs): Promise<void> {
  if (prefs.lastCloud !== page.cloud) await savePrefs({ lastCloud: page.cloud }).catch(() => {});
}
