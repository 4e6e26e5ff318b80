import browser from 'webextension-polyfill';
import type { AdminPage } from '../portal/page';
import { type Policy, startPolicyRead } from '../settings/policy';
import { PREFS_KEY, type Prefs, readPrefs, writePrefs } from '../settings/prefs';
import { warnOnce } from './warn-once';

/**
 * The admin's prefs (storage.local) and the organisation's policy (storage.managed), read
 * once and then answered from the background's memory: a tab's first message needs both,
 * and a storage read is a round trip to the browser. storage.onChanged forgets a value the
 * moment it changes anywhere (the popup writes prefs itself; an administrator may change
 * the policy), so the next read goes to storage again. A background that was stopped starts
 * with nothing in memory. While storage.managed has not answered (seconds after a browser
 * start in Chromium), the policy in memory is the last copy of it (src/settings/policy.ts
 * startPolicyRead), replaced by storage.managed's own as soon as it answers.
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

/** The policy (src/settings/policy.ts startPolicyRead's `first`, warnings logged once), from memory when read before. Never rejects. */
export function policyFromMemory(): Promise<Policy> {
  if (!policy) {
    const read = startPolicyRead(warnOnce);
    const first = read.first;
    policy = first;
    // Unless a change was seen meanwhile (a newer read is under way), storage.managed's own
    // answer replaces the copy the first answer may have come from.
    void read.managed.then((managed) => {
      if (policy === first) policy = Promise.resolve(managed);
    });
  }
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

/**
 * Registers {@link forgetChanged} (at the background's top level). A changed policy is read
 * again at once, so that the copy kept for the next browser start is the new one.
 */
export function watchSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    forgetChanged(changes, area);
    if (area === 'managed') void policyFromMemory();
  });
}

/** Remembers the admin's cloud (where Start opens the admin center), writing only on a change of `prefs` (as just read). */
export async function rememberCloud(page: AdminPage, prefs: Prefs): Promise<void> {
  if (prefs.lastCloud !== page.cloud) await savePrefs({ lastCloud: page.cloud }).catch(() => {});
}
