// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RESOLVE_THRESHOLD } from './context';
import { resolveStep, resolveSubTarget } from './resolve';
import { planStep } from './plan';
import { fluentButton, h, menuLayer, nav, navGroup, navLink, page, panel, step, tab, testIdOf } from './test-dom';

/** The admin center's header: noise that the step sentences mention ("Microsoft 365-Beheercentrum"). */
const header = (): HTMLElement =>
  h('header', { role: 'banner' }, h('a', { href: '#/homepage', 'data-testid': 'brand' }, 'Microsoft 365-beheercentrum'), fluentButton('search', 'Zoeken'));

/** The nl-NL Nav with the Billing (Facturering) group open or closed. */
const nlNav = (open: boolean): HTMLElement =>
  nav(
    navLink('nav-home', 'Start', '#/homepage'),
    navGroup('nav-billing', 'Facturering', open, navLink('nav-products', 'Uw producten', '#/subscriptions'), navLink('nav-licenses', 'Licenties', '#/licenses')),
  );

/** The nl-NL "Uw producten" page: Pivot tabs and a product row with its "More actions" button. */
const nlProductsPage = (): HTMLElement =>
  h(
    'main',
    {},
    h('h1', {}, 'Uw producten'),
    h('div', { role: 'tablist' }, tab('tab-products', 'Producten', true), tab('tab-licenses', 'Licenties', false)),
    h(
      'div',
      { role: 'grid' },
      h(
        'div',
        { role: 'row' },
        h('div', { role: 'gridcell' }, h('a', { href: '#/subscriptions/assets/1', 'data-testid': 'product-link' }, 'Microsoft 365 Business Standard')),
        h('div', { role: 'gridcell' }, h('button', { 'aria-label': 'Meer acties', 'data-testid': 'more-actions', class: 'ms-Button' }, h('i', { 'aria-hidden': 'true', 'data-icon-name': 'More' }))),
      ),
    ),
  );

// Seed 004 (nl-NL, worldwide), step 2: bold on "het" and on "activeren.\".
const nlStep2 = step(
  'Zoek op het tabblad Producten naar het abonnement dat u opnieuw wilt activeren. Selecteer Meer acties (drie puntjes) en selecteer vervolgens Dit abonnement opnieuw activeren.\\ Als u Dit abonnement opnieuw activeren niet ziet, neem dan contact op met ondersteuning.',
  ['het', 'Meer acties', 'activeren.\\', 'niet ziet,'],
);

