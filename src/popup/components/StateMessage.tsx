import { useTranslation } from '../use-translation';
import { ActionButton } from './ActionButton';

/** Props of StateMessage. */
export interface StateMessageProps {
  readonly kind: 'loading' | 'error' | 'empty';
  /** Try again (error only). */
  readonly onRetry?: () => void;
}

/**
 * What the popup says instead of its content, so it is never blank: loading the tab's
 * state, could not learn it (with Try again), or no tours in the catalog at all.
 */
export function StateMessage({ kind, onRetry }: StateMessageProps) {
  const { t } = useTranslation();
  if (kind === 'loading') {
    return (
      <p class="state" role="status">
        {t('popupLoading')}
      </p>
    );
  }
  if (kind === 'empty') return <p class="state">{t('catalogEmpty')}</p>;
  return (
    <div class="state state-error" role="alert">
      <p>{t('errorNoState')}</p>
      {onRetry ? <ActionButton onPress={onRetry}>{t('popupRetry')}</ActionButton> : null}
    </div>
  );
}
