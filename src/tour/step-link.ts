import { isWithinRoute, routeOf } from '../portal/routes';
import { encodeShareLink } from './share-link';
import { type RoutedStep, routeOfStep } from './step-route';

/**
 * The share link to a step (docs/architecture.md, "Share link"), the one builder the popup's
 * and the coach mark's "Copy link" both use.
 *
 * The link opens `page` (its host, path and other query parameters kept, its own `ac-*`
 * replaced) with the step counted from 1. Its route is where the step happens
 * (routeOfStep): when `page` already shows that route or a page within it (a product's
 * details within Your products), `page`'s own route is kept, being the more precise; when
 * the tour does not say where the step happens, `page`'s own route is kept too.
 *
 * @param index the step, counted from 0 (as the session and the view count it).
 * @param page the absolute admin-center URL the link opens.
 * @throws TypeError when `page` is not an absolute URL.
 */
export function shareLinkForStep(taskId: string, locale: string, steps: readonly RoutedStep[], index: number, page: string): string {
  const where = routeOfStep(steps, index);
  const route = where !== null && !isWithinRoute(routeOf(new URL(page)), where) ? where : null;
  return encodeShareLink({ taskId, locale, stepIndex: index }, page, route);
}
