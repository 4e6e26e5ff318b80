import type { PhrasingContent } from 'mdast';
import type { Inline } from '../tour/model';
import { type DocsLocation, resolveLink } from './links';

/** The inline tree of a paragraph and the alt texts of its images. */
export interface InlineResult {
  readonly content: Inline[];
  /** Alt texts of images (`![alt](…)`), in order: descriptions of the UI. */
  readonly images: string[];
}

/**
 * Converts mdast phrasing content to the catalog's inline tree (text, strong, code, link,
 * break: no HTML reaches the overlay). Emphasis is flattened (the model has no emphasis);
 * raw `<a href="…" target="_blank">…</a>` HTML (docs/admin-center.md, "Article format") becomes a
 * link; `<br>` a break; any other HTML is dropped, keeping the text between tags. Links are
 * resolved with `resolveLink`; one that cannot be (mailto:, javascript:, malformed) keeps
 * only its text. Whitespace runs collapse to one space. Never throws.
 */
export function toInline(nodes: readonly PhrasingContent[], where: DocsLocation): InlineResult {
  const images: string[] = [];
  const content = normalize(convert(nodes, where, images));
  return { content, images };
}

function convert(nodes: readonly PhrasingContent[], where: DocsLocation, images: string[]): Inline[] {
  const out: Inline[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as PhrasingContent;
    switch (node.type) {
      case 'text':
        out.push(...boldLeftAsText(node.value));
        break;
      case 'strong':
        out.push(...splitAdjacentBold(withoutStrong(convert(node.children, where, images))));
        break;
      case 'emphasis':
      case 'delete':
        out.push(...convert(node.children, where, images));
        break;
      case 'inlineCode':
        out.push({ type: 'code', value: node.value });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'image':
        if (node.alt?.trim()) images.push(node.alt.trim());
        break;
      case 'imageReference':
        if (node.alt?.trim()) images.push(node.alt.trim());
        break;
      case 'link':
        out.push(...linkOf(node.url, convert(node.children, where, images), where));
        break;
      case 'linkReference':
        out.push(...convert(node.children, where, images));
        break;
      case 'html': {
        const href = openingLinkHref(node.value);
        if (href !== null) {
          // Raw HTML link: its children are the siblings up to the closing `</a>`.
          const close = nodes.findIndex((sibling, at) => at > index && sibling.type === 'html' && /^<\/a\s*>$/i.test(sibling.value.trim()));
          const end = close === -1 ? nodes.length : close;
          out.push(...linkOf(href, convert(nodes.slice(index + 1, end), where, images), where));
          index = end;
        } else if (/^<br\s*\/?>$/i.test(node.value.trim())) out.push({ type: 'break' });
        break;
      }
      default:
        // Footnotes and other extensions carry no step text the overlay can show.
        break;
    }
  }
  return out;
}

function linkOf(url: string, children: Inline[], where: DocsLocation): Inline[] {
  const resolved = resolveLink(url, where);
  if (!resolved) return children;
  return [{ type: 'link', href: resolved.href, route: resolved.route, children: withoutLinks(children) }];
}

/** The `href` of an opening `<a …>` tag (single HTML node, so a regex is safe), else null. */
function openingLinkHref(html: string): string | null {
  const match = /^<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>$/i.exec(html.trim());
  if (!match) return null;
  return (match[1] ?? match[2] ?? match[3] ?? '').replaceAll('&amp;', '&');
}

/**
 * `**a****b**` (two bold runs written back to back) parses as one bold `a****b`: split it
 * into the two runs it means. Any other bold is returned as one strong node.
 */
function splitAdjacentBold(children: Inline[]): Inline[] {
  if (!children.some((child) => child.type === 'text' && child.value.includes('****'))) return [{ type: 'strong', children }];
  const runs: Inline[][] = [[]];
  for (const child of children) {
    if (child.type !== 'text') {
      runs.at(-1)?.push(child);
      continue;
    }
    child.value.split(/\*{4}/).forEach((part, index) => {
      if (index > 0) runs.push([]);
      if (part !== '') runs.at(-1)?.push({ type: 'text', value: part });
    });
  }
  return runs.map((run) => ({ type: 'strong', children: run }));
}

