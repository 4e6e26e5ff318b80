import type { Nodes, Parent, PhrasingContent } from 'mdast';
import type { SourcePoint } from './article-error';

/**
 * DocFX extensions a coach mark cannot show: `[!INCLUDE[name](path)]` (text from another
 * file the compiler does not have) and `> [!VIDEO https://…]` (an embedded video). They are
 * cut out of the article and each leaves a note, so a helpdesk sees what was skipped
 * (`npm run catalog -- --check`). Syntax: DocFX Flavored Markdown, "Include" and "Video".
 */

/** A construct the compiler skipped, and where. */
export interface SkippedConstruct extends SourcePoint {
  readonly construct: 'include' | 'video';
  /** The include's path or the video's URL, as written. */
  readonly target: string;
}

const VIDEO = /\[!VIDEO\s+([^\]\s]*)\s*\]/gi;
const INCLUDE_OPEN = /\[!INCLUDE\s*$/i;

/**
 * Removes includes and videos from `nodes` and their descendants (mutating them) and returns
 * what was removed, in document order. A paragraph or quote left empty is removed too.
 * Never throws.
 */
export function skipIncludesAndVideos(nodes: Nodes[]): SkippedConstruct[] {
  const skipped: SkippedConstruct[] = [];
  const visit = (parent: Parent): void => {
    if (parent.children.some((child) => child.type === 'text')) {
      parent.children = cutInline(parent.children as PhrasingContent[], skipped);
    }
    for (const child of parent.children) if ('children' in child) visit(child);
    parent.children = parent.children.filter((child) => !isEmptyContainer(child));
  };
  visit({ type: 'root', children: nodes as never });
  return skipped;
}

/** A paragraph or quote left without content once includes and videos are cut out. */
export function isEmptyContainer(node: Nodes): boolean {
  if (node.type === 'paragraph') return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
  if (node.type === 'blockquote') return node.children.every(isEmptyContainer);
  return false;
}

function cutInline(children: PhrasingContent[], skipped: SkippedConstruct[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as PhrasingContent;
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    let value = node.value.replace(VIDEO, (_whole, url: string) => {
      skipped.push({ ...at, construct: 'video', target: url });
      return '';
    });
    const link = children[index + 1];
    const after = children[index + 2];
    // `[!INCLUDE[name](path)]` parses as text `[!INCLUDE`, a link, and text starting with `]`.
    if (INCLUDE_OPEN.test(value) && link?.type === 'link' && after?.type === 'text' && after.value.startsWith(']')) {
      skipped.push({ ...at, construct: 'include', target: link.url });
      value = value.replace(INCLUDE_OPEN, '');
      out.push({ ...node, value });
      out.push({ ...after, value: after.value.slice(1) });
      index += 2;
      continue;
    }
    out.push({ ...node, value });
  }
  return out;
}
