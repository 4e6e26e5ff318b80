import catalog from 'virtual:admin-coach/catalog';
import type { Article, Task } from '../tour/model';

export { variantFor } from '../tour/variant';

/** A task in one locale, with the article it comes from. */
export interface LocalisedTask {
  readonly article: Article;
  readonly task: Task;
}

/** The task with this id in this locale, or undefined. */
export function findTask(taskId: string, locale: string): LocalisedTask | undefined {
  for (const article of catalog.articles) {
    if (article.locale.toLowerCase() !== locale.toLowerCase()) continue;
    const task = article.tasks.find((candidate) => candidate.id === taskId);
    if (task) return { article, task };
  }
  return undefined;
}

/** The locales a task exists in, in catalog order. */
export function localesOfTask(taskId: string): string[] {
  return catalog.articles.filter((article) => article.tasks.some((task) => task.id === taskId)).map((article) => article.locale);
}
