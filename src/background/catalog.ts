import catalog from 'virtual:admin-coach/catalog';
import type { Cloud } from '../portal/clouds';
import type { Article, Task, Variant, VariantCloud } from '../tour/model';

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

/**
 * The variant cloud for an admin-center cloud: GCC High and DoD have no moniker in the
 * articles and follow worldwide (../shared/domain/admin-center.md, "Hosts").
 */
export function variantCloudOf(cloud: Cloud | null): VariantCloud {
  if (cloud === 'germany' || cloud === '21vianet') return cloud;
  return 'worldwide';
}

/**
 * The variant of a task for a cloud: the cloud's own, else `any`, else worldwide, else the
 * first one (a task always has at least one, src/tour/catalog-schema.ts).
 */
export function variantFor(task: Task, cloud: Cloud | null): Variant {
  const wanted = variantCloudOf(cloud);
  const pick =
    task.variants.find((variant) => variant.cloud === wanted) ??
    task.variants.find((variant) => variant.cloud === 'any') ??
    task.variants.find((variant) => variant.cloud === 'worldwide') ??
    task.variants[0];
  if (!pick) throw new Error(`Task ${task.id} has no variant`);
  return pick;
}
