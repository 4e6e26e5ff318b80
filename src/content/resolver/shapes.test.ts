// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://admin.microsoft.com/Adminportal/Home#/homepage"}
/**
 * The resolver's rules on markup unlike the replica's (hand-written DOM): container versus
 * control, a place already satisfied, a target hidden behind a collapsed group or an overflow
 * menu, and the row chosen by its status.
 */
import { describe, expect, it } from 'vitest';
import { routeGuideFor } from '../tour-ui/route-guide';
import { resolveStep } from './resolve';
import { revealNameOf } from './reveal';
import { fluentButton, h, menuLayer, nav, navGroup, navLink, page, step, tab, testIdOf } from './test-dom';

/** A product row of a grid: name link, status cell, More actions (named by `naming`). */
const gridRow = (id: string, name: string, status: string, naming: Record<string, string>) =>
  h(
    'div',
    { role: 'row' },
    h('div', { role: 'gridcell' }, h('a', { href: `#/subscriptions/assets/${id}`, 'data-testid': `row-name-${id}` }, name)),
    h('div', { role: 'gridcell' }, h('button', { 'aria-haspopup': 'true', 'data-testid': `row-more-${id}`, ...naming }, h('i', { 'aria-hidden': 'true' }))),
    h('div', { role: 'gridcell' }, h('span', {}, status)),
  );

/** A card of a `<ul>` of products: the same controls, no grid roles. */
const card = (id: string, name: string, status: string) =>
  h(
    'li',
    {},
    h('a', { href: `#/subscriptions/assets/${id}`, 'data-testid': `row-name-${id}` }, name),
    h('button', { 'aria-label': 'More actions', 'aria-haspopup': 'true', 'data-testid': `row-more-${id}` }),
    h('p', {}, 'Status: ', h('span', {}, status)),
  );

const EN_STEP_2 = step('On the Products tab, find the subscription you want to reactivate. Select More actions (the three dots), then select Reactivate this subscription.', ['Products', 'More actions', 'Reactivate this subscription']);

