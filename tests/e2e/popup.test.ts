import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserSession, OTHER_HOST, PATIENCE_MS, type TestPage, urlOn } from './harness';
import { waitForCoach } from './harness/coach';
import { openProbe, popupUrl, tabIdOf } from './harness/probe';

/**
 * The popup end to end, in Chromium and Firefox, in a browser whose own language is English
 * (set at launch): the popup page opened in a tab of its own with `?tab=<id>` beside a replica
 * tab, used with the keyboard only. The popup speaks the browser's language whatever the tour's
 * until the admin chooses one; the coach mark follows a tour-language switch at once; Start
 * from a non-admin tab opens the replica; axe-core is clean.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const REACTIVATE_NB = 'Aktivere et abonnement på nytt';
/** The tour-language picker's label in any of the five UI languages. */
const TOUR_LANGUAGE_LABEL = /^(Tour language|Taal van de rondleiding|Språk for omvisningen|Ceļveža valoda|Limba turului)$/;

/**
 * What has keyboard focus: its tag, accessible text, whether a focus outline shows, and
 * whether the page itself has the focus (false once focus went to the browser's own controls).
 */
function focused(page: TestPage): Promise<{ tag: string; text: string; outline: boolean; pageHasFocus: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const labelledBy = element?.getAttribute('aria-labelledby');
    const name = labelledBy
      ? labelledBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : ((element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.textContent ?? '');
    const style = element ? getComputedStyle(element) : null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: name.trim(),
      outline: Boolean(style && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0),
      pageHasFocus: document.hasFocus(),
    };
  }, undefined);
}

/**
 * Presses Tab until the focused control's accessible text is `text` (keyboard only); checks focus
 * is visible. The page must show its controls already (see waitForForm).
 * @throws when a Tab takes the focus out of the page, or Tab never reaches `text`.
 */
