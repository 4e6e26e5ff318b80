/** What step-route needs of a step (Step in ./model.ts has it). */
export interface RoutedStep {
  /** The admin-center route the step links (`#/subscriptions`), else null. */
  readonly route: string | null;
}

/**
 * The route the step at `index` (0-based) happens on: the latest route among steps
 * 0..index, since a step without a route of its own happens where the steps before it led
 * (docs/architecture.md, "Share link"); null when no step up to it names one (the tour does
 * not say where it happens). An index past the end counts as the last step.
 */
export function routeOfStep(steps: readonly RoutedStep[], index: number): string | null {
  for (let at = Math.min(index, steps.length - 1); at >= 0; at -= 1) {
    const route = steps[at]?.route;
    if (route) return route;
  }
  return null;
}