describe('a coach mark points at the control the admin acts on, not its container', () => {
  it('a grid labelled like the tab is passed over for the selected tab, then More actions in the list', () => {
    const doc = page(
      h('div', { role: 'tablist' }, tab('tab-products', 'Products', true)),
      h('div', { role: 'tabpanel', 'aria-label': 'Products', 'data-testid': 'panel' }, h('div', { role: 'grid', 'aria-label': 'Products', 'data-testid': 'grid' }, gridRow('a', 'Business Standard', 'Active', { 'aria-label': 'More actions' }))),
    );
    expect(testIdOf(resolveStep(EN_STEP_2, doc).target)).toBe('row-more-a');
  });

  it('a region named like the step with nothing to act on is never the target', () => {
    const doc = page(h('section', { role: 'region', 'aria-label': 'Reactivate this subscription', 'data-testid': 'region' }, h('p', {}, 'Nothing here')));
    expect(resolveStep(step('Select Reactivate this subscription.', ['Reactivate this subscription']), doc).target).toBeNull();
  });

  it.each([
    ['aria-label only', { 'aria-label': 'More actions' }],
    ['title only', { title: 'More actions' }],
  ])('finds More actions named by %s', (_, naming) => {
    const doc = page(h('div', { role: 'grid' }, gridRow('a', 'Business Standard', 'Active', naming)));
    expect(testIdOf(resolveStep(step('Select More actions.', ['More actions']), doc).target)).toBe('row-more-a');
  });

  it('finds More actions named by visually hidden text', () => {
    const hidden = h('span', { style: 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)' }, 'More actions');
    const button = h('button', { 'data-testid': 'row-more-a' }, h('i', { 'aria-hidden': 'true' }), hidden);
    const doc = page(h('div', { role: 'grid' }, h('div', { role: 'row' }, h('div', { role: 'gridcell' }, button))));
    expect(testIdOf(resolveStep(step('Select More actions.', ['More actions']), doc).target)).toBe('row-more-a');
  });
});

describe('a place already satisfied is passed, not marked', () => {
  it('the selected tab stands in only while nothing else of the step is there', () => {
    const doc = page(h('div', { role: 'tablist' }, tab('tab-products', 'Products', true)));
    const alone = resolveStep(EN_STEP_2, doc);
    expect(testIdOf(alone.target)).toBe('tab-products');
    expect(alone.candidates[0]?.satisfied).toBe(true);
    doc.body.append(h('div', { role: 'grid' }, gridRow('a', 'Business Standard', 'Active', { 'aria-label': 'More actions' })));
    expect(testIdOf(resolveStep(EN_STEP_2, doc).target)).toBe('row-more-a');
  });

  it('the current nav item is no way to its own page: the breadcrumb is done on its route', () => {
    const doc = page(nav(navGroup('nav-billing', 'Billing', true, navLink('nav-your-products', 'Your products', '#/subscriptions', { 'aria-current': 'page' }))));
    const toProducts = step('Go to Billing > Your products.', ['Billing', 'Your products'], '#/subscriptions', 'Billing > Your products');
    expect(resolveStep(toProducts, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
  });

  it('the current nav item never stands in for a tab the step names (the products page not drawn yet)', () => {
    const current = navLink('nav-your-products', 'Your products', '#/subscriptions', { 'aria-current': 'page' });
    const doc = page(nav(navGroup('nav-billing', 'Billing', true, current)));
    const onTab = step('On the Products tab, find the subscription you want to reactivate.', ['Products']);
    expect(resolveStep(onTab, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
    doc.body.append(h('div', { role: 'tablist' }, tab('tab-products', 'Products', true)));
    expect(testIdOf(resolveStep(onTab, doc, { page: { route: '#/subscriptions' } }).target)).toBe('tab-products');
  });

  it('a nav link to the route shown is the current place even before it is marked aria-current', () => {
    const justArrived = navLink('nav-your-products', 'Jūsu produkti', '#/subscriptions');
    const doc = page(nav(navGroup('nav-billing', 'Norēķini', true, justArrived)));
    const onTab = step('Cilnē Produkti atrodiet abonementu, ko vēlaties atkārtoti aktivizēt.', ['Produkti']);
    expect(resolveStep(onTab, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
  });

  it('in Latvian too: “Cilnē Produkti” is not the current “Jūsu produkti” link', () => {
    const current = navLink('nav-your-products', 'Jūsu produkti', '#/subscriptions', { 'aria-current': 'page' });
    const doc = page(nav(navGroup('nav-billing', 'Norēķini', true, current)));
    const onTab = step('Cilnē Produkti atrodiet abonementu, ko vēlaties atkārtoti aktivizēt.', ['Produkti']);
    expect(resolveStep(onTab, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
  });

  it('an open pane’s title is passed for the control the step names in it', () => {
    const pane = h(
      'div',
      { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pane-title' },
      h('h2', { id: 'pane-title', 'data-testid': 'pane-title' }, 'Reactivate this subscription'),
      fluentButton('add-payment-method', 'Add payment method'),
    );
    const doc = page(h('div', { class: 'ms-Layer' }, pane));
    const inPane = step('In the Reactivate this subscription pane, select Add payment method.', ['Reactivate this subscription', 'Add payment method']);
    expect(testIdOf(resolveStep(inPane, doc).target)).toBe('add-payment-method');
  });
});

describe('a hidden target: the coach mark points at what reveals it', () => {
  const commandBar = (...items: HTMLElement[]) => h('div', { role: 'menubar', 'aria-label': 'Commands' }, ...items);
  const overflow = () => h('button', { role: 'menuitem', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'aria-label': 'More actions', 'data-testid': 'overflow' });
  const reactivate = step('Choose the subscription, then select Reactivate.', ['Reactivate']);

  it('a command in a command bar’s overflow menu: the overflow button, as a stand-in named for the status line', () => {
    const doc = page(commandBar(h('button', { role: 'menuitem', 'data-testid': 'assign' }, 'Assign licenses'), overflow()));
    const resolution = resolveStep(reactivate, doc);
    expect(testIdOf(resolution.target)).toBe('overflow');
    expect(resolution.subTarget).toBeNull();
    expect(resolution.candidates[0]?.satisfied).toBe(true);
    expect(revealNameOf(resolution.target as Element)).toBe('More actions');
  });

  it('once the overflow menu is open, its command', () => {
    const button = overflow();
    button.setAttribute('aria-expanded', 'true');
    const doc = page(commandBar(button), menuLayer(['menu-buy', 'Buy licenses'], ['menu-reactivate', 'Reactivate']));
    const resolution = resolveStep(reactivate, doc);
    expect(testIdOf(resolution.target)).toBe('menu-reactivate');
    expect(revealNameOf(resolution.target as Element)).toBeNull();
  });

  it('a row’s More actions is no overflow of the page: a step whose command is nowhere finds nothing', () => {
    const doc = page(h('div', { role: 'grid' }, gridRow('a', 'Business Standard', 'Active', { 'aria-label': 'More actions' })));
    expect(resolveStep(step('Select Cancel subscription.', ['Cancel subscription']), doc).target).toBeNull();
  });

  it('a page link inside a collapsed nav group: the group, named for the status line, then the link once it opens', () => {
    const steps = [step('Go to Billing > Your products.', ['Billing', 'Your products'], '#/subscriptions', 'Billing > Your products'), step('Select More actions.', ['More actions'])];
    const doc = page(nav(navLink('nav-home', 'Home', '#/homepage'), navGroup('nav-billing', 'Billing', false)), h('main', {}, h('p', {}, 'Welcome')));
    const guide = routeGuideFor(steps, 1, '#/homepage', doc);
    expect(testIdOf(guide?.link ?? null)).toBe('nav-billing');
    expect(revealNameOf(guide?.link as Element)).toBe('Billing');
    page(nav(navLink('nav-home', 'Home', '#/homepage'), navGroup('nav-billing', 'Billing', true, navLink('nav-your-products', 'Your products', '#/subscriptions'))));
    const open = routeGuideFor(steps, 1, '#/homepage', document);
    expect(testIdOf(open?.link ?? null)).toBe('nav-your-products');
  });

  it('a breadcrumb whose page link hides in a collapsed group: the group, which does not finish the step', () => {
    // Seed 003 (nl-NL), step 1: the machine translation glued and inflected the breadcrumb.
    const toProducts = step('Ga in het Microsoft 365-Beheercentrum naar Billingde > paginauw producten factureren.', ['Billing', 'uw producten'], '#/subscriptions', 'Billing');
    const doc = page(nav(navLink('nav-home', 'Start', '#/homepage'), navGroup('nav-billing', 'Facturering', false)));
    const resolution = resolveStep(toProducts, doc, { page: { route: '#/homepage' } });
    expect(testIdOf(resolution.target)).toBe('nav-billing');
    expect(resolution.subTarget).toBeNull();
    expect(resolution.candidates.find((c) => c.element === resolution.target)?.satisfied).toBe(true);
    expect(revealNameOf(resolution.target as Element)).toBe('Facturering');
  });

  it('a navigation of buttons (no href): the entry the breadcrumb names', () => {
    const steps = [step('Go to Billing > Your products.', ['Billing', 'Your products'], '#/subscriptions', 'Billing > Your products'), step('Select More actions.', ['More actions'])];
    const doc = page(h('nav', {}, h('ul', {}, h('li', {}, h('button', { 'aria-expanded': 'true', 'data-testid': 'nav-billing' }, 'Billing'), h('ul', {}, h('li', {}, h('button', { 'data-testid': 'nav-your-products' }, 'Your products')))))));
    expect(testIdOf(routeGuideFor(steps, 1, '#/homepage', doc)?.link ?? null)).toBe('nav-your-products');
  });
});

describe('the row chosen by its status, then the control the step names in it', () => {
  it.each([
    ['en', 'Expired', 'Active'],
    ['nl', 'Verlopen', 'Actief'],
    ['nb', 'Utløpt', 'Aktiv'],
    ['lv', 'Atspējots', 'Aktīvs'],
    ['ro', 'Dezactivat', 'Activ'],
  ])('%s: More actions of the first lapsed row of a grid (%s)', (_, lapsed, active) => {
    const doc = page(
      h(
        'div',
        { role: 'grid' },
        gridRow('a', 'Business Standard', active, { 'aria-label': 'More actions' }),
        gridRow('b', 'Business Basic', lapsed, { 'aria-label': 'More actions' }),
        gridRow('c', 'E3', lapsed, { 'aria-label': 'More actions' }),
      ),
    );
    expect(testIdOf(resolveStep(step('Select More actions.', ['More actions']), doc).target)).toBe('row-more-b');
  });

  it('in a list of cards (ul/li), More actions of the expired card', () => {
    const doc = page(h('ul', { 'aria-label': 'Products' }, card('a', 'Business Standard', 'Active'), card('b', 'Business Basic', 'Expired')));
    expect(testIdOf(resolveStep(step('Select More actions.', ['More actions']), doc).target)).toBe('row-more-b');
  });

  it('"choose the subscription": the expired card’s name link, which opens it', () => {
    const doc = page(h('ul', {}, card('a', 'Business Standard', 'Active'), card('b', 'Business Basic', 'Expired')));
    expect(testIdOf(resolveStep(step('Choose the subscription, then select Reactivate.', ['Reactivate']), doc).target)).toBe('row-name-b');
  });

  it('no lapsed row: the first row', () => {
    const doc = page(h('div', { role: 'grid' }, gridRow('a', 'Business Standard', 'Active', { 'aria-label': 'More actions' }), gridRow('b', 'E3', 'Active', { 'aria-label': 'More actions' })));
    expect(testIdOf(resolveStep(step('Select More actions.', ['More actions']), doc).target)).toBe('row-more-a');
  });
});

describe('guide health: every step checked on the page as it is, nothing marked', () => {
  const reactivation = [
    step('Go to Billing > Your products.', ['Billing', 'Your products'], '#/subscriptions', 'Billing > Your products'),
    step('Select More actions.', ['More actions']),
    step('Enter your payment details.', []),
    step('Select Cancel subscription.', ['Cancel subscription']),
  ];

  const billing = () => nav(navGroup('nav-billing', 'Billing', true, navLink('nav-your-products', 'Your products', '#/subscriptions')));

  it('on Home: the nav entry, then the way to Your products for each step that happens there', async () => {
    const { checkTour } = await import('./health');
    const doc = page(billing(), h('p', {}, 'Welcome'));
    const report = checkTour(reactivation, doc, '#/homepage');
    expect(report.map((r) => r.kind)).toEqual(['found', 'elsewhere', 'elsewhere', 'elsewhere']);
    expect(report[0]).toEqual({ kind: 'found', target: { role: 'link', name: 'Your products' }, reveals: false });
    expect(report[1]).toEqual({ kind: 'elsewhere', route: '#/subscriptions', way: { role: 'link', name: 'Your products' } });
    expect(doc.querySelector('[data-admin-coach-target]')).toBeNull();
  });

  it('on Your products: the step passed, the lapsed row’s More actions (not the list), a card, and a step not on the page', async () => {
    const { checkTour } = await import('./health');
    const doc = page(
      billing(),
      h('div', { role: 'grid', 'aria-label': 'Your products' }, gridRow('a', 'Business Standard', 'Active', { 'aria-label': 'More actions' }), gridRow('b', 'Business Basic', 'Expired', { 'aria-label': 'More actions' })),
    );
    const there = checkTour(reactivation, doc, '#/subscriptions');
    expect(there.map((r) => r.kind)).toEqual(['satisfied', 'found', 'untargeted', 'not-found']);
    expect(there[1]).toEqual({ kind: 'found', target: { role: 'button', name: 'More actions' }, reveals: false });
    expect(there[3]).toEqual({ kind: 'not-found', label: 'Cancel subscription' });
    expect(doc.querySelector('[data-admin-coach-target]')).toBeNull();
  });

  it('with no row standing out, says the list, as the coach mark outlines it', async () => {
    const { checkTour } = await import('./health');
    const doc = page(h('div', { role: 'grid', 'aria-label': 'Your products' }, gridRow('a', 'Business Standard', 'Active', { 'aria-label': 'More actions' }), gridRow('b', 'E3', 'Active', { 'aria-label': 'More actions' })));
    expect(checkTour(reactivation, doc, '#/subscriptions')[1]).toEqual({ kind: 'found', target: { role: 'grid', name: 'Your products' }, reveals: false });
  });

  it('a step on another page with no way there on this one: on another page, no way', async () => {
    const { checkTour } = await import('./health');
    const report = checkTour(reactivation, page(h('p', {}, 'Welcome')), '#/homepage');
    expect(report[1]).toEqual({ kind: 'elsewhere', route: '#/subscriptions', way: null });
  });

  it('with Billing collapsed, the way there is the group, and the check says so', async () => {
    const { checkTour } = await import('./health');
    const doc = page(nav(navLink('nav-home', 'Home', '#/homepage'), navGroup('nav-billing', 'Billing', false)));
    const report = checkTour(reactivation, doc, '#/homepage');
    expect(report[0]).toEqual({ kind: 'found', target: { role: 'button', name: 'Billing' }, reveals: false });
    expect(report[1]).toEqual({ kind: 'elsewhere', route: '#/subscriptions', way: { role: 'button', name: 'Billing' } });
  });
});
