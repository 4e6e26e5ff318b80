import type { i18n } from 'i18next';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { createI18n } from '../../i18n/i18n';
import type { TourView } from '../../messaging/protocol';
import type { LinkNotice } from '../../tour/session';
import { shareLinkForStep } from '../../tour/step-link';
import { type OverlayAction, routeOverlayClicks } from './actions';
import type { CoachActions, ShareResult } from './CoachMark';
import { createOverlayHost, type OverlayHost } from './host';
import { Overlay } from './Overlay';
import { TourRunner } from './runner';

/**
 * The tour UI of one tab: turns the views the background sends into a running tour
 * (runner) and its overlay, and reports progress back. Created once per page; a tour that
 * ends leaves nothing behind in the page but this object and its message listener.
 */
export class TourApp {
  private host: OverlayHost | null = null;
  private runner: TourRunner | null = null;
  private notice: LinkNotice | null = null;
  private i18n: i18n | null = null;
  private shared: ShareResult | null = null;
  /** The step `shared` belongs to: a confirmation is cleared when the step changes. */
  private sharedStep = -1;
  private stopRoutingClicks: (() => void) | null = null;
  /** Where the focus was before the tour took it, to give back when it closes. */
  private focusBefore: Element | null = null;

  /** Shows `view` (a new tour, or the same tour in another language); null ends the tour. */
  show(view: TourView | null, notice: LinkNotice | null = this.notice): void {
    this.notice = notice;
    if (!view) {
      this.stopRunner();
      if (this.notice) this.render();
      else this.teardown();
      return;
    }
    this.switchLanguage(view.uiLanguage);
    if (this.runner && this.runner.snapshot().view.taskId === view.taskId) {
      this.runner.setView(view);
      return;
    }
    this.stopRunner();
    this.ensureHost();
    this.runner = new TourRunner(view, (this.host as OverlayHost).host, {
      onChange: () => this.render(),
      onStep: (step) => void send({ type: 'tourStepSet', step }),
      onEnd: () => {
        this.runner = null;
        void send({ type: 'tourClose' });
        this.teardown();
      },
    });
    this.runner.start();
  }

  private readonly actions: CoachActions = {
    next: () => this.runner?.next(),
    back: () => this.runner?.back(),
    close: () => this.runner?.close(),
    checkTarget: () => this.runner?.checkTarget(),
  };

  /** Runs a button of the overlay (see actions.ts for why clicks come this way). */
  private run(action: OverlayAction): void {
    if (action === 'share') void this.share();
    else if (action === 'done') this.runner?.done();
    else if (action === 'dismiss') this.dismissNotice();
    else this.actions[action]();
  }

  /** Copies a share link to the current step (docs/architecture.md, "Share link") and shows the outcome. */
  private async share(): Promise<void> {
    const snapshot = this.runner?.snapshot();
    if (!snapshot) return;
    const { view, step } = snapshot;
    const link = shareLinkForStep(view.taskId, view.locale, view.steps, step, location.href);
    let copied = true;
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      copied = false;
    }
    this.shared = { copied, link };
    this.sharedStep = snapshot.step;
    this.render();
  }

  private dismissNotice(): void {
    this.notice = null;
    if (this.runner) this.render();
    else this.teardown();
  }

  private render(): void {
    if (!this.host || !this.i18n) return;
    if (!extensionAlive()) {
      // The extension was reloaded or removed: this instance is orphaned; its successor, if
      // any, draws its own overlay.
      this.teardown();
      return;
    }
    const snapshot = this.runner?.snapshot() ?? null;
    const shared = snapshot && snapshot.step === this.sharedStep ? this.shared : null;
    render(
      <Overlay state={{ snapshot, notice: this.notice, shared }} t={this.i18n.t} actions={this.actions} onDismissNotice={() => this.dismissNotice()} />,
      this.host.root,
    );
  }

  private switchLanguage(language: string): void {
    if (this.i18n?.language === language) return;
    this.i18n = createI18n(language);
    this.render();
  }

  private ensureHost(): void {
    if (this.host?.host.isConnected) return;
    this.focusBefore = document.activeElement;
    this.host = createOverlayHost();
    this.stopRoutingClicks = routeOverlayClicks(this.host.host, (action) => this.run(action));
  }

  private stopRunner(): void {
    this.runner?.stop();
    this.runner = null;
  }

  /** Removes the overlay and gives the focus back to where it was. */
  private teardown(): void {
    this.stopRunner();
    if (!this.host) return;
    const hadFocus = this.host.host.matches(':focus-within');
    render(null, this.host.root);
    this.stopRoutingClicks?.();
    this.stopRoutingClicks = null;
    this.host.remove();
    this.host = null;
    if (hadFocus && this.focusBefore instanceof HTMLElement && this.focusBefore.isConnected) this.focusBefore.focus();
    this.focusBefore = null;
  }

  /** Shows a notice on its own (a share link that started nothing). */
  showNotice(notice: LinkNotice, language: string): void {
    this.switchLanguage(language);
    this.ensureHost();
    this.notice = notice;
    this.render();
  }
}

/**
 * Whether this script's extension still runs: after a reload or removal the old content
 * scripts live on in the page with a dead runtime (Chrome clears `runtime.id`).
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Sends a message to the background; a closed or reloaded extension is not an error here. */
async function send(message: { type: string; [key: string]: unknown }): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
