import type { Catalog } from './model';

/**
 * Today's id of a task named by any id it ever had: task ids began with the article's
 * `ms.assetid` before they began with its slug, and share links and enterprise policies
 * written then still carry the old form. The catalog compiler lists the old ids in
 * Catalog.aliases (src/catalog/compile-catalog.ts); an id that is not an alias is returned
 * as it is (it may be today's id, or unknown). Never throws.
 */
export function canonicalTaskId(catalog: Catalog, taskId: string): string {
  const aliases = catalog.aliases;
  return aliases !== undefined && Object.hasOwn(aliases, taskId) ? (aliases[taskId] ?? taskId) : taskId;
}
