import type { Code, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import type { VariantCloud } from '../tour/model';
import { ArticleError, type SourcePoint } from './article-error';

/**
 * DocFX moniker ranges (`::: moniker range="o365-worldwide"` … `::: moniker-end`) found on
 * the mdast, not in the raw text: remark parses a marker as a paragraph of its own, or, when
 * the end marker is indented under a list, as a line of the item's last paragraph or as an
 * indented code block. Source: docs/admin-center.md, "Article format".
 */

/** A cloud a moniker range can name. */
export type MonikerCloud = Exclude<VariantCloud, 'any'>;

/** DocFX moniker → cloud (docs/admin-center.md, "Hosts, one per cloud"). */
export const MONIKER_CLOUDS: Readonly<Record<string, MonikerCloud>> = {
  'o365-worldwide': 'worldwide',
  'o365-germany': 'germany',
  'o365-21vianet': '21vianet',
};

/** Canonical order of variants in a task. */
export const CLOUD_ORDER: readonly MonikerCloud[] = ['worldwide', 'germany', '21vianet'];

/** A top-level block and the clouds it applies to (null: outside any range, every cloud). */
export interface ScopedBlock {
  readonly node: RootContent;
  readonly clouds: readonly MonikerCloud[] | null;
}

type Marker =
  | { readonly kind: 'start'; readonly clouds: readonly MonikerCloud[]; readonly at: SourcePoint }
  | { readonly kind: 'end'; readonly at: SourcePoint };

type Item = { readonly node: Nodes } | { readonly marker: Marker };

const START = /^:::\s*moniker\s+range\s*=\s*["']([^"']*)["']\s*$/;
const END = /^:::\s*moniker-end\s*$/;

/**
 * Splits the article's top-level blocks into moniker scopes, removing the markers from the
 * tree (the nodes are mutated: a marker line is cut out of the paragraph holding it).
 * @param children top-level mdast nodes after the front matter
 * @param source   the article text, to point errors at the marker's real column
 * @throws ArticleError for an unknown or malformed moniker, a range opened inside another,
 *   an end without a range, a range never closed, or a marker in the middle of a list/quote.
 */
export function scopeByMonikers(children: readonly RootContent[], file: string, source: string): ScopedBlock[] {
  const sourceLines = source.split('\n');
  const markerOf = (line: string, lineNumber: number): Marker | null => {
    const text = line.trim();
    if (!/^:::\s*moniker/.test(text)) return null;
    const column = (sourceLines[lineNumber - 1]?.indexOf(':::') ?? 0) + 1;
    const at = { line: lineNumber, column: Math.max(column, 1) };
    if (END.test(text)) return { kind: 'end', at };
    const start = START.exec(text);
    if (!start) throw new ArticleError(file, at.line, at.column, `malformed moniker marker: ${text}`);
    const names = (start[1] ?? '').split('||').map((name) => name.trim());
    const clouds = names.map((name) => {
      const cloud = MONIKER_CLOUDS[name];
      if (!cloud) {
        throw new ArticleError(
          file,
          at.line,
          at.column,
          `unknown moniker ${JSON.stringify(name)}: expected o365-worldwide, o365-germany or o365-21vianet`,
        );
      }
      return cloud;
    });
    return { kind: 'start', clouds: [...new Set(clouds)], at };
  };

  const items = liftMarkers(children, markerOf, file);
  const scoped: ScopedBlock[] = [];
  let open: Extract<Marker, { kind: 'start' }> | null = null;
  for (const item of items) {
    if ('node' in item) {
      scoped.push({ node: item.node as RootContent, clouds: open?.clouds ?? null });
    } else if (item.marker.kind === 'start') {
      if (open) {
        const { at } = item.marker;
        throw new ArticleError(
          file,
          at.line,
          at.column,
          `moniker range opened inside another one (opened at ${open.at.line}:${open.at.column})`,
        );
      }
      open = item.marker;
    } else {
      if (!open) {
        const { at } = item.marker;
        throw new ArticleError(file, at.line, at.column, '`::: moniker-end` without an open moniker range');
      }
      open = null;
    }
  }
  if (open) throw new ArticleError(file, open.at.line, open.at.column, 'unclosed moniker range: no `::: moniker-end` after it');
  return scoped;
}

type MarkerOf = (line: string, lineNumber: number) => Marker | null;

/** Flattens markers out of `nodes`; markers nested in a list item or quote must end it and are hoisted after it. */
function liftMarkers(nodes: readonly Nodes[], markerOf: MarkerOf, file: string): Item[] {
  const items: Item[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') items.push(...splitParagraph(node, markerOf));
    else if (node.type === 'code') items.push(...markersOfCode(node, markerOf));
    else if (node.type === 'list') items.push(...splitList(node, markerOf, file));
    else if (node.type === 'listItem' || node.type === 'blockquote') {
      const inner = liftMarkers(node.children, markerOf, file);
      const lastContent = inner.findLastIndex((item) => 'node' in item);
      const misplaced = inner.slice(0, lastContent).find((item) => 'marker' in item);
      if (misplaced && 'marker' in misplaced) {
        const { at } = misplaced.marker;
        throw new ArticleError(file, at.line, at.column, 'a moniker marker inside a list or quote must come at its end');
      }
      // The mdast child types of a container are narrower than Nodes; the kept nodes came from it.
      (node as { children: Nodes[] }).children = inner.flatMap((item) => ('node' in item ? [item.node] : []));
      items.push({ node });
      items.push(...inner.slice(lastContent + 1));
    } else items.push({ node });
  }
  return items;
}

/**
 * A marker at the end of a list item that is not the list's last item ends the list there:
 * the items before it and after it become two lists on either side of the marker.
 */
function splitList(list: List, markerOf: MarkerOf, file: string): Item[] {
  const items: Item[] = [];
  let part: ListItem[] = [];
  const flush = (): void => {
    if (part.length > 0) items.push({ node: { ...list, children: part } });
    part = [];
  };
  for (const listItem of list.children) {
    const [kept, ...markers] = liftMarkers([listItem], markerOf, file);
    if (kept && 'node' in kept) part.push(kept.node as ListItem);
    if (markers.length > 0) {
      flush();
      items.push(...markers);
    }
  }
  flush();
  return items;
}

/** Cuts marker lines off the start and end of a paragraph; drops it when nothing else is left. */
function splitParagraph(paragraph: Paragraph, markerOf: MarkerOf): Item[] {
  const before: Item[] = [];
  const after: Item[] = [];
  const first = paragraph.children[0];
  if (first?.type === 'text' && first.position) {
    const lines = first.value.split('\n');
    while (lines.length > 0) {
      const marker = markerOf(lines[0] ?? '', first.position.start.line + before.length);
      if (!marker) break;
      before.push({ marker });
      lines.shift();
    }
    first.value = lines.join('\n');
    const shift = before.length;
    if (shift > 0 && first.position) first.position.start = { line: first.position.start.line + shift, column: 1 };
  }
  const last = paragraph.children.at(-1);
  if (last?.type === 'text' && last.position) {
    const lines = last.value.split('\n');
    const startLine = last.position.start.line;
    while (lines.length > 0) {
      const marker = markerOf(lines.at(-1) ?? '', startLine + lines.length - 1);
      if (!marker) break;
      after.unshift({ marker });
      lines.pop();
    }
    last.value = lines.join('\n');
  }
  if (before.length > 0 || after.length > 0) {
    paragraph.children = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  }
  const kept: Item[] = paragraph.children.length > 0 ? [{ node: paragraph }] : [];
  return [...before, ...kept, ...after];
}

/** An indented code block made only of marker lines is markers (an over-indented end marker). */
function markersOfCode(code: Code, markerOf: MarkerOf): Item[] {
  if (code.lang || !code.position) return [{ node: code }];
  const startLine = code.position.start.line;
  const lines = code.value.split('\n');
  const markers = lines.map((line, index) => (line.trim() === '' ? null : markerOf(line, startLine + index)));
  const allMarkers = lines.every((line, index) => line.trim() === '' || markers[index] !== null);
  if (!allMarkers) return [{ node: code }];
  return markers.flatMap((marker) => (marker ? [{ marker }] : []));
}
