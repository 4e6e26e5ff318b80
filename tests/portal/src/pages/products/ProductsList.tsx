/**
 * The Products tab's list: a Fluent `ShimmeredDetailsList` whose rows arrive late (a simulated
 * load, as the real list waits for its API), each row with a More actions (…) button whose
 * menu (a `ContextualMenu` in a layer at the end of the body) offers "Reactivate this
 * subscription" for an expired or disabled subscription.
 */
import {
  DetailsListLayoutMode,
  type IColumn,
  type IContextualMenuItem,
  IconButton,
  Link,
  SelectionMode,
  ShimmeredDetailsList,
  Text,
} from '@fluentui/react';
import { useEffect, useState } from 'react';
import { useStrings } from '../../i18n/LanguageContext';
import type { UiStrings } from '../../i18n/strings';
import { useReplica, useSubscriptions } from '../../ReplicaContext';
import type { Subscription } from '../../state/subscriptions';
import { statusLabel } from '../../statusLabel';

/** How long the list "loads" before its rows render, in milliseconds. */
export const LIST_LOAD_DELAY_MS = 700;

function menuItems(strings: UiStrings, s: Subscription, onReactivate: (s: Subscription) => void): IContextualMenuItem[] {
  const items: IContextualMenuItem[] = [
    { key: 'assign', text: strings.menuAssignLicenses, 'data-testid': 'menu-assign-licenses' },
    { key: 'buy', text: strings.menuBuyLicenses, 'data-testid': 'menu-buy-licenses' },
    { key: 'recurring', text: strings.menuEditRecurringBilling, 'data-testid': 'menu-edit-recurring-billing' },
  ];
  if (s.status === 'active') items.push({ key: 'cancel', text: strings.menuCancelSubscription, 'data-testid': 'menu-cancel-subscription' });
  else items.push({ key: 'reactivate', text: strings.menuReactivate, 'data-testid': 'menu-reactivate', onClick: () => onReactivate(s) });
  return items;
}

/** The list. `onReactivate` opens the pane for a subscription. */
export function ProductsList(props: { onReactivate: (s: Subscription) => void }) {
  const strings = useStrings();
  const { store } = useReplica();
  const subscriptions = useSubscriptions();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLoaded(true), LIST_LOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  const columns: IColumn[] = [
    {
      key: 'name',
      name: strings.colProductName,
      minWidth: 240,
      maxWidth: 340,
      isRowHeader: true,
      onRender: (s: Subscription) => (
        <Link data-testid={`row-name-${s.id}`} href={`#/subscriptions/assets/${s.id}`}>
          {s.name}
        </Link>
      ),
    },
    {
      key: 'actions',
      name: '',
      minWidth: 32,
      maxWidth: 32,
      onRender: (s: Subscription) => (
        <IconButton
          data-testid={`row-more-actions-${s.id}`}
          iconProps={{ iconName: 'More' }}
          title={strings.moreActions}
          ariaLabel={strings.moreActions}
          onRenderMenuIcon={() => null}
          menuProps={{ items: menuItems(strings, s, props.onReactivate) }}
          styles={{ root: { height: 28 } }}
        />
      ),
    },
    { key: 'assigned', name: strings.colAssignedLicenses, fieldName: 'assigned', minWidth: 110, maxWidth: 140 },
    { key: 'purchased', name: strings.colPurchasedQuantity, fieldName: 'purchased', minWidth: 110, maxWidth: 140 },
    {
      key: 'status',
      name: strings.colStatus,
      minWidth: 120,
      onRender: (s: Subscription) => (
        <Text data-testid={`row-status-${s.id}`} styles={{ root: { color: s.status === 'active' ? '#107c10' : '#a4262c' } }}>
          {statusLabel(strings, s.status)}
        </Text>
      ),
    },
  ];
  return (
    <div data-testid="products-list" aria-busy={!loaded}>
      <ShimmeredDetailsList
        items={loaded ? [...subscriptions] : []}
        enableShimmer={!loaded}
        shimmerLines={6}
        columns={columns}
        // Shimmer placeholders are null items.
        getKey={(s: Subscription | null, index?: number) => s?.id ?? `shimmer-${index ?? 0}`}
        setKey="products"
        layoutMode={DetailsListLayoutMode.justified}
        selectionMode={SelectionMode.multiple}
        checkboxVisibility={1}
        // Large tenant: render every row, so the page has the DOM size of a big tenant.
        onShouldVirtualize={() => !store.large}
      />
    </div>
  );
}
