/** Billing > Subscriptions (`#/subscriptions` on Germany and 21Vianet): subscription cards. */
import { MessageBar, MessageBarType, Stack } from '@fluentui/react';
import { useState } from 'react';
import { useStrings } from '../../i18n/LanguageContext';
import { format } from '../../i18n/strings';
import { useReplica, useSubscriptions } from '../../ReplicaContext';
import type { Subscription } from '../../state/subscriptions';
import { PageHeader } from '../PageHeader';
import { LegacyPaymentDialog } from './LegacyPaymentDialog';
import { SubscriptionCard } from './SubscriptionCard';

/** The page. */
export function LegacySubscriptionsPage() {
  const strings = useStrings();
  const { store } = useReplica();
  const subscriptions = useSubscriptions();
  const [reactivating, setReactivating] = useState<Subscription | undefined>();
  const [done, setDone] = useState<string | undefined>();
  return (
    <section data-testid="legacy-subscriptions-page">
      <PageHeader title={strings.navSubscriptions} />
      {done && (
        <MessageBar data-testid="reactivate-success" messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)}>
          {format(strings.reactivated, { name: done })}
        </MessageBar>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 16 }} styles={{ root: { marginTop: 8 } }}>
        {subscriptions.map((s) => (
          <SubscriptionCard key={s.id} subscription={s} onReactivate={() => setReactivating(s)} />
        ))}
      </Stack>
      <LegacyPaymentDialog
        subscription={reactivating}
        onDismiss={() => setReactivating(undefined)}
        onConfirm={(s) => {
          store.reactivate(s.id);
          setReactivating(undefined);
          setDone(s.name);
        }}
      />
    </section>
  );
}
