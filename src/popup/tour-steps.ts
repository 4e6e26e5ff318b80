import type { TourSummary } from '../messaging/protocol';
import type { Cloud } from '../portal/clouds';
import { findTask } from '../tour/lookup';
import type { Catalog, Step } from '../tour/model';
import { variantFor } from '../tour/variant';

/**
 * The steps of a running tour, in its locale and the variant for the cloud, so the popup can
 * link its current step. Empty when the catalog no longer has the task in that locale.
 */
export function stepsOfTour(catalog: Catalog, tour: TourSummary, cloud: Cloud | null): readonly Step[] {
  const found = findTask(catalog, tour.taskId, tour.locale);
  return found ? variantFor(found.task, cloud).steps : [];
}
