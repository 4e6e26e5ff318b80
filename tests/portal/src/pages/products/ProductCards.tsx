/**
 * The Products tab's list as cards (the `list-cards` shape, shape/shapes.ts), one per
 * subscription in a `<ul>`: name link, status and More actions, with the same test ids
 * and menu as the Fluent grid of ProductsList.tsx.
 */
import { Link, Stack, Text } from '@fluentui/react';
import { useStrings } from '../../i18n/LanguageContext';
import type { Subscription } from '../../state/subscriptions';
import { statusLabel } from '../../statusLabel';
import { MoreActionsButton } from './MoreActionsButton';

/** The cards; `label` names the list (the `list-labelled` shape), undefined leaves it unnamed. */
export function ProductCards(props: { items: readonly Subscription[]; label: string | undefined; onReactivate: (s: Subscription) => void }) {
  const strings = useStrings();
  return (
    <ul aria-label={props.label} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, paddingTop: 12, margin: 0, paddingLeft: 0, listStyle: 'none' }}>
      {props.items.map((s) => (
        <li key={s.id} style={{ width: 280, background: '#fff', boxShadow: '0 1.6px 3.6px rgba(0,0,0,.13)', padding: 12, borderRadius: 4 }}>
          <Stack horizontal horizontalAlign="space-between" verticalAlign="start">
            <Link data-testid={`row-name-${s.id}`} href={`#/subscriptions/assets/${s.id}`} styles={{ root: { fontWeight: 600 } }}>
              {s.name}
            </Link>
            <MoreActionsButton subscription={s} onReactivate={props.onReactivate} />
          </Stack>
          <Text block>
            {strings.colPurchasedQuantity}: {s.purchased}
          </Text>
          <Text block>
            {strings.colStatus}:{' '}
            <span data-testid={`row-status-${s.id}`} style={{ color: s.status === 'active' ? '#107c10' : '#a4262c' }}>
              {statusLabel(strings, s.status)}
            </span>
          </Text>
        </li>
      ))}
    </ul>
  );
}
