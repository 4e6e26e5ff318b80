/** Home (`#/homepage`): cards that lead to Billing and Users, so tours start somewhere real. */
import { Link, Stack, Text } from '@fluentui/react';
import { useStrings } from '../i18n/LanguageContext';
import { useReplica } from '../ReplicaContext';
import { Card } from './Card';
import { PageHeader } from './PageHeader';

/** The home page. */
export function HomePage() {
  const strings = useStrings();
  const { era, shape } = useReplica();
  const shortcuts = !shape.has('home-no-shortcuts');
  return (
    <section>
      <PageHeader title={strings.homeWelcome} />
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <Card title={strings.navBilling} testId="home-card-billing">
          <Text>{strings.cardBillingBody}</Text>
          {shortcuts && (
            <Link data-testid="home-link-your-products" href="#/subscriptions">
              {era === 'legacy' ? strings.navSubscriptions : strings.navYourProducts}
            </Link>
          )}
          {shortcuts && (
            <Link data-testid="home-link-licenses" href="#/licenses">
              {strings.navLicenses}
            </Link>
          )}
        </Card>
        <Card title={strings.navUsers} testId="home-card-users">
          <Text>{strings.cardUsersBody}</Text>
          <Link data-testid="home-link-add-user" href="#/users">
            {strings.addUser}
          </Link>
        </Card>
        <Card title={strings.cardOfficeApps} testId="home-card-office-apps">
          <Text>{strings.cardOfficeAppsBody}</Text>
        </Card>
      </Stack>
    </section>
  );
}
