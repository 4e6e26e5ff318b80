/**
 * The "Reactivate this subscription" pane (2021 worldwide, docs/admin-center.md): pick a payment
 * method from the drop-down or Add payment method, then Save (or, opened from a product's
 * details page as in the 2020/2024 texts, Reactivate). A Fluent `Panel`: a layer at the end of
 * the body with a focus trap; in the `dialog` shape (shape/shapes.ts) a modal Fluent `Dialog`
 * with the same controls and test ids. Saving makes the subscription Active.
 */
import { ActionButton, DefaultButton, Dialog, DialogFooter, DialogType, Dropdown, Panel, PanelType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { useEffect, useState } from 'react';
import { useStrings } from '../../i18n/LanguageContext';
import { format } from '../../i18n/strings';
import { useReplica } from '../../ReplicaContext';
import { INITIAL_PAYMENT_METHODS, type PaymentMethod, paymentMethodFromNumber } from '../../state/paymentMethods';
import type { Subscription } from '../../state/subscriptions';

/** Props: the subscription (undefined = closed), the confirm button's label, callbacks. */
export interface ReactivatePaneProps {
  subscription: Subscription | undefined;
  confirm: 'save' | 'reactivate';
  onDismiss: () => void;
  onReactivated: (subscription: Subscription) => void;
}

/** The pane. */
export function ReactivatePane(props: ReactivatePaneProps) {
  const strings = useStrings();
  const { shape } = useReplica();
  const [methods, setMethods] = useState<readonly PaymentMethod[]>(INITIAL_PAYMENT_METHODS);
  const [selected, setSelected] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const [cardNumber, setCardNumber] = useState('');
  const { subscription } = props;
  useEffect(() => {
    if (subscription) {
      setSelected(undefined);
      setAdding(false);
      setCardNumber('');
    }
  }, [subscription]);
  const newMethod = paymentMethodFromNumber(cardNumber);
  const confirmLabel = props.confirm === 'save' ? strings.save : strings.reactivate;
  const footer = (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            data-testid="pane-save"
            text={confirmLabel}
            disabled={selected === undefined}
            onClick={() => {
              if (subscription && selected) props.onReactivated(subscription);
            }}
          />
          <DefaultButton data-testid="pane-cancel" text={strings.cancel} onClick={props.onDismiss} />
        </Stack>
  );
  const body = (
      <Stack tokens={{ childrenGap: 16 }} styles={{ root: { paddingTop: 16 } }}>
        <Text variant="mediumPlus" data-testid="pane-subscription-name" styles={{ root: { fontWeight: 600 } }}>
          {subscription?.name}
        </Text>
        <Dropdown
          data-testid="payment-method-dropdown"
          label={strings.paymentMethod}
          placeholder={strings.selectPaymentMethod}
          selectedKey={selected ?? null}
          options={methods.map((m) => ({ key: m.key, text: format(strings.cardEnding, { brand: m.brand, last4: m.last4 }) }))}
          onRenderOption={(option) => <span data-testid={`payment-option-${String(option?.key)}`}>{option?.text}</span>}
          onChange={(_, option) => setSelected(option ? String(option.key) : undefined)}
        />
        <ActionButton data-testid="add-payment-method" iconProps={{ iconName: 'Add' }} text={strings.addPaymentMethod} onClick={() => setAdding(true)} styles={{ root: { alignSelf: 'flex-start', paddingLeft: 0 } }} />
        {adding && (
          <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
            <TextField
              data-testid="payment-card-number"
              label={strings.cardNumber}
              value={cardNumber}
              inputMode="numeric"
              autoComplete="off"
              onChange={(_, value) => setCardNumber(value ?? '')}
            />
            <DefaultButton
              data-testid="payment-card-add"
              text={strings.add}
              disabled={!newMethod}
              onClick={() => {
                if (!newMethod) return;
                setMethods((prev) => [...prev.filter((m) => m.key !== newMethod.key), newMethod]);
                setSelected(newMethod.key);
                setAdding(false);
                setCardNumber('');
              }}
            />
          </Stack>
        )}
      </Stack>
  );
  if (shape.has('dialog')) {
    return (
      <Dialog
        hidden={subscription === undefined}
        onDismiss={props.onDismiss}
        dialogContentProps={{ type: DialogType.close, title: strings.menuReactivate, closeButtonAriaLabel: strings.cancel }}
        modalProps={{ isBlocking: true }}
        minWidth={480}
      >
        <div data-testid="pane-reactivate">{body}</div>
        <DialogFooter>{footer}</DialogFooter>
      </Dialog>
    );
  }
  return (
    <Panel
      data-testid="pane-reactivate"
      isOpen={subscription !== undefined}
      onDismiss={props.onDismiss}
      type={PanelType.medium}
      headerText={strings.menuReactivate}
      closeButtonAriaLabel={strings.cancel}
      isFooterAtBottom
      onRenderFooterContent={() => footer}
    >
      {body}
    </Panel>
  );
}
