import { Component, createRef } from 'preact';
import { keepDocked } from './dock';
import type { LinkNotice } from '../../tour/session';
import type { Translate } from './words';

/**
 * A share link that could not be followed exactly (docs/architecture.md,
 * "Share link"): a centred card saying so in
 * the admin's language. When nothing could be started it is titled "This tour link is not
 * valid"; when the nearest sensible tour runs it only explains the difference. Focused on
 * open so a screen reader reads it; OK or Esc dismisses it.
 */
export class NoticeCard extends Component<{ notice: LinkNotice; t: Translate; onDismiss(): void }> {
  readonly #card = createRef<HTMLDivElement>();
  #undock: (() => void) | undefined;

  override componentDidMount(): void {
    const card = this.#card.current;
    const host = (card?.getRootNode() as ShadowRoot | undefined)?.host;
    if (card && host) this.#undock = keepDocked(card, host);
    card?.focus();
  }

  override componentWillUnmount(): void {
    this.#undock?.();
  }

  override render({ notice, t, onDismiss }: { notice: LinkNotice; t: Translate; onDismiss(): void }) {
    return (
      <div
        ref={this.#card}
        class="coach docked"
        role="alertdialog"
        aria-labelledby="admin-coach-notice-title"
        aria-describedby="admin-coach-notice-body"
        tabIndex={-1}
        onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
      >
        <div class="head">
          <h2 class="title" id="admin-coach-notice-title">
            {notice.recovered ? 'Admin Coach' : t('linkInvalidTitle')}
          </h2>
        </div>
        <p class="body" id="admin-coach-notice-body">
          {t(notice.reason)}
        </p>
        <div class="actions">
          <button type="button" class="action primary" data-action="dismiss">
            {t('noticeDismiss')}
          </button>
        </div>
      </div>
    );
  }
}