describe('resolveStep: breadcrumbs (navigation labels)', () => {
  // Seed 004 (nl-NL, worldwide), step 1.
  const nlStep1 = step('Ga in het beheercentrum naar de pagina Facturering > Mijn producten.', ['Facturering', 'Mijn producten'], '#/subscriptions', 'Mijn producten');

  it('points at the Billing group while it is closed', () => {
    const doc = page(header(), nlNav(false));
    const result = resolveStep(nlStep1, doc, { page: { route: '#/homepage' } });
    expect(testIdOf(result.target)).toBe('nav-billing');
    expect(result.label).toBe('Facturering');
  });

  it('points at "Uw producten" once the group is open (the deepest visible crumb)', () => {
    const doc = page(header(), nlNav(true));
    const result = resolveStep(nlStep1, doc, { page: { route: '#/homepage' } });
    expect(testIdOf(result.target)).toBe('nav-products');
    expect(result.label).toBe('Mijn producten');
  });

  it('has nothing to point at on the step route itself', () => {
    const doc = page(header(), nlNav(true), nlProductsPage());
    const result = resolveStep(nlStep1, doc, { page: { route: '#/subscriptions' } });
    expect(result.target).toBeNull();
  });

  it('nb-NO: "Gå til Abonnementer-siden …, eller klikk Fakturering > abonnementer" (seed 002)', () => {
    const nbStep1 = step(
      'Gå til Abonnementer-siden i administrasjonssenteret for Microsoft 365, eller klikk Fakturering > abonnementer.',
      ['Abonnementer-siden', 'Fakturering', 'abonnementer'],
      '#/subscriptions',
      'Abonnementer-siden',
    );
    const nbNav = (open: boolean) =>
      nav(navLink('nav-home', 'Hjem', '#/homepage'), navGroup('nav-billing', 'Fakturering', open, navLink('nav-subscriptions', 'Abonnementer', '#/subscriptions'), navLink('nav-licenses', 'Lisenser', '#/licenses')));
    expect(testIdOf(resolveStep(nbStep1, page(nbNav(false)), { page: { route: '#/homepage' } }).target)).toBe('nav-billing');
    expect(testIdOf(resolveStep(nbStep1, page(nbNav(true)), { page: { route: '#/homepage' } }).target)).toBe('nav-subscriptions');
  });

  it('nl-NL: "naar **Billing**de > pagina[uw producten] factureren" finds Facturering by the stray verb (seed 003)', () => {
    const nlGarbled = step('Ga in het Microsoft 365-Beheercentrum naar Billingde > paginauw producten factureren.', ['Billing', 'uw producten'], '#/subscriptions', 'uw producten');
    const closed = resolveStep(nlGarbled, page(header(), nlNav(false)), { page: { route: '#/homepage' } });
    // Not the header link "Microsoft 365-beheercentrum", which the sentence names as the setting.
    expect(testIdOf(closed.target)).toBe('nav-billing');
    const open = resolveStep(nlGarbled, page(header(), nlNav(true)), { page: { route: '#/homepage' } });
    expect(testIdOf(open.target)).toBe('nav-products');
  });

  it('lv-LV: "dodieties uz lapu > [Norēķini jūsu] produkti" reaches "Jūsu produkti" (seed 001)', () => {
    const lvStep1 = step('Administrēšanas centrā dodieties uz lapu > Norēķini jūsu produkti.', ['Norēķini jūsu'], '#/subscriptions', 'Norēķini jūsu');
    const lvNav = (open: boolean) =>
      nav(navGroup('nav-billing', 'Norēķini', open, navLink('nav-products', 'Jūsu produkti', '#/subscriptions'), navLink('nav-licenses', 'Licences', '#/licenses')));
    expect(testIdOf(resolveStep(lvStep1, page(lvNav(false)), { page: { route: '#/homepage' } }).target)).toBe('nav-billing');
    expect(testIdOf(resolveStep(lvStep1, page(lvNav(true)), { page: { route: '#/homepage' } }).target)).toBe('nav-products');
  });

  it('ro-RO: "accesați pagina **Facturare** > [produse.]" (seed 000)', () => {
    const roStep1 = step('În centrul de administrare Microsoft 365, accesați pagina Facturare > produse.', ['Facturare', 'produse.'], '#/subscriptions', 'produse.');
    const roNav = nav(navGroup('nav-billing', 'Facturare', true, navLink('nav-products', 'Produsele dvs.', '#/subscriptions')));
    expect(testIdOf(resolveStep(roStep1, page(roNav), { page: { route: '#/homepage' } }).target)).toBe('nav-products');
  });
});

describe('resolveStep: the garbled nl-NL step 2 of seed 004', () => {
  it('passes over the selected "Producten" tab (bold on "het") and points at "Meer acties"', () => {
    const doc = page(header(), nlNav(true), nlProductsPage());
    const result = resolveStep(nlStep2, doc, { page: { route: '#/subscriptions' } });
    expect(testIdOf(result.target)).toBe('more-actions');
    expect(result.label).toBe('Meer acties');
  });

  it('points at the "Producten" tab for "het" while another tab is selected', () => {
    const doc = page(nlProductsPage());
    doc.querySelector('[data-testid="tab-products"]')?.setAttribute('aria-selected', 'false');
    doc.querySelector('[data-testid="tab-licenses"]')?.setAttribute('aria-selected', 'true');
    const result = resolveStep(nlStep2, doc, { page: { route: '#/subscriptions' } });
    expect(testIdOf(result.target)).toBe('tab-products');
    expect(result.label).toBe('het');
  });

  it('points at the menu item "Dit abonnement opnieuw activeren" once the menu is open, over a shorter lookalike', () => {
    const doc = page(
      nlNav(true),
      nlProductsPage(),
      menuLayer(['menu-details', 'Details weergeven'], ['menu-short', 'Opnieuw activeren'], ['menu-reactivate', 'Dit abonnement opnieuw activeren'], ['menu-cancel', 'Abonnement annuleren']),
    );
    const result = resolveStep(nlStep2, doc, { page: { route: '#/subscriptions' } });
    expect(testIdOf(result.target)).toBe('menu-reactivate');
    expect(result.label).toBe('activeren.\\');
    // Also when the runner has counted "Meer acties" as done.
    const later = resolveStep(nlStep2, doc, { page: { route: '#/subscriptions', completed: 2 } });
    expect(testIdOf(later.target)).toBe('menu-reactivate');
  });
});

