import type { BlockContent, DefinitionContent, ListItem } from 'mdast';
import type { Alert, Inline, Step } from '../tour/model';
import { alertOfBlockquote, boldAlertOf } from './alerts';
import { ArticleError } from './article-error';
import { normalize, plainText, toInline } from './inline';
import { labelsOf } from './labels';
import { compileTargets } from './targets';
import type { DocsLocation } from './links';

/**
 * One list item → one step (Step in src/tour/model.ts). The first paragraph is the
 * instruction; later paragraphs (indented continuation paragraphs, a nested list's items,
 * code) are appended after a break. Alerts (`> [!NOTE]`, bold forms) and image alt texts are
 * collected apart. Labels come from the first paragraph only: continuation paragraphs in the
 * seeds explain ("if you don't see **Reactivate**, call support"), they don't instruct.
 * The route is the first admin route linked anywhere in the step. The targets, the step's
 * words and its muted fallback ranges are compiled from those (targets.ts).
 * @param number 1-based step number, for the error message
 * @throws ArticleError (at the item) when the step has no text.
 */
export function stepOf(item: ListItem, number: number, where: DocsLocation, file: string): Step {
  const paragraphs: Inline[][] = [];
  const alerts: Alert[] = [];
  const images: string[] = [];
  collect(item.children, where, paragraphs, alerts, images);
  const content = normalize(paragraphs.flatMap((paragraph, index) => (index === 0 ? paragraph : [{ type: 'break' as const }, ...paragraph])));
  const text = plainText(content);
  if (text === '') {
    const at = item.position?.start ?? { line: 1, column: 1 };
    throw new ArticleError(file, at.line, at.column, `step ${number} is empty: a step needs text`);
  }
  const labels = labelsOf(paragraphs[0] ?? []);
  const route = firstRoute(content);
  return { content, text, labels, route, ...compileTargets({ content, text, labels, route }), alerts, images };
}

function collect(
  blocks: readonly (BlockContent | DefinitionContent)[],
  where: DocsLocation,
  paragraphs: Inline[][],
  alerts: Alert[],
  images: string[],
): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const alert = boldAlertOf(block, where);
      if (alert) {
        alerts.push(alert);
        continue;
      }
      const result = toInline(block.children, where);
      images.push(...result.images);
      if (result.content.length > 0) paragraphs.push(result.content);
    } else if (block.type === 'heading') {
      const result = toInline(block.children, where);
      if (result.content.length > 0) paragraphs.push(result.content);
    } else if (block.type === 'blockquote') alerts.push(alertOfBlockquote(block, where));
    else if (block.type === 'code' && block.value.trim() !== '') paragraphs.push([{ type: 'code', value: block.value }]);
    else if (block.type === 'list') {
      for (const nested of block.children) collect(nested.children, where, paragraphs, alerts, images);
    }
    // Tables, HTML blocks and thematic breaks carry nothing a coach mark can show.
  }
}

function firstRoute(content: readonly Inline[]): string | null {
  for (const node of content) {
    if (node.type === 'link' && node.route !== null) return node.route;
    if (node.type === 'strong') {
      const inner = firstRoute(node.children);
      if (inner !== null) return inner;
    }
  }
  return null;
}
