/**
 * A product's details (`#/subscriptions/assets/<id>`; route seen in public code, unverified:
 * docs/admin-center.md). Holds the older worldwide shapes: a Billing section with a Reactivate button
 * (2019–2020 texts: "choose the subscription, then select Reactivate") and "Subscription and
 * payment settings > Subscription status > Reactivate subscription" (2024 text). Both open the
 * pane, ending with Reactivate. The command-bar shapes (DetailsCommandBar.tsx) move the
 * Billing card's Reactivate into a command bar above the cards (and drop the status card's
 * Reactivate subscription link: the command bar is the only way).
 */
import { Breadcrumb, DefaultButton, Link, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { useState } from 'react';
import { useStrings } from '../../i18n/LanguageContext';
import { format } from '../../i18n/strings';
import { useReplica, useSubscriptions } from '../../ReplicaContext';
import type { Subscription } from '../../state/subscriptions';
import { statusLabel } from '../../statusLabel';
import { Card } from '../Card';
import { DetailsCommandBar } from './DetailsCommandBar';
import { PageHeader } from '../PageHeader';
import { ReactivatePane } from './ReactivatePane';

/** The details page of subscription `id`. */
export function ProductDetailsPage(props: { id: string }) {
  const strings = useStrings();
  const { store, era, shape } = useReplica();
  const commandBar = shape.has('details-command') || shape.has('command-overflow');
  const subscription = useSubscriptions().find((s) => s.id.toLowerCase() === props.id.toLowerCase());
  const [reactivating, setReactivating] = useState<Subscription | undefined>();
  const [done, setDone] = useState(false);
  const listName = era === 'legacy' ? strings.navSubscriptions : strings.navYourProducts;
  if (!subscription) {
    return (
      <section>
        <PageHeader title={listName} />
        <MessageBar messageBarType={MessageBarType.error}>{props.id}</MessageBar>
      </section>
    );
  }
  const inactive = subscription.status !== 'active';
  return (
    <section data-testid="product-details-page">
      <Breadcrumb
        items={[
          { key: 'list', text: listName, href: '#/subscriptions' },
          { key: 'this', text: subscription.name, isCurrentItem: true },
        ]}
      />
      <PageHeader title={subscription.name} />
      {commandBar && <DetailsCommandBar overflow={shape.has('command-overflow')} onReactivate={inactive ? () => setReactivating(subscription) : undefined} />}
      {done && (
        <MessageBar data-testid="reactivate-success" messageBarType={MessageBarType.success}>
          {format(strings.reactivated, { name: subscription.name })}
        </MessageBar>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <Card title={strings.subscriptionAndPaymentSettings} width={380}>
          <Text>{strings.subscriptionStatus}</Text>
          <Text data-testid="details-status" styles={{ root: { fontWeight: 600 } }}>
            {statusLabel(strings, subscription.status)}
          </Text>
          {inactive && !commandBar && (
            <Link data-testid="details-reactivate-subscription" onClick={() => setReactivating(subscription)}>
              {strings.reactivateSubscription}
            </Link>
          )}
        </Card>
        <Card title={strings.billingSection} width={380}>
          <Text>
            {strings.colPurchasedQuantity}: {subscription.purchased}
          </Text>
          {inactive && !commandBar && <DefaultButton data-testid="details-reactivate" text={strings.reactivate} onClick={() => setReactivating(subscription)} />}
        </Card>
      </Stack>
      <ReactivatePane
        subscription={reactivating}
        confirm="reactivate"
        onDismiss={() => setReactivating(undefined)}
        onReactivated={(s) => {
          store.reactivate(s.id);
          setReactivating(undefined);
          setDone(true);
        }}
      />
    </section>
  );
}
