import { useId } from 'preact/hooks';
import type { TourSummary } from '../../messaging/protocol';
import { stepNumberOf } from '../../tour/step-number';
import { useTranslation } from '../use-translation';
import { ActionButton } from './ActionButton';

/** Props of RunningTour. */
export interface RunningTourProps {
  readonly tour: TourSummary;
  readonly busy: boolean;
  readonly onResume: () => void;
  readonly onStop: () => void;
  /** Copies a link to the tour's current step; absent when the step cannot be linked. */
  readonly onCopyLink: (() => void) | null;
}

/**
 * The tour running in the target tab: its title (in the tour's language), "Step 2 of 4"
 * (the summary's 0-based step shown 1-based), and Resume (shows the coach mark again at
 * that step), Stop and Copy link.
 */
export function RunningTour({ tour, busy, onResume, onStop, onCopyLink }: RunningTourProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section class="running" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('runningHeading')}</h2>
      <p class="running-title" lang={tour.locale}>
        {tour.title}
      </p>
      <p class="running-progress">{t('tourProgress', { current: stepNumberOf(tour.step), total: tour.total })}</p>
      <div class="actions">
        <ActionButton variant="primary" busy={busy} onPress={onResume}>
          {t('tourResume')}
        </ActionButton>
        <ActionButton busy={busy} onPress={onStop}>
          {t('tourStop')}
        </ActionButton>
        {onCopyLink ? <ActionButton onPress={onCopyLink}>{t('tourCopyLink')}</ActionButton> : null}
      </div>
    </section>
  );
}
