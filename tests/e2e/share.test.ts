/**
 * Share links (docs/architecture.md, "Share link") end to end, in Chromium and Firefox:
 * share links opened in a fresh browser profile start the tour at the link's step and
 * language and leave no `ac-` parameter in the address bar; a step on another page is guided
 * to first; links copied from the coach mark and from the popup open the same step in
 * another profile; bad links each show their message card in the admin's language, and the
 * page keeps working.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../portal/src/state/subscriptions';
import { BROWSERS, type BrowserSession, PATIENCE_MS, type TestPage, urlOn } from './harness';
import { type CoachView, clickCoachButton, readCoach, settled, waitForCoach } from './harness/coach';
import { openProbe, tabIdOf } from './harness/probe';

const REACTIVATE = 'reactivate-your-subscription/reactivate-a-subscription';
/** The same task's id in links made when task ids began with the article's `ms.assetid`. */
const OLD_REACTIVATE = '23aa9dd5-a2b0-42f5-8893-9541d2f3761f/reactivate-a-subscription';
const EXPIRED = DEMO_IDS.businessBasic;

type Messages = Record<string, { message: string }>;
const messages = (language: string): Messages => JSON.parse(readFileSync(`_locales/${language}/messages.json`, 'utf8')) as Messages;
const EN = messages('en');
const NL = messages('nl');

/** A share link on the replica (docs/architecture.md, "Share link"), with the replica's own `?lang=` kept beside it. */
function shareLink(params: Record<string, string>, route: string, replicaLang = 'nl-NL'): string {
  const query = new URLSearchParams({ lang: replicaLang, ...params });
  return urlOn('admin.microsoft.com', `/Adminportal/Home?${query}${route}`);
}

const byTestId = (id: string) => `[data-testid="${id}"]`;

/** The share-link notice card as the admin sees it, or null when none is shown. */
function readNotice(page: TestPage): Promise<{ title: string; body: string; button: string } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('admin-coach-overlay')?.shadowRoot?.querySelector('[role="alertdialog"]');
    if (!card) return null;
    return {
      title: card.querySelector('.title')?.textContent ?? '',
      body: card.querySelector('.body')?.textContent ?? '',
      button: card.querySelector('button')?.textContent ?? '',
    };
  }, undefined);
}

async function waitForNotice(page: TestPage, timeoutMs = PATIENCE_MS): Promise<{ title: string; body: string; button: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const notice = await readNotice(page).catch(() => null);
    if (notice) return notice;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`No notice card within ${timeoutMs} ms; the page is at ${page.url()}`);
}

/** The address bar has no share parameter left, and the rest is as the link had it. */
async function expectCleanAddress(page: TestPage, route: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && /[?&]ac-/.test(page.url())) await new Promise((wait) => setTimeout(wait, 100));
  const url = new URL(page.url());
  expect([...url.searchParams.keys()].filter((name) => name.startsWith('ac-'))).toEqual([]);
  expect(url.searchParams.get('lang')).toBe('nl-NL');
  expect(url.hash).toBe(route);
}

/**
 * Clicks a "Copy link" button and reads the link back: from the "Could not copy the link: …"
 * text where the browser refused the clipboard (headless often does), else from the clipboard.
 */
async function copiedLink(page: TestPage, status: () => Promise<string>): Promise<string> {
  const deadline = Date.now() + PATIENCE_MS;
  let text = await status();
  while (Date.now() < deadline && !text) {
    await new Promise((wait) => setTimeout(wait, 100));
    text = await status();
  }
  const shown = /https:\/\/\S+/.exec(text)?.[0];
  if (shown) return shown;
  return page.evaluate(() => navigator.clipboard.readText(), undefined);
}

/** The coach mark is at step `n` of the nl-NL reactivation, in Dutch. */
const atDutchStep = (n: number) => (view: CoachView) => view.open && view.lang === 'nl-NL' && view.progress === `Stap ${n} van 4`;

