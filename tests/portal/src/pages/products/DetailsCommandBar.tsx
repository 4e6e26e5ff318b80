/**
 * The details page's command bar of the `details-command` and `command-overflow` shapes
 * (shape/shapes.ts): a Fluent `CommandBar` whose Reactivate command (`details-reactivate`)
 * stands in the bar, or (`command-overflow`, a narrow bar) in its overflow "…" menu behind
 * `details-more-commands`, as a command bar shows when its actions do not fit.
 */
import { CommandBar, type ICommandBarItemProps } from '@fluentui/react';
import { useStrings } from '../../i18n/LanguageContext';

/** The bar; `onReactivate` is absent for an active subscription (no Reactivate command). */
export function DetailsCommandBar(props: { overflow: boolean; onReactivate: (() => void) | undefined }) {
  const strings = useStrings();
  const commands: ICommandBarItemProps[] = [
    { key: 'assign', text: strings.menuAssignLicenses, iconProps: { iconName: 'People' }, 'data-testid': 'details-assign-licenses' },
    { key: 'buy', text: strings.menuBuyLicenses, iconProps: { iconName: 'ShoppingCart' }, 'data-testid': 'details-buy-licenses' },
    { key: 'recurring', text: strings.menuEditRecurringBilling, iconProps: { iconName: 'Sync' }, 'data-testid': 'details-edit-recurring-billing' },
  ];
  if (props.onReactivate) {
    commands.push({ key: 'reactivate', text: strings.reactivate, iconProps: { iconName: 'Play' }, 'data-testid': 'details-reactivate', onClick: props.onReactivate });
  }
  const [visible, hidden] = props.overflow ? [commands.slice(0, 1), commands.slice(1)] : [commands, []];
  return (
    <CommandBar
      items={visible}
      overflowItems={hidden}
      overflowButtonProps={{ ariaLabel: strings.moreActions, title: strings.moreActions, 'data-testid': 'details-more-commands' } as never}
      ariaLabel={strings.subscriptionAndPaymentSettings}
      styles={{ root: { paddingLeft: 0, marginBottom: 12 } }}
    />
  );
}
