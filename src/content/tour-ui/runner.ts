import { routeOf } from '../../portal/page';
import type { TourView } from '../../messaging/protocol';
import { planStep, resolveStep, type SubTarget } from '../resolver';
import { dropPageIndex } from '../resolver/page-index';
import { anchorOf, sameControlInOtherRows } from '../resolver/rows';
import type { StepWording } from '../../tour/model';
import { clearTarget, markTarget } from './marker';
import { labelsByLocale, pageLanguageOf, stepForPage } from './page-language';
import { routeGuideFor, routeToGuide } from './route-guide';
import { type PageWatch, watchPage } from './watch';

/**
 * Where the runner is in a step (a state machine):
 * - `searching`: the step names an element not found yet; the page is being watched;
 * - `shown`: the coach mark points at `target`;
 * - `not-found`: searched for NOT_FOUND_AFTER_MS in vain; still watching, Next still there;
 * - `untargeted`: the step names no element (or its navigation is already done on the way
 *   back); shown on a card docked clear of the page's dialogs;
 * - `complete`: the last step was done; a card says so and offers Done.
 */
export type RunnerPhase = 'searching' | 'shown' | 'not-found' | 'untargeted' | 'complete';

/** What the overlay draws. */
export interface RunnerSnapshot {
  readonly view: TourView;
  /** 0-based step index into `view.steps`. */
  readonly step: number;
  readonly phase: RunnerPhase;
  readonly target: Element | null;
  /** The label pointed at or searched for, in the page's words; null for an untargeted step. */
  readonly label: string | null;
  /** The locale of the words sought on the page: the tour's, or the page's own (page-language.ts). */
  readonly wordsLocale?: string;
  /**
   * Set while the step happens on another page and `target` is a link there (route-guide.ts):
   * the route to reach first. Absent or null otherwise.
   */
  readonly guideRoute?: string | null;
}

/** How the runner reports to its owner. */
export interface RunnerHooks {
  /** Every state change, for the overlay. */
  onChange(snapshot: RunnerSnapshot): void;
  /** The step index changed (0-based): persist it in the background. */
  onStep(step: number): void;
  /** The tour ended: `done` after the last step, `closed` by the admin. */
  onEnd(reason: 'done' | 'closed'): void;
}

/** How long after entering a step a match for a later label is not yet trusted (ms). */
const SETTLE_MS = 600;

/** How long a step searches for its target before saying it is not there (ms). */
export const NOT_FOUND_AFTER_MS = 3000;

/**
 * Runs one tour in the page: for the current step, finds the target with the resolver,
 * watches the page while it waits (and only then), marks the target, and advances when the
 * admin clicks it (a breadcrumb one label at a time) or when the step's route is reached.
 * Next and Back move explicitly. All listeners go with `stop()`.
 */
export class TourRunner {
  #view: TourView;
  /** The view's labels by locale (the candidates for the page's language), once per view; the locale the last search used. */
  #wordings: Record<string, string[]> | null = null;
  #wordsLocale: string;
  #step: number;
  /** Sub-targets of the current step already done (planStep's `completed`). */
  #completed = 0;
  /** Whether the current step was reached moving forward (a done navigation then skips it). */
  #forward = true;
  #phase: RunnerPhase = 'searching';
  #target: Element | null = null;
  #targetSub: SubTarget | null = null;
  /**
   * The same control in the other rows of the target's list (the "More actions" of every
   * subscription, src/content/resolver/rows.ts). The step lets the admin choose ("find the
   * subscription you want"), so a click on any of them does the step.
   */
  #equivalents: readonly Element[] = [];
  /** The element the resolver chose (the target, or one row's action when `target` is their list). */
  #resolved: Element | null = null;
  #label: string | null = null;
  /** The route the coach mark guides to first (see RunnerSnapshot.guideRoute). */
  #guideRoute: string | null = null;
  #watch: PageWatch | null = null;
  #notFoundTimer = 0;
  #settleTimer = 0;
  /** A resolve waiting for the next frame (a stand-in found early, see #resolve). */
  #frame = 0;
  /** performance.now() when the current step was entered. */
  #enteredAt = 0;
  #stopped = false;

