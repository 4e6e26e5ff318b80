/**
 * The legacy reactivation's second step: payment details, then Reactivate (docs/admin-center.md,
 * 2019–2020: "confirm payment details; select Reactivate"). A modal Fluent `Dialog`.
 */
import { ChoiceGroup, DefaultButton, type IChoiceGroupOption, Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import { useEffect, useState } from 'react';
import { useStrings } from '../../i18n/LanguageContext';
import { format } from '../../i18n/strings';
import { INITIAL_PAYMENT_METHODS } from '../../state/paymentMethods';
import type { Subscription } from '../../state/subscriptions';

/** The dialog; open while `subscription` is set. */
export function LegacyPaymentDialog(props: { subscription: Subscription | undefined; onDismiss: () => void; onConfirm: (s: Subscription) => void }) {
  const strings = useStrings();
  const [method, setMethod] = useState<string | undefined>();
  useEffect(() => {
    if (props.subscription) setMethod(undefined);
  }, [props.subscription]);
  const choices = [
    ...INITIAL_PAYMENT_METHODS.map((m) => ({ key: m.key, text: format(strings.cardEnding, { brand: m.brand, last4: m.last4 }) })),
    { key: 'invoice', text: strings.invoice },
  ];
  // The test id sits on the visible label text (the radio input itself is transparent).
  const options: IChoiceGroupOption[] = choices.map((c) => ({
    ...c,
    onRenderLabel: (option) => (
      <span id={option?.labelId} className="ms-ChoiceFieldLabel" data-testid={`legacy-payment-${c.key}`}>
        {option?.text}
      </span>
    ),
  }));
  return (
    <Dialog
      hidden={props.subscription === undefined}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.largeHeader, title: strings.paymentDetails, subText: props.subscription?.name }}
      modalProps={{ isBlocking: true, containerClassName: 'legacy-payment-dialog' }}
      minWidth={440}
    >
      <div data-testid="legacy-payment-details">
        <ChoiceGroup data-testid="legacy-payment-method" label={strings.paymentMethod} selectedKey={method ?? null} options={options} onChange={(_, o) => setMethod(o?.key)} required />
      </div>
      <DialogFooter>
        <PrimaryButton
          data-testid="legacy-confirm-reactivate"
          text={strings.reactivate}
          disabled={method === undefined}
          onClick={() => {
            if (props.subscription) props.onConfirm(props.subscription);
          }}
        />
        <DefaultButton data-testid="legacy-cancel" text={strings.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
