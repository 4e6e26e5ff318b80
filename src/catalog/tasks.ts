import type { List } from 'mdast';
import type { Alert, Inline, Task, Variant, VariantCloud } from '../tour/model';
import { alertOfBlockquote, boldAlertOf } from './alerts';
import { plainText, toInline } from './inline';
import type { DocsLocation } from './links';
import { CLOUD_ORDER, type ScopedBlock } from './monikers';
import type { Section } from './sections';
import { stepOf } from './steps';

/**
 * Section anchors with a fixed meaning, English in every locale
 * (docs/admin-center.md, "Article format").
 */
export const PREREQUISITE_ANCHORS: ReadonlySet<string> = new Set(['before-you-begin', 'prerequisites']);
/** Sections of links to other articles: never tasks. */
export const LINK_ANCHORS: ReadonlySet<string> = new Set(['related-content', 'related-topics', 'related-articles', 'next-steps']);

/**
 * The tasks of an article, in reading order.
 *
 * A section is a task when its body holds a list: numbered → `steps`, bulleted → a
 * `checklist` of untargeted things to check (the kind of the first list decides; lists of
 * the other kind in the same section are ignored). Lists inside a moniker range make one
 * variant per cloud (worldwide, germany, 21vianet order); lists outside any range belong to
 * every variant; with no ranges at all the one variant is `any`.
 *
 * Task id: `<ms.assetid>/<section key>` (see Section.key): stable across builds and the
 * same in every locale of the article, because anchors stay English and translations keep
 * the section order.
 *
 * Prerequisites: the text of the paragraphs and list items of the latest "before you begin"
 * section before the task. Intro: paragraphs before the first list, outside any moniker
 * range (cloud-specific prose outside lists is not kept: the model has no place for it).
 * @throws ArticleError for an empty step (see stepOf).
 */
export function tasksOf(assetId: string, sections: readonly Section[], where: DocsLocation, file: string): Task[] {
  const tasks: Task[] = [];
  let prerequisites: string[] = [];
  for (const section of sections) {
    if (section.anchor !== null && PREREQUISITE_ANCHORS.has(section.anchor)) {
      prerequisites = prerequisitesOf(section.blocks, where);
      continue;
    }
    if (section.anchor !== null && LINK_ANCHORS.has(section.anchor)) continue;
    const lists = section.blocks.filter((block): block is ScopedBlock & { node: List } => block.node.type === 'list');
    const first = lists[0];
    if (!first) continue;
    const ordered = first.node.ordered === true;
    const taskLists = lists.filter((block) => (block.node.ordered === true) === ordered);
    tasks.push({
      id: `${assetId}/${section.key}`,
      title: section.title,
      kind: ordered ? 'steps' : 'checklist',
      intro: introOf(section.blocks.slice(0, section.blocks.indexOf(first)), where),
      prerequisites,
      alerts: alertsOf(section.blocks, where),
      variants: variantsOf(taskLists, where, file),
    });
  }
  return tasks;
}

function variantsOf(lists: readonly (ScopedBlock & { node: List })[], where: DocsLocation, file: string): Variant[] {
  const scoped = new Set(lists.flatMap((list) => list.clouds ?? []));
  const clouds: VariantCloud[] = scoped.size === 0 ? ['any'] : CLOUD_ORDER.filter((cloud) => scoped.has(cloud));
  return clouds.map((cloud) => {
    const items = lists
      .filter((list) => list.clouds === null || cloud === 'any' || list.clouds.includes(cloud))
      .flatMap((list) => list.node.children);
    return { cloud, steps: items.map((item, index) => stepOf(item, index + 1, where, file)) };
  });
}

function introOf(blocks: readonly ScopedBlock[], where: DocsLocation): Inline[][] {
  return blocks
    .filter((block) => block.clouds === null && block.node.type === 'paragraph' && !boldAlertOf(block.node, where))
    .map((block) => (block.node.type === 'paragraph' ? toInline(block.node.children, where).content : []))
    .filter((content) => content.length > 0);
}

function alertsOf(blocks: readonly ScopedBlock[], where: DocsLocation): Alert[] {
  const alerts: Alert[] = [];
  for (const { node, clouds } of blocks) {
    if (clouds !== null) continue;
    if (node.type === 'blockquote') alerts.push(alertOfBlockquote(node, where));
    else if (node.type === 'paragraph') {
      const alert = boldAlertOf(node, where);
      if (alert) alerts.push(alert);
    }
  }
  return alerts;
}

function prerequisitesOf(blocks: readonly ScopedBlock[], where: DocsLocation): string[] {
  const texts: string[] = [];
  for (const { node } of blocks) {
    if (node.type === 'paragraph') texts.push(plainText(toInline(node.children, where).content));
    else if (node.type === 'list') {
      for (const item of node.children) {
        for (const child of item.children) {
          if (child.type === 'paragraph') texts.push(plainText(toInline(child.children, where).content));
        }
      }
    }
  }
  return texts.filter((text) => text !== '');
}

