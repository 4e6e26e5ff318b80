/** A page title as the admin center shows it (a level-1 heading). */
import { Text } from '@fluentui/react';

/** The page's `h1`. */
export function PageHeader(props: { title: string; testId?: string }) {
  return (
    <Text as="h1" variant="xLarge" block data-testid={props.testId ?? 'page-title'} styles={{ root: { fontWeight: 600, margin: '8px 0 16px' } }}>
      {props.title}
    </Text>
  );
}
