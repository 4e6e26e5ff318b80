import type { Cloud } from '../portal/clouds';
import type { Task, Variant, VariantCloud } from './model';

/**
 * The variant cloud for an admin-center cloud: GCC High and DoD have no moniker in the
 * articles and follow worldwide (docs/admin-center.md, "Hosts, one per cloud"); null (unknown)
 * is worldwide too.
 */
export function variantCloudOf(cloud: Cloud | null): VariantCloud {
  if (cloud === 'germany' || cloud === '21vianet') return cloud;
  return 'worldwide';
}

/**
 * The variant of a task for a cloud: the cloud's own, else `any`, else worldwide, else the
 * first one.
 * @throws Error when the task has no variant (src/tour/catalog-schema.ts forbids it).
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
