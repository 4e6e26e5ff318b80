/**
 * Targets the page hides until the admin opens something: a command in a command bar's
 * overflow ("…") menu, a page link inside a collapsed navigation group. The coach mark then
 * points at the control that reveals it, says "Open <control> first", and moves on when the
 * target appears (the runner keeps watching the page while it shows a stand-in).
 *
 * Rules (WAI-ARIA 1.2 menu button pattern: `aria-haspopup` and `aria-expanded="false"` on a
 * collapsed menu button; Fluent UI's CommandBar renders its overflow button so, inside a
 * `menubar`): a revealer is a collapsed menu button inside a menu bar or toolbar whose name
 * says "more" (`namesMore`, step-language/page-words.ts) or is empty (an icon-only "…").
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { isExcluded, isHiddenByStyle, sharedWords } from './candidates';
import { pageIndexOf } from './page-index';
import { namesMore } from '../../step-language/page-words';
import type { Resolution, ScoredCandidate } from './resolution';

/** Command bars and toolbars (WAI-ARIA 1.2 `menubar`, `toolbar`). */
const COMMAND_BAR_SELECTOR = '[role="menubar"],[role="toolbar"]';

/** A menu button whose menu is closed (WAI-ARIA 1.2 menu button pattern). */
function isCollapsedMenuButton(element: Element): boolean {
  const popup = element.getAttribute('aria-haspopup');
  return (popup === 'true' || popup === 'menu') && element.getAttribute('aria-expanded') !== 'true';
}

/**
 * The controls the last resolution showed as revealers, with the accessible name to say
 * "Open … first" with; forgotten at the start of each resolution ({@link forgetRevealers}).
 */
let revealers = new WeakMap<Element, string>();

/** Forgets every revealer: a new resolution of a step begins. */
export function forgetRevealers(): void {
  revealers = new WeakMap();
}

/**
 * Records that pointing at `element` reveals the step's target (see {@link revealNameOf}).
 * @param name the control's accessible name, as the status line says it.
 */
export function markRevealer(element: Element, name: string): void {
  revealers.set(element, name);
}

/**
 * The name of the control when the coach mark points at it to reveal a hidden target (the
 * status line "Open Billing first"), else null (it is the target itself).
 */
export function revealNameOf(element: Element): string | null {
  return revealers.get(element) ?? null;
}

/**
 * The first overflow ("…") button of the page's command bars and toolbars that may hide a
 * step's command and that `accept`s, in document order; not in `exclude`, nor hidden. Read
 * from the page's candidates (page-index.ts); the rows' own "More actions" menu buttons are
 * told apart by a kept fact, not by climbing 1,200 rows on each call.
 * @param root a Document or ShadowRoot.
 */
export function firstOverflowRevealer(root: Document | ShadowRoot, exclude: readonly Element[], accept: (element: Element) => boolean): Element | null {
  const index = pageIndexOf(root);
  for (const element of index.elements()) {
    if (!(isCollapsedMenuButton(element) && index.ancestral(element, 'commandBar', inCommandBar))) continue;
    if (isExcluded(element, exclude) || isHiddenByStyle(element)) continue;
    const words = sharedWords(computeAccessibleName(element));
    if ((words.length === 0 || namesMore(words)) && accept(element)) return element;
  }
  return null;
}

const inCommandBar = (element: Element): boolean => element.parentElement?.closest(COMMAND_BAR_SELECTOR) != null;

/**
 * Marks `element` as a revealer and returns it with its name (its accessible name, else "…").
 */
export function revealerOf(element: Element): { element: Element; name: string } {
  const name = computeAccessibleName(element).trim() || '…';
  markRevealer(element, name);
  return { element, name };
}

/**
 * A breadcrumb's destination answered by an element that is not a link to the step's route:
 * a collapsed group the page link hides in (its name shares the breadcrumb's words, "Billing"
 * in "Billing > Your products"), or a navigation made of buttons. Clicking it is not yet the
 * step, reaching the route is (plan.ts drops the navigation there): so the returned resolution
 * answers no sub-target and reports its target `satisfied`, a stand-in the runner keeps
 * watching past. A collapsed group (`aria-expanded="false"`) is recorded as a revealer for the
 * "Open … first" status line.
 * @param resolution a resolution with a target.
 */
export function asWayToDestination(resolution: Resolution): Resolution {
  const target = resolution.target as Element;
  if (target.getAttribute('aria-expanded') === 'false') markRevealer(target, resolution.candidates[0]?.name || (resolution.label ?? ''));
  return {
    ...resolution,
    subTarget: null,
    candidates: resolution.candidates.map((c) => (c.element === target ? { ...c, satisfied: true } : c)),
  };
}

/**
 * For a step none of whose actions is on the page: the first overflow ("…") button of a
 * command bar that may hide it ({@link firstOverflowRevealer}), as a stand-in. Its candidate is
 * reported `satisfied` (the runner keeps watching and moves on when the command appears) and
 * it answers no sub-target (clicking it opens the menu, it does not do the step).
 * @param threshold the score to report (the resolver's threshold).
 * @param isBehindModal whether the admin cannot reach an element now (an open modal covers it).
 * @returns the resolution, or null when the page has no such button.
 */
export function overflowStandIn(root: Document | ShadowRoot, exclude: readonly Element[], threshold: number, isBehindModal: (element: Element) => boolean): Resolution | null {
  const element = firstOverflowRevealer(root, exclude, (e) => !isBehindModal(e));
  if (!element) return null;
  const { name } = revealerOf(element);
  const candidate: ScoredCandidate = {
    element,
    role: getRole(element),
    name,
    verified: true,
    score: threshold,
    labelScore: 0,
    textScore: 0,
    disabled: false,
    satisfied: true,
    reach: -1,
    inLayer: false,
  };
  return { target: element, label: name, subTarget: null, score: threshold, candidates: [candidate] };
}
