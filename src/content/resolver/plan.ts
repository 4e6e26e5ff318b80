/**
 * Turns a step's compiled targets (Step.targets, src/catalog/targets.ts) into the ordered list
 * of things to point at on this page ("sub-targets"). Everything that depends on the step's
 * wording was decided at build time; only the page-dependent filter is left: a step that links
 * a route (`route: '#/subscriptions'`) is satisfied by navigation itself, so on that route its
 * crumbs are skipped, and the sub-targets the admin has done are dropped (docs/architecture.md,
 * "Finding a step's target").
 */
import { isWithinRoute } from '../../portal/routes';
import type { CompiledTarget, Step } from '../../tour/model';
import type { TextPlace } from './score';

/**
 * The parts of a step the resolver reads: its compiled words and targets, and its route; and
 * its labels, by which its callers tell a targeted step (runner, health check).
 */
export type StepInput = Pick<Step, 'words' | 'muted' | 'targets' | 'route' | 'labels'>;

/** What the runner knows about the page and its progress through the step. */
export interface PageState {
  /** The current admin-center route (`#/subscriptions`, see `routeOf` in src/portal/page.ts), or null. */
  readonly route: string | null;
  /**
   * How many sub-targets of the step's full plan (the plan for `route: null`) the admin has
   * already done, e.g. clicked; those are left out. Default 0.
   */
  readonly completed?: number;
}

/** One target of a step to point at, with what the resolver needs to score it. */
export interface SubTarget {
  /** The label as the step has it (`activeren.\`). */
  readonly label: string;
  /** Its index in `step.labels`; -1 for an implicit `choose` sub-target. */
  readonly labelIndex: number;
  /** Its index in the step's full plan, Step.targets (what {@link PageState.completed} counts). */
  readonly order: number;
  /**
   * How the resolver treats it: `navigation` for a crumb (CompiledTarget kind `crumb`),
   * `choose` for the implicit "choose the subscription" (`choice`: its targets are the list's
   * row-name links; see choice.ts), `action` for the rest.
   */
  readonly kind: 'navigation' | 'action' | 'choose';
  /** The compiled target's kind (src/tour/model.ts TargetKind). */
  readonly targetKind: CompiledTarget['kind'];
  /** The step's route on the breadcrumb's last crumb, else null (see CompiledTarget.route). */
  readonly route: string | null;
  /**
   * The label stands in a fallback sentence ("If you don't see X, contact support"): its own
   * words name no target (they would point at Support); it stands for the action the
   * instruction named before the fallback, found by the step's text in its segment.
   */
  readonly fallback: boolean;
  /** The label's normalised words. */
  readonly words: readonly string[];
  /** Where the label stands in the step's words, and its segment. */
  readonly place: TextPlace;
  /** WAI-ARIA roles that fit the step's wording about it (CompiledTarget.roles). */
  readonly roles: ReadonlySet<string>;
}

const within = (range: readonly [number, number], at: number): boolean => at >= range[0] && at < range[1];

/** The sub-target of one compiled target at `order` in the step's targets. */
function subTargetOf(target: CompiledTarget, order: number, muted: StepInput['muted']): SubTarget {
  const kind = target.kind === 'crumb' ? 'navigation' : target.kind === 'choice' ? 'choose' : 'action';
  // A crumb may stand in a fallback sentence too: its words then name no target either.
  const fallback = target.kind === 'fallback' || (target.at !== null && muted.some((range) => within(range, target.at?.[0] ?? -1)));
  // A fallback is looked for by the text of its segment (the instruction before it), not where it is written.
  const [start, end] = target.kind === 'fallback' ? [target.segment[0], target.segment[0]] : (target.at ?? [-1, -1]);
  return {
    label: target.label,
    labelIndex: target.labelIndex,
    order,
    kind,
    targetKind: target.kind,
    route: target.route,
    fallback,
    words: target.words,
    place: { start, end, segmentStart: target.segment[0], segmentEnd: target.segment[1], muted },
    roles: new Set(target.roles),
  };
}

/**
 * The step's full plan: one sub-target per compiled target, in order. Kept per step object
 * (the catalog's steps are immutable data), so a step is planned once however often the page
 * changes.
 */
const fullPlans = new WeakMap<StepInput, readonly SubTarget[]>();

function fullPlanOf(step: StepInput): readonly SubTarget[] {
  let plan = fullPlans.get(step);
  if (!plan) {
    plan = step.targets.map((target, order) => subTargetOf(target, order, step.muted));
    fullPlans.set(step, plan);
  }
  return plan;
}

/**
 * Plans a step against the page: its compiled targets still to point at, in order. When
 * `step.route` is set and `page.route` is within it (`isWithinRoute`, src/portal), the
 * navigation sub-targets are dropped; the first `page.completed` sub-targets are dropped.
 *
 * @param step the compiled step (Step.targets, words, muted, route).
 * @param page the current route and progress.
 * @returns the remaining sub-targets; empty for an untargeted or finished step.
 */
export function planStep(step: StepInput, page: PageState): SubTarget[] {
  const onRoute = step.route !== null && page.route !== null && isWithinRoute(page.route, step.route);
  const completed = page.completed ?? 0;
  return fullPlanOf(step).filter((sub) => sub.order >= completed && !(onRoute && sub.kind === 'navigation'));
}
