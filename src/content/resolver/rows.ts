import { sharedWords } from './candidates';
import { linksIn } from './page-index';
import { NAVIGATION_SELECTOR } from './roles';
import { showsLapsedStatus } from '../../step-language/page-words';
/**
 * Containers whose rows repeat the same controls: data grids and tables, lists marked up as
 * such, and plain `ul`/`ol` lists of cards outside navigation, menus and trees (navigation
 * menus are built of `ul`/`li` too, and their links are not interchangeable).
 */
const ROW_CONTAINER = '[role="grid"], [role="treegrid"], [role="table"], [role="list"], table, ul, ol';
/** Where a list's items are entries of a menu, not rows of data. */
const NOT_ROWS = `${NAVIGATION_SELECTOR}, [role="menu"], [role="menubar"], [role="tree"], [role="listbox"], [role="tablist"]`;
/** A row of such a container. */
const ROW = '[role="row"], tr, [role="listitem"], li';

/** How a caller finds an element's data row: {@link rowOf}, or the same answer kept between calls. */
export type RowFinder = (element: Element) => Element | null;

/**
 * The first link of each data row in `root` ({@link rowOf}: grid, table or list of cards), in
 * document order: the row's name, which opens the item (Fluent's DetailsList renders the name
 * column as a link to the details page); what "choose the subscription" means in a list whose
 * rows open their details page.
 */
export function rowNameLinks(root: Document | ShadowRoot, findRow: RowFinder = rowOf): Element[] {
  const rows = new Set<Element>();
  const links: Element[] = [];
  for (const link of linksIn(root)) {
    const row = findRow(link);
    if (!row || rows.has(row)) continue;
    rows.add(row);
    links.push(link);
  }
  return links;
}

/**
 * The same control in the other rows of the list `element` sits in: "More actions" of every
 * subscription in Your products. Matched by position within the row (the same child-index
 * path) and the same tag, `aria-label`, `title` and text, so no accessible name has to be
 * computed for thousands of rows. Row names differ, so a row-name link has no equivalents: the
 * coach mark points at the first row's name and the admin may open any (the next page then
 * has the step's action). Empty when `element` is not in a row.
 */
export function sameControlInOtherRows(element: Element): Element[] {
  const row = rowOf(element);
  const container = row?.parentElement?.closest(ROW_CONTAINER);
  if (!row || !container) return [];
  const path: number[] = [];
  for (let node: Element = element; node !== row; node = node.parentElement as Element) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement?.children ?? [], node));
  }
  const signature = signatureOf(element);
  const matches: Element[] = [];
  for (const other of Array.from(container.querySelectorAll(ROW))) {
    if (other === row || other.contains(row) || row.contains(other)) continue;
    let node: Element | undefined = other;
    for (const index of path) node = node?.children[index];
    if (node && signatureOf(node) === signature) matches.push(node);
  }
  return matches;
}

/**
 * The data row `element` sits in: a grid or table row, or an item of a list that is not a
 * navigation, menu or tree (see NOT_ROWS); null otherwise.
 */
export function rowOf(element: Element): Element | null {
  const row = element.closest(ROW);
  if (!row || row.closest(NOT_ROWS)) return null;
  return row.parentElement?.closest(ROW_CONTAINER) ? row : null;
}

/**
 * The texts of a row's leaf elements (cell by cell: the row's text content glues its cells'
 * texts together, "10Expired"), at most `limit` of them.
 */
export function rowTexts(row: Element, limit = 60): string[] {
  const texts: string[] = [];
  for (const element of Array.from(row.querySelectorAll('*'))) {
    if (element.childElementCount > 0) continue;
    const text = element.textContent?.trim();
    if (text) texts.push(text);
    if (texts.length >= limit) break;
  }
  return texts;
}

function signatureOf(element: Element): string {
  return [element.tagName, element.getAttribute('role'), element.getAttribute('aria-label'), element.getAttribute('title'), element.textContent?.trim()].join('\u0000');
}

/**
 * Whether `element` sits in a data row ({@link rowOf}: grid, table or list of cards) whose
 * cells show a lapsed status (Expired, Disabled in the catalog languages: `showsLapsedStatus`,
 * step-language/page-words.ts): the subscription an admin following a reactivation task acts on.
 */
export function inLapsedRow(element: Element, findRow: RowFinder = rowOf): boolean {
  const row = findRow(element);
  return row !== null && rowTexts(row).some((text) => showsLapsedStatus(sharedWords(text)));
}

/** What {@link preferLapsedRow} reads of a ranked candidate. */
interface Ranked {
  readonly element: Element;
  readonly score: number;
  readonly candidate: { readonly estimatedWords: readonly string[] };
}

/**
 * Moves the candidates that repeat the best one in other rows (same estimated name and score:
 * the More actions of every subscription) so that the first in a lapsed row leads: the step
 * acts on one row, and the coach mark belongs on the one the admin will choose. Reads at most
 * `limit` rows. Reorders `ranked` (best first) in place.
 */
export function preferLapsedRow(ranked: Ranked[], limit: number, findRow: RowFinder = rowOf): void {
  const best = ranked[0];
  if (!best || findRow(best.element) === null) return;
  const name = best.candidate.estimatedWords.join(' ');
  let end = 1;
  while (end < ranked.length && end < limit) {
    const other = ranked[end] as Ranked;
    if (other.score !== best.score || other.candidate.estimatedWords.join(' ') !== name) break;
    end++;
  }
  if (end === 1) return;
  const lapsed = ranked.slice(0, end).findIndex((r) => inLapsedRow(r.element, findRow));
  if (lapsed > 0) ranked.unshift(...ranked.splice(lapsed, 1));
}

/**
 * What the coach mark outlines for a target that may repeat in other rows: the target itself
 * when it stands alone, or when its row shows a lapsed status (the row the step acts on, see
 * {@link inLapsedRow}: the admin must act on that row's control, not on any); else, when the
 * same control repeats in other rows (`equivalents`, {@link sameControlInOtherRows}) and no row
 * stands out, the list they share, so the admin picks the row.
 */
export function anchorOf(target: Element, equivalents: readonly Element[]): Element {
  if (equivalents.length === 0 || inLapsedRow(target)) return target;
  return commonAncestor([target, ...equivalents]);
}

/** The deepest element containing all of `elements` (the list their rows share). */
export function commonAncestor(elements: readonly Element[]): Element {
  const [first, ...rest] = elements;
  let ancestor: Element | null = first ?? null;
  while (ancestor && !rest.every((element) => ancestor?.contains(element))) ancestor = ancestor.parentElement;
  return ancestor ?? document.documentElement;
}
