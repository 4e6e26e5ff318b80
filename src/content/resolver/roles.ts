/**
 * Which elements can be a step's target, and what role each plays.
 *
 * Roles follow WAI-ARIA 1.2 and the HTML-AAM implicit roles, computed by
 * dom-accessibility-api's `getRole` (explicit `role` first, then the element's implicit one).
 */
import { getRole } from 'dom-accessibility-api';

/**
 * One CSS selector for every element a step can point at: native controls, elements with an
 * interactive ARIA role, and the title of an open dialog or pane (Fluent UI panels and
 * dialogs carry `role="dialog"`). Run once per resolve with `querySelectorAll`, so a 20,000-node
 * page is walked once, natively.
 */
export const CANDIDATE_SELECTOR = [
  'a[href]',
  'button',
  'summary',
  'select',
  'textarea',
  'input:not([type="hidden"])',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="menuitemcheckbox"]',
  '[role="menuitemradio"]',
  '[role="treeitem"]',
  '[role="option"]',
  '[role="combobox"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="searchbox"]',
  '[role="textbox"]',
  '[role="dialog"] h1',
  '[role="dialog"] h2',
  '[role="dialog"] h3',
  '[role="dialog"] [role="heading"]',
  '[role="alertdialog"] h1',
  '[role="alertdialog"] h2',
  '[role="alertdialog"] [role="heading"]',
  'dialog[open] h1',
  'dialog[open] h2',
  'dialog[open] h3',
].join(',');

/**
 * Layers drawn above the page: menus, dialogs, panes, list boxes, popovers. Fluent UI renders
 * them in a `.ms-Layer` host appended to `body`; the ARIA roles cover other libraries.
 */
export const LAYER_SELECTOR = [
  '[role="menu"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="listbox"]',
  'dialog[open]',
  '.ms-Layer',
  '[popover]:popover-open',
].join(',');

/** Layer selector without `:popover-open`, for DOMs that reject that pseudo-class (happy-dom). */
const LAYER_SELECTOR_BASIC = LAYER_SELECTOR.replace(',[popover]:popover-open', '');

/** Modal layers: everything outside the topmost one is inert for the user. */
export const MODAL_SELECTOR = '[aria-modal="true"],dialog:modal';

/**
 * The nearest enclosing layer of an element (see {@link LAYER_SELECTOR}), or null when the
 * element lies in the page behind the layers.
 */
export function layerOf(element: Element): Element | null {
  try {
    return element.closest(LAYER_SELECTOR);
  } catch {
    return element.closest(LAYER_SELECTOR_BASIC);
  }
}

/**
 * The ARIA role of an element (WAI-ARIA 1.2 explicit role, else the HTML-AAM implicit role);
 * `heading` for dialog titles; `null` for elements without one (a `div` with no role).
 */
export function roleOf(element: Element): string | null {
  return getRole(element);
}

/**
 * Whether the element already is in the state the step asks for, so that pointing at it would
 * teach nothing: a selected tab (`aria-selected="true"`), the current link or tree item
 * (`aria-current` other than `false`), or a dialog title (context, not an action: "in the
 * Reactivate this subscription pane …"). The resolver then moves on to the step's next label.
 *
 * @param role the element's role from {@link roleOf}.
 */
export function isAlreadySatisfied(element: Element, role: string | null): boolean {
  if (role === 'heading') return true;
  if (role === 'tab' || role === 'option' || role === 'treeitem') {
    if (element.getAttribute('aria-selected') === 'true') return true;
  }
  if (role === 'link' || role === 'treeitem' || role === 'tab') {
    const current = element.getAttribute('aria-current');
    if (current !== null && current !== 'false') return true;
  }
  return false;
}