async function tabTo(page: TestPage, text: string | RegExp, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.press('Tab');
    const now = await focused(page);
    if (!now.pageHasFocus) throw new Error(`Tab press ${presses + 1} took the focus out of the page on the way to "${text}"`);
    if (typeof text === 'string' ? now.text === text : text.test(now.text)) {
      expect(now.outline, `focus on "${now.text}" is visible`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Types text into the focused field one key at a time. */
async function typeKeys(page: TestPage, text: string): Promise<void> {
  for (const key of text) await page.press(key);
}

/**
 * Chooses an option of the focused select by typing its first letters (type-ahead, as a
 * keyboard user does), falling back to ArrowDown when the browser ignores type-ahead headless.
 */
async function chooseOption(page: TestPage, value: string, firstLetters: string): Promise<void> {
  const current = () => page.evaluate(() => (document.activeElement as HTMLSelectElement).value, undefined);
  await typeKeys(page, firstLetters);
  for (let presses = 0; presses < 10 && (await current()) !== value; presses += 1) await page.press('ArrowDown');
  expect(await current()).toBe(value);
}

/** Waits until the popup shows `text` somewhere. */
async function waitForText(page: TestPage, text: string, timeoutMs = PATIENCE_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate((wanted) => (document.body.textContent ?? '').includes(wanted), text)) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const seen = await page.evaluate(() => {
    const focus = document.activeElement as HTMLInputElement | null;
    return `${document.body.textContent ?? ''}\n(focus: <${focus?.tagName ?? ''}> value "${focus?.value ?? ''}")`;
  }, undefined);
  throw new Error(`"${text}" did not appear; the page shows: ${seen}`);
}

/**
 * Waits until the popup has loaded the tab's state and shows its form (the tour-language
 * picker), as a user waits for it before using the keyboard. While the popup still says
 * "Loading" the page has nothing to focus, so a Tab moves the focus out of the page to the
 * browser's own controls; Firefox then leaves the page's window unfocused, and the keys
 * WebDriver BiDi sends still move `document.activeElement` inside the page, but the control
 * matches neither :focus nor :focus-visible and shows no focus ring.
 */
async function waitForForm(page: TestPage): Promise<void> {
  await page.waitForVisible('main:not([aria-busy]) select');
}

/** Runs axe-core in the page (the string is evaluated by the driver, not by page script, so the extension's CSP allows it). */
async function axeViolations(page: TestPage): Promise<string[]> {
  const script = `${AXE_SOURCE}\n;axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;
  return page.evaluate(script as never, undefined) as Promise<string[]>;
}

describe.each(BROWSERS)('popup in $name', (browser) => {
  let session: BrowserSession;
  let probe: TestPage;
  let admin: TestPage;
  let popup: TestPage;

  beforeAll(async () => {
    session = await browser.launch({ browserLanguage: 'en-US' });
    probe = await openProbe(session);
    admin = await session.newPage();
    await admin.goto(urlOn('admin.microsoft.com', '/Adminportal/Home?lang=en-US#/homepage'));
    const adminTab = await tabIdOf(probe, 'https://admin.microsoft.com/*');
    popup = await session.newPage();
    await popup.goto(popupUrl(session, adminTab));
    // The replica speaks en-US and so does the browser; the bilingual revisions give English
    // tours, so the popup starts in English with the English tour chosen.
    await waitForText(popup, 'This tab shows the Microsoft 365 admin center.');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('an English browser on an English admin center gets the English popup and the English tours', async () => {
    expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toBe('en');
    const pickerOf = (name: string) => {
      const select = [...document.querySelectorAll('label')].find((label) => label.textContent === name)?.control as HTMLSelectElement | null;
      return { value: select?.value ?? null, shown: select?.selectedOptions[0]?.textContent ?? null };
    };
    // (The tour language's name is the browser's own data, "American English" in Chromium.)
    expect((await popup.evaluate(pickerOf, 'Tour language')).value).toBe('en-US');
    expect(await popup.evaluate(pickerOf, 'Extension language')).toEqual({ value: '', shown: 'Browser’s language (English)' });
    await waitForText(popup, 'Reactivate your subscription');
  });

  it('filters, picks nb-NO and starts "reactivate" with the keyboard; the popup stays English, the coach mark speaks Norwegian', async () => {
    await tabTo(popup, 'Tour language');
    await chooseOption(popup, 'nb-NO', 'nor');
    await waitForText(popup, REACTIVATE_NB);
    expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toBe('en');

    await tabTo(popup, 'Search tasks');
    await typeKeys(popup, 'pa nytt'); // diacritics-insensitive: finds "på nytt"
    await waitForText(popup, '2 tasks');
    expect(await popup.evaluate(() => [...document.querySelectorAll('h4')].map((title) => title.textContent), undefined)).toEqual([
      REACTIVATE_NB,
      'Aktivere et nytt abonnement med en produktnøkkel',
    ]);
    await tabTo(popup, `Start ${REACTIVATE_NB}`);
    await popup.press('Enter');
    await waitForText(popup, 'Step 1 of 3');

    const coach = await waitForCoach(admin, (view) => view.open && view.lang === 'nb-NO');
    expect(coach.progress).toBe('Trinn 1 av 3');
    expect(coach.buttons).toContain('Neste');
  });

  it('switches the running tour to ro-RO from the popup, and the coach mark follows at once', async () => {
    // A fresh popup page, so Tab starts from the top (the popup reads the tour back from the background).
    await popup.close();
    popup = await session.newPage();
    await popup.goto(popupUrl(session, await tabIdOf(probe, 'https://admin.microsoft.com/*')));
    await waitForText(popup, 'Step 1 of 3');
    await tabTo(popup, 'Tour language');
    await chooseOption(popup, 'ro-RO', 'rom');
    const coach = await waitForCoach(admin, (view) => view.open && view.lang === 'ro-RO', 3000);
    expect(coach.progress).toBe('Pasul 1 din 3');
    expect(coach.body).toMatch(/Facturare/);
    await waitForText(popup, 'The coach mark now shows the tour in the new language.');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('speaks the language the admin chooses for it, and the browser’s again when told', async () => {
    await tabTo(popup, 'Extension language');
    await chooseOption(popup, 'nl', 'ned');
    await waitForText(popup, 'Taken zoeken');
    expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toBe('nl');
    // Back up to the first choice, "Taal van de browser (English)" (via English, one option up).
    for (let presses = 0; presses < 5 && (await popup.evaluate(() => (document.activeElement as HTMLSelectElement).value, undefined)) !== ''; presses += 1) {
      await popup.press('ArrowUp');
    }
    await waitForText(popup, 'Search tasks');
    expect(await popup.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent, undefined)).toBe('Browser’s language (English)');
    expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toBe('en');
  });

  it('starts from a tab that is not the admin center by opening the replica', async () => {
    const otherTab = await probe.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const tab = await api.tabs.create({ url, active: false });
      return tab.id ?? -1;
    }, urlOn(OTHER_HOST, '/'));
    const page = await session.newPage();
    await page.goto(popupUrl(session, otherTab));
    await waitForForm(page);
    await tabTo(page, TOUR_LANGUAGE_LABEL);
    await chooseOption(page, 'ro-RO', 'rom');
    await waitForText(page, 'This tab is not the Microsoft 365 admin center.');
    await tabTo(page, 'Start Reactivarea unui abonament');
    await page.press('Enter');
    const opened = await probe.evaluate(async (patienceMs) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const deadline = Date.now() + patienceMs;
      while (Date.now() < deadline) {
        const tabs = await api.tabs.query({ url: 'https://admin.microsoft.com/*' });
        for (const tab of tabs) {
          if (!tab.url?.includes('#/subscriptions') || tab.id === undefined) continue;
          const [result] = await api.scripting.executeScript({
            target: { tabId: tab.id },
            func: () => Boolean(document.querySelector('admin-coach-overlay')?.shadowRoot?.querySelector('[role="dialog"]')),
          });
          if (result?.result) return tab.url;
        }
        await new Promise((wait) => setTimeout(wait, 200));
      }
      return '';
    }, PATIENCE_MS);
    expect(opened).toMatch(/^https:\/\/admin\.microsoft\.com(:\d+)?\/Adminportal\/Home#\/subscriptions$/);
  });
});
