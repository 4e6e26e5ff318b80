// @vitest-environment happy-dom
/**
 * The seeds' steps that went wrong on the replica (Fluent UI v8): fallback clauses, the older
 * "choose the subscription, then Reactivate", a breadcrumb whose crumb the Nav renamed, the
 * Nav's icon-only chevron, a pane title that is not the button, Office-app steps, glyphs.
 */
import { describe, expect, it } from 'vitest';
import { resolveStep } from './resolve';
import { fluentButton, h, navLink, page, panel, step, testIdOf } from './test-dom';

/** Fluent v8's Nav group: a composite link with an icon-only chevron named like the group, then the group's button. */
const fluentGroup = (testId: string, text: string, expanded: boolean, ...children: HTMLElement[]): HTMLElement =>
  h(
    'li',
    { role: 'listitem' },
    h(
      'div',
      { class: 'ms-Nav-compositeLink' },
      h('button', { class: 'ms-Nav-chevronButton', 'aria-label': text, 'aria-expanded': String(expanded) }, h('i', { 'data-icon-name': 'ChevronDown', 'aria-hidden': 'true' }, '\uE70D')),
      h('button', { class: 'ms-Button ms-Nav-link', 'data-testid': testId, title: text }, h('i', { 'data-icon-name': 'PaymentCard', 'aria-hidden': 'true' }, '\uE8C7'), h('span', {}, text)),
    ),
    expanded ? h('ul', { role: 'list' }, ...children) : null,
  );

const leftNav = (...items: HTMLElement[]): HTMLElement => h('nav', { 'data-testid': 'left-nav', 'aria-label': 'Navigation' }, h('ul', { role: 'list' }, ...items));

/** A products grid whose names link to the details page (row-name-<id>) and rows with "More actions". */
const productsGrid = (busy: boolean, more: string): HTMLElement =>
  h(
    'div',
    { 'data-testid': 'products-list', 'aria-busy': String(busy) },
    busy
      ? null
      : h(
          'div',
          { role: 'grid' },
          ...['1', '2'].map((id) =>
            h(
              'div',
              { role: 'row' },
              h('div', { role: 'gridcell' }, h('a', { href: `#/subscriptions/assets/${id}`, class: 'ms-Link', 'data-testid': `row-name-${id}` }, `Microsoft 365 Business ${id}`)),
              h('div', { role: 'gridcell' }, h('button', { 'aria-label': more, 'data-testid': `row-more-actions-${id}` })),
              h('div', { role: 'gridcell' }, id === '1' ? 'Aktiv' : 'Utløpt'),
            ),
          ),
        ),
  );

