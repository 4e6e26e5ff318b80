/**
 * A product row's More actions (…) button and its menu (a `ContextualMenu` in a layer at the
 * end of the body): "Reactivate this subscription" for an expired or disabled subscription,
 * "Cancel subscription" for an active one. Its name comes from `aria-label` and `title` by
 * default; the `more-aria`, `more-title` and `more-hidden-text` shapes keep only one of them
 * (shape/shapes.ts), as the admin center's markup has varied.
 */
import { type IContextualMenuItem, IconButton } from '@fluentui/react';
import { useStrings } from '../../i18n/LanguageContext';
import type { UiStrings } from '../../i18n/strings';
import { useReplica } from '../../ReplicaContext';
import type { Subscription } from '../../state/subscriptions';

/** The row menu's items for subscription `s`. */
export function menuItems(strings: UiStrings, s: Subscription, onReactivate: (s: Subscription) => void): IContextualMenuItem[] {
  const items: IContextualMenuItem[] = [
    { key: 'assign', text: strings.menuAssignLicenses, 'data-testid': 'menu-assign-licenses' },
    { key: 'buy', text: strings.menuBuyLicenses, 'data-testid': 'menu-buy-licenses' },
    { key: 'recurring', text: strings.menuEditRecurringBilling, 'data-testid': 'menu-edit-recurring-billing' },
  ];
  if (s.status === 'active') items.push({ key: 'cancel', text: strings.menuCancelSubscription, 'data-testid': 'menu-cancel-subscription' });
  else items.push({ key: 'reactivate', text: strings.menuReactivate, 'data-testid': 'menu-reactivate', onClick: () => onReactivate(s) });
  return items;
}

/** Visually hidden but read by assistive technology (the usual clip pattern). */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The More actions button of subscription `s`'s row. */
export function MoreActionsButton(props: { subscription: Subscription; onReactivate: (s: Subscription) => void }) {
  const strings = useStrings();
  const { shape } = useReplica();
  const s = props.subscription;
  const byTitle = !shape.has('more-aria') && !shape.has('more-hidden-text');
  const byLabel = !shape.has('more-title') && !shape.has('more-hidden-text');
  return (
    <IconButton
      data-testid={`row-more-actions-${s.id}`}
      iconProps={{ iconName: 'More' }}
      title={byTitle ? strings.moreActions : undefined}
      ariaLabel={byLabel ? strings.moreActions : undefined}
      onRenderMenuIcon={() => null}
      menuProps={{ items: menuItems(strings, s, props.onReactivate) }}
      styles={{ root: { height: 28, position: 'relative' } }}
    >
      {shape.has('more-hidden-text') && <span style={VISUALLY_HIDDEN}>{strings.moreActions}</span>}
    </IconButton>
  );
}
