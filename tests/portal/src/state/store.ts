/**
 * The tenant's state in `sessionStorage`, so a reload keeps a reactivation (as a real tenant
 * would) and a new browser context starts fresh. Only reactivations are stored: a map of
 * subscription id → `active`.
 */
import { DEMO_SUBSCRIPTIONS, largeTenantSubscriptions, type Subscription } from './subscriptions';

/** sessionStorage key of the reactivated ids (JSON array of strings). */
export const REACTIVATED_KEY = 'admin-replica:reactivated';
/** sessionStorage key of the tenant size (`large` or absent). */
export const TENANT_KEY = 'admin-replica:tenant';

type Listener = () => void;

/** A tiny external store for `useSyncExternalStore`. */
export interface SubscriptionStore {
  /** The current list (same array until something changes). */
  getSnapshot(): readonly Subscription[];
  subscribe(listener: Listener): () => void;
  /** Marks a subscription Active and persists it. Unknown ids are ignored. */
  reactivate(id: string): void;
  /** True in large-tenant mode. */
  readonly large: boolean;
}

function readReactivated(storage: Storage): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(REACTIVATED_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Builds the store. The tenant is large when `?tenant=large` is in the URL or was earlier in
 * this tab (kept in sessionStorage so fragment navigation without the query keeps it).
 * @param search `location.search`.
 * @param storage usually `window.sessionStorage`.
 * @param shaped the tenant a `?shape=` asks for (one subscription, 300); wins over the size.
 */
export function createSubscriptionStore(search: string, storage: Storage, shaped?: readonly Subscription[]): SubscriptionStore {
  const tenant = new URLSearchParams(search).get('tenant');
  if (tenant === 'large') storage.setItem(TENANT_KEY, 'large');
  else if (tenant !== null) storage.removeItem(TENANT_KEY);
  const large = storage.getItem(TENANT_KEY) === 'large';
  const base = shaped ? [...shaped] : large ? largeTenantSubscriptions() : [...DEMO_SUBSCRIPTIONS];
  const reactivated = readReactivated(storage);
  const listeners = new Set<Listener>();
  const compute = (): readonly Subscription[] =>
    base.map((s) => (reactivated.has(s.id) ? { ...s, status: 'active' as const } : s));
  let snapshot = compute();
  return {
    large,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reactivate(id) {
      if (!base.some((s) => s.id === id)) return;
      reactivated.add(id);
      storage.setItem(REACTIVATED_KEY, JSON.stringify([...reactivated]));
      snapshot = compute();
      for (const listener of listeners) listener();
    },
  };
}