describe.each(BROWSERS)('share links in $name', (browser) => {
  let session: BrowserSession;
  /** Pages a test opened, closed after it even when it fails (the popup test looks tabs up by URL). */
  const pages: TestPage[] = [];
  const newPage = async (): Promise<TestPage> => {
    const page = await session.newPage();
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    session = await browser.launch({ clipboard: true });
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a link for step 3 of the worldwide reactivation in nl-NL opens step 3 in Dutch; the address bar keeps no ac- parameter', async () => {
    const page = await newPage();
    await page.goto(shareLink({ 'ac-tour': REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': '3' }, '#/subscriptions'));
    const coach = await waitForCoach(page, atDutchStep(3), PATIENCE_MS);
    expect(coach.title).toContain('Een abonnement opnieuw activeren');
    expect(coach.body).toContain('Selecteer in het deelvenster Dit abonnement opnieuw activeren een betalingswijze');
    await expectCleanAddress(page, '#/subscriptions');
  });

  it('a link made before task ids began with the slug (`<ms.assetid>/…`) opens the same step, under today’s id', async () => {
    const page = await newPage();
    await page.goto(shareLink({ 'ac-tour': OLD_REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': '3' }, '#/subscriptions'));
    const coach = await waitForCoach(page, atDutchStep(3), PATIENCE_MS);
    expect(coach.title).toContain('Een abonnement opnieuw activeren');
    await expectCleanAddress(page, '#/subscriptions');
  });

  // Step 3 happens in the Reactivate pane, which a freshly opened page has not opened: its
  // label "Betalingswijze toevoegen" must not settle for the nav's "Betalingswijzen" (Payment
  // methods), but wait for the pane the admin opens.
  it('a link for step 3 points at nothing until the admin opens the pane, then at its payment choice', async () => {
    const page = await newPage();
    await page.goto(shareLink({ 'ac-tour': REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': '3' }, '#/subscriptions'));
    const before = await waitForCoach(page, (view) => atDutchStep(3)(view) && settled(view), PATIENCE_MS);
    expect(before.marker, JSON.stringify(before)).toBe('');
    await page.click(byTestId(`row-more-actions-${EXPIRED}`), PATIENCE_MS);
    await page.click(byTestId('menu-reactivate'));
    const inPane = await waitForCoach(page, (view) => atDutchStep(3)(view) && /^(add-payment-method|payment-method-dropdown)$/.test(view.targetTestId), PATIENCE_MS);
    expect(inPane.marker).toBe(`${REACTIVATE}:3`);
  });

  it('a link for step 2 opened on Home first guides to Your products, then shows the step there', async () => {
    const page = await newPage();
    await page.goto(shareLink({ 'ac-tour': REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': '2' }, '#/homepage'));
    const guide = await waitForCoach(page, (view) => atDutchStep(2)(view) && view.marker !== '', PATIENCE_MS);
    expect(guide.status).toBe(NL.coachGoToPageFirst?.message);
    expect(guide.targetTestId).toMatch(/^(nav-your-products|home-link-your-products)$/);
    expect(guide.body).toContain('Zoek op het tabblad Producten');
    await expectCleanAddress(page, '#/homepage');
    await page.click('[data-admin-coach-target]');
    const there = await waitForCoach(page, (view) => atDutchStep(2)(view) && /^(tab-products|products-list|row-more-actions-.+)$/.test(view.targetTestId), PATIENCE_MS);
    expect(there.status).not.toBe(NL.coachGoToPageFirst?.message);
    expect(new URL(page.url()).hash).toBe('#/subscriptions');
  });

  it('links copied from the coach mark and from the popup open the same step in another profile', async () => {
    const page = await newPage();
    await page.goto(shareLink({ 'ac-tour': REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': '2' }, '#/subscriptions'));
    await waitForCoach(page, atDutchStep(2), PATIENCE_MS);
    await page.bringToFront();
    await clickCoachButton(page, NL.coachShare?.message ?? '');
    const fromCoach = await copiedLink(page, () =>
      page.evaluate(() => document.querySelector('admin-coach-overlay')?.shadowRoot?.querySelector('.copied')?.textContent ?? '', undefined),
    );

    const probe = await openProbe(session);
    pages.push(probe);
    const tabId = await tabIdOf(probe, 'https://admin.microsoft.com/*');
    const popup = await newPage();
    await popup.goto(`${session.extensionOrigin}src/popup/index.html?tab=${tabId}`);
    // The popup's own clipboard is refused here so the link shows in its message (headless
    // browsers differ in whether an extension page may write the clipboard).
    const copyButton = /^(Copy link to this step|Link naar deze stap kopiëren)$/;
    const clicked = await popup.evaluate(async ([pattern, patienceMs]) => {
      const deadline = Date.now() + patienceMs;
      while (Date.now() < deadline) {
        const button = Array.from(document.querySelectorAll('button')).find((candidate) => new RegExp(pattern).test(candidate.textContent?.trim() ?? ''));
        if (button) {
          Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('test')) }, configurable: true });
          button.click();
          return true;
        }
        await new Promise((wait) => setTimeout(wait, 100));
      }
      return false;
    }, [copyButton.source, PATIENCE_MS] as const);
    expect(clicked).toBe(true);
    const fromPopup = await copiedLink(popup, () =>
      popup.evaluate(() => document.querySelector('.live-status')?.textContent ?? '', undefined),
    );

    for (const link of [fromCoach, fromPopup]) {
      const url = new URL(link);
      expect(url.searchParams.get('ac-tour')).toBe(REACTIVATE);
      expect(url.searchParams.get('ac-lang')).toBe('nl-NL');
      expect(url.searchParams.get('ac-step')).toBe('2');
      expect(url.hash).toBe('#/subscriptions');
    }

    const other = await browser.launch();
    try {
      for (const link of [fromCoach, fromPopup]) {
        const opened = await other.newPage();
        await opened.goto(link);
        const coach = await waitForCoach(opened, atDutchStep(2), PATIENCE_MS);
        expect(coach.body).toContain('Zoek op het tabblad Producten');
        expect(opened.url()).not.toMatch(/[?&]ac-/);
        await opened.close();
      }
    } finally {
      await other.close();
    }
  });

  const BAD_LINKS: { name: string; params: Record<string, string>; title: string; body: string; progress?: string; tour?: string }[] = [
    { name: 'a malformed step', params: { 'ac-tour': REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': 'abc' }, title: 'linkInvalidTitle', body: 'linkMalformed' },
    { name: 'an unknown task', params: { 'ac-tour': 'no-such-article/no-such-task', 'ac-lang': 'nl-NL' }, title: 'linkInvalidTitle', body: 'linkUnknownTask' },
    { name: 'an oversized tour id', params: { 'ac-tour': 'a'.repeat(3000), 'ac-lang': 'nl-NL' }, title: 'linkInvalidTitle', body: 'linkTooLong' },
    {
      name: 'a javascript: tour id',
      params: { 'ac-tour': "javascript:document.title='pwned'", 'ac-lang': 'nl-NL', 'ac-step': '1' },
      title: 'linkInvalidTitle',
      body: 'linkMalformed',
    },
    { name: 'an HTML language', params: { 'ac-tour': REACTIVATE, 'ac-lang': '<img src=x onerror="document.title=1">', 'ac-step': '1' }, title: 'linkInvalidTitle', body: 'linkMalformed' },
    // The task has no German tour: the browser's language (en) has one, from the bilingual revision.
    { name: 'a language the task lacks', params: { 'ac-tour': REACTIVATE, 'ac-lang': 'de-DE', 'ac-step': '2' }, title: '', body: 'linkLanguageMissing', progress: 'Step 2 of 4', tour: 'en-US' },
    { name: 'a step out of range', params: { 'ac-tour': REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': '9' }, title: '', body: 'linkStepOutOfRange', progress: 'Stap 1 van 4', tour: 'nl-NL' },
  ];

  it.each(BAD_LINKS)('$name: its message card, in the admin’s language, and the page keeps working', async (bad) => {
    const page = await newPage();
    await page.goto(shareLink(bad.params, '#/homepage'));
    const notice = await waitForNotice(page);
    // Nothing could start: the browser's language (en). A tour runs: the tour's language.
    const language = bad.tour === 'nl-NL' ? NL : EN;
    expect(notice.body).toBe(language[bad.body]?.message);
    expect(notice.title).toBe(bad.title ? language[bad.title]?.message : 'Admin Coach');
    expect(notice.button).toBe(language.noticeDismiss?.message);
    expect(page.url()).not.toMatch(/[?&]ac-/);
    // Nothing in the link ran or reached the page.
    expect(await page.evaluate(() => ({ title: document.title, images: document.querySelectorAll('img[src="x"]').length }), undefined)).toEqual({
      title: expect.not.stringMatching(/^(pwned|1)$/),
      images: 0,
    });
    // OK closes the card; where a tour could start, its coach mark follows at the nearest step.
    await clickCoachButton(page, language.noticeDismiss?.message ?? '');
    if (bad.progress) {
      const coach = await waitForCoach(page, (view) => view.open && view.progress === bad.progress);
      expect(coach.lang).toBe(bad.tour);
    } else {
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && (await readCoach(page)).open) await new Promise((wait) => setTimeout(wait, 100));
      expect((await readCoach(page)).open).toBe(false);
    }
    // The page works: the nav opens Your products.
    await page.click(byTestId('nav-billing'));
    await page.click(byTestId('nav-your-products'));
    await page.waitForVisible(byTestId('products-list'), PATIENCE_MS);
    expect(new URL(page.url()).hash).toBe('#/subscriptions');
  });

  it('an admin who chose Dutch for Admin Coach reads a bad link’s card in Dutch', async () => {
    const probe = await openProbe(session);
    pages.push(probe);
    const setPrefs = (prefs: object | null) =>
      probe.evaluate(async (value) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        if (value) await api.storage.local.set({ prefs: value });
        else await api.storage.local.remove('prefs');
      }, prefs);
    await setPrefs({ uiLanguage: 'nl' });
    try {
      const page = await newPage();
      await page.goto(shareLink({ 'ac-tour': 'no-such-article/no-such-task', 'ac-lang': 'nl-NL' }, '#/homepage'));
      expect(await waitForNotice(page)).toEqual({ title: NL.linkInvalidTitle?.message, body: NL.linkUnknownTask?.message, button: NL.noticeDismiss?.message });
    } finally {
      await setPrefs(null);
    }
  });
});
