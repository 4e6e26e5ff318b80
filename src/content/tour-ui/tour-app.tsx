import { render } from 'preact';
import type { TourWords } from '../../i18n/tour-words';
import type { TourUiPayload } from '../../messaging/tour-ui-payload';
import type { LinkNotice } from '../../tour/session';
import { shareLinkForStep } from '../../tour/step-link';
import { type OverlayAction, routeOverlayClicks } from './actions';
import type { CoachActions, ShareResult } from './CoachMark';
import { extensionAlive, sendToBackground } from './extension';
import { createOverlayHost, type OverlayHost } from './host';
import { recordHop } from './hops';
import { epochNow } from '../tour-ui-inbox';
import { Overlay } from './Overlay';
import { TourRunner } from './runner';
import { type Translate, translatorFor } from './words';

/**
 * The tour UI of one tab: turns the views the background sends into a running tour
 * (runner) and its overlay, and reports progress back. Created once per page; a tour that
 * ends leaves nothing behind in the page, and tells its owner (`onEmpty`) that it shows
 * nothing any more, so the owner can let go of this object and its message listener.
 */
export class TourApp {
  readonly #onEmpty: () => void;
  #host: OverlayHost | null = null;
  #runner: TourRunner | null = null;
  #notice: LinkNotice | null = null;
  /** The words shown, and `t` over them; null until the first payload. */
  #words: TourWords | null = null;
  #t: Translate | null = null;
  #shared: ShareResult | null = null;
  /** The step `shared` belongs to: a confirmation is cleared when the step changes. */
  #sharedStep = -1;
  #stopRoutingClicks: (() => void) | null = null;
  /** Where the focus was before the tour took it, to give back when it closes. */
  #focusBefore: Element | null = null;

  /** @param onEmpty called each time the app is left showing nothing (no tour, no notice). */
  constructor(onEmpty: () => void = () => {}) {
    this.#onEmpty = onEmpty;
  }

  /**
   * Shows what the background sent: a view (a new tour, or the same tour in another
   * language), a share-link notice, or both, in the payload's words. No view ends the tour
   * (a notice stays until dismissed); a payload without a notice keeps the one shown.
   */
  show({ view, notice, words }: TourUiPayload): void {
    this.#notice = notice ?? this.#notice;
    if (words) this.#switchWords(words);
    if (!view) {
      this.#stopRunner();
      if (this.#notice) {
        this.#ensureHost();
        this.#render();
      } else this.#teardown();
      return;
    }
    if (this.#runner && this.#runner.snapshot().view.taskId === view.taskId) {
      this.#runner.setView(view);
      return;
    }
    this.#stopRunner();
    this.#ensureHost();
    this.#runner = new TourRunner(view, (this.#host as OverlayHost).host, {
      onChange: () => this.#render(),
      onStep: (step) => void sendToBackground({ type: 'tourStepSet', step }),
      onEnd: () => {
        this.#runner = null;
        void sendToBackground({ type: 'tourClose' });
        this.#teardown();
      },
    });
    this.#runner.start();
  }

  readonly #actions: CoachActions = {
    next: () => this.#runner?.next(),
    back: () => this.#runner?.back(),
    close: () => this.#runner?.close(),
    checkTarget: () => this.#runner?.checkTarget(),
  };

  /** Runs a button of the overlay (see actions.ts for why clicks come this way). */
  #run(action: OverlayAction): void {
    if (action === 'share') void this.#share();
    else if (action === 'done') this.#runner?.done();
    else if (action === 'dismiss') this.#dismissNotice();
    else this.#actions[action]();
  }

  /** Copies a share link to the current step (docs/architecture.md, "Share link") and shows the outcome. */
  async #share(): Promise<void> {
    const snapshot = this.#runner?.snapshot();
    if (!snapshot) return;
    const { view, step } = snapshot;
    const link = shareLinkForStep(view.taskId, view.locale, view.steps, step, location.href);
    let copied = true;
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      copied = false;
    }
    this.#shared = { copied, link };
    this.#sharedStep = snapshot.step;
    this.#render();
  }

  #dismissNotice(): void {
    this.#notice = null;
    if (this.#runner) this.#render();
    else this.#teardown();
  }

  #render(): void {
    if (!this.#host || !this.#t) return;
    if (!extensionAlive()) {
      // The extension was reloaded or removed: this instance is orphaned; its successor, if
      // any, draws its own overlay.
      this.#teardown();
      return;
    }
    const snapshot = this.#runner?.snapshot() ?? null;
    const shared = snapshot && snapshot.step === this.#sharedStep ? this.#shared : null;
    render(
      <Overlay state={{ snapshot, notice: this.#notice, shared }} t={this.#t} actions={this.#actions} onDismissNotice={() => this.#dismissNotice()} />,
      this.#host.root,
    );
    if (snapshot?.phase === 'shown') recordHop('firstMarkRendered', epochNow());
  }

  #switchWords(words: TourWords): void {
    if (this.#words === words) return;
    this.#words = words;
    this.#t = translatorFor(words);
    this.#render();
  }

  #ensureHost(): void {
    if (this.#host?.host.isConnected) return;
    this.#focusBefore = document.activeElement;
    this.#host = createOverlayHost();
    this.#stopRoutingClicks = routeOverlayClicks(this.#host.host, (action) => this.#run(action));
  }

  #stopRunner(): void {
    this.#runner?.stop();
    this.#runner = null;
  }

  /** Removes the overlay, gives the focus back to where it was, and reports that nothing is shown. */
  #teardown(): void {
    this.#stopRunner();
    this.#removeHost();
    this.#onEmpty();
  }

  #removeHost(): void {
    if (!this.#host) return;
    const hadFocus = this.#host.host.matches(':focus-within');
    render(null, this.#host.root);
    this.#stopRoutingClicks?.();
    this.#stopRoutingClicks = null;
    this.#host.remove();
    this.#host = null;
    if (hadFocus && this.#focusBefore instanceof HTMLElement && this.#focusBefore.isConnected) this.#focusBefore.focus();
    this.#focusBefore = null;
  }
}