  readonly #overlayHost: Element;
  readonly #hooks: RunnerHooks;

  constructor(view: TourView, overlayHost: Element, hooks: RunnerHooks) {
    this.#overlayHost = overlayHost;
    this.#hooks = hooks;
    this.#view = view;
    this.#wordsLocale = view.locale;
    this.#step = Math.min(view.step, view.steps.length - 1);
    document.addEventListener('click', this.#onClick, true);
    window.addEventListener('hashchange', this.#onRouteChange);
    window.addEventListener('popstate', this.#onRouteChange);
  }

  /** Starts (or restarts) at the view's step; reports the step only when it differs from the view's (clamped). */
  start(): void {
    this.#enterStep(this.#step, true, this.#step !== this.#view.step);
  }

  /**
   * Takes a new view of the same tour (the admin switched the language): the step stays,
   * clamped to the new length, and its target is looked for again in the new words.
   */
  setView(view: TourView): void {
    this.#view = view;
    this.#wordings = null;
    const step = Math.min(view.step, view.steps.length - 1);
    if (step !== this.#step || this.#phase !== 'complete') this.#enterStep(step, true, false);
    else this.#emit();
  }

  /** The current state. */
  snapshot(): RunnerSnapshot {
    return { view: this.#view, step: this.#step, phase: this.#phase, target: this.#target, label: this.#label, guideRoute: this.#guideRoute, wordsLocale: this.#wordsLocale };
  }

  /** The next step; after the last one, the completion card. */
  next(): void {
    this.#advance();
  }

  back(): void {
    if (this.#step > 0) this.#enterStep(this.#step - 1, false);
  }

  /** Closes the tour at the admin's request. */
  close(): void {
    this.#end('closed');
  }

  /** Ends the tour after its last step (the Done button). */
  done(): void {
    this.#end('done');
  }

  /**
   * Checks that the shown target is still in the page (React may re-mount or remove it);
   * if not, looks for it again. Called by the overlay on every position update.
   */
  checkTarget(): void {
    if (this.#phase === 'shown' && this.#resolved && !this.#resolved.isConnected) this.#resolve([]);
  }

  /** Removes every listener, observer, timer, the target marker and the resolver's page index. Idempotent. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#stopWaiting();
    clearTarget();
    document.removeEventListener('click', this.#onClick, true);
    window.removeEventListener('hashchange', this.#onRouteChange);
    window.removeEventListener('popstate', this.#onRouteChange);
    // What the resolver kept about the page goes with the tour, not 10 s later.
    dropPageIndex(document);
  }

  #enterStep(step: number, forward: boolean, report = true): void {
    const changed = step !== this.#step;
    this.#step = step;
    this.#completed = 0;
    this.#forward = forward;
    this.#enteredAt = performance.now();
    this.#phase = 'searching';
    this.#setTarget(null, null);
    if (report || changed) this.#hooks.onStep(step);
    this.#resolve([]);
  }

  /** The view's steps worded in the admin center's language (page-language.ts): targets are sought with the page's words. */
  #pageSteps(): StepWording[] {
    this.#wordings ??= labelsByLocale(this.#view.steps, this.#view.locale);
    const language = pageLanguageOf(document, this.#wordings);
    const worded = this.#view.steps.map((step) => stepForPage(step, this.#view.locale, language));
    this.#wordsLocale = worded[this.#step]?.locale ?? this.#view.locale;
    return worded.map((entry) => entry.step);
  }

  /** Looks for the current step's target now; shows it, or waits for the page to change. */
  #resolve(recentRoots: readonly Node[], early = false): void {
    if (this.#stopped || this.#phase === 'complete') return;
    const step = this.#pageSteps()[this.#step];
    if (!step) return;
    const page = { route: routeOf(new URL(location.href)), completed: this.#completed };
    const plan = step.labels.length === 0 ? [] : planStep(step, page);
    if (plan.length === 0) {
      // Nothing left to point at: an untargeted step, or its navigation is done (its route
      // is reached), which completes it when moving forward.
      if (step.labels.length > 0 && this.#forward) this.#advance();
      else if (!this.#guideToRoute()) {
        this.#settle('untargeted');
        // The tour UI may start before the page draws its navigation: watch for the way there.
        if (routeToGuide(this.#view.steps, this.#step, page.route)) this.#watchOnly();
      }
      return;
    }
    const resolution = resolveStep(step, document, { page, exclude: [this.#overlayHost], recentRoots });
    const premature = resolution.target !== null && this.#isPrematureFallback(resolution.subTarget, plan[0]);
    if (resolution.target && !premature) {
      // A target already in the state the step asks for (the selected Products tab) may be
      // only a stand-in while the page loads: keep watching for a better one.
      const standIn = resolution.candidates.find((candidate) => candidate.element === resolution.target)?.satisfied ?? false;
      if (standIn && early) {
        // Found in the very task that rendered it: the rest of the page (the better target)
        // may follow in the same frame, so a stand-in waits for that frame before it is shown.
        this.#watchOnly();
        this.#frame ||= requestAnimationFrame(() => {
          this.#frame = 0;
          this.#resolve(recentRoots);
        });
        return;
      }
      if (standIn) this.#watchOnly();
      else this.#stopWaiting();
      this.#targetSub = resolution.subTarget;
      this.#resolved = resolution.target;
      this.#equivalents = sameControlInOtherRows(resolution.target);
      // Several rows offer the same action: the lapsed row's own, else the list they share (rows.ts).
      const anchor = anchorOf(resolution.target, this.#equivalents);
      this.#setTarget(anchor, resolution.label);
      this.#phase = 'shown';
      this.#emit();
      return;
    }
    if (this.#guideToRoute()) return;
    this.#label = plan[0]?.label ?? null;
    this.#showSearching();
    if (premature) this.#retryAfterSettling();
  }

  /**
   * When the step happens on another page and its target is not on this one, points first at
   * a link to that page (route-guide.ts); reaching the route resolves the step again
   * (onRouteChange). A click on the link is not the step: it has no sub-target.
   * @returns whether the coach mark now guides.
   */
  #guideToRoute(): boolean {
    const guide = routeGuideFor(this.#pageSteps(), this.#step, routeOf(new URL(location.href)), document, [this.#overlayHost]);
    if (!guide) return false;
    // Keep watching: a way through the navigation (a collapsed group) opens without a route change.
    this.#watchOnly();
    this.#setTarget(guide.link, null);
    this.#resolved = guide.link; // so checkTarget looks again when the page re-renders the link away
    this.#targetSub = null;
    this.#equivalents = [];
    this.#guideRoute = guide.route;
    this.#phase = 'shown';
    this.#emit();
    return true;
  }

  #showSearching(): void {
    this.#setTarget(null, this.#label);
    if (this.#phase === 'shown') this.#phase = 'searching';
    this.#waitForChange();
    this.#emit();
  }

  /**
   * Whether a resolution that passed over the step's first remaining sub-target came too
   * soon: while the page is still loading (an element is `aria-busy`, as Fluent's shimmered
   * lists are) or within SETTLE_MS of entering the step, the element the step names first
   * (the list row's "More actions") may be about to appear, and a later label's match (a
   * "contact support" link) would be the wrong target.
   */
  #isPrematureFallback(chosen: SubTarget | null, first: SubTarget | undefined): boolean {
    if (!chosen || !first || chosen.order === first.order) return false;
    const busy = document.querySelector('[aria-busy="true"]') !== null;
    return busy || performance.now() - this.#enteredAt < SETTLE_MS;
  }

  /** Looks again once the settling time is over, even if the page does not change. */
  #retryAfterSettling(): void {
    if (this.#settleTimer) return;
    const wait = Math.max(50, SETTLE_MS - (performance.now() - this.#enteredAt));
    this.#settleTimer = window.setTimeout(() => {
      this.#settleTimer = 0;
      this.#resolve([]);
    }, wait);
  }

  #settle(phase: 'untargeted'): void {
    this.#stopWaiting();
    this.#setTarget(null, null);
    this.#phase = phase;
    this.#emit();
  }

  /** The step is done: move to the next, or show the completion card after the last. */
  #advance(): void {
    if (this.#step + 1 < this.#view.steps.length) {
      this.#enterStep(this.#step + 1, true);
      return;
    }
    this.#stopWaiting();
    this.#setTarget(null, null);
    this.#phase = 'complete';
    this.#emit();
  }

  #waitForChange(): void {
    if (!this.#watch) {
      this.#watch = watchPage(document.documentElement, this.#overlayHost, (changed, early) => this.#resolve(changed, early));
    }
    if (!this.#notFoundTimer && this.#phase === 'searching') {
      this.#notFoundTimer = window.setTimeout(() => {
        this.#notFoundTimer = 0;
        if (this.#phase === 'searching') {
          this.#phase = 'not-found';
          this.#emit();
        }
      }, NOT_FOUND_AFTER_MS);
    }
  }

  /** Watches the page without the not-found timer (a target is shown meanwhile). */
  #watchOnly(): void {
    if (this.#notFoundTimer) window.clearTimeout(this.#notFoundTimer);
    this.#notFoundTimer = 0;
    this.#watch ??= watchPage(document.documentElement, this.#overlayHost, (changed, early) => this.#resolve(changed, early));
  }

  #stopWaiting(): void {
    this.#watch?.stop();
    this.#watch = null;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (this.#notFoundTimer) window.clearTimeout(this.#notFoundTimer);
    if (this.#settleTimer) window.clearTimeout(this.#settleTimer);
    this.#notFoundTimer = 0;
    this.#settleTimer = 0;
  }

  #setTarget(target: Element | null, label: string | null): void {
    this.#guideRoute = null;
    if (!target) {
      this.#equivalents = [];
      this.#resolved = null;
    }
    this.#target = target;
    this.#label = label;
    if (target) markTarget(target, this.#view.taskId, this.#step);
    else clearTarget();
  }

  #emit(): void {
    if (!this.#stopped) this.#hooks.onChange(this.snapshot());
  }

  #end(reason: 'done' | 'closed'): void {
    this.stop();
    this.#hooks.onEnd(reason);
  }

  /** A click on the target: that sub-target is done (after the page has handled the click). */
  readonly #onClick = (event: MouseEvent): void => {
    const target = this.#resolved;
    if (this.#phase !== 'shown' || !target) return;
    const path = event.composedPath();
    if (!path.includes(target) && !this.#equivalents.some((element) => path.includes(element))) return;
    const step = this.#pageSteps()[this.#step];
    const sub = this.#targetSub;
    if (!step || !sub) return;
    const plan = planStep(step, { route: null });
    const last = plan[plan.length - 1];
    const clickedStep = this.#step;
    // Let the page react to the click first (open the menu, change the route); a route
    // change may already have completed the step meanwhile.
    requestAnimationFrame(() => {
      if (this.#stopped || this.#step !== clickedStep || this.#phase === 'complete') return;
      if (!last || sub.order >= last.order) {
        this.#advance();
        return;
      }
      this.#completed = sub.order + 1;
      this.#phase = 'searching';
      this.#resolve([]);
    });
  };

  readonly #onRouteChange = (): void => {
    if (this.#phase !== 'complete') this.#resolve([]);
  };
}
