import { describe, expect, it } from 'vitest';
import { isWithinRoute, routeOf } from './routes';

describe('routeOf', () => {
  it('is the fragment without its query or trailing slash, else Home, else 21Vianet\'s ?ref=', () => {
    expect(routeOf(new URL('https://admin.microsoft.com/Adminportal/Home#/users/?x=1'))).toBe('#/users');
    expect(routeOf(new URL('https://admin.microsoft.com/Adminportal/Home'))).toBe('#/homepage');
    expect(routeOf(new URL('https://portal.partner.microsoftonline.cn/AdminPortal/Home?ref=users'))).toBe('#/users');
  });
});

describe('isWithinRoute', () => {
  it('treats a sub-route as within its parent route', () => {
    expect(isWithinRoute('#/subscriptions/assets/1', '#/subscriptions')).toBe(true);
    expect(isWithinRoute('#/Subscriptions', '#/subscriptions')).toBe(true);
    expect(isWithinRoute('#/subscriptionsx', '#/subscriptions')).toBe(false);
    expect(isWithinRoute('#/homepage', '#/subscriptions')).toBe(false);
  });

  it('ignores case, trailing slashes and the fragment’s query on either side', () => {
    expect(isWithinRoute('#/Subscriptions/assets/42', '#/subscriptions/')).toBe(true);
    expect(isWithinRoute('#/subscriptions/?x=1', '#/subscriptions')).toBe(true);
    expect(isWithinRoute('#/users', '#/Users?filter=1')).toBe(true);
    expect(isWithinRoute('#/subscriptionsX', '#/subscriptions')).toBe(false);
  });

  it('finds nothing within an empty route', () => {
    expect(isWithinRoute('#/homepage', '')).toBe(false);
    expect(isWithinRoute('', '')).toBe(false);
  });
});
