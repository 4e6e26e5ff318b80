/**
 * The resolver's step policy: which of a step's sub-targets to point at on this page, given
 * how each one resolves (docs/finding-targets.md). Synchronous DOM code,
 * no extension APIs; the runner calls it whenever the page changes while a step waits. Not
 * pure: it reads the page index's candidate cache (page-index.ts) and resets the record of
 * revealers (reveal.ts) on each call.
 *
 * The seams: context.ts (page context and candidates), rank.ts (scoring), choice.ts (choices
 * among rows), this file (step policy).
 */
import { candidateOf } from './candidates';
import { isBehindModal, makeContext, type ResolveOptions } from './context';
import { resolveChoice } from './choice';
import { planStep, type StepInput, type SubTarget } from './plan';
import { resolveInTopModal } from './modal-shortcut';
import { EXACT_LABEL, scoreAndPick } from './rank';
import { NAVIGATION_SELECTOR } from './roles';
import { NO_RESOLUTION, type Resolution, resolutionOf } from './resolution';
import { asWayToDestination, forgetRevealers, overflowStandIn } from './reveal';

/**
 * Resolves one sub-target: the best element for its label and the step's text.
 *
 * @param sub a sub-target from {@link planStep} for `step`.
 * @param step the compiled step it belongs to (its words are matched both ways).
 * @param root the Document or ShadowRoot to search.
 * @returns the target (null when nothing reaches the threshold) and the scored candidates.
 */
export function resolveSubTarget(
  sub: SubTarget,
  step: StepInput,
  root: Document | ShadowRoot,
  options: ResolveOptions = {},
): Resolution {
  const context = makeContext(step, root, [sub], options);
  if (sub.kind === 'choose') return resolveChoice(sub, context);
  const { chosen, report } = scoreAndPick(sub, context);
  return resolutionOf(sub, chosen, report);
}

/**
 * Whether a satisfied resolution may stand in when nothing actionable resolves: a selected tab
 * or current link the step names ("On the Products tab, find …": the admin is there), or a
 * pane title the label names exactly. A pane title matched only in part ("Reactivate" for the
 * "Reactivate this subscription" pane) is not the step's button: better the "not found" card.
 * The navigation's current item never stands in for an action: it is the place the admin is
 * (passed, not marked), and "Your products" ("Jūsu produkti") is not the Products tab the step
 * names, which the page may draw a moment after its navigation.
 */
function mayStandIn(resolution: Resolution): boolean {
  const best = resolution.candidates[0];
  if (!best) return true;
  if (best.element.closest(NAVIGATION_SELECTOR) !== null) return false;
  return best.role !== 'heading' || best.labelScore >= EXACT_LABEL;
}

/**
 * Resolves a step against the page: plans it ({@link planStep} with `options.page`), then
 * - navigation sub-targets (a breadcrumb to the step's route) are tried from the last to the
 *   first: the deepest one visible is the shortest way (`Your products` when the Billing
 *   group is already open, else `Billing`); the last one also matches links to the route;
 * - action sub-targets are tried in order; one that does not resolve is passed over (a
 *   garbled label such as `het`, a menu not open yet), and one already satisfied (a selected
 *   tab, the open pane's title) is passed over in favour of a later one that resolves; but
 *   the first one resolving inside an open layer (menu, pane) wins over those behind it:
 *   the layer opened for this step ("More actions, then Reactivate this subscription");
 * - an implicit `choose` sub-target ("choose the subscription, then select Reactivate") is
 *   resolved only when no action is on the page: the list's row names, which open the page
 *   that has the action;
 * - when only satisfied ones resolve, the first of them is returned (a pane title only when
 *   its label names it exactly);
 * - when nothing resolves, a command bar's overflow ("…") button that may hide the action is
 *   returned as a stand-in (reveal.ts): the coach mark says to open it first;
 * - among the same control repeated in every row (More actions), the one in the first row
 *   showing a lapsed status wins (the subscription a reactivation acts on).
 * Candidates are collected once per call; when a modal layer opened with the target, only
 * those in it where that provably gives the same target (modal-shortcut.ts).
 *
 * @param step the compiled step (Step.words, muted, targets, route).
 * @param root the Document or ShadowRoot to search.
 * @returns the target and its label, or `target: null` when nothing passes the threshold
 *   (the overlay then shows the "not found" card); never throws for any DOM.
 */
export function resolveStep(step: StepInput, root: Document | ShadowRoot, options: ResolveOptions = {}): Resolution {
  forgetRevealers();
  const plan = planStep(step, options.page ?? { route: null });
  if (plan.length === 0) return NO_RESOLUTION;
  const inModal = resolveInTopModal(step, plan, root, options);
  if (inModal) return inModal;
  const context = makeContext(step, root, plan, options);
  const navigation = plan.filter((s) => s.kind === 'navigation').reverse();
  const actions = plan.filter((s) => s.kind === 'action');
  let satisfied: Resolution | null = null;
  for (const sub of navigation) {
    const { chosen, report } = scoreAndPick(sub, context);
    if (!chosen) continue;
    const resolution = resolutionOf(sub, chosen, report);
    if (!chosen.satisfied) return sub.route !== null && !context.routeLinks.has(chosen.element) ? asWayToDestination(resolution) : resolution;
    satisfied ??= resolution;
  }
  let firstActionable: Resolution | null = null;
  for (const sub of actions) {
    const { chosen, report } = scoreAndPick(sub, context);
    if (!chosen) continue;
    const resolution = resolutionOf(sub, chosen, report);
    if (chosen.satisfied) {
      if (mayStandIn(resolution)) satisfied ??= resolution;
    }
    // A menu or pane opened by an earlier action of this step: its item is the next move.
    else if (chosen.inLayer) return resolution;
    else firstActionable ??= resolution;
  }
  if (firstActionable) return firstActionable;
  for (const sub of plan) {
    if (sub.kind !== 'choose') continue;
    const choice = resolveChoice(sub, context);
    if (choice.target) return choice;
  }
  if (satisfied) return satisfied;
  if (actions.length === 0) return NO_RESOLUTION;
  return overflowStandIn(context.root, context.exclude, context.threshold, (element) => isBehindModal(candidateOf(element, 0, []), context.modal)) ?? NO_RESOLUTION;
}