describe('resolveStep: the pane (seed 004 nl-NL step 3, seed 001 lv-LV steps 4–5)', () => {
  const nlPane = () =>
    panel(
      'pane-title',
      'Dit abonnement opnieuw activeren',
      h('div', { role: 'combobox', 'aria-label': 'Betalingswijze', 'data-testid': 'payment-dropdown', tabindex: '0' }),
      fluentButton('add-payment', 'Betalingswijze toevoegen'),
      fluentButton('save', 'Opslaan'),
    );

  it('passes over the pane title (context) and points at "Betalingswijze toevoegen"', () => {
    const nlStep3 = step(
      'Selecteer in het deelvenster Dit abonnement opnieuw activeren een betalingswijze in de vervolgkeuzelijst of selecteer Betalingswijze toevoegen.',
      ['het deelvenster Dit abonnement', 'Betalingswijze toevoegen.'],
    );
    const doc = page(nlNav(true), nlProductsPage(), nlPane());
    expect(testIdOf(resolveStep(nlStep3, doc, { page: { route: '#/subscriptions' } }).target)).toBe('add-payment');
  });

  it('"Kies **Opslaan**" points into the modal pane, not at a same-named button behind it', () => {
    const doc = page(h('main', {}, fluentButton('page-save', 'Opslaan')), nlPane());
    expect(testIdOf(resolveStep(step('Kies Opslaan.', ['Opslaan']), doc).target)).toBe('save');
  });

  it('lv-LV "Atlasiet **Atkārtoti aktivizēt**" picks the button, not the longer pane title', () => {
    const lvPane = panel('pane-title', 'Atkārtoti aktivizēt šo abonementu', fluentButton('add-payment', 'Pievienot maksāšanas metodi'), fluentButton('reactivate', 'Atkārtoti aktivizēt'));
    const doc = page(lvPane);
    expect(testIdOf(resolveStep(step('Atlasiet Atkārtoti aktivizēt.', ['Atkārtoti aktivizēt']), doc).target)).toBe('reactivate');
    const lvStep4 = step('Rūtī Atkārtoti aktivizēt šo abonementu atlasiet esošu maksāšanas metodi vai atlasiet Pievienot maksāšanas metodi.', [
      'Atkārtoti aktivizēt šo abonementu',
      'Pievienot maksāšanas metodi.',
    ]);
    expect(testIdOf(resolveStep(lvStep4, doc).target)).toBe('add-payment');
  });

  it('returns the pane title when it is the only thing the step names', () => {
    const doc = page(nlPane());
    const result = resolveStep(step('In het deelvenster Dit abonnement opnieuw activeren ziet u de details.', ['Dit abonnement opnieuw activeren']), doc);
    expect(testIdOf(result.target)).toBe('pane-title');
  });
});

describe('resolveStep: lookalikes', () => {
  const menu = () => menuLayer(['menu-short', 'Reactivate'], ['menu-long', 'Reactivate this subscription']);

  it('"select **Reactivate this subscription**" picks the long one', () => {
    const s = step('Select More actions (the three dots), and then select Reactivate this subscription.', ['More actions', 'Reactivate this subscription']);
    expect(testIdOf(resolveStep(s, page(menu())).target)).toBe('menu-long');
  });

  it('"select **Reactivate**" picks the short one', () => {
    const s = step('In the Billing section, select Reactivate.', ['Reactivate']);
    expect(testIdOf(resolveStep(s, page(menu())).target)).toBe('menu-short');
  });

  it('the bold on the wrong word: "select Dit abonnement opnieuw **activeren.\\**" picks the long one', () => {
    const s = step('Selecteer vervolgens Dit abonnement opnieuw activeren.\\', ['activeren.\\']);
    const doc = page(menuLayer(['menu-short', 'Opnieuw activeren'], ['menu-long', 'Dit abonnement opnieuw activeren']));
    expect(testIdOf(resolveStep(s, doc).target)).toBe('menu-long');
  });

  it('Germany: "selecteer **Vervolgens Opnieuw activeren.**" picks the card\'s button (seed 004)', () => {
    const s = step('Zoek het abonnement dat u opnieuw wilt activeren en selecteer Vervolgens Opnieuw activeren.', ['Vervolgens Opnieuw activeren.']);
    const card = h('div', { class: 'card' }, h('h3', {}, 'Office 365 E3'), h('span', {}, 'Uitgeschakeld'), fluentButton('card-reactivate', 'Opnieuw activeren'), fluentButton('card-details', 'Details'));
    expect(testIdOf(resolveStep(s, page(card)).target)).toBe('card-reactivate');
  });
});

