import type { Heading, Paragraph } from 'mdast';
import { alertKindOfWord } from './alerts';
import { ArticleError, type SourcePoint } from './article-error';
import type { ScopedBlock } from './monikers';
import { headingAutoId, PLAIN_NAME } from './slug';

/**
 * An article section: a heading or a bold title paragraph and the blocks up to the next one.
 * Source of the format: project docs/catalog.md, "Sections and task ids".
 */
export interface Section {
  /** `<a name>` of the heading; null for a bold-titled section or a heading without one. */
  readonly anchor: string | null;
  /**
   * Stable key within the article, the same in every locale: `''` for the title section
   * (the H1, or the blocks before the first heading when there is no H1); the anchor (anchors
   * stay English in every locale; an English heading without one gets DocFX's id of its
   * text); for an unanchored section `<last anchor>/<n>` or `<n>` (since the title), n
   * counting the unanchored sections since that anchor from 1 (translations keep the order).
   */
  readonly key: string;
  /**
   * The key the compiler gave this section when task ids began with `ms.assetid`
   * (`<first heading's anchor>/<n>` under the title), kept so old share links resolve; null
   * when that compiler could not have compiled it (no anchor on the first heading).
   */
  readonly legacyKey: string | null;
  /** Title as the reader sees it (heading text or bold text); empty for a title section without a heading. */
  readonly title: string;
  readonly at: SourcePoint;
  /** Blocks after the title, with their moniker scope. */
  readonly blocks: readonly ScopedBlock[];
}

/** The article's sections, the title section first, and the H1's text when there is one. */
export interface SectionedArticle {
  /** Text of the H1 that opens the article, null when it opens with something else. */
  readonly heading: string | null;
  readonly sections: readonly Section[];
}

/** Options of splitSections. */
export interface SectionOptions {
  /** Key unanchored headings by DocFX's id of their text (English articles: ids match their translations' anchors). */
  readonly autoIds: boolean;
  /** Where the title section points when the article has no H1 (e.g. after the front matter). */
  readonly fallback: SourcePoint;
}

/**
 * Splits top-level blocks into sections at each heading and each paragraph that is a single
 * bold span (`**Reactivarea unui abonament**`, `**To reactivate:**`). The first heading, when
 * it is an H1, is the title section; otherwise the blocks before the first heading are.
 * @throws ArticleError when an anchor is not a plain name or two headings share an anchor.
 */
