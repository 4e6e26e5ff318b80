/** A white card with a title, as the Home page and the legacy subscriptions page show them. */
import { Stack, Text } from '@fluentui/react';
import type { ReactNode } from 'react';

/** A card; `children` go under the title. */
export function Card(props: { title: string; testId?: string; children?: ReactNode; width?: number }) {
  return (
    <Stack
      data-testid={props.testId}
      tokens={{ childrenGap: 8 }}
      styles={{ root: { background: '#fff', padding: 20, width: props.width ?? 300, minHeight: 140, boxShadow: '0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11)', borderRadius: 2 } }}
    >
      <Text as="h2" variant="large" styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {props.title}
      </Text>
      {props.children}
    </Stack>
  );
}
