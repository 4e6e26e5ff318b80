import { describe, expect, it } from 'vitest';
import { routeOfStep } from './step-route';

/** The worldwide reactivation's routes: step 1 leads to Your products, the others happen there. */
const REACTIVATION = [{ route: '#/subscriptions' }, { route: null }, { route: null }, { route: null }];

describe('the route a step happens on', () => {
  it('is the latest route up to the step: steps without one inherit it', () => {
    expect(routeOfStep(REACTIVATION, 0)).toBe('#/subscriptions');
    expect(routeOfStep(REACTIVATION, 2)).toBe('#/subscriptions');
    expect(routeOfStep([{ route: null }, { route: '#/users' }, { route: null }, { route: '#/licenses' }], 2)).toBe('#/users');
  });

  it('is null when no step up to it names one, and the last step’s past the end', () => {
    expect(routeOfStep([{ route: null }, { route: null }], 1)).toBeNull();
    expect(routeOfStep([{ route: null }, { route: '#/users' }], 0)).toBeNull();
    expect(routeOfStep(REACTIVATION, 9)).toBe('#/subscriptions');
  });
});
