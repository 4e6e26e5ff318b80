import type { Cloud } from '../portal/clouds';
import type { Article, Catalog, Step, Task } from '../tour/model';
import { matchesQuery } from './fold';
import { localesOfTask } from '../tour/lookup';
import { variantFor } from '../tour/variant';

/** One task as the popup lists it, in the locale it will start in. */
export interface TaskEntry {
  readonly task: Task;
  /** BCP 47 locale of this entry's text (the chosen one, or another when the task lacks it). */
  readonly locale: string;
  /** The steps of the variant for the cloud (what Start will show). */
  readonly steps: readonly Step[];
  /** Every locale the task exists in, in catalog order. */
  readonly locales: readonly string[];
}

/** The tasks of one article in one locale. */
export interface ArticleGroup {
  /** `<article id> <locale>`: unique within the list. */
  readonly key: string;
  readonly article: Article;
  readonly tasks: readonly TaskEntry[];
}

/** The popup's list: tasks in the chosen language, then tasks that exist only in others. */
export interface TaskGroups {
  readonly inLocale: readonly ArticleGroup[];
  readonly elsewhere: readonly ArticleGroup[];
}

/**
 * Groups the catalog's tasks by article for the chosen tour locale. A task the chosen
 * locale lacks is listed under `elsewhere`, in the first locale it exists in (catalog order),
 * so no task is hidden by the language choice.
 * @param locale the chosen tour locale (BCP 47, compared case-insensitively).
 * @param cloud the cloud whose variant gives the steps (null: worldwide).
 */
export function groupTasks(catalog: Catalog, locale: string, cloud: Cloud | null): TaskGroups {
  const wanted = locale.toLowerCase();
  const inLocale = new Map<string, { article: Article; tasks: TaskEntry[] }>();
  const elsewhere = new Map<string, { article: Article; tasks: TaskEntry[] }>();
  const placed = new Set<string>();
  const entryOf = (task: Task, article: Article): TaskEntry => ({
    task,
    locale: article.locale,
    steps: variantFor(task, cloud).steps,
    locales: localesOfTask(catalog, task.id),
  });
  const add = (target: typeof inLocale, article: Article, task: Task) => {
    const key = `${article.id} ${article.locale}`;
    const group = target.get(key) ?? { article, tasks: [] };
    group.tasks.push(entryOf(task, article));
    target.set(key, group);
    placed.add(task.id);
  };
  for (const article of catalog.articles) {
    if (article.locale.toLowerCase() !== wanted) continue;
    for (const task of article.tasks) add(inLocale, article, task);
  }
  for (const article of catalog.articles) {
    for (const task of article.tasks) if (!placed.has(task.id)) add(elsewhere, article, task);
  }
  const list = (groups: typeof inLocale): ArticleGroup[] =>
    [...groups].map(([key, group]) => ({ key, article: group.article, tasks: group.tasks }));
  return { inLocale: list(inLocale), elsewhere: list(elsewhere) };
}

/**
 * The text a task is searched by: its title and every step's text. Not the article's title:
 * it names all of the article's tasks at once, so it would match them all.
 */
function searchTextOf(entry: TaskEntry): string {
  return [entry.task.title, ...entry.steps.map((step) => step.text)].join('\n');
}

/**
 * The groups with only the tasks matching `query` (every word, case- and
 * diacritics-insensitive, src/popup/fold.ts); groups left empty are dropped.
 */
export function filterGroups(groups: readonly ArticleGroup[], query: string): ArticleGroup[] {
  return groups
    .map((group) => ({ ...group, tasks: group.tasks.filter((entry) => matchesQuery(searchTextOf(entry), query)) }))
    .filter((group) => group.tasks.length > 0);
}

/** How many tasks the groups hold. */
export function countTasks(groups: readonly ArticleGroup[]): number {
  return groups.reduce((sum, group) => sum + group.tasks.length, 0);
}

