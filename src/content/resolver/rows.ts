/** Containers whose rows repeat the same controls (grids, tables, lists). */
const ROW_CONTAINER = '[role="grid"], [role="treegrid"], [role="table"], [role="list"], [role="listbox"], table, ul, ol';
/** A row of such a container. */
const ROW = '[role="row"], tr, [role="listitem"], li, [role="option"]';

/**
 * The same control in the other rows of the list `element` sits in: "More actions" of every
 * subscription in Your products. Matched by position within the row (the same child-index
 * path) and the same tag, `aria-label`, `title` and text, so no accessible name has to be
 * computed for thousands of rows. Empty when `element` is not in a row.
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
