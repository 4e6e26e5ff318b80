import { routeOf } from '../../portal/routes';
import type { TourView } from '../../messaging/protocol';
import type { StepWording } from '../../tour/model';
import { planStep, resolveStep, type SubTarget } from '../resolver';
import { anchorOf, sameControlInOtherRows } from '../resolver/rows';
import { labelsByLocale, pageLanguageOf, stepForPage } from './page-language';
import { routeGuideFor, routeToGuide } from './route-guide';

/** How long after entering a step a match for a later label is not yet trusted (ms). */
export const SETTLE_MS = 600;

/**
 * What the coach mark of a step should do on the page as it is now, as {@link StepSearch.find}
 * judges it; the runner (runner.ts) acts on it:
 * - `done`: nothing is left to point at and the step was reached moving forward (its
 *   navigation is done: its route is reached), so the step is complete;
 * - `untargeted`: nothing to point at; `watchForWay` when the way to the step's page may still
 *   appear (the tour UI may start before the page draws its navigation);
 * - `guide`: the step happens on another page; point at `link` to `route` first (route-guide.ts);
 * - `found`: point at `resolved`, or at the lapsed row's control or the list its rows share ({@link rowChoiceOf});
 * - `searching`: the target is not on the page (yet); `premature` when a later label's match
 *   was passed over because it came too soon ({@link SETTLE_MS}, a busy page).
 */
export type StepFinding =
  | { readonly kind: 'done' }
  | { readonly kind: 'untargeted'; readonly watchForWay: boolean }
  | { readonly kind: 'guide'; readonly link: Element; readonly route: string }
  | {
      readonly kind: 'found';
      /** The element the resolver chose (see {@link rowChoiceOf} for what the coach mark points at). */
      readonly resolved: Element;
      readonly subTarget: SubTarget | null;
      readonly label: string | null;
      /** Already in the state the step asks for (the selected tab): maybe a stand-in while the page loads. */
      readonly standIn: boolean;
    }
  | { readonly kind: 'searching'; readonly label: string | null; readonly premature: boolean };

/** Where the runner is in the step, as the search needs it. */
export interface SearchState {
  /** 0-based step index into the view's steps. */
  readonly step: number;
  /** Sub-targets of the step already done (planStep's `completed`). */
  readonly completed: number;
  /** Whether the step was reached moving forward. */
  readonly forward: boolean;
  /** performance.now() when the step was entered. */
  readonly enteredAt: number;
  /** The nodes that changed last (watch.ts), for the resolver. */
  readonly recentRoots: readonly Node[];
}

/**
 * The search for a step's target in the page (docs/architecture.md, "Finding a step's
 * target"): words the view's steps in the admin center's language (page-language.ts), plans
 * the step and resolves it, or finds the way to its page. No timers, no listeners, no state
 * of the tour: the runner decides what to do with what it finds.
 */
export class StepSearch {
  #view: TourView;
  /** The view's labels by locale (the candidates for the page's language), once per view. */
  #wordings: Record<string, string[]> | null = null;
  #wordsLocale: string;
  readonly #overlayHost: Element;

  /** @param overlayHost our overlay's host, never a target. */
  constructor(view: TourView, overlayHost: Element) {
    this.#view = view;
    this.#wordsLocale = view.locale;
    this.#overlayHost = overlayHost;
  }

  /** Searches a new view of the same tour (another language) from now on. */
  setView(view: TourView): void {
    this.#view = view;
    this.#wordings = null;
  }

  /** The locale of the words the last search sought on the page: the tour's, or the page's own. */
  get wordsLocale(): string {
    return this.#wordsLocale;
  }

  /** The view's steps worded in the admin center's language, recording the locale used for `step`. */
  #pageSteps(step: number): StepWording[] {
    this.#wordings ??= labelsByLocale(this.#view.steps, this.#view.locale);
    const language = pageLanguageOf(document, this.#wordings);
    const worded = this.#view.steps.map((entry) => stepForPage(entry, this.#view.locale, language));
    this.#wordsLocale = worded[step]?.locale ?? this.#view.locale;
    return worded.map((entry) => entry.step);
  }