export function splitSections(blocks: readonly ScopedBlock[], file: string, options: SectionOptions): SectionedArticle {
  const firstHeadingIndex = blocks.findIndex((block) => block.node.type === 'heading');
  const firstHeading = blocks[firstHeadingIndex]?.node;
  const opensWithH1 = firstHeading?.type === 'heading' && firstHeading.depth === 1;
  const sections: Section[] = [];
  const seen = new Map<string, SourcePoint>();
  let lastAnchor = '';
  let unanchored = 0;
  // The old key rule: keys from the first heading on, only when that heading has an anchor.
  let legacyLast: string | null = null;
  let legacyUnanchored = 0;
  let sawHeading = false;
  let current: { anchor: string | null; key: string; legacyKey: string | null; title: string; at: SourcePoint; blocks: ScopedBlock[] };
  let heading: string | null = null;
  let rest: readonly ScopedBlock[];
  if (opensWithH1 && firstHeading?.type === 'heading') {
    const at = pointOf(firstHeading);
    const parts = headingParts(firstHeading, file, at);
    heading = parts.title;
    legacyLast = parts.anchor;
    sawHeading = true;
    current = { anchor: parts.anchor, key: '', legacyKey: parts.anchor, title: parts.title, at, blocks: [] };
    rest = blocks.slice(firstHeadingIndex + 1);
  } else {
    current = { anchor: null, key: '', legacyKey: null, title: '', at: options.fallback, blocks: [] };
    rest = blocks;
  }
  sections.push(current);
  seen.set('', current.at);
  for (const block of rest) {
    const title = titleOf(block, file);
    if (title === null) {
      current.blocks.push(block);
      continue;
    }
    if (!sawHeading && block.node.type === 'heading') {
      // Without an H1 the old compiler took the first heading, whatever its level, for the title.
      sawHeading = true;
      legacyLast = title.anchor;
    }
    let legacyKey: string | null = null;
    if (legacyLast !== null) {
      if (title.anchor !== null) {
        legacyLast = title.anchor;
        legacyUnanchored = 0;
        legacyKey = title.anchor;
      } else {
        legacyUnanchored += 1;
        legacyKey = `${legacyLast}/${legacyUnanchored}`;
      }
    }
    let key: string;
    let anchor = title.anchor;
    const autoId = anchor === null && options.autoIds && block.node.type === 'heading' ? headingAutoId(title.title) : null;
    if (autoId !== null) {
      let unique = autoId;
      for (let suffix = 1; seen.has(unique); suffix++) unique = `${autoId}-${suffix}`;
      anchor = unique;
    }
    if (anchor !== null) {
      lastAnchor = anchor;
      unanchored = 0;
      key = anchor;
    } else {
      unanchored += 1;
      key = lastAnchor === '' ? String(unanchored) : `${lastAnchor}/${unanchored}`;
    }
    const earlier = seen.get(key);
    if (earlier) {
      throw new ArticleError(file, title.at.line, title.at.column, `duplicate section anchor "${key}" (first at ${earlier.line}:${earlier.column})`);
    }
    seen.set(key, title.at);
    current = { anchor: title.anchor, key, legacyKey, title: title.title, at: title.at, blocks: [] };
    sections.push(current);
  }
  return { heading, sections };
}

interface Title {
  readonly anchor: string | null;
  readonly title: string;
  readonly at: SourcePoint;
}

function pointOf(node: { position?: { start: { line: number; column: number } } }): SourcePoint {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function titleOf(block: ScopedBlock, file: string): Title | null {
  const { node } = block;
  const at = pointOf(node);
  if (node.type === 'heading') return { ...headingParts(node, file, at), at };
  if (node.type === 'paragraph' && isBoldTitle(node)) return { anchor: null, title: textOf(node).trim().replace(/\s*:$/, ''), at };
  return null;
}

/**
 * A paragraph that is one bold span and nothing else (whitespace aside), not an alert title
 * (`**Note:**` alone on its line opens an alert, not a section).
 */
function isBoldTitle(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const only = meaningful[0];
  const text = textOf(paragraph).trim();
  if (meaningful.length !== 1 || only?.type !== 'strong' || text === '') return false;
  return !text.endsWith(':') || alertKindOfWord(text) === null;
}

function headingParts(heading: Heading, file: string, at: SourcePoint): { anchor: string | null; title: string } {
  let anchor: string | null = null;
  for (const child of heading.children) {
    if (child.type !== 'html') continue;
    // One HTML node's text, so a regex is fine here.
    const match = /^<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']*)["'][^>]*>$/i.exec(child.value.trim());
    if (match && anchor === null) anchor = match[1] ?? '';
  }
  if (anchor !== null && !PLAIN_NAME.test(anchor)) {
    throw new ArticleError(file, at.line, at.column, `heading anchor is not a plain name (letters, digits, - _ .): ${JSON.stringify(anchor)}`);
  }
  return { anchor, title: textOf(heading).replace(/\s+/g, ' ').trim() };
}

/** Visible text of a heading or paragraph (HTML tags dropped). */
export function textOf(node: { children: readonly unknown[] }): string {
  let out = '';
  for (const child of node.children as { type: string; value?: string; alt?: string; children?: unknown[] }[]) {
    if (child.type === 'text' || child.type === 'inlineCode') out += child.value ?? '';
    else if (child.type === 'break') out += ' ';
    else if (child.children) out += textOf({ children: child.children });
  }
  return out;
}
