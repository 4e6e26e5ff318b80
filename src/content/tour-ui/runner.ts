import type { TourView } from '../../messaging/protocol';
import { clampedStepIndex } from '../../tour/step-number';
import type { SubTarget } from '../resolver';
import { dropPageIndex } from '../resolver/page-index';
import { clearTarget, markTarget } from './marker';
import { rowChoiceOf, SETTLE_MS, type StepFinding, StepSearch } from './step-search';
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

/** How long a step searches for its target before saying it is not there (ms). */
export const NOT_FOUND_AFTER_MS = 3000;

/**
 * Runs one tour in the page (a state machine with its timers and listeners): for the current
 * step, asks the step search (step-search.ts) what to point at, watches the page while it
 * waits (and only then), marks the target, and advances when the admin clicks it (a
 * breadcrumb one label at a time) or when the step's route is reached. Next and Back move
 * explicitly. All listeners go with `stop()`.
 */
export class TourRunner {
  #view: TourView;
  readonly #search: StepSearch;
  #step: number;
  /** Sub-targets of the current step already done (planStep's `completed`). */
  #completed = 0;
  /** Whether the current step was reached moving forward (a done navigation then skips it). */
  #forward = true;
  #phase: RunnerPhase = 'searching';
  #target: Element | null = null;
  #targetSub: SubTarget | null = null;
  /** The same control in the other rows of the target's list (step-search.ts RowChoice). */
  #equivalents: readonly Element[] = [];
  /** The element the resolver chose (the target, or one row's action when `target` is their list). */
  #resolved: Element | null = null;
  #label: string | null = null;
  /** The route the coach mark guides to first (see RunnerSnapshot.guideRoute). */
  #guideRoute: string | null = null;
  #watch: PageWatch | null = null;
  #notFoundTimer = 0;
  #settleTimer = 0;
  /** A resolve waiting for the next frame (a stand-in found in the observer's callback, see #resolve). */
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
    this.#search = new StepSearch(view, overlayHost);
    this.#step = clampedStepIndex(view.step, view.steps.length);
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
    this.#search.setView(view);
    const step = clampedStepIndex(view.step, view.steps.length);
    if (step !== this.#step || this.#phase !== 'complete') this.#enterStep(step, true, false);
    else this.#emit();
  }

  /** The current state. */
  snapshot(): RunnerSnapshot {
    return { view: this.#view, step: this.#step, phase: this.#phase, target: this.#target, label: this.#label, guideRoute: this.#guideRoute, wordsLocale: this.#search.wordsLocale };
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

  /** Looks for the current step's target now; shows it, or waits for the page to change. */
  #resolve(recentRoots: readonly Node[], early = false): void {
    if (this.#stopped || this.#phase === 'complete') return;
    const finding = this.#search.find({ step: this.#step, completed: this.#completed, forward: this.#forward, enteredAt: this.#enteredAt, recentRoots });
    if (!finding) return;
    switch (finding.kind) {
      case 'done':
        this.#advance();
        return;
      case 'guide':
        this.#showGuide(finding);
        return;
      case 'untargeted':
        this.#settle('untargeted');
        // The tour UI may start before the page draws its navigation: watch for the way there.
        if (finding.watchForWay) this.#watchOnly();
        return;
      case 'searching':
        this.#label = finding.label;
        this.#showSearching();
        if (finding.premature) this.#retryAfterSettling();
        return;
      case 'found':
        break;
    }
    // A target already in the state the step asks for may be only a stand-in while the page
    // loads: keep watching for a better one.
    if (finding.standIn) {
      this.#watchOnly();
      // Found in the very task that rendered it: shown at once, so that it is painted with
      // that render, and looked for once more in the frame before that paint, in case the
      // rest of the render (later tasks of the same frame) brings the better target.
      if (early)
        this.#frame ||= requestAnimationFrame(() => {
          this.#frame = 0;
          this.#resolve(recentRoots);
        });
    } else this.#stopWaiting();
    const choice = rowChoiceOf(finding.resolved);
    this.#targetSub = finding.subTarget;
    this.#resolved = finding.resolved;
    this.#equivalents = choice.equivalents;
    this.#setTarget(choice.anchor, finding.label);
    this.#phase = 'shown';
    this.#emit();
  }

  /**
   * Points first at a link to the page where the step happens (route-guide.ts); reaching the
   * route resolves the step again (onRouteChange). A click on the link is not the step: it
   * has no sub-target.
   */
  #showGuide(guide: Extract<StepFinding, { kind: 'guide' }>): void {
    // Keep watching: a way through the navigation (a collapsed group) opens without a route change.
    this.#watchOnly();
    this.#setTarget(guide.link, null);
    this.#resolved = guide.link; // so checkTarget looks again when the page re-renders the link away
    this.#targetSub = null;
    this.#equivalents = [];
    this.#guideRoute = guide.route;
    this.#phase = 'shown';
    this.#emit();
  }

  #showSearching(): void {
    this.#setTarget(null, this.#label);
    if (this.#phase === 'shown') this.#phase = 'searching';
    this.#waitForChange();
    this.#emit();
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
    const sub = this.#targetSub;
    if (!sub) return;
    const last = this.#search.isLastSubTarget(this.#step, sub);
    if (last === null) return;
    const clickedStep = this.#step;
    // Let the page react to the click first (open the menu, change the route); a route
    // change may already have completed the step meanwhile.
    requestAnimationFrame(() => {
      if (this.#stopped || this.#step !== clickedStep || this.#phase === 'complete') return;
      if (last) {
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
