import type { List } from 'mdast';
import type { Alert, Inline, Task, Variant, VariantCloud } from '../tour/model';
import { alertOfBlockquote, boldAlertOf } from './alerts';
import { ArticleError } from './article-error';
import { plainText, toInline } from './inline';
import type { DocsLocation } from './links';
import { CLOUD_ORDER, type ScopedBlock } from './monikers';
import type { Section } from './sections';
import { stepOf } from './steps';

/**
 * Section anchors with a fixed meaning, English in every locale
 * (project docs/catalog.md, "Procedures").
 */
export const PREREQUISITE_ANCHORS: ReadonlySet<string> = new Set(['before-you-begin', 'prerequisites']);
/** Sections of links to other articles: never tasks. */
export const LINK_ANCHORS: ReadonlySet<string> = new Set(['related-content', 'related-topics', 'related-articles', 'next-steps', 'see-also']);

/** A task and the key the compiler gave it before task ids began with the slug (Section.legacyKey). */
export interface CompiledTask {
  readonly task: Task;
  readonly legacyKey: string | null;
}

type ListBlock = ScopedBlock & { readonly node: List };

/**
 * The tasks of an article, in reading order.
 *
 * Every numbered procedure is a task (`steps`), titled by its section's heading or bold
 * line; a section holding several procedures (a numbered list starting again at 1 in the same
 * moniker scope after other text) gives one task each, the later ones titled by the line that
 * introduces them (`To do it on a phone:`) or `<section title> (k)`. Numbered lists in other
 * moniker scopes, or continuing the numbering (`3.` after a `::: moniker-end`), belong to the
 * same procedure: one variant per cloud (worldwide, germany, 21vianet order), lists outside
 * any range in every variant, plus an `any` variant of those alone when some cloud has no
 * range of its own; with no ranges the one variant is `any`.
 * A section with bulleted lists and no numbered one is a `checklist` task of untargeted
 * things to check, but only in an article with at least one procedure: an article without
 * any (a conceptual page) yields no task.
 *
 * Task id: `<slug>` + `/<section key>` (none for the title section) + `/procedure-<k>` for
 * the k-th procedure (k ≥ 2) of a section: stable across builds and the same in every locale.
 * Prerequisites: the text of the paragraphs and list items of the latest "before you begin"
 * section before the task. Intro: paragraphs before the procedure's first list, outside any
 * moniker range.
 * @throws ArticleError for an empty step (see stepOf), or two tasks with one id.
 */
export function tasksOf(slug: string, sections: readonly Section[], where: DocsLocation, file: string): CompiledTask[] {
  const tasks: CompiledTask[] = [];
  let prerequisites: string[] = [];
  const seen = new Set<string>();
  for (const section of sections) {
    if (section.anchor !== null && PREREQUISITE_ANCHORS.has(section.anchor)) {
      prerequisites = prerequisitesOf(section.blocks, where);
      continue;
    }
    if (section.anchor !== null && LINK_ANCHORS.has(section.anchor)) continue;
    const sectionId = section.key === '' ? slug : `${slug}/${section.key}`;
    const procedures = proceduresOf(section.blocks);
    procedures.forEach((procedure, index) => {
      const id = index === 0 ? sectionId : `${sectionId}/procedure-${index + 1}`;
      if (seen.has(id)) throw new ArticleError(file, section.at.line, section.at.column, `two tasks get the id "${id}": give the section an anchor of its own`);
      seen.add(id);
      const before = procedure.blocks.slice(0, procedure.blocks.indexOf(procedure.lists[0] as ListBlock));
      const title = index === 0 ? section.title : (leadIn(before, where) ?? `${section.title} (${index + 1})`);
      tasks.push({
        task: {
          id,
          title,
          kind: procedure.kind,
          intro: introOf(before, where),
          prerequisites,
          alerts: alertsOf(procedure.blocks, where),
          variants: variantsOf(procedure.lists, where, file),
        },
        legacyKey: index === 0 ? section.legacyKey : null,
      });
    });
  }
  const hasProcedure = tasks.some(({ task }) => task.kind === 'steps');
  return hasProcedure ? tasks : [];
}

interface Procedure {
  readonly kind: 'steps' | 'checklist';
  readonly lists: readonly ListBlock[];
  /** The blocks this procedure owns: from the end of the previous one to the start of the next. */
  readonly blocks: readonly ScopedBlock[];
}

/** Splits a section's blocks into procedures (see tasksOf). */
function proceduresOf(blocks: readonly ScopedBlock[]): Procedure[] {
  const isList = (block: ScopedBlock): block is ListBlock => block.node.type === 'list';
  const ordered = blocks.filter((block): block is ListBlock => isList(block) && block.node.ordered === true);
  if (ordered.length === 0) {
    const bulleted = blocks.filter(isList);
    return bulleted.length > 0 ? [{ kind: 'checklist', lists: bulleted, blocks }] : [];
  }
  const groups: ListBlock[][] = [];
  let previous: ListBlock | null = null;
  let textSince = false;
  for (const block of blocks) {
    if (!isList(block) || block.node.ordered !== true) {
      if (block.node.type === 'paragraph' || block.node.type === 'list') textSince = true;
      continue;
    }
    const start = block.node.start ?? 1;
    const sameScope = previous !== null && sameClouds(previous.clouds, block.clouds);
    const continues = previous !== null && start > 1;
    if (previous === null || (sameScope && textSince && !continues)) groups.push([block]);
    else groups.at(-1)?.push(block);
    previous = block;
    textSince = false;
  }
  return groups.map((lists, index) => {
    const from = index === 0 ? 0 : blocks.indexOf(groups[index - 1]?.at(-1) as ListBlock) + 1;
    const next = groups[index + 1]?.[0];
    const to = next ? blocks.indexOf(next) : blocks.length;
    return { kind: 'steps', lists, blocks: blocks.slice(from, to) };
  });
}

function sameClouds(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((cloud) => b.includes(cloud));
}

/** The short line ending with `:` just before a later procedure, as its title; else null. */
function leadIn(before: readonly ScopedBlock[], where: DocsLocation): string | null {
  const last = before.findLast((block) => block.node.type === 'paragraph');
  if (last?.node.type !== 'paragraph') return null;
  const text = plainText(toInline(last.node.children, where).content);
  return text.endsWith(':') && text.length <= 120 ? text.slice(0, -1).trim() : null;
}

function variantsOf(lists: readonly ListBlock[], where: DocsLocation, file: string): Variant[] {
  const scoped = new Set(lists.flatMap((list) => list.clouds ?? []));
  const unscoped = lists.some((list) => list.clouds === null);
  const clouds: VariantCloud[] = scoped.size === 0 ? ['any'] : CLOUD_ORDER.filter((cloud) => scoped.has(cloud));
  if (scoped.size > 0 && unscoped && scoped.size < CLOUD_ORDER.length) clouds.push('any');
  return clouds.map((cloud) => {
    const items = lists
      .filter((list) => list.clouds === null || (cloud !== 'any' && list.clouds.includes(cloud)) || (cloud === 'any' && scoped.size === 0))
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
