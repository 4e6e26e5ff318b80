import type { Inline } from '../../tour/model';
import { isAllowedLink } from '../../tour/allowed-links';

/**
 * Renders a step's inline tree (src/tour/model.ts) as Preact elements: text nodes, bold,
 * code, line breaks, and links that open in a new tab, only to allowed https hosts
 * (src/tour/allowed-links.ts); any other link is shown as its text. No HTML is ever parsed.
 */
export function InlineContent({ nodes }: { nodes: readonly Inline[] }) {
  return <>{nodes.map((node, index) => renderNode(node, index))}</>;
}

function renderNode(node: Inline, key: number) {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'strong':
      return (
        <strong key={key}>
          <InlineContent nodes={node.children} />
        </strong>
      );
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'break':
      return <br key={key} />;
    case 'link':
      if (!isAllowedLink(node.href)) return <InlineContent key={key} nodes={node.children} />;
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          <InlineContent nodes={node.children} />
        </a>
      );
  }
}
