/** Node.DOCUMENT_POSITION_FOLLOWING, without needing the Node global. */
const FOLLOWING = 4;

/** Whether `b` comes after `a` in document order (DOM Standard, `compareDocumentPosition`). */
export function follows(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}
