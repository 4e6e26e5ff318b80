/**
 * What every page needs to know besides the language: the cloud and era (from the host), and
 * the tenant's subscriptions.
 */
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { Cloud, Era } from './cloud';
import type { Shape } from './shape/shapes';
import type { SubscriptionStore } from './state/store';
import type { Subscription } from './state/subscriptions';

/** The replica's fixed facts for this page load. */
export interface Replica {
  cloud: Cloud;
  era: Era;
  store: SubscriptionStore;
  /** The markup variants of this page load (`?shape=`, shape/shapes.ts); empty = default. */
  shape: Shape;
}

const ReplicaContext = createContext<Replica | null>(null);

/** Provides the replica facts to the app. */
export function ReplicaProvider(props: { value: Replica; children: ReactNode }) {
  return <ReplicaContext.Provider value={props.value}>{props.children}</ReplicaContext.Provider>;
}

/** The replica facts. Throws outside a `ReplicaProvider`. */
export function useReplica(): Replica {
  const value = useContext(ReplicaContext);
  if (!value) throw new Error('useReplica outside ReplicaProvider');
  return value;
}

/** The subscriptions, re-rendering on a reactivation. */
export function useSubscriptions(): readonly Subscription[] {
  const { store } = useReplica();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
