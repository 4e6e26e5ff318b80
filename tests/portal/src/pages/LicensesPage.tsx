/** Billing > Licenses (`#/licenses`): one row per subscription with its license counts. */
import { CommandBar, DetailsList, DetailsListLayoutMode, type IColumn, SelectionMode } from '@fluentui/react';
import { useStrings } from '../i18n/LanguageContext';
import { useSubscriptions } from '../ReplicaContext';
import type { Subscription } from '../state/subscriptions';
import { PageHeader } from './PageHeader';

/** The licenses page. */
export function LicensesPage() {
  const strings = useStrings();
  const subscriptions = useSubscriptions();
  const columns: IColumn[] = [
    { key: 'name', name: strings.colProductName, fieldName: 'name', minWidth: 220, maxWidth: 360 },
    { key: 'available', name: strings.colAvailableLicenses, minWidth: 120, onRender: (s: Subscription) => s.purchased - s.assigned },
    { key: 'assigned', name: strings.colAssignedLicenses, fieldName: 'assigned', minWidth: 120 },
  ];
  return (
    <section data-testid="licenses-page">
      <PageHeader title={strings.navLicenses} />
      <CommandBar items={[{ key: 'assign', text: strings.assignLicenses, iconProps: { iconName: 'AddFriend' }, 'data-testid': 'licenses-assign' }]} />
      <DetailsList items={[...subscriptions]} columns={columns} layoutMode={DetailsListLayoutMode.justified} selectionMode={SelectionMode.none} getKey={(s: Subscription) => s.id} />
    </section>
  );
}
