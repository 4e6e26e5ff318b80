/**
 * Containers whose rows repeat the same controls: data grids and tables, and lists marked up
 * as such. Plain `ul`/`li` are left out: navigation menus are built of them and their links
 * are not interchangeable.
 */
const ROW_CONTAINER = '[role="grid"], [role="treegrid"], [role="table"], [role="list"], table';
/** A row of such a container. */
const ROW = '[role="row"], tr, [role="listitem"]';

/**
 * Links inside the rows of a data grid or table: the row's name, which opens the item
 * (Fluent's DetailsList renders the name column as a link to the details page).
 */
export const ROW_NAME_QUERY = '[role="grid"] [role="row"] a[href], [role="treegrid"] [role="row"] a[href], table tr a[href]';

/**
 * The first link of each grid or table row in `root`, in document order: what "choose the
 * subscription" means in a list whose rows open their details page.
 */
export function rowNameLinks(root: Document | ShadowRoot | Element): Element[] {
  const rows = new Set<Element>();
  const links: Element[] = [];
  for (const link of root.querySelectorAll(ROW_NAME_QUERY)) {
    const row = link.closest(ROW);
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
  const row = element.closest(ROW);
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

function signatureOf(element: Element): string {
  return [element.tagName, element.getAttribute('role'), element.getAttribute('aria-label'), element.getAttribute('title'), element.textContent?.trim()].join('\u0000');
}
