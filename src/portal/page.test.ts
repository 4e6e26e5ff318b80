import { describe, expect, it } from 'vitest';
import { detectAdminPage, pageOfRoute } from './page';

describe('detectAdminPage', () => {
  it.each([
    ['https://admin.microsoft.com/Adminportal/Home#/homepage', 'worldwide', '#/homepage', 'home'],
    ['https://admin.microsoft.com/AdminPortal/Home#/subscriptions', 'worldwide', '#/subscriptions', 'your-products'],
    ['https://admin.microsoft.com/adminportal/home#/Subscriptions/assets/abc-1', 'worldwide', '#/Subscriptions/assets/abc-1', 'product-details'],
    ['https://admin.microsoft.com/', 'worldwide', '#/homepage', 'home'],
    ['https://admin.cloud.microsoft/?#/users', 'worldwide', '#/users', 'active-users'],
    ['https://admin.cloud.microsoft/?#/licenses', 'worldwide', '#/licenses', 'licenses'],
    ['https://portal.office.com/adminportal/home#/homepage', 'worldwide', '#/homepage', 'home'],
    ['https://portal.office.de/adminportal/Home#/homepage', 'germany', '#/homepage', 'home'],
    ['https://portal.office.de/Adminportal/Home#/subscriptions', 'germany', '#/subscriptions', 'your-products'],
    ['https://portal.partner.microsoftonline.cn/AdminPortal/Home?ref=users', '21vianet', '#/users', 'active-users'],
    ['https://portal.partner.microsoftonline.cn/adminportal/home#/billoverview', '21vianet', '#/billoverview', 'other'],
    ['https://portal.office365.us/adminportal/home#/homepage', 'gcc-high', '#/homepage', 'home'],
    ['https://portal.apps.mil/adminportal/home#/MessageCenter', 'dod', '#/MessageCenter', 'other'],
    ['https://ADMIN.MICROSOFT.COM/Adminportal/Home#/users?filter=x', 'worldwide', '#/users', 'active-users'],
  ])('%s is the %s admin center at %s', (url, cloud, route, page) => {
    expect(detectAdminPage(url)).toEqual({
      host: new URL(url).hostname.toLowerCase(),
      cloud,
      route,
      page,
    });
  });

  it.each([
    'https://portal.office.com/account/',
    'https://portal.office.com/account/#/security',
    'https://portal.office.com/',
    'https://portal.office.de/',
    'http://admin.microsoft.com/Adminportal/Home#/homepage',
    'https://admin.microsoft.com.evil.example/Adminportal/Home',
    'https://learn.microsoft.com/en-us/microsoft-365/admin/',
    'https://www.example.com/adminportal/home#/homepage',
    'https://portal.office.com/adminportalx/home',
    'not a url',
    '',
  ])('%s is not the admin center', (url) => {
    expect(detectAdminPage(url)).toBeNull();
  });
});

describe('pageOfRoute', () => {
  it('names pages case-insensitively and leaves unknown routes as other', () => {
    expect(pageOfRoute('#/SUBSCRIPTIONS')).toBe('your-products');
    expect(pageOfRoute('#/subscriptionsx')).toBe('other');
    expect(pageOfRoute('#/Domains')).toBe('other');
  });
});
