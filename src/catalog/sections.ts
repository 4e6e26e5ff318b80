import type { Heading, Paragraph } from 'mdast';
import { ArticleError, type SourcePoint } from './article-error';
import type { ScopedBlock } from './monikers';

/**
 * An article section: a heading or a bold title paragraph and the blocks up to the next one.
 * Source of the format: docs/admin-center.md, "Article format".
 */
export interface Section {
  /** `<a name>` of the heading; null for a bold-titled section or a heading without one. */
  readonly anchor: string | null;
  /**
   * Stable key, the same in every locale: the anchor (anchors stay English in every locale);
   * for an unanchored section `<last anchor>/<n>`, n counting the unanchored sections
   * since that anchored heading from 1 (translations keep the order of sections).
   */
  readonly key: string;
  /** Title as the reader sees it (heading text or bold text). */
  readonly title: string;
  readonly at: SourcePoint;
  /** Blocks after the title, with their moniker scope. */
  readonly blocks: readonly ScopedBlock[];
}

/** The article's first heading (its anchor is the slug) and all sections, that one first. */
export interface SectionedArticle {
  readonly slug: string;
  readonly sections: readonly Section[];
}

const ANCHOR_NAME = /^[A-Za-z0-9][\w.-]*$/;

/**
 * Splits top-level blocks into sections at each heading and each paragraph that is a single
 * bold span (`**Reactivarea unui abonament**`). Blocks before the first heading are dropped.
 * @throws ArticleError when there is no heading, the first heading has no `<a name>` anchor,
 *   an anchor is not a plain name, or two sections get the same key.
 */
export function splitSections(blocks: readonly ScopedBlock[], file: string, fallback: SourcePoint): SectionedArticle {
  const firstHeading = blocks.find((block) => block.node.type === 'heading');
  if (!firstHeading) {
    throw new ArticleError(file, fallback.line, fallback.column, 'no heading: an article needs a title heading `# <a name="slug"></a>Title`');
  }
  const sections: Section[] = [];
  const seen = new Map<string, SourcePoint>();
  let lastAnchor = '';
  let unanchored = 0;
  let current: { anchor: string | null; key: string; title: string; at: SourcePoint; blocks: ScopedBlock[] } | null = null;
  for (const block of blocks.slice(blocks.indexOf(firstHeading))) {
    const title = titleOf(block, file);
    if (title === null) {
      current?.blocks.push(block);
      continue;
    }
    if (title.anchor !== null) {
      lastAnchor = title.anchor;
      unanchored = 0;
    } else unanchored += 1;
    const key = title.anchor ?? `${lastAnchor}/${unanchored}`;
    const earlier = seen.get(key);
    if (earlier) {
      throw new ArticleError(file, title.at.line, title.at.column, `duplicate section anchor "${key}" (first at ${earlier.line}:${earlier.column})`);
    }
    seen.set(key, title.at);
    current = { ...title, key, blocks: [] };
    sections.push(current);
  }
  const head = sections[0];
  if (!head || head.anchor === null) {
    const at = head?.at ?? fallback;
    throw new ArticleError(file, at.line, at.column, 'the first heading has no `<a name="…"></a>` anchor (the article slug)');
  }
  return { slug: head.anchor, sections };
}

interface Title {
  readonly anchor: string | null;
  readonly title: string;
  readonly at: SourcePoint;
}

function titleOf(block: ScopedBlock, file: string): Title | null {
  const { node } = block;
  const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  if (node.type === 'heading') return { ...headingParts(node, file, at), at };
  if (node.type === 'paragraph' && isBoldTitle(node)) return { anchor: null, title: textOf(node).trim(), at };
  return null;
}

/** A paragraph that is one bold span and nothing else (whitespace aside), not an alert form. */
function isBoldTitle(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const only = meaningful[0];
  return meaningful.length === 1 && only?.type === 'strong' && !textOf(paragraph).trim().endsWith(':') && textOf(paragraph).trim() !== '';
}

function headingParts(heading: Heading, file: string, at: SourcePoint): { anchor: string | null; title: string } {
  let anchor: string | null = null;
  for (const child of heading.children) {
    if (child.type !== 'html') continue;
    // One HTML node's text, so a regex is fine here.
    const match = /^<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']*)["'][^>]*>$/i.exec(child.value.trim());
    if (match && anchor === null) anchor = match[1] ?? '';
  }
  if (anchor !== null && !ANCHOR_NAME.test(anchor)) {
    throw new ArticleError(file, at.line, at.column, `heading anchor is not a plain name (letters, digits, - _ .): ${JSON.stringify(anchor)}`);
  }
  return { anchor, title: textOf(heading).replace(/\s+/g, ' ').trim() };
}

/** Visible text of a heading or paragraph (HTML tags dropped). */
function textOf(node: { children: readonly unknown[] }): string {
  let out = '';
  for (const child of node.children as { type: string; value?: string; alt?: string; children?: unknown[] }[]) {
    if (child.type === 'text' || child.type === 'inlineCode') out += child.value ?? '';
    else if (child.type === 'break') out += ' ';
    else if (child.children) out += textOf({ children: child.children });
  }
  return out;
}
