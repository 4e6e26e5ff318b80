/**
 * Which elements can be a step's target, and what role each plays.
 *
 * Roles follow WAI-ARIA 1.2 and the HTML-AAM implicit roles, computed by
 * dom-accessibility-api's `getRole` (explicit `role` first, then the element's implicit one).
 */
import { getRole } from 'dom-accessibility-api';

/**
 * Structural and container roles, never a target: a data grid's rows and cells (thousands in
 * a large tenant's product list), lists, groups, presentation wrappers.
 */
const STRUCTURAL_ROLES = [
  'row', 'gridcell', 'cell', 'columnheader', 'rowheader', 'rowgroup', 'grid', 'table', 'presentation', 'none',
  'group', 'list', 'listitem', 'region', 'img', 'separator', 'tablist', 'toolbar', 'navigation', 'main', 'banner',
];

/**
 * One CSS selector, run once per resolve with `querySelectorAll`: native controls, elements
 * with a `role` other than the structural ones above, and headings. {@link isCandidateElement}
 * then keeps the right ones. Measured in Chromium on the replica's 22,000-node product list
 * (1,200 rows): `[role]` alone matches 14,600 elements (4.9 ms with the filter), this one
 * 3,600 (3.9 ms); listing each interactive role value instead costs 13 ms.
 */
export const CANDIDATE_QUERY = `a[href],button,summary,select,textarea,input,[role]:not(${STRUCTURAL_ROLES.map((r) => `[role="${r}"]`).join(',')}),h1,h2,h3`;

/**
 * Interactive WAI-ARIA 1.2 widget roles a step can name (plus `link`); `tab`, `menuitem`,
 * `treeitem` and `option` are Fluent UI's Pivot, ContextualMenu, Nav tree and Dropdown items.
 */
export const INTERACTIVE_ROLES: ReadonlySet<string> = new Set([
  'button', 'link', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'option', 'combobox',
  'checkbox', 'radio', 'switch', 'searchbox', 'textbox',
]);

/**
 * Open dialogs and panes (WAI-ARIA 1.2 `dialog`, `alertdialog`; an open HTML `dialog`): their
 * title (a heading) is a candidate ("in the … pane"), and a docked card keeps clear of them.
 */
export const DIALOG_SELECTOR = '[role="dialog"],[role="alertdialog"],dialog[open]';

/**
 * Whether an element found by {@link CANDIDATE_QUERY} can be a target: an element with an
 * interactive role (explicit, see {@link INTERACTIVE_ROLES}), a native control without a
 * contrary explicit role (`input` other than `type=hidden`), or the heading of an open dialog.
 */
export function isCandidateElement(element: Element): boolean {
  const explicit = element.getAttribute('role');
  if (explicit !== null && explicit !== '') {
    if (INTERACTIVE_ROLES.has(explicit)) return true;
    if (explicit !== 'heading') return false;
    return element.closest(DIALOG_SELECTOR) !== null;
  }
  switch (element.localName) {
    case 'a':
    case 'button':
    case 'summary':
    case 'select':
    case 'textarea':
      return true;
    case 'input':
      return (element as HTMLInputElement).type !== 'hidden';
    case 'h1':
    case 'h2':
    case 'h3':
      return element.closest(DIALOG_SELECTOR) !== null;
    default:
      return false;
  }
}

/**
 * Layers drawn above the page: menus, dialogs, panes, list boxes, popovers (`:popover-open`:
 * Chromium 114, Firefox 125, below the manifest's minimum versions). Fluent UI renders
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

/** Navigation landmarks: HTML `nav` and WAI-ARIA 1.2 `navigation` (the admin center's left Nav). */
export const NAVIGATION_SELECTOR = 'nav,[role="navigation"]';

/**
 * Modal layers (WAI-ARIA 1.2 `aria-modal`): everything outside the topmost one is inert for
 * the user. A native `dialog` opened with `showModal()` is modal by a state no attribute shows
 * (`:modal`), which no MutationObserver sees, so the page index could not keep it: the admin
 * center's dialogs are Fluent UI's, which set `aria-modal`.
 */
export const MODAL_SELECTOR = '[aria-modal="true"]';

/**
 * The nearest enclosing layer of an element (see {@link LAYER_SELECTOR}), or null when the
 * element lies in the page behind the layers.
 */
export function layerOf(element: Element): Element | null {
  return element.closest(LAYER_SELECTOR);
}

/**
 * {@link layerOf} for many elements at once: ancestors' answers are shared, so the 1,200 rows of
 * a grid climb their common ancestors once instead of once each (each `closest` tests every
 * ancestor against all of LAYER_SELECTOR's parts). Same answers as {@link layerOf} while the
 * DOM is unchanged; make a new one per collection.
 */
export function layerFinder(): (element: Element) => Element | null {
  const memo = new Map<Element, Element | null>();
  return (element) => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let at: Element | null = element; at; at = at.parentElement) {
      const known = memo.get(at);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (at.matches(LAYER_SELECTOR)) {
        found = at;
        break;
      }
      path.push(at);
    }
    for (const at of path) memo.set(at, found);
    return found;
  };
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
