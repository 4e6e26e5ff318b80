/**
 * A legacy subscription card (Germany, 21Vianet; the 2019–2020 shape in docs/admin-center.md and
 * the image alt text of seed 004: "a subscription card with Disabled and Reduced functionality
 * and a Reactivate button").
 */
import { DefaultButton, FontIcon, Stack, Text } from '@fluentui/react';
import { useStrings } from '../../i18n/LanguageContext';
import type { Subscription } from '../../state/subscriptions';
import { statusLabel } from '../../statusLabel';
import { Card } from '../Card';

/** One card. `onReactivate` starts the payment-details step. */
export function SubscriptionCard(props: { subscription: Subscription; onReactivate: () => void }) {
  const strings = useStrings();
  const s = props.subscription;
  const inactive = s.status !== 'active';
  return (
    <Card title={s.name} testId={`legacy-card-${s.id}`}>
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 6 }}>
        {inactive && <FontIcon iconName="Warning" style={{ color: '#a4262c' }} />}
        <Text data-testid={`legacy-status-${s.id}`} styles={{ root: { fontWeight: 600, color: inactive ? '#a4262c' : '#107c10' } }}>
          {statusLabel(strings, s.status)}
        </Text>
      </Stack>
      {s.status === 'disabled' && <Text data-testid={`legacy-reduced-${s.id}`}>{strings.reducedFunctionality}</Text>}
      <Text variant="small">
        {strings.colAssignedLicenses}: {s.assigned} / {s.purchased}
      </Text>
      {inactive && <DefaultButton data-testid={`legacy-reactivate-${s.id}`} text={strings.reactivate} onClick={props.onReactivate} />}
    </Card>
  );
}
