import type { Cloud } from '../portal/clouds';
import type { Task, Variant } from '../tour/model';

/**
 * The variant of a task the popup counts and links for a cloud: the cloud's own, else
 * `any`, else worldwide, else the first. GCC High and DoD have no moniker in the articles and
 * follow worldwide. The same rule as the background's `variantFor` (src/background/catalog.ts),
 * kept apart because that module imports the bundled catalog, which unit tests cannot load.
 * @param cloud the admin tab's cloud, or the cloud last seen; null when unknown (worldwide).
 * @throws Error when the task has no variant (the catalog schema forbids it).
 */
export function variantForCloud(task: Task, cloud: Cloud | null): Variant {
  const wanted = cloud === 'germany' || cloud === '21vianet' ? cloud : 'worldwide';
  const pick =
    task.variants.find((variant) => variant.cloud === wanted) ??
    task.variants.find((variant) => variant.cloud === 'any') ??
    task.variants.find((variant) => variant.cloud === 'worldwide') ??
    task.variants[0];
  if (!pick) throw new Error(`Task ${task.id} has no variant`);
  return pick;
}
