import catalog from 'virtual:admin-coach/catalog';
import type { Article, Task } from '../tour/model';
import { canonicalTaskId } from '../tour/task-aliases';

export { variantFor } from '../tour/variant';

/** A task in one locale, with the article it comes from. */
export interface LocalisedTask {
  readonly article: Article;
  readonly task: Task;
}

/** Today's id of a task named by an id of an earlier build or of today (src/tour/task-aliases.ts). */
export function currentTaskId(taskId: string): string {
  return canonicalTaskId(catalog, taskId);
}

/** The old task ids → today's, for policies written with old ids (Catalog.aliases). */
export const taskAliases: Readonly<Record<string, string>> = catalog.aliases ?? {};

/** The task with this id (today's or an old one) in this locale, or undefined. */
export function findTask(anyTaskId: string, locale: string): LocalisedTask | undefined {
  const taskId = currentTaskId(anyTaskId);
  for (const article of catalog.articles) {
    if (article.locale.toLowerCase() !== locale.toLowerCase()) continue;
    const task = article.tasks.find((candidate) => candidate.id === taskId);
    if (task) return { article, task };
  }
  return undefined;
}

/** The locales a task (named by today's or an old id) exists in, in catalog order. */
export function localesOfTask(anyTaskId: string): string[] {
  const taskId = currentTaskId(anyTaskId);
  return catalog.articles.filter((article) => article.tasks.some((task) => task.id === taskId)).map((article) => article.locale);
}
