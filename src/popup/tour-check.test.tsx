// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { render } from 'preact';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileCatalog, findArticleFiles, readArticleSources } from '../catalog';
import type { BackgroundRequest } from '../messaging/protocol';
import { App } from './App';
import { checkedStepText } from './components/TourCheck';
import { fake, resetFake } from './test-extension-api';
import { translatorFor } from './use-translation';

/**
 * The popup's "Check this tour" (src/popup/components/TourCheck.tsx) against a stand-in
 * background: what it sends, the checking state, the results as a list whose items say each
 * step's state in words, and the errors (not an admin tab, page not ready, an invalid reply).
 */

vi.mock('./extension-api', () => import('./test-extension-api'));

const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;
const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));
const REACTIVATE = 'activate-or-reactivate-a-subscription/2';

let container: HTMLElement;

beforeEach(() => {
  resetFake();
  fake.prefs = { tourLocale: 'en-US' };
  container = document.createElement('div');
  document.body.replaceChildren(container);
});
afterEach(() => {
  render(null, container);
});

/** Answers popupStateGet as the fake does, and tourCheck with `reply` (or a promise of it). */
function backgroundAnswering(reply: (message: BackgroundRequest) => unknown): void {
  fake.answer = (message) => (message.type === 'tourCheck' ? reply(message) : { page: fake.states.get(7)?.page ?? null, tour: null });
}

/** The en-US reactivation task's list item: under its article's heading, by its title. */
async function reactivationItem(): Promise<HTMLElement> {
  const article = catalog.articles.find((candidate) => candidate.locale === 'en-US' && candidate.tasks.some((task) => task.id === REACTIVATE));
  const title = article?.tasks.find((task) => task.id === REACTIVATE)?.title ?? '?';
  const section = (await screen.findByRole('heading', { name: article?.title ?? '?' })).closest('section') as HTMLElement;
  return within(section).getByRole('heading', { name: title }).closest('li') as HTMLElement;
}

async function checkReactivation(): Promise<HTMLElement> {
  render(<App catalog={catalog} search="" />, container);
  const item = await reactivationItem();
  fireEvent.click(within(item).getByRole('button', { name: /^Check this tour / }));
  return item;
}

describe('Check this tour', () => {
  it('sends the chosen task for the tab and lists each step with its state in words', async () => {
    backgroundAnswering(() => ({
      ok: true,
      steps: [
        { kind: 'satisfied' },
        { kind: 'found', target: { role: 'button', name: 'More actions' }, reveals: false },
        { kind: 'elsewhere', route: '#/subscriptions/details', way: { role: 'button', name: 'Billing' } },
        { kind: 'not-found', label: 'Reactivate' },
        { kind: 'untargeted' },
      ],
    }));
    const section = await checkReactivation();
    const list = await within(section).findByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Step 1: already done on this page',
      'Step 2: found, points at button “More actions”',
      'Step 3: on another page (#/subscriptions/details); the way there: button “Billing”',
      'Step 4: “Reactivate” not found on this page',
      'Step 5: names no control (shown on a card)',
    ]);
    expect(fake.sent.filter((message) => message.type === 'tourCheck')).toEqual([{ type: 'tourCheck', tabId: 7, taskId: REACTIVATE, locale: 'en-US' }]);
  });

  it('shows progress while the check runs', async () => {
    let finish: (value: unknown) => void = () => {};
    backgroundAnswering(() => new Promise((done) => (finish = done)));
    const section = await checkReactivation();
    await waitFor(() => expect(section.textContent).toContain('Checking the steps on this page…'));
    expect(section.querySelector('progress')).not.toBeNull();
    finish({ ok: true, steps: [{ kind: 'untargeted' }] });
    await within(section).findByRole('list');
    expect(section.querySelector('progress')).toBeNull();
  });

  it.each([
    ['the page is not ready', { ok: false, error: 'errorPageNotReady' }, 'The page is still loading: wait until it shows, then check again.'],
    ['the reply is not a report', { ok: true, steps: [{ kind: 'found' }] }, 'The check could not run in this tab. Reload the page and try again.'],
  ])('says so in an alert when %s', async (_, reply, text) => {
    backgroundAnswering(() => reply);
    const section = await checkReactivation();
    expect((await within(section).findByRole('alert')).textContent).toBe(text);
  });

  it('on a tab that is not the admin center, says so without asking the background', async () => {
    fake.states.set(7, { page: null, tour: null });
    backgroundAnswering(() => ({ ok: true, steps: [] }));
    const section = await checkReactivation();
    expect((await within(section).findByRole('alert')).textContent).toBe('This tab does not show the admin center: open an admin-center page, then check the tour.');
    expect(fake.sent.some((message) => message.type === 'tourCheck')).toBe(false);
  });
});

describe('Check this tour in the popup’s language', () => {
  it('names the control’s role in that language, and a role it has no word for as ARIA does', () => {
    const nb = translatorFor('nb');
    expect(checkedStepText(nb.t, 2, { kind: 'found', target: { role: 'button', name: 'Flere handlinger' }, reveals: false })).toBe('Trinn 2: funnet, peker på knappen «Flere handlinger»');
    expect(checkedStepText(nb.t, 3, { kind: 'found', target: { role: 'menuitemradio', name: 'Aktiver på nytt' }, reveals: false })).toBe(
      'Trinn 3: funnet, peker på menyelementet «Aktiver på nytt»',
    );
    const ro = translatorFor('ro');
    expect(checkedStepText(ro.t, 1, { kind: 'elsewhere', route: '#/subscriptions', way: { role: 'link', name: 'Facturare' } })).toBe(
      'Pasul 1: pe altă pagină (#/subscriptions); calea până acolo: linkul „Facturare”',
    );
    expect(checkedStepText(ro.t, 1, { kind: 'found', target: { role: 'slider', name: 'Licențe' }, reveals: false })).toBe('Pasul 1: găsit, indică slider „Licențe”');
  });
});