describe('resolveStep: hidden and disabled duplicates', () => {
  const s = step('Kies het abonnement dat u opnieuw wilt activeren en selecteer vervolgens opnieuw activeren.', ['opnieuw activeren']);

  it.each([
    ['display: none', { style: 'display: none' }],
    ['visibility: hidden', { style: 'visibility: hidden' }],
    ['the hidden attribute', { hidden: true }],
  ] as const)('skips a duplicate hidden by %s', (_, attributes) => {
    const doc = page(fluentButton('hidden-copy', 'Opnieuw activeren', { ...attributes }), fluentButton('visible', 'Opnieuw activeren'));
    expect(testIdOf(resolveStep(s, doc).target)).toBe('visible');
  });

  it('skips a duplicate inside an aria-hidden subtree (the page behind a Fluent modal)', () => {
    const doc = page(h('div', { 'aria-hidden': 'true' }, fluentButton('behind', 'Opnieuw activeren')), h('div', {}, fluentButton('visible', 'Opnieuw activeren')));
    expect(testIdOf(resolveStep(s, doc).target)).toBe('visible');
  });

  it('skips a duplicate inside a display:none ancestor', () => {
    const doc = page(h('div', { style: 'display:none' }, h('div', {}, fluentButton('deep', 'Opnieuw activeren'))), fluentButton('visible', 'Opnieuw activeren'));
    expect(testIdOf(resolveStep(s, doc).target)).toBe('visible');
  });

  it('prefers the enabled duplicate over a disabled one (disabled / aria-disabled)', () => {
    const doc = page(
      fluentButton('disabled', 'Opnieuw activeren', { disabled: true }),
      fluentButton('aria-disabled', 'Opnieuw activeren', { 'aria-disabled': 'true' }),
      fluentButton('enabled', 'Opnieuw activeren'),
    );
    expect(testIdOf(resolveStep(s, doc).target)).toBe('enabled');
  });

  it('still points at a lone disabled element the step names exactly, flagged as disabled', () => {
    const doc = page(fluentButton('disabled', 'Opnieuw activeren', { 'aria-disabled': 'true' }));
    const result = resolveStep(s, doc);
    expect(testIdOf(result.target)).toBe('disabled');
    expect(result.candidates[0]?.disabled).toBe(true);
  });

  it('skips zero-size elements when the DOM has layout', () => {
    const doc = page(fluentButton('collapsed', 'Opnieuw activeren'), fluentButton('visible', 'Opnieuw activeren'));
    const collapsed = doc.querySelector('[data-testid="collapsed"]') as HTMLElement;
    const visible = doc.querySelector('[data-testid="visible"]') as HTMLElement;
    collapsed.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
    visible.getBoundingClientRect = () => new DOMRect(10, 10, 120, 32);
    expect(testIdOf(resolveStep(s, doc, { hasLayout: true }).target)).toBe('visible');
    // Without layout (happy-dom's default) size is not judged: the first one wins.
    expect(testIdOf(resolveStep(s, doc).target)).toBe('collapsed');
  });

  it('never points into the excluded overlay host', () => {
    const host = h('div', { id: 'admin-coach-host' }, fluentButton('ours', 'Opnieuw activeren'));
    const doc = page(fluentButton('theirs', 'Opnieuw activeren'), host);
    doc.querySelector('[data-testid="theirs"]')?.setAttribute('aria-disabled', 'true');
    expect(testIdOf(resolveStep(s, doc, { exclude: [host] }).target)).toBe('theirs');
  });
});

