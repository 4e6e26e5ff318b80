/**
 * Targets the page hides until the admin opens something: a command in a command bar's
 * overflow ("…") menu, a page link inside a collapsed navigation group. The coach mark then
 * points at the control that reveals it, says "Open <control> first", and moves on when the
 * target appears (the runner keeps watching the page while it shows a stand-in).
 *
 * Rules (WAI-ARIA 1.2 menu button pattern: `aria-haspopup` and `aria-expanded="false"` on a
 * collapsed menu button; Fluent UI's CommandBar renders its overflow button so, inside a
 * `menubar`): a revealer is a collapsed menu button inside a menu bar or toolbar whose name
 * says "more" (`namesMore`, cues.ts) or is empty (an icon-only "…").
 */
import { computeAccessibleName } from 'dom-accessibility-api';
import { isExcluded, isHiddenByStyle, sharedWords } from './candidates';
import { namesMore } from './cues';

/** Collapsed menu buttons in a bar of commands. */
const OVERFLOW_QUERY = ':is([role="menubar"],[role="toolbar"]) :is([aria-haspopup="true"],[aria-haspopup="menu"]):not([aria-expanded="true"])';

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
 * The overflow ("…") buttons of the page's command bars and toolbars that may hide a step's
 * command, first first; not in `exclude`, nor hidden.
 * @param root a Document or ShadowRoot.
 */
export function overflowRevealers(root: Document | ShadowRoot, exclude: readonly Element[]): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll(OVERFLOW_QUERY))) {
    if (isExcluded(element, exclude) || isHiddenByStyle(element)) continue;
    const words = sharedWords(computeAccessibleName(element));
    if (words.length === 0 || namesMore(words)) found.push(element);
  }
  return found;
}

/**
 * Marks `element` as a revealer and returns it with its name (its accessible name, else "…").
 */
export function revealerOf(element: Element): { element: Element; name: string } {
  const name = computeAccessibleName(element).trim() || '…';
  markRevealer(element, name);
  return { element, name };
}
