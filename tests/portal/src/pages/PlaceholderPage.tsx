/** Any admin route the replica only names (`#/billoverview`, `#/Domains`, …). */
import { Text } from '@fluentui/react';
import { PageHeader } from './PageHeader';

/** A page with the route as its title and nothing else. */
export function PlaceholderPage(props: { path: string }) {
  return (
    <section>
      <PageHeader title={props.path || '—'} />
      <Text data-testid="placeholder-page">This page is not part of the replica.</Text>
    </section>
  );
}
