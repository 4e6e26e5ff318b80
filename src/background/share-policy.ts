import { isTaskAllowed, type Policy } from '../settings/policy';
import type { Prefs } from '../settings/prefs';
import type { Cloud } from '../portal/clouds';
import type { ShareLinkReading } from '../tour/share-link';
import { currentTaskId, taskAliases } from './catalog';
import { resolveShareLink, type ShareOutcome } from './share';

/**
 * What a share link opened in an admin tab leads to, under the organisation's policy
 * (src/settings/policy.ts): refused when the policy turns share links off or does not offer
 * the task; else {@link resolveShareLink}, the policy's default tour language standing in
 * for the admin's when they chose none. Never throws.
 */
export function shareLinkOutcome(reading: ShareLinkReading, cloud: Cloud | null, prefs: Prefs, policy: Policy, browserLanguage: string): ShareOutcome {
  return refusedByPolicy(reading, policy) ?? resolveShareLink(reading, cloud, withPolicyDefaults(prefs, policy), browserLanguage);
}

/**
 * The share-link outcome when the enterprise policy refuses the link (src/settings/policy.ts):
 * share links turned off, or a task the organisation does not offer. Null: the policy allows it.
 */
function refusedByPolicy(reading: ShareLinkReading, policy: Policy): ShareOutcome | null {
  if (reading.kind === 'none') return null;
  if (!policy.acceptShareLinks) return { session: null, notice: { reason: 'linkRefusedByPolicy', recovered: false } };
  if (reading.kind === 'request' && !isTaskAllowed(policy, currentTaskId(reading.request.taskId), taskAliases)) {
    return { session: null, notice: { reason: 'linkTaskNotAllowed', recovered: false } };
  }
  return null;
}

/** The prefs with the organisation's default tour language where the admin chose none. */
function withPolicyDefaults(prefs: Prefs, policy: Policy): Prefs {
  return { ...prefs, tourLocale: prefs.tourLocale ?? policy.defaultLanguage };
}
