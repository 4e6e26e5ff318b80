// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { render } from 'preact';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json';
import { compileCatalog, findArticleFiles, readArticleSources } from '../catalog';
import type { Catalog } from '../tour/model';
import { App } from './App';
import { fake, resetFake } from './test-extension-api';

vi.mock('./extension-api', () => import('./test-extension-api'));

// happy-dom replaces the global URL, so the path is made with node:path.
const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;
const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));
const REACTIVATE = 'activate-or-reactivate-a-subscription/2';
const KEYS = Object.keys(en).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''));

let container: HTMLElement;

function mount(search = '', withCatalog: Catalog = catalog): void {
  render(<App catalog={withCatalog} search={search} />, container);
}

/** The select labelled with `name`. */
function picker(name: string): HTMLSelectElement {
  return screen.getByLabelText(name) as HTMLSelectElement;
}

/** Every text a user (sighted or not) meets: visible text and accessible-name attributes. */
function everyText(): string {
  const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
    ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [document.title, document.body.textContent ?? '', ...attributes].join('\n');
}

beforeEach(() => {
  resetFake();
  container = document.createElement('div');
  document.body.replaceChildren(container);
});
afterEach(() => {
  render(null, container);
});

/** Per UI language: words the popup must show in it (from the translations, as a user reads them). */
const EXPECTED = {
  en: { search: 'Search tasks', start: 'Start', header: 'This tab shows the Microsoft 365 admin center.', where: 'Page: Your products · Cloud: Worldwide' },
  nl: { search: 'Taken zoeken', start: 'Starten', header: 'Dit tabblad toont het Microsoft 365-beheercentrum.', where: 'Pagina: Uw producten · Cloud: Wereldwijd' },
  nb: { search: 'Søk etter oppgaver', start: 'Start', header: 'Denne fanen viser Administrasjonssenter for Microsoft 365.', where: 'Side: Dine produkter · Sky: Globalt' },
  lv: { search: 'Meklēt uzdevumus', start: 'Sākt', header: 'Šajā cilnē ir atvērts Microsoft 365 administrēšanas centrs.', where: 'Lapa: Jūsu produkti · Mākonis: Vispasaules' },
  ro: { search: 'Căutați activități', start: 'Începeți', header: 'Această filă afișează Centrul de administrare Microsoft 365.', where: 'Pagina: Produsele dvs. · Cloud: Global' },
} as const;

describe('the popup in every language', () => {
  it.each(Object.entries(EXPECTED))('speaks %s throughout, with no raw message keys', async (language, words) => {
    fake.prefs = { uiLanguage: language as keyof typeof EXPECTED, tourLocale: 'nl-NL' };
    mount();
    await screen.findByLabelText(words.search);
    expect(screen.getByText(words.header)).toBeTruthy();
    expect(screen.getByText(words.where)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: new RegExp(`^${words.start} `) }).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe(language);
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByRole('main')).toBeTruthy();
    const text = everyText();
    for (const key of KEYS) expect(text, key).not.toMatch(new RegExp(`\\b${key}\\b`));
    expect(text).not.toContain('{{');
  });
});

