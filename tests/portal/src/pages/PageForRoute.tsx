/** Picks the page for a route and the era (legacy Germany/21Vianet or 2021 worldwide). */
import { useReplica } from '../ReplicaContext';
import type { Route } from '../route';
import { HomePage } from './HomePage';
import { LegacySubscriptionsPage } from './legacy/LegacySubscriptionsPage';
import { LicensesPage } from './LicensesPage';
import { PlaceholderPage } from './PlaceholderPage';
import { ProductDetailsPage } from './products/ProductDetailsPage';
import { YourProductsPage } from './products/YourProductsPage';
import { UsersPage } from './UsersPage';

/** The page component of a route. */
export function PageForRoute(props: { route: Route }) {
  const { era } = useReplica();
  const { route } = props;
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'subscriptions':
      return era === 'legacy' ? <LegacySubscriptionsPage /> : <YourProductsPage />;
    case 'asset':
      return <ProductDetailsPage id={route.id} />;
    case 'licenses':
      return <LicensesPage />;
    case 'users':
      return <UsersPage />;
    default:
      return <PlaceholderPage path={route.path} />;
  }
}