/**
 * A bold pair CommonMark leaves as text because punctuation sits inside its markers and a
 * letter outside, as CJK text writes it (`选择**“账单”**页面`): CommonMark's flanking rules
 * then refuse both markers. Such a pair becomes strong; any other `**` stays text (an
 * escaped `\**` in a Latin sentence is not bold: see withoutStrayEmphasis).
 */
function boldLeftAsText(value: string): Inline[] {
  const pattern = /(?<=[\p{L}\p{N}])\*\*(?=\p{P})([^*\n]*?\p{P})\*\*|\*\*(?=\p{P})([^*\n]*?\p{P})\*\*(?=[\p{L}\p{N}])/gu;
  const out: Inline[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    const inner = match[1] ?? match[2] ?? '';
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push({ type: 'strong', children: [{ type: 'text', value: inner }] });
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/** Strong inside strong adds nothing: keep its children. */
function withoutStrong(children: Inline[]): Inline[] {
  return children.flatMap((child) => (child.type === 'strong' ? child.children : [child]));
}

/** A link inside a link cannot be followed: keep its children. */
function withoutLinks(children: Inline[]): Inline[] {
  return children.flatMap((child): Inline[] =>
    child.type === 'link'
      ? withoutLinks([...child.children])
      : child.type === 'strong'
        ? [{ type: 'strong', children: withoutLinks([...child.children]) }]
        : [child],
  );
}

/** Collapses whitespace, merges adjacent texts, drops empty containers, trims the ends. */
export function normalize(nodes: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of nodes) {
    let next: Inline = node;
    if (node.type === 'text') next = { type: 'text', value: node.value.replace(/\s+/g, ' ') };
    else if (node.type === 'strong') next = { type: 'strong', children: normalize(node.children) };
    else if (node.type === 'link') next = { ...node, children: normalize(node.children) };
    if ((next.type === 'strong' || next.type === 'link') && plainText(next.children) === '') {
      if (next.type === 'strong') continue;
    }
    if (next.type === 'text' && next.value === '') continue;
    const previous = merged.at(-1);
    if (next.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = { type: 'text', value: (previous.value + next.value).replace(/ {2,}/g, ' ') };
    } else merged.push(next);
  }
  return trimEnds(merged.map((node) => (node.type === 'text' ? { type: 'text', value: withoutStrayEmphasis(node.value) } : node)));
}

/**
 * Removes emphasis markers the parser had to leave as text: machine translation breaks the
 * bold markup (`**activeren.\**` in the nl-NL "Reactivate your subscription" seed), and the
 * admin would otherwise read `*activeren.*`. Only a closed pair around words goes, so a
 * wildcard such as `*.contoso.com` stays.
 */
export function withoutStrayEmphasis(text: string): string {
  return text.replace(/(^|[\s(])\*{1,2}(\S(?:[^*]*?\S)?)\*{1,2}(?=$|[\s),.;:!?])/g, '$1$2');
}

function trimEnds(nodes: Inline[]): Inline[] {
  const out = [...nodes];
  while (out[0]?.type === 'break') out.shift();
  while (out.at(-1)?.type === 'break') out.pop();
  const first = out[0];
  if (first?.type === 'text') {
    const value = first.value.trimStart();
    if (value === '') out.shift();
    else out[0] = { type: 'text', value };
  }
  const last = out.at(-1);
  if (last?.type === 'text') {
    const value = last.value.trimEnd();
    if (value === '') out.pop();
    else out[out.length - 1] = { type: 'text', value };
  }
  return out;
}

/**
 * The plain text of an inline tree: texts and code as written, a break as a space,
 * whitespace collapsed and trimmed. This is `Step.text`.
 */
export function plainText(nodes: readonly Inline[]): string {
  const parts: string[] = [];
  const walk = (list: readonly Inline[]): void => {
    for (const node of list) {
      if (node.type === 'text' || node.type === 'code') parts.push(node.value);
      else if (node.type === 'break') parts.push(' ');
      else walk(node.children);
    }
  };
  walk(nodes);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
