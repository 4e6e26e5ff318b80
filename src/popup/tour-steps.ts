import type { TourSummary } from '../messaging/protocol';
import type { Cloud } from '../portal/clouds';
import type { Catalog, Step } from '../tour/model';
import { variantFor } from '../tour/variant';

/**
 * The steps of a running tour, in its locale and the variant for the cloud, so the popup can
 * link its current step. Empty when the catalog no longer has the task in that locale.
 */
export function stepsOfTour(catalog: Catalog, tour: TourSummary, cloud: Cloud | null): readonly Step[] {
  const wanted = tour.locale.toLowerCase();
  for (const article of catalog.articles) {
    if (article.locale.toLowerCase() !== wanted) continue;
    const task = article.tasks.find((candidate) => candidate.id === tour.taskId);
    if (task) return variantFor(task, cloud).steps;
  }
  return [];
}
