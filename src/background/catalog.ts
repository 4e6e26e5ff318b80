import catalog from 'virtual:admin-coach/catalog';
import { type LocalisedTask, findTask as findTaskIn, localesOfTask as localesOfTaskIn } from '../tour/lookup';
import { canonicalTaskId } from '../tour/task-aliases';

export { variantFor } from '../tour/variant';
export type { LocalisedTask } from '../tour/lookup';

/** Today's id of a task named by an id of an earlier build or of today (src/tour/task-aliases.ts). */
export function currentTaskId(taskId: string): string {
  return canonicalTaskId(catalog, taskId);
}

/** The old task ids → today's, for policies written with old ids (Catalog.aliases). */
export const taskAliases: Readonly<Record<string, string>> = catalog.aliases ?? {};

/**
 * The task with this id (today's or an old one) in this locale in the bundled catalog, or
 * undefined (the rule: src/tour/lookup.ts findTask).
 */
export function findTask(anyTaskId: string, locale: string): LocalisedTask | undefined {
  return findTaskIn(catalog, currentTaskId(anyTaskId), locale);
}

/** The locales a task (named by today's or an old id) exists in, in the bundled catalog's order (src/tour/lookup.ts localesOfTask). */
export function localesOfTask(anyTaskId: string): string[] {
  return localesOfTaskIn(catalog, currentTaskId(anyTaskId));
}
