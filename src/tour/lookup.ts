import type { Article, Catalog, Task } from './model';

/**
 * Finding things in a compiled catalog (src/tour/model.ts): a task in a locale, the locales
 * a task exists in, and the catalog's locales. The one place these rules live: the
 * background looks tasks up in the bundled catalog through src/background/catalog.ts, the
 * popup in the catalog it is given. Locales are BCP 47 and compared case-insensitively
 * (`nl-nl` finds `nl-NL`), as share links and stored prefs may spell them either way.
 */

/** A task in one locale, with the article it comes from. */
export interface LocalisedTask {
  readonly article: Article;
  readonly task: Task;
}

/**
 * The task with this id in this locale (the first article of that locale that has it), or
 * undefined when the catalog lacks the task or has it only in other locales.
 */
export function findTask(catalog: Catalog, taskId: string, locale: string): LocalisedTask | undefined {
  const wanted = locale.toLowerCase();
  for (const article of catalog.articles) {
    if (article.locale.toLowerCase() !== wanted) continue;
    const task = article.tasks.find((candidate) => candidate.id === taskId);
    if (task) return { article, task };
  }
  return undefined;
}

/** The locales a task exists in, as the catalog spells them, in catalog order; [] when none. */
export function localesOfTask(catalog: Catalog, taskId: string): string[] {
  return catalog.articles.filter((article) => article.tasks.some((task) => task.id === taskId)).map((article) => article.locale);
}

/** The locales that have at least one article, each once, sorted (`['lv-LV', 'nb-NO', …]`). */
export function listLocales(catalog: Catalog): string[] {
  return [...new Set(catalog.articles.map((article) => article.locale))].sort();
}