describe('fallback clauses ("If you don\'t see X, contact support")', () => {
  const ro = step(
    'Alegeți abonamentul pe care doriți să îl reactivați, apoi selectați Reactivare. Dacă nu vedeți Reactivare ca acțiune disponibilă, apelați Asistența pentru a vă reactiva abonamentul.',
    ['Reactivare'],
  );
  const roNav = (): HTMLElement => leftNav(h('li', {}, navLink('nav-support', '\uE8C7Asistență', '#/support')));

  it('does not point at Support while the list loads (ro-RO, seed 000 step 2)', () => {
    const doc = page(roNav(), productsGrid(true, 'Mai multe acțiuni'));
    expect(resolveStep(ro, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
  });

  it('does not point at Support in nl-NL either ("Als u … niet ziet, belt u Ondersteuning")', () => {
    const nl = step(
      'Kies het abonnement dat u opnieuw wilt activeren en selecteer vervolgens opnieuw activeren. Als u Opnieuw activeren niet als een beschikbare actie ziet, belt u Ondersteuning om uw abonnement opnieuw te activeren.',
      ['opnieuw activeren'],
    );
    const doc = page(leftNav(h('li', {}, navLink('nav-support', 'Ondersteuning', '#/support'))), productsGrid(true, 'Meer acties'));
    expect(resolveStep(nl, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
  });

  it('finds the menu item the fallback label stands for in the instruction before it (nl-NL, seed 004 step 2)', () => {
    const nl = step(
      'Zoek op het tabblad Producten naar het abonnement dat u opnieuw wilt activeren. Selecteer Meer acties (drie puntjes) en selecteer vervolgens Dit abonnement opnieuw *activeren.* Als u Dit abonnement opnieuw activeren niet ziet, neem dan contact op met ondersteuning.',
      ['het', 'Meer acties', 'niet ziet'],
    );
    const menu = h(
      'div',
      { class: 'ms-Layer' },
      h('ul', { role: 'menu' }, h('li', {}, h('button', { role: 'menuitem', 'data-testid': 'menu-reactivate' }, 'Dit abonnement opnieuw activeren'))),
    );
    const doc = page(leftNav(h('li', {}, navLink('nav-support', 'Ondersteuning', '#/support'))), productsGrid(false, 'Meer acties'), menu);
    const result = resolveStep(nl, doc, { page: { route: '#/subscriptions', completed: 2 } });
    expect(testIdOf(result.target)).toBe('menu-reactivate');
  });
});

describe('"choose the subscription, then select Reactivate" (2019–2020 shape)', () => {
  const nb = step(
    'Velg abonnementet du vil aktivere på nytt, og klikk deretter Aktiver på nytt. Hvis du ikke ser Aktiver på nytt som en tilgjengelig handling, kontakter du brukerstøtte for å aktivere abonnementet på nytt.',
    ['Aktiver på nytt'],
  );

  it('points at a row name while the action is not on the page: the first lapsed one', () => {
    const doc = page(leftNav(), productsGrid(false, 'Flere handlinger'));
    const result = resolveStep(nb, doc, { page: { route: '#/subscriptions' } });
    expect(testIdOf(result.target)).toBe('row-name-2');
    expect(result.subTarget?.kind).toBe('choose');
  });

  it('waits while the list loads', () => {
    const doc = page(leftNav(), productsGrid(true, 'Flere handlinger'));
    expect(resolveStep(nb, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
  });

  it('points at Reactivate on the details page, with or without the choice done', () => {
    const details = (): HTMLElement =>
      h('main', { 'data-testid': 'product-details-page' }, fluentButton('details-reactivate', 'Aktiver på nytt'), fluentButton('details-reactivate-subscription', 'Aktiver abonnementet på nytt'));
    for (const completed of [0, 1]) {
      const doc = page(leftNav(), details());
      const result = resolveStep(nb, doc, { page: { route: '#/subscriptions/assets/2', completed } });
      expect(testIdOf(result.target)).toBe('details-reactivate');
    }
  });
});

describe('breadcrumbs on the 2021 Nav (nb-NO seed 002 step 1: "Fakturering > abonnementer")', () => {
  const nb = step('Gå til Abonnementer-siden i administrasjonssenteret for Microsoft 365, eller klikk Fakturering > abonnementer.', ['Fakturering', 'abonnementer'], '#/subscriptions');

  it('points at the group button with text, not the icon-only chevron named like it', () => {
    const doc = page(leftNav(fluentGroup('nav-billing', 'Fakturering', false)));
    expect(testIdOf(resolveStep(nb, doc, { page: { route: '#/homepage' } }).target)).toBe('nav-billing');
  });

  it('takes the link to the step\'s route for the renamed last crumb ("Dine produkter")', () => {
    const doc = page(leftNav(fluentGroup('nav-billing', 'Fakturering', true, h('li', {}, navLink('nav-your-products', 'Dine produkter', '#/subscriptions')), h('li', {}, navLink('nav-licenses', 'Lisenser', '#/licenses')))));
    const result = resolveStep(nb, doc, { page: { route: '#/homepage', completed: 1 } });
    expect(testIdOf(result.target)).toBe('nav-your-products');
    expect(result.label).toBe('abonnementer');
  });

  it('matches the route in a full URL, case-insensitively', () => {
    const doc = page(leftNav(fluentGroup('nav-billing', 'Fakturering', true, h('li', {}, navLink('nav-your-products', 'Dine produkter', 'https://admin.microsoft.com/Adminportal/Home#/Subscriptions')))));
    expect(testIdOf(resolveStep(nb, doc, { page: { route: '#/homepage' } }).target)).toBe('nav-your-products');
  });
});

describe('steps that name nothing of the admin center', () => {
  it('does not take a pane title for the button it only starts like (lv-LV seed 001 step 5: the pane ends with Save)', () => {
    const lv = step('Atlasiet Atkārtoti aktivizēt.', ['Atkārtoti aktivizēt']);
    const doc = page(panel('pane-reactivate', 'Atkārtoti aktivizēt šo abonementu', fluentButton('pane-save', 'Saglabāt')));
    expect(resolveStep(lv, doc, { page: { route: '#/subscriptions' } }).target).toBeNull();
  });

  it('does not take the Users nav for an Office app\'s "User information" (lv-LV, ro-RO checklist step 3)', () => {
    const nav = (users: string): HTMLElement => leftNav(fluentGroup('nav-users', users, false));
    const lv = step(
      'To var izdarīt jebkurā Office (Word, Excel utt.), noklikšķinot uz > Fails Office Konts (apakšā). Sadaļā Informācija par lietotāju atlasiet Pārslēgt kontu.',
      ['Fails Office Konts', 'Informācija par lietotāju', 'kontu'],
    );
    expect(resolveStep(lv, page(nav('Lietotāji')), { page: { route: '#/homepage' } }).target).toBeNull();
    const ro = step(
      'Puteți face acest lucru în orice aplicație Office (Word, Excel etc.) făcând clic pe Fișier > Cont (lângă partea de jos). Sub Informații utilizator, faceți clic pe Comutare cont.',
      ['Fișier', 'Cont', 'Comutare cont'],
    );
    expect(resolveStep(ro, page(nav('Utilizatori')), { page: { route: '#/homepage' } }).target).toBeNull();
  });
});
