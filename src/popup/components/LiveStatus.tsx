import type { StatusMessage } from '../use-popup';
import { useTranslation } from '../use-translation';

/**
 * The popup's polite live region: "Link copied", "Tour started", or what went wrong. It is
 * always in the page (empty when there is nothing to say) so screen readers announce changes.
 */
export function LiveStatus({ status }: { status: StatusMessage | null }) {
  const { t } = useTranslation();
  return (
    <p class={`live-status${status?.tone === 'error' ? ' live-status-error' : ''}`} role="status" aria-live="polite">
      {status ? t(status.key, status.values) : ''}
    </p>
  );
}