  /** What the coach mark of `state.step` should do on the page as it is now; null past the last step. */
  find(state: SearchState): StepFinding | null {
    const step = this.#pageSteps(state.step)[state.step];
    if (!step) return null;
    const page = { route: routeOf(new URL(location.href)), completed: state.completed };
    const plan = step.labels.length === 0 ? [] : planStep(step, page);
    if (plan.length === 0) {
      // Nothing left to point at: an untargeted step, or its navigation is done (its route
      // is reached), which completes it when moving forward.
      if (step.labels.length > 0 && state.forward) return { kind: 'done' };
      return this.guide(state.step) ?? { kind: 'untargeted', watchForWay: routeToGuide(this.#view.steps, state.step, page.route) !== null };
    }
    const resolution = resolveStep(step, document, { page, exclude: [this.#overlayHost], recentRoots: state.recentRoots });
    const premature = resolution.target !== null && isPrematureFallback(resolution.subTarget, plan[0], state.enteredAt);
    if (resolution.target && !premature) {
      // A target already in the state the step asks for (the selected Products tab) may be
      // only a stand-in while the page loads.
      const standIn = resolution.candidates.find((candidate) => candidate.element === resolution.target)?.satisfied ?? false;
      return { kind: 'found', resolved: resolution.target, subTarget: resolution.subTarget, label: resolution.label, standIn };
    }
    return this.guide(state.step) ?? { kind: 'searching', label: plan[0]?.label ?? null, premature };
  }

  /**
   * When the step happens on another page and its target is not on this one, the link to
   * that page (route-guide.ts); null otherwise.
   */
  guide(step: number): Extract<StepFinding, { kind: 'guide' }> | null {
    const guide = routeGuideFor(this.#pageSteps(step), step, routeOf(new URL(location.href)), document, [this.#overlayHost]);
    return guide ? { kind: 'guide', link: guide.link, route: guide.route } : null;
  }

  /** Whether `sub` is the last sub-target of `step` (a click on it completes the step); null past the last step. */
  isLastSubTarget(step: number, sub: SubTarget): boolean | null {
    const worded = this.#pageSteps(step)[step];
    if (!worded) return null;
    const plan = planStep(worded, { route: null });
    const last = plan[plan.length - 1];
    return !last || sub.order >= last.order;
  }
}

/** What the coach mark points at for a found target, and what else does the step. */
export interface RowChoice {
  /** `target`, or the list its rows share when several rows offer the same control. */
  readonly anchor: Element;
  /**
   * The same control in the other rows of the target's list (the "More actions" of every
   * subscription, src/content/resolver/rows.ts). The step lets the admin choose ("find the
   * subscription you want"), so a click on any of them does the step.
   */
  readonly equivalents: readonly Element[];
}

/** The {@link RowChoice} for `target`. */
export function rowChoiceOf(target: Element): RowChoice {
  const equivalents = sameControlInOtherRows(target);
  // Several rows offer the same action: the lapsed row's own, else the list they share (rows.ts).
  return { anchor: anchorOf(target, equivalents), equivalents };
}

/**
 * Whether a resolution that passed over the step's first remaining sub-target came too
 * soon: while the page is still loading (an element is `aria-busy`, as Fluent's shimmered
 * lists are) or within SETTLE_MS of entering the step, the element the step names first
 * (the list row's "More actions") may be about to appear, and a later label's match (a
 * "contact support" link) would be the wrong target.
 */
function isPrematureFallback(chosen: SubTarget | null, first: SubTarget | undefined, enteredAt: number): boolean {
  if (!chosen || !first || chosen.order === first.order) return false;
  const busy = document.querySelector('[aria-busy="true"]') !== null;
  return busy || performance.now() - enteredAt < SETTLE_MS;
}
