/**
 * Billing > Your products (`#/subscriptions`, 2021 worldwide): a Products tab with the list;
 * reactivation through More actions and the pane (docs/admin-center.md, "The English UI by era", 2021).
 */
import { MessageBar, MessageBarType, Pivot, PivotItem, Text } from '@fluentui/react';
import { useState } from 'react';
import { useStrings } from '../../i18n/LanguageContext';
import { format } from '../../i18n/strings';
import { useReplica } from '../../ReplicaContext';
import type { Subscription } from '../../state/subscriptions';
import { PageHeader } from '../PageHeader';
import { ProductsList } from './ProductsList';
import { ReactivatePane } from './ReactivatePane';

/** The page. */
export function YourProductsPage() {
  const strings = useStrings();
  const { store } = useReplica();
  const [reactivating, setReactivating] = useState<Subscription | undefined>();
  const [done, setDone] = useState<string | undefined>();
  return (
    <section data-testid="your-products-page">
      <PageHeader title={strings.navYourProducts} />
      {done && (
        <MessageBar data-testid="reactivate-success" messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)}>
          {format(strings.reactivated, { name: done })}
        </MessageBar>
      )}
      <Pivot aria-label={strings.navYourProducts} defaultSelectedKey="products">
        <PivotItem itemKey="products" headerText={strings.productsTab} headerButtonProps={{ 'data-testid': 'tab-products' }}>
          <ProductsList onReactivate={setReactivating} />
        </PivotItem>
        <PivotItem itemKey="volume" headerText={strings.volumeLicensingTab} headerButtonProps={{ 'data-testid': 'tab-volume-licensing' }}>
          <Text block styles={{ root: { padding: 16 } }}>
            —
          </Text>
        </PivotItem>
      </Pivot>
      <ReactivatePane
        subscription={reactivating}
        confirm="save"
        onDismiss={() => setReactivating(undefined)}
        onReactivated={(s) => {
          store.reactivate(s.id);
          setReactivating(undefined);
          setDone(s.name);
        }}
      />
    </section>
  );
}
