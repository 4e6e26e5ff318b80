import browser from 'webextension-polyfill';
import { type Policy, type PolicyWarn, parsePolicy } from './policy-parse';

export { isTaskAllowed, NO_POLICY, type Policy, type PolicyKey, POLICY_KEYS, parsePolicy, type PolicyWarn } from './policy-parse';

/**
 * storage.local key of storage.managed's contents as last read in this browser (`null`: it
 * had none), so that a read that storage.managed keeps waiting can be answered from them.
 */
export const MANAGED_COPY_KEY = 'managedPolicyCopy';

/**
 * How long (ms) a read waits for storage.managed before it answers from the last copy. A
 * running browser answers in a millisecond or two; right after it starts, Chromium's first
 * storage.managed.get() can take seconds to minutes (measured here: 7 s to 180 s on a fresh
 * start with no policy set; the same wait is reported by other extensions, e.g. Privacy
 * Badger's change "Don't wait for managed storage on startup", github.com/EFForg/privacybadger).
 */
export const MANAGED_GRACE_MS = 100;

/** A policy read: what to go by now, and what storage.managed says once it answers. */
export interface PolicyRead {
  /**
   * storage.managed's policy when it answers within {@link MANAGED_GRACE_MS}, else the policy
   * of the last copy (when there is one; without one it waits for storage.managed). Never rejects.
   */
  readonly first: Promise<Policy>;
  /** storage.managed's own policy, whenever it answers. Never rejects. */
  readonly managed: Promise<Policy>;
}

/**
 * Reads the policy from storage.managed, keeping a copy of what it read in storage.local
 * ({@link MANAGED_COPY_KEY}, written only when it changed). No managed storage (Firefox
 * without a policy rejects; a browser without the area throws) is no policy. A copy is only
 * ever the organisation's own earlier values, validated again as it is read (parsePolicy), and
 * is gone by as soon as storage.managed answers.
 * @param warn told of each ignored value of storage.managed's answer (not of the copy's: those
 *   were told when they were read).
 */
export function startPolicyRead(warn: PolicyWarn = () => {}): PolicyRead {
  const raw = readManaged();
  const managed = raw.then((contents) => parsePolicy(contents, warn));
  const copy = readCopy();
  void Promise.all([raw, copy]).then(([contents, copied]) => keepCopy(contents, copied));
  const fallback = new Promise<void>((wait) => setTimeout(wait, MANAGED_GRACE_MS))
    .then(() => copy)
    .then((contents) => (contents === undefined ? managed : parsePolicy(contents)));
  return { first: Promise.race([managed, fallback]), managed };
}

/** {@link startPolicyRead}'s `first`: the policy to go by now. Never throws. */
export function readPolicy(warn: PolicyWarn = () => {}): Promise<Policy> {
  return startPolicyRead(warn).first;
}

/** storage.managed's contents, or null when there is no managed storage. */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return null;
  }
}

/** The last copy's contents (anything: validated when parsed), or undefined when there is none or it cannot be read. */
async function readCopy(): Promise<unknown> {
  try {
    const stored = await browser.storage.local.get(MANAGED_COPY_KEY);
    return Object.hasOwn(stored, MANAGED_COPY_KEY) ? stored[MANAGED_COPY_KEY] : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `contents` as the copy unless the copy (`copied`, as read) holds them already; a failed write only loses the copy. */
async function keepCopy(contents: unknown, copied: unknown): Promise<void> {
  try {
    if (JSON.stringify(copied) === JSON.stringify(contents)) return;
    await browser.storage.local.set({ [MANAGED_COPY_KEY]: contents });
  } catch {
    // No copy: the next start waits for storage.managed, as without one.
  }
}