describe('the tour language', () => {
  it('defaults to the admin center’s page language when an article exists in it; the popup keeps the browser’s', async () => {
    fake.pageLanguages.set(7, 'nb-NO');
    fake.browserLanguage = 'en-US';
    mount();
    await waitFor(() => expect(picker('Tour language').value).toBe('nb-NO'));
    expect(screen.getByText('Aktivere et abonnement på nytt')).toBeTruthy();
    expect(screen.getAllByText(/^3 steps · Languages?: /).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('en');
  });

  it('an English browser on an admin center in a language with no tour: English popup, English tour', async () => {
    fake.pageLanguages.set(7, 'de-DE');
    fake.browserLanguage = 'en-GB';
    mount();
    await waitFor(() => expect(picker('Tour language').value).toBe('en-US'));
    expect(screen.getByText('Reactivate your subscription')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('says when the admin center speaks another language than the tour, and not when it speaks the same', async () => {
    fake.pageLanguages.set(7, 'en-US');
    fake.browserLanguage = 'nl-NL';
    fake.prefs = { tourLocale: 'nl-NL' };
    mount();
    await screen.findByLabelText('Taken zoeken');
    expect(screen.getByText('Dit beheercentrum is in het Engels: de coachmarks wijzen de woorden van de pagina aan.')).toBeTruthy();
    render(null, container);

    fake.pageLanguages.set(7, 'nl-BE');
    mount();
    await screen.findByLabelText('Taken zoeken');
    expect(screen.queryByText(/Dit beheercentrum is in het/)).toBeNull();
  });

  it('falls back to the browser language, then to the first locale (English, from the bilingual revisions)', async () => {
    fake.pageLanguages.set(7, 'fr-FR');
    fake.browserLanguage = 'ro';
    mount();
    await screen.findByLabelText('Căutați activități');
    expect(picker('Limba turului').value).toBe('ro-RO');
    render(null, container);

    fake.browserLanguage = 'de-DE';
    mount();
    await waitFor(() => expect(picker('Tour language').value).toBe('en-US'));
  });

  it('an admin center in English opens the English tours', async () => {
    fake.pageLanguages.set(7, 'en-US');
    fake.browserLanguage = 'ro';
    fake.prefs = { uiLanguage: 'ro' };
    mount();
    await waitFor(() => expect(picker('Limba turului').value).toBe('en-US'));
  });

  it('remembers the choice and lists the tasks in it, with Latvian plurals', async () => {
    fake.prefs = { tourLocale: 'nb-NO' };
    fake.browserLanguage = 'lv-LV';
    mount();
    fireEvent.change(await screen.findByLabelText('Ceļveža valoda'), { target: { value: 'lv-LV' } });
    await screen.findByText('Abonementa atkārtota aktivizēšana');
    expect(fake.prefs.tourLocale).toBe('lv-LV');
    expect(screen.getByText('Abonementa atkārtota aktivizēšana')).toBeTruthy();
    expect(screen.getByText(/^5 soļi · Valodas: /)).toBeTruthy();
    expect(fake.sent.some((message) => message.type === 'tourLocaleSet')).toBe(false);
  });

  it('lists a task missing in the chosen language under "Only in other languages"', async () => {
    fake.prefs = { tourLocale: 'ro-RO', uiLanguage: 'en' };
    mount();
    const heading = await screen.findByRole('heading', { name: 'Only in other languages' });
    const section = heading.closest('section') as HTMLElement;
    expect(within(section).getByText('Uw abonnement opnieuw activeren')).toBeTruthy();
    expect(within(section).getByText('4 steps · Languages: Dutch and English')).toBeTruthy();
  });

  it('speaks the browser’s language whatever the tour’s, until the admin chooses one, and back', async () => {
    fake.prefs = { tourLocale: 'nl-NL' };
    fake.browserLanguage = 'en-US';
    mount();
    const choice = await screen.findByLabelText('Extension language');
    expect((choice as HTMLSelectElement).value).toBe('');
    expect(within(choice).getByRole('option', { name: 'Browser’s language (English)' })).toBeTruthy();
    expect(picker('Tour language').value).toBe('nl-NL');
    fireEvent.change(choice, { target: { value: 'lv' } });
    await screen.findByLabelText('Meklēt uzdevumus');
    expect(fake.prefs.uiLanguage).toBe('lv');
    expect(picker('Ceļveža valoda').value).toBe('nl-NL');
    expect(screen.getAllByText('Een abonnement opnieuw activeren', { selector: 'h4' })).toHaveLength(2);
    fireEvent.change(picker('Paplašinājuma valoda'), { target: { value: '' } });
    await screen.findByLabelText('Search tasks');
    expect(fake.prefs.uiLanguage).toBeNull();
  });

  it('a choice stored before the popup followed the browser loads: none is the browser’s language, never the tour’s', async () => {
    // null was "same as the tour language"; a Latvian tour in an English browser now gets an English popup.
    fake.prefs = { tourLocale: 'lv-LV', uiLanguage: null };
    fake.browserLanguage = 'en-US';
    mount();
    await screen.findByLabelText('Search tasks');
    expect(picker('Tour language').value).toBe('lv-LV');
    render(null, container);

    fake.prefs = { tourLocale: 'lv-LV', uiLanguage: 'ro' };
    mount();
    await screen.findByLabelText('Căutați activități');
  });
});

describe('the search box', () => {
  it('filters titles and step text as you type, ignoring case and diacritics', async () => {
    fake.prefs = { tourLocale: 'nb-NO' };
    fake.browserLanguage = 'nb-NO';
    mount();
    const search = await screen.findByLabelText('Søk etter oppgaver');
    expect(screen.getByText('4 oppgaver')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'PRODUKTNOKKEL' } });
    await screen.findByText('1 oppgave');
    expect(screen.getByText('Aktivere et nytt abonnement med en produktnøkkel')).toBeTruthy();
    expect(screen.queryByText('Aktivere et abonnement på nytt')).toBeNull();
    fireEvent.input(search, { target: { value: 'fakturering' } }); // only in a step's text
    await screen.findByText('Aktivere et abonnement på nytt');
  });

  it('says when nothing matches and offers to clear the search', async () => {
    fake.prefs = { tourLocale: 'ro-RO' };
    fake.browserLanguage = 'ro-RO';
    mount();
    fireEvent.input(await screen.findByLabelText('Căutați activități'), { target: { value: 'zzz' } });
    await screen.findByText('Nicio activitate nu corespunde cu „zzz”.');
    expect(screen.getByText('0 activități')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Goliți căutarea' }));
    await screen.findByText('Reactivarea unui abonament');
  });
});

describe('starting, resuming and stopping', () => {
  it('starts a task in the admin tab', async () => {
    fake.prefs = { tourLocale: 'nb-NO' };
    fake.browserLanguage = 'nb-NO';
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Start Aktivere et abonnement på nytt' }));
    await screen.findByText('Omvisningen har startet. Følg veiledningen på siden.');
    expect(fake.sent).toContainEqual({ type: 'tourStart', tabId: 7, taskId: REACTIVATE, locale: 'nb-NO', step: 0 });
  });

  it('starts with no tab on a page that is not the admin center (the background opens it)', async () => {
    fake.tabs.set(8, { id: 8, url: null });
    fake.activeTabId = 8;
    fake.prefs = { tourLocale: 'nl-NL', uiLanguage: 'en' };
    mount();
    await screen.findByText('This tab is not the Microsoft 365 admin center. Start opens the admin center in a new tab.');
    fireEvent.click(screen.getAllByRole('button', { name: /^Start Een abonnement opnieuw activeren/ })[0] as HTMLElement);
    await screen.findByText('Tour started in a new admin center tab.');
    expect(fake.sent).toContainEqual({ type: 'tourStart', tabId: null, taskId: REACTIVATE, locale: 'nl-NL', step: 0 });
  });

  it('shows the running tour’s step, resumes, stops, and switches its language at once', async () => {
    fake.states.set(7, {
      page: { host: 'admin.microsoft.com', cloud: 'worldwide', route: '#/subscriptions', page: 'your-products' },
      tour: { taskId: REACTIVATE, locale: 'nb-NO', title: 'Aktivere et abonnement på nytt', step: 1, total: 3 },
    });
    fake.browserLanguage = 'nb-NO';
    mount();
    const section = (await screen.findByRole('heading', { name: 'Omvisning i denne fanen' })).closest('section') as HTMLElement;
    expect(within(section).getByText('Trinn 2 av 3')).toBeTruthy();
    expect(picker('Språk for omvisningen').value).toBe('nb-NO');

    fireEvent.click(within(section).getByRole('button', { name: 'Fortsett' }));
    await waitFor(() => expect(fake.sent).toContainEqual({ type: 'tourStart', tabId: 7, taskId: REACTIVATE, locale: 'nb-NO', step: 1 }));

    // The popup keeps the browser's language; the tour (and its coach marks) switch.
    fireEvent.change(picker('Språk for omvisningen'), { target: { value: 'ro-RO' } });
    await screen.findByText('Veiledningen viser nå omvisningen på det nye språket.');
    expect(fake.sent).toContainEqual({ type: 'tourLocaleSet', tabId: 7, locale: 'ro-RO' });

    fireEvent.click(screen.getByRole('button', { name: 'Stopp omvisningen' }));
    await waitFor(() => expect(fake.sent).toContainEqual({ type: 'tourStop', tabId: 7 }));
  });

  it('reports a refused language switch in words, not a key', async () => {
    fake.states.set(7, {
      page: { host: 'admin.microsoft.com', cloud: 'worldwide', route: '#/subscriptions', page: 'your-products' },
      tour: { taskId: 'x/y', locale: 'nl-NL', title: 'Een abonnement opnieuw activeren', step: 0, total: 4 },
    });
    fake.prefs = { uiLanguage: 'en' };
    fake.answer = (message) => (message.type === 'tourLocaleSet' ? { ok: false, error: 'errorTaskNotInLanguage' } : { page: fake.states.get(7)?.page, tour: fake.states.get(7)?.tour });
    mount();
    fireEvent.change(await screen.findByLabelText('Tour language'), { target: { value: 'lv-LV' } });
    await screen.findByText('This tour does not exist in that language, so it keeps its current language.');
  });
});

describe('Copy link', () => {
  it('copies a task’s share link on the admin tab’s host and confirms it politely', async () => {
    fake.prefs = { tourLocale: 'nb-NO', uiLanguage: 'en' };
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy link Aktivere et abonnement på nytt' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Link copied'));
    expect(status.getAttribute('aria-live')).toBe('polite');
    const link = new URL(fake.copied[0] ?? '');
    expect(link.host).toBe('admin.microsoft.com');
    expect(Object.fromEntries(link.searchParams)).toEqual({ 'ac-tour': REACTIVATE, 'ac-lang': 'nb-NO', 'ac-step': '1' });
    expect(link.hash).toBe('#/subscriptions');
  });

  it('links the running tour’s current step, and shows the link when the clipboard refuses', async () => {
    fake.states.set(7, {
      page: { host: 'admin.microsoft.com', cloud: 'worldwide', route: '#/subscriptions', page: 'your-products' },
      tour: { taskId: REACTIVATE, locale: 'ro-RO', title: 'Reactivarea unui abonament', step: 2, total: 3 },
    });
    fake.clipboardWorks = false;
    fake.browserLanguage = 'ro';
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Copiați linkul către acest pas' }));
    await screen.findByText(/^Linkul nu a putut fi copiat: https:\/\/admin\.microsoft\.com\/.*ac-step=3.*#\/subscriptions$/);
  });

  it('uses the worldwide admin center for a link made on another page', async () => {
    fake.activeTabId = null;
    fake.prefs = { tourLocale: 'lv-LV' };
    fake.browserLanguage = 'lv';
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Kopēt saiti Abonementa aktivizēšana' }));
    await waitFor(() => expect(fake.copied[0]).toMatch(/^https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?ac-tour=.*&ac-lang=lv-LV&ac-step=1$/));
  });
});

describe('states that are never blank', () => {
  it('shows an error with Try again when the background does not answer', async () => {
    fake.browserLanguage = 'nl-NL';
    fake.answer = () => {
      throw new Error('Could not establish connection');
    };
    mount();
    expect(screen.getByText('Laden…')).toBeTruthy();
    await screen.findByRole('alert');
    expect(screen.getByText(/Admin Coach kan niet vaststellen wat dit tabblad toont/)).toBeTruthy();
    fake.answer = null;
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByLabelText('Taken zoeken');
  });

  it('treats a malformed reply as an error, not a crash', async () => {
    fake.answer = () => ({ page: { host: 1 }, tour: 'nope' });
    mount();
    await screen.findByRole('alert');
  });

  it('says so when the catalog has no tours', async () => {
    mount('', { articles: [] });
    await screen.findByText('No tours are available: this version of Admin Coach has no articles.');
  });
});

describe('?tab=', () => {
  it('acts on the named tab instead of the active one', async () => {
    fake.tabs.set(12, { id: 12, url: 'https://portal.office.de/adminportal/Home#/homepage' });
    fake.states.set(12, { page: { host: 'portal.office.de', cloud: 'germany', route: '#/homepage', page: 'home' }, tour: null });
    fake.activeTabId = 3;
    fake.prefs = { uiLanguage: 'en', tourLocale: 'nl-NL' };
    mount('?tab=12');
    await screen.findByText('Page: Home · Cloud: Microsoft Cloud Germany');
    expect(fake.sent[0]).toEqual({ type: 'popupStateGet', tabId: 12 });
    // Germany's variant of the Dutch reactivation has 3 steps (worldwide has 4).
    expect(screen.getAllByText('3 steps · Languages: Dutch and English').length).toBeGreaterThan(0);
  });

  it('says when the named tab is gone, and when the parameter is not a tab id', async () => {
    fake.prefs = { uiLanguage: 'en' };
    mount('?tab=404');
    await screen.findByText('The tab this page was opened for is closed.');
    expect(fake.sent[0]).toEqual({ type: 'popupStateGet', tabId: null });
    render(null, container);

    mount('?tab=7;alert(1)');
    await screen.findByText('The address names no valid tab, so Admin Coach uses the active tab.');
    expect(fake.sent.at(-1)).toEqual({ type: 'popupStateGet', tabId: 7 });
  });
});
