// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://admin.microsoft.com/Adminportal/Home#/homepage"}
import { describe, expect, it } from 'vitest';
import { h, nav, navGroup, navLink, page } from '../resolver/test-dom';
import { findRouteLink, routeGuideFor, routeToGuide } from './route-guide';

/** The worldwide reactivation's routes: step 1 leads to Your products, the others happen there. */
const REACTIVATION = [{ route: '#/subscriptions' }, { route: null }, { route: null }, { route: null }];

/** The nl-NL nav with Billing open or closed, and Home's "Uw producten" card link. */
const adminPage = (billingOpen: boolean) =>
  page(
    nav(
      navLink('nav-home', 'Start', '#/homepage'),
      navGroup('nav-billing', 'Facturering', billingOpen, navLink('nav-your-products', 'Uw producten', '#/subscriptions'), navLink('nav-licenses', 'Licenties', '#/licenses')),
    ),
    h('main', {}, h('a', { href: '#/subscriptions', 'data-testid': 'home-link-your-products' }, 'Uw producten'), h('a', { href: '#/users' }, 'Gebruikers')),
  );

const testId = (element: Element | null | undefined) => element?.getAttribute('data-testid') ?? null;

describe('when to guide', () => {
  it('guides a step without its own route when the page is elsewhere', () => {
    expect(routeToGuide(REACTIVATION, 2, '#/homepage')).toBe('#/subscriptions');
    expect(routeToGuide(REACTIVATION, 2, '#/subscriptions')).toBeNull();
    expect(routeToGuide(REACTIVATION, 2, '#/subscriptions/assets/42')).toBeNull();
  });

  it('never guides a step that is itself the way there, nor a tour that does not say where it happens', () => {
    expect(routeToGuide(REACTIVATION, 0, '#/homepage')).toBeNull();
    expect(routeToGuide([{ route: null }, { route: null }], 1, '#/homepage')).toBeNull();
    expect(routeToGuide(REACTIVATION, 9, '#/homepage')).toBeNull();
  });
});

describe('the link to the page', () => {
  it('prefers the navigation’s link', () => {
    expect(testId(findRouteLink(adminPage(true), '#/subscriptions'))).toBe('nav-your-products');
  });

  it('takes a link elsewhere on the page when the nav group that holds it is closed', () => {
    expect(testId(findRouteLink(adminPage(false), '#/subscriptions'))).toBe('home-link-your-products');
  });

  it('prefers a link to the page itself over one within it, and accepts the latter', () => {
    page(h('a', { href: '#/subscriptions/assets/42', 'data-testid': 'deep' }, 'E3'), h('a', { href: '#/subscriptions', 'data-testid': 'exact' }, 'Uw producten'));
    expect(testId(findRouteLink(document, '#/subscriptions'))).toBe('exact');
    page(h('a', { href: '#/subscriptions/assets/42', 'data-testid': 'deep' }, 'E3'));
    expect(testId(findRouteLink(document, '#/subscriptions'))).toBe('deep');
  });

  it('takes absolute links of this origin and never another site’s, a hidden one, or one in the overlay', () => {
    const overlay = h('div', {}, h('a', { href: '#/subscriptions' }, 'ours'));
    page(
      overlay,
      h('a', { href: 'https://evil.example/#/subscriptions' }, 'elsewhere'),
      h('a', { href: '#/subscriptions', hidden: true }, 'hidden'),
      h('div', { 'aria-hidden': 'true' }, h('a', { href: '#/subscriptions' }, 'aria-hidden')),
      h('a', { href: '#/subscriptions', style: 'display: none' }, 'display none'),
      h('a', { href: 'http://[bad' }, 'unparsable'),
    );
    expect(findRouteLink(document, '#/subscriptions', [overlay])).toBeNull();
    page(h('a', { href: 'https://admin.microsoft.com/Adminportal/Home#/subscriptions', 'data-testid': 'absolute' }, 'Uw producten'));
    expect(testId(findRouteLink(document, '#/subscriptions'))).toBe('absolute');
  });

  it('routeGuideFor gives the route and the link, or null when there is nowhere to point', () => {
    const guide = routeGuideFor(REACTIVATION, 2, '#/homepage', adminPage(true));
    expect(guide?.route).toBe('#/subscriptions');
    expect(testId(guide?.link)).toBe('nav-your-products');
    expect(routeGuideFor(REACTIVATION, 2, '#/subscriptions', adminPage(true))).toBeNull();
    page(h('p', {}, 'no links'));
    expect(routeGuideFor(REACTIVATION, 2, '#/homepage', document)).toBeNull();
  });
});
