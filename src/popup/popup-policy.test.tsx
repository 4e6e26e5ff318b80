// @vitest-environment happy-dom
/**
 * The popup under an organisation's policy (src/settings/policy.ts, docs/enterprise.md): it offers only
 * the allowed tasks, starts in the organisation's default language, says which settings the
 * organisation sets, and explains a start the policy refuses.
 */
import { screen, waitFor } from '@testing-library/dom';
import { render } from 'preact';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileCatalog, findArticleFiles, readArticleSources } from '../catalog';
import { parsePolicy } from '../settings/policy-parse';
import { App } from './App';
import { fake, resetFake } from './test-extension-api';

vi.mock('./extension-api', () => import('./test-extension-api'));

const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;
const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));
const REACTIVATE = 'activate-or-reactivate-a-subscription/2';
/** The same task's id before task ids began with the article's slug: policies written then still name it so. */
const OLD_REACTIVATE = '2d59f23f-7aad-4b57-9039-0bd2bbf929a3/activate-or-reactivate-a-subscription/2';

let container: HTMLElement;

beforeEach(() => {
  resetFake();
  container = document.createElement('div');
  document.body.replaceChildren(container);
});
afterEach(() => render(null, container));

const mount = () => render(<App catalog={catalog} search="" />, container);
const startButtons = () => screen.queryAllByRole('button', { name: /^Start / });

describe('the popup under an organisation policy', () => {
  it('lists every task without a policy, and marks nothing as set by the organisation', async () => {
    fake.prefs = { tourLocale: 'nl-NL', uiLanguage: 'en' };
    mount();
    await screen.findByLabelText('Search tasks');
    expect(startButtons().length).toBeGreaterThan(1);
    expect(screen.queryByText(/Set by your organization/)).toBeNull();
  });

  it('offers only the allowed tasks and says the list is set by the organisation (a policy with an old task id too)', async () => {
    fake.prefs = { tourLocale: 'nl-NL', uiLanguage: 'en' };
    fake.policy = parsePolicy({ allowedTasks: [OLD_REACTIVATE] });
    mount();
    await screen.findByLabelText('Search tasks');
    const allowed = catalog.articles.filter((article) => article.locale === 'nl-NL').flatMap((article) => article.tasks.filter((task) => task.id === REACTIVATE));
    expect(allowed).toHaveLength(1);
    expect(startButtons()).toHaveLength(1);
    expect(screen.getByText(allowed[0]?.title ?? '?')).toBeTruthy();
    expect(screen.getByText('Tasks: Set by your organization')).toBeTruthy();
  });

  it('starts in the organisation’s default language when the admin chose none, and marks it, in the admin’s UI language', async () => {
    fake.browserLanguage = 'en-US';
    fake.prefs = { uiLanguage: 'nl' };
    fake.policy = parsePolicy({ defaultLanguage: 'lv-LV' });
    mount();
    await screen.findByLabelText('Taken zoeken');
    expect((screen.getByLabelText('Taal van de rondleiding') as HTMLSelectElement).value).toBe('lv-LV');
    expect(screen.getByText('Ingesteld door uw organisatie')).toBeTruthy();
  });

  it('keeps the admin’s own language choice over the organisation’s default', async () => {
    fake.prefs = { tourLocale: 'ro-RO', uiLanguage: 'en' };
    fake.policy = parsePolicy({ defaultLanguage: 'lv-LV' });
    mount();
    await screen.findByLabelText('Search tasks');
    expect((screen.getByLabelText('Tour language') as HTMLSelectElement).value).toBe('ro-RO');
  });

  it('explains a start the policy refuses', async () => {
    fake.prefs = { tourLocale: 'nl-NL', uiLanguage: 'en' };
    fake.answer = (message) =>
      message.type === 'tourStart'
        ? { ok: false, error: 'errorOpenAdminCenterFirst' }
        : { page: null, tour: null };
    fake.activeTabId = null;
    mount();
    await screen.findByLabelText('Search tasks');
    startButtons()[0]?.click();
    await waitFor(() => expect(screen.getByText("Open your organization's admin center first, then start the tour there.")).toBeTruthy());
  });
});
