/**
 * The Products tab's list: a Fluent `ShimmeredDetailsList` whose rows arrive late (a simulated
 * load, as the real list waits for its API), each row with a More actions (…) button
 * (MoreActionsButton.tsx). The `list-table` and `list-cards` shapes render the rows as a plain
 * table or as cards instead, `list-labelled` names the list like its tab.
 */
import {
  DetailsListLayoutMode,
  type IColumn,
  Link,
  SelectionMode,
  ShimmeredDetailsList,
  Text,
} from '@fluentui/react';
import { useEffect, useState } from 'react';
import { useStrings } from '../../i18n/LanguageContext';
import { useReplica, useSubscriptions } from '../../ReplicaContext';
import type { Subscription } from '../../state/subscriptions';
import { statusLabel } from '../../statusLabel';
import { MoreActionsButton } from './MoreActionsButton';
import { ProductCards } from './ProductCards';
import { ProductsTable } from './ProductsTable';

/** How long the list "loads" before its rows render, in milliseconds. */
export const LIST_LOAD_DELAY_MS = 700;

/** The list. `onReactivate` opens the pane for a subscription. */
export function ProductsList(props: { onReactivate: (s: Subscription) => void }) {
  const strings = useStrings();
  const { store, shape } = useReplica();
  const label = shape.has('list-labelled') ? strings.productsTab : undefined;
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
      onRender: (s: Subscription) => <MoreActionsButton subscription={s} onReactivate={props.onReactivate} />,
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
  if (shape.has('list-table') || shape.has('list-cards')) {
    const List = shape.has('list-table') ? ProductsTable : ProductCards;
    return (
      <div data-testid="products-list" aria-busy={!loaded}>
        {loaded ? <List items={subscriptions} label={label} onReactivate={props.onReactivate} /> : <Text>{strings.loading}</Text>}
      </div>
    );
  }
  return (
    <div data-testid="products-list" aria-busy={!loaded}>
      <ShimmeredDetailsList
        ariaLabelForGrid={label}
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
        onShouldVirtualize={() => !store.large && !shape.has('many-subscriptions')}
      />
    </div>
  );
}
