import browser from 'webextension-polyfill';
import { NO_POLICY, type Policy, type PolicyWarn, parsePolicy } from './policy-parse';

export { isTaskAllowed, NO_POLICY, type Policy, type PolicyKey, POLICY_KEYS, parsePolicy, type PolicyWarn } from './policy-parse';

/**
 * Reads the policy from storage.managed. No managed storage (Firefox without a policy
 * rejects; a browser without the area throws) is no policy. Never throws.
 */
export async function readPolicy(warn: PolicyWarn = () => {}): Promise<Policy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    return NO_POLICY;
  }
  return parsePolicy(raw, warn);
}

