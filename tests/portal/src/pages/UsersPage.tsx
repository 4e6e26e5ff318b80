/** Users > Active users (`#/users`). */
import { CommandBar, DetailsList, type IColumn } from '@fluentui/react';
import { useStrings } from '../i18n/LanguageContext';
import { PageHeader } from './PageHeader';

interface User {
  key: string;
  displayName: string;
  username: string;
  licenses: string;
}

const USERS: User[] = [
  { key: '1', displayName: 'Megan Bowen', username: 'meganb@contoso.onmicrosoft.com', licenses: 'Microsoft 365 Business Standard' },
  { key: '2', displayName: 'Alex Wilber', username: 'alexw@contoso.onmicrosoft.com', licenses: 'Microsoft 365 Business Basic' },
  { key: '3', displayName: 'Diego Siciliani', username: 'diegos@contoso.onmicrosoft.com', licenses: 'Office 365 E3' },
];

/** The active users page. */
export function UsersPage() {
  const strings = useStrings();
  const columns: IColumn[] = [
    { key: 'displayName', name: strings.colDisplayName, fieldName: 'displayName', minWidth: 160 },
    { key: 'username', name: strings.colUsername, fieldName: 'username', minWidth: 240 },
    { key: 'licenses', name: strings.colLicenses, fieldName: 'licenses', minWidth: 220 },
  ];
  return (
    <section data-testid="users-page">
      <PageHeader title={strings.navActiveUsers} />
      <CommandBar items={[{ key: 'add', text: strings.addUser, iconProps: { iconName: 'AddFriend' }, 'data-testid': 'users-add' }]} />
      <DetailsList items={USERS} columns={columns} />
    </section>
  );
}
