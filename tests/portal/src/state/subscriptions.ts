/**
 * The replica tenant's subscriptions (test data, no facts of Microsoft's besides the product
 * names and the life cycle: Expired, then Disabled, both reactivatable, per
 * docs/admin-center.md "Who may do it").
 *
 * Pure data: importable from Node tests (no DOM, no React).
 */

/** A subscription's status as the Your products list shows it. */
export type SubscriptionStatus = 'active' | 'expired' | 'disabled';

/** One subscription of the tenant. */
export interface Subscription {
  /** GUID, as in `#/subscriptions/assets/<id>`. */
  id: string;
  /** Product name; the admin center leaves product names in English in every language. */
  name: string;
  status: SubscriptionStatus;
  /** Licenses assigned to users. */
  assigned: number;
  /** Licenses bought. */
  purchased: number;
}

/** Ids of the demo tenant's subscriptions, for tests. */
export const DEMO_IDS = {
  businessStandard: '2f1b7c3e-0a4d-4e8f-9b21-5c6d7e8f0001',
  businessBasic: '2f1b7c3e-0a4d-4e8f-9b21-5c6d7e8f0002',
  e3: '2f1b7c3e-0a4d-4e8f-9b21-5c6d7e8f0003',
  appsForBusiness: '2f1b7c3e-0a4d-4e8f-9b21-5c6d7e8f0004',
  exchangePlan1: '2f1b7c3e-0a4d-4e8f-9b21-5c6d7e8f0005',
} as const;

/** The demo tenant: two active, two expired, one disabled subscription. */
export const DEMO_SUBSCRIPTIONS: readonly Subscription[] = [
  { id: DEMO_IDS.businessStandard, name: 'Microsoft 365 Business Standard', status: 'active', assigned: 18, purchased: 25 },
  { id: DEMO_IDS.businessBasic, name: 'Microsoft 365 Business Basic', status: 'expired', assigned: 9, purchased: 10 },
  { id: DEMO_IDS.e3, name: 'Office 365 E3', status: 'disabled', assigned: 40, purchased: 50 },
  { id: DEMO_IDS.appsForBusiness, name: 'Microsoft 365 Apps for business', status: 'active', assigned: 4, purchased: 5 },
  { id: DEMO_IDS.exchangePlan1, name: 'Exchange Online (Plan 1)', status: 'expired', assigned: 12, purchased: 12 },
];

const LARGE_NAMES = [
  'Microsoft 365 E5',
  'Microsoft 365 Business Premium',
  'Office 365 E1',
  'Microsoft Teams Rooms Pro',
  'Power BI Pro',
  'Visio Plan 2',
  'Project Plan 3',
  'Microsoft Defender for Office 365 (Plan 1)',
];

const STATUS_CYCLE: readonly SubscriptionStatus[] = ['active', 'active', 'active', 'expired', 'active', 'disabled'];

/**
 * The large tenant for benchmarks: the demo subscriptions first, then generated ones with
 * deterministic GUID-shaped ids `00000000-0000-4000-8000-<12-digit index>`.
 * @param count total number of subscriptions (default 1,200: with every row rendered, Your products then has 20,000+ DOM nodes).
 */
export function largeTenantSubscriptions(count = 1200): Subscription[] {
  const list: Subscription[] = [...DEMO_SUBSCRIPTIONS];
  for (let i = list.length; i < count; i += 1) {
    const purchased = 5 + ((i * 7) % 300);
    list.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `${LARGE_NAMES[i % LARGE_NAMES.length]} (${Math.floor(i / LARGE_NAMES.length) + 1})`,
      status: STATUS_CYCLE[i % STATUS_CYCLE.length] ?? 'active',
      assigned: Math.floor(purchased * 0.8),
      purchased,
    });
  }
  return list;
}

/**
 * The tenant of the `many-subscriptions` shape: `count` subscriptions, all active but the demo
 * tenant's, which come last, so the lapsed ones sit below the fold and the list needs
 * scrolling. Ids as in {@link largeTenantSubscriptions}.
 */
export function manySubscriptionsLapsedLast(count = 300): Subscription[] {
  const list: Subscription[] = [];
  for (let i = 0; i < count - DEMO_SUBSCRIPTIONS.length; i += 1) {
    list.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `${LARGE_NAMES[i % LARGE_NAMES.length]} (${Math.floor(i / LARGE_NAMES.length) + 1})`,
      status: 'active',
      assigned: 4,
      purchased: 5,
    });
  }
  return [...list, ...DEMO_SUBSCRIPTIONS];
}

/** The tenant of the `one-subscription` shape: the expired Business Basic alone. */
export const ONE_SUBSCRIPTION: readonly Subscription[] = DEMO_SUBSCRIPTIONS.filter((s) => s.id === DEMO_IDS.businessBasic);
