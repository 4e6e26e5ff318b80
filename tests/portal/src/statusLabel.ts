/** A subscription status in the UI language. */
import type { UiStrings } from './i18n/strings';
import type { SubscriptionStatus } from './state/subscriptions';

/** The label of a status: Active / Expired / Disabled in the current strings. */
export function statusLabel(strings: UiStrings, status: SubscriptionStatus): string {
  if (status === 'active') return strings.statusActive;
  return status === 'expired' ? strings.statusExpired : strings.statusDisabled;
}
