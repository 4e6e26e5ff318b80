import catalog from 'virtual:admin-coach/catalog';
import { type LocalisedTask, findTask as findTaskIn, localesOfTask as localesOfTaskIn } from '../tour/lookup';

export { variantFor } from '../tour/variant';
export type { LocalisedTask } from '../tour/lookup';

/**
 * The task with this id in this locale in the bundled catalog, or undefined (the rule:
 * src/tour/lookup.ts findTask).
 */
export function findTask(taskId: string, locale: string): LocalisedTask | undefined {
  return findTaskIn(catalog, taskId, locale);
}

/** The locales a task exists in, in the bundled catalog's order (src/tour/lookup.ts localesOfTask). */
export function localesOfTask(taskId: string): string[] {
  return localesOfTaskIn(catalog, taskId);
}