describe('resolveStep: layers and recent changes', () => {
  it('a menu item in a layer beats a same-named button behind it', () => {
    const s = step('Selecteer Meer acties (drie puntjes) en selecteer vervolgens Abonnement annuleren.', ['Meer acties', 'Abonnement annuleren']);
    const doc = page(h('main', {}, fluentButton('toolbar-cancel', 'Abonnement annuleren')), menuLayer(['menu-cancel', 'Abonnement annuleren']));
    expect(testIdOf(resolveStep(s, doc).target)).toBe('menu-cancel');
  });

  it('prefers the element in the part of the page that changed last', () => {
    const s = step('Selecteer Opslaan.', ['Opslaan']);
    const fresh = h('section', {}, fluentButton('fresh', 'Opslaan'));
    const doc = page(h('section', {}, fluentButton('old', 'Opslaan')), fresh);
    expect(testIdOf(resolveStep(s, doc).target)).toBe('old');
    expect(testIdOf(resolveStep(s, doc, { recentRoots: [fresh] }).target)).toBe('fresh');
  });

  it('works in a ShadowRoot', () => {
    const host = h('div');
    page(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(fluentButton('in-shadow', 'Opnieuw activeren'));
    const s = step('Selecteer Opnieuw activeren.', ['Opnieuw activeren']);
    expect(testIdOf(resolveStep(s, shadow).target)).toBe('in-shadow');
  });
});

describe('resolveStep: other seed steps', () => {
  it('lv-LV "Cilnē **Produkti**" picks the tab, not the Nav link of the same name (seed 001)', () => {
    const doc = page(nav(navLink('nav-produkti', 'Produkti', '#/catalog')), h('div', { role: 'tablist' }, tab('tab-products', 'Produkti', false), tab('tab-licenses', 'Licences', true)));
    const s = step('Cilnē Produkti atrodiet abonementu, ko vēlaties atkārtoti aktivizēt.', ['Produkti']);
    expect(testIdOf(resolveStep(s, doc, { page: { route: '#/subscriptions' } }).target)).toBe('tab-products');
  });

  it('lv-LV "Atlasiet **Citas darbības** … Atkārtoti aktivizēt šo **abonementu.**" (seed 001)', () => {
    const s = step('Atlasiet Citas darbības (daudzpunkte) un pēc tam atlasiet Atkārtoti aktivizēt šo abonementu.', ['Citas darbības', 'abonementu.']);
    const more = h('button', { 'aria-label': 'Citas darbības', 'data-testid': 'more-actions' });
    expect(testIdOf(resolveStep(s, page(more)).target)).toBe('more-actions');
    const withMenu = page(h('button', { 'aria-label': 'Citas darbības', 'data-testid': 'more-actions' }), menuLayer(['menu-reactivate', 'Atkārtoti aktivizēt šo abonementu'], ['menu-cancel', 'Atcelt abonementu']));
    expect(testIdOf(resolveStep(s, withMenu).target)).toBe('menu-reactivate');
  });

  it('nb-NO "klikk deretter **Aktiver på nytt**" (seed 002)', () => {
    const s = step(
      'Velg abonnementet du vil aktivere på nytt, og klikk deretter Aktiver på nytt. Hvis du ikke ser Aktiver på nytt som en tilgjengelig handling, kontakter du brukerstøtte for å aktivere abonnementet på nytt.',
      ['Aktiver på nytt', 'Aktiver på nytt', 'kontakter du brukerstøtte'],
    );
    const doc = page(fluentButton('renew', 'Forny'), fluentButton('reactivate', 'Aktiver på nytt'), h('a', { href: 'https://support.example', 'data-testid': 'support' }, 'Brukerstøtte'));
    expect(testIdOf(resolveStep(s, doc).target)).toBe('reactivate');
  });

  it('ro-RO "selectați **Reactivare**" (seed 000)', () => {
    const s = step('Alegeți abonamentul pe care doriți să îl reactivați, apoi selectați Reactivare. Dacă nu vedeți Reactivare ca acțiune disponibilă, apelați Asistența pentru a vă reactiva abonamentul.', [
      'Reactivare',
      'Reactivare',
      'apelați Asistența',
    ]);
    const doc = page(fluentButton('cancel', 'Anulare abonament'), fluentButton('reactivate', 'Reactivare'));
    expect(testIdOf(resolveStep(s, doc).target)).toBe('reactivate');
  });
});

describe('resolveStep: nothing fits', () => {
  it('returns null when no element scores above the threshold', () => {
    const doc = page(header(), nlNav(true), nlProductsPage());
    const result = resolveStep(step('Kies Opslaan.', ['Opslaan']), doc);
    expect(result.target).toBeNull();
    expect(result.label).toBeNull();
    expect(result.score).toBe(0);
  });

  it('returns null for a garbled label whose sentence names nothing on the page', () => {
    const doc = page(header(), nlNav(true), nlProductsPage());
    const result = resolveStep(step('Als u Niet Opnieuw activeren ziet als een beschikbare actie, belt u Ondersteuning.', ['een beschikbare']), doc);
    expect(result.target).toBeNull();
    for (const candidate of result.candidates) expect(candidate.score).toBeLessThan(RESOLVE_THRESHOLD);
  });

  it('returns null for an untargeted step', () => {
    const doc = page(nlProductsPage());
    expect(resolveStep(step('Voer uw betalingsgegevens in.', []), doc).target).toBeNull();
  });
});

describe('resolveSubTarget', () => {
  it('resolves one sub-target of the plan', () => {
    const doc = page(nlNav(true));
    const s = step('Ga in het beheercentrum naar de pagina Facturering > Mijn producten.', ['Facturering', 'Mijn producten'], '#/subscriptions', 'Mijn producten');
    const [first] = planStep(s, { route: '#/homepage' });
    if (!first) throw new Error('plan is empty');
    const result = resolveSubTarget(first, s, doc);
    expect(testIdOf(result.target)).toBe('nav-billing');
    expect(result.candidates[0]?.name).toBe('Facturering');
  });
});
