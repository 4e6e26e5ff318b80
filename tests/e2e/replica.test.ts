/**
 * The replica admin center, walked by hand without the extension, as an admin would:
 * the worldwide reactivation through Your products, the legacy cards on the Germany host,
 * and every UI language's labels, in each browser of the harness.
 * Needs `npm run portal:build` (global-setup serves dist/portal).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, STRINGS } from '../portal/src/i18n/languages';
import { DEMO_IDS } from '../portal/src/state/subscriptions';
import { BROWSERS, type BrowserSession, PATIENCE_MS, type TestPage, urlOn } from './harness';

const byTestId = (id: string) => `[data-testid="${id}"]`;

/**
 * In-page: the text a user reads in the element with a test id. Fluent's icon font glyphs
 * (private-use characters in the icon's text node) are not part of a label.
 */
const readLabel = (id: string): string =>
  (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').replace(/[\uE000-\uF8FF]/g, '').trim();

/** The visible text of the element with a test id, polled until `expected` or timeout. */
async function waitForText(page: TestPage, testId: string, expected: string, timeoutMs = PATIENCE_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await page.evaluate(readLabel, testId);
    if (text === expected) return text;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return text;
}

describe.each(BROWSERS)('replica admin center in $name', (browser) => {
  let session: BrowserSession;
  let page: TestPage;

  beforeAll(async () => {
    session = await browser.launch({ withExtension: false });
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reactivates an expired subscription on Billing > Your products, and it stays Active after a reload', async () => {
    const id = DEMO_IDS.businessBasic;
    await page.goto(urlOn('admin.microsoft.com', '/Adminportal/Home?replica-reset=1#/homepage'));
    await page.click(byTestId('nav-billing'));
    await page.click(byTestId('nav-your-products'));
    await page.waitForVisible(byTestId('tab-products'));
    expect(await waitForText(page, `row-status-${id}`, 'Expired')).toBe('Expired');
    await page.click(byTestId(`row-more-actions-${id}`));
    await page.click(byTestId('menu-reactivate'));
    await page.waitForVisible(byTestId('pane-reactivate'));
    await page.click(byTestId('payment-method-dropdown'));
    await page.click(byTestId('payment-option-visa-4242'));
    await page.click(byTestId('pane-save'));
    await page.waitForVisible(byTestId('reactivate-success'));
    expect(await waitForText(page, `row-status-${id}`, 'Active')).toBe('Active');

    await page.reload();
    expect(await waitForText(page, `row-status-${id}`, 'Active')).toBe('Active');
    // The other expired subscription was left alone.
    expect(await waitForText(page, `row-status-${DEMO_IDS.exchangePlan1}`, 'Expired')).toBe('Expired');
  });

  it('reactivates a disabled subscription from its card on the Germany host (legacy era)', async () => {
    const id = DEMO_IDS.e3;
    await page.goto(urlOn('portal.office.de', '/adminportal/home?replica-reset=1#/homepage'));
    await page.click(byTestId('nav-billing'));
    await page.click(byTestId('nav-subscriptions'));
    expect(await waitForText(page, `legacy-status-${id}`, 'Disabled')).toBe('Disabled');
    expect(await waitForText(page, `legacy-reduced-${id}`, 'Reduced functionality')).toBe('Reduced functionality');
    await page.click(byTestId(`legacy-reactivate-${id}`));
    await page.waitForVisible(byTestId('legacy-payment-details'));
    await page.click(byTestId('legacy-payment-invoice'));
    await page.click(byTestId('legacy-confirm-reactivate'));
    await page.waitForVisible(byTestId('reactivate-success'));

    await page.reload();
    expect(await waitForText(page, `legacy-status-${id}`, 'Active')).toBe('Active');
    expect(await page.evaluate((sel) => document.querySelector(sel) === null, byTestId(`legacy-reactivate-${id}`))).toBe(true);
  });

  it.each(LANGUAGES)('renders the admin center in %s with <html lang> set', async (language) => {
    const strings = STRINGS[language];
    await page.goto(urlOn('admin.microsoft.com', `/Adminportal/Home?replica-reset=1&lang=${language}#/subscriptions`));
    await page.waitForVisible(byTestId('tab-products'));
    const seen = await page.evaluate((read) => {
      const text = (id: string) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').replace(new RegExp(read, 'g'), '').trim();
      return {
        lang: document.documentElement.lang,
        title: text('topbar-title'),
        billing: text('nav-billing'),
        yourProducts: text('nav-your-products'),
        tab: text('tab-products'),
        moreActions: document.querySelector('[data-testid^="row-more-actions-"]')?.getAttribute('aria-label') ?? '',
      };
    }, '[\\uE000-\\uF8FF]');
    expect(seen.lang).toBe(language);
    expect(seen.title).toBe(strings.appTitle);
    expect(seen.billing).toBe(strings.navBilling);
    expect(seen.yourProducts).toBe(strings.navYourProducts);
    expect(seen.tab).toBe(strings.productsTab);
    // The list renders late; its rows carry the language too once they arrive.
    if (seen.moreActions) expect(seen.moreActions).toBe(strings.moreActions);
  });

  it('switches the language from the Settings pane, like an admin, and keeps it after a reload', async () => {
    await page.goto(urlOn('admin.microsoft.com', '/Adminportal/Home?replica-reset=1#/homepage'));
    await page.click(byTestId('topbar-settings'));
    await page.click(byTestId('language-picker'));
    await page.click(byTestId('language-option-nb-NO'));
    await page.click(byTestId('language-save'));
    expect(await waitForText(page, 'nav-billing', STRINGS['nb-NO'].navBilling)).toBe('Fakturering');
    await page.reload();
    expect(await waitForText(page, 'nav-home', STRINGS['nb-NO'].navHome)).toBe('Hjem');
    expect(await page.evaluate(() => document.documentElement.lang, undefined)).toBe('nb-NO');
  });
});
