import { Fragment, type JSX } from 'preact';
import type { Inline } from '../../tour/model';
import { isAllowedLink } from '../../tour/allowed-links';
import { type PageWords, pageWordFor } from './page-words';

/**
 * Renders a step's inline tree (src/tour/model.ts) as Preact elements: text nodes, bold,
 * code, line breaks, and links that open in a new tab, only to allowed https hosts
 * (src/tour/allowed-links.ts); any other link is shown as its text. No HTML is ever parsed.
 * With `pageWords` (the admin center speaks another language, page-words.ts), each bold run
 * and link text that names a label is followed by the page's word for it in parentheses,
 * marked with the page's `lang` so screen readers pronounce it in its language.
 */
export function InlineContent({ nodes, pageWords = null }: { nodes: readonly Inline[]; pageWords?: PageWords | null }) {
  return <>{nodes.map((node, index) => renderNode(node, index, pageWords))}</>;
}

/** The plain text of an inline tree, as the admin reads it. */
function textOf(nodes: readonly Inline[]): string {
  return nodes.map((node) => (node.type === 'text' || node.type === 'code' ? node.value : node.type === 'break' ? ' ' : textOf(node.children))).join('');
}

/** `element` followed by the page's word for `text`, when there is one to show. */
function withPageWord(element: JSX.Element, text: string, pageWords: PageWords | null, key: number) {
  const word = pageWords ? pageWordFor(text, pageWords) : null;
  if (!pageWords || word === null) return element;
  return (
    <Fragment key={key}>
      {element}{' '}
      <span class="page-label" lang={pageWords.locale}>
        ({word})
      </span>
    </Fragment>
  );
}

function renderNode(node: Inline, key: number, pageWords: PageWords | null) {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'strong':
      return withPageWord(
        <strong key={key}>
          <InlineContent nodes={node.children} />
        </strong>,
        textOf(node.children),
        pageWords,
        key,
      );
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'break':
      return <br key={key} />;
    case 'link': {
      // A bold run inside the link carries its own page word; otherwise the link's text may be a label.
      const hasStrong = node.children.some((child) => child.type === 'strong');
      const linkWords = hasStrong ? null : pageWords;
      if (!isAllowedLink(node.href)) {
        const children = <InlineContent key={key} nodes={node.children} pageWords={hasStrong ? pageWords : null} />;
        return withPageWord(children, textOf(node.children), linkWords, key);
      }
      return withPageWord(
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          <InlineContent nodes={node.children} pageWords={hasStrong ? pageWords : null} />
        </a>,
        textOf(node.children),
        linkWords,
        key,
      );
    }
  }
}
