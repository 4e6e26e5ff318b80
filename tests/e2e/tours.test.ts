/**
 * Every task of every seed article, walked on the replica in the article's language and on
 * its cloud's host, by clicking only what the coach mark points at (or, where it points at
 * a list of equivalent rows, the row the admin wants) and doing by hand what a step leaves
 * to the admin (issue 5, "Done when"). Each labelled step must point at the replica element
 * the step means; reactivations must leave the subscription Active after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../portal/src/i18n/languages';
import { DEMO_IDS } from '../portal/src/state/subscriptions';
import { BROWSERS, type BrowserSession, urlOn } from './harness';
import type { CoachView } from './harness/coach';
import type { TestPage } from './harness/types';
import { type AdminChoices, type WalkedMoment, walkTour } from './harness/walk';

const ACTIVATE_ARTICLE = 'activate-or-reactivate-a-subscription';
const REACTIVATE_TASK = 'reactivate-your-subscription/reactivate-a-subscription';
const EXPIRED = DEMO_IDS.businessBasic;

const byTestId = (id: string) => `[data-testid="${id}"]`;
const exists = (page: TestPage, id: string) => page.evaluate((wanted) => document.querySelector(wanted) !== null, byTestId(id));

/**
 * Waits until a dialog's control has stopped moving and nothing covers it (Fluent animates
 * dialogs in, and the coach mark docks away from a dialog as it opens; a click before that
 * can land on the light-dismiss overlay or the card, which no admin does, being slower).
 */
async function waitUntilStill(page: TestPage, id: string): Promise<void> {
  let last = '';
  for (let tries = 0; tries < 50; tries++) {
    const box = await page.evaluate((wanted) => {
      const element = document.querySelector(wanted);
      if (!element) return 'null';
      const rect = element.getBoundingClientRect();
      const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return top && (element.contains(top) || top.contains(element)) ? JSON.stringify(rect) : 'covered';
    }, byTestId(id));
    if (box === last && box !== 'null' && box !== 'covered') return;
    last = box;
    await new Promise((wait) => setTimeout(wait, 150));
  }
  throw new Error(`${id} never stood still`);
}

/** Polls an in-page condition for up to 5 s. @throws naming what did not happen. */
async function until(page: TestPage, condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    if (await page.evaluate(condition, undefined)) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`Waited in vain for ${what}`);
}

/**
 * Which payment form is open: the legacy dialog, the Reactivate pane, or none. On Your
 * products it waits up to 3 s for one to open; elsewhere no step opens one.
 */
async function paymentFormOn(page: TestPage): Promise<'legacy' | 'pane' | null> {
  for (let tries = 0; tries < 30; tries++) {
    if (await exists(page, 'legacy-payment-details')) return 'legacy';
    if (await exists(page, 'pane-reactivate')) return 'pane';
    if (!(await page.evaluate(() => location.hash.toLowerCase().startsWith('#/subscriptions'), undefined))) return null;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return null;
}

/** The admin's own decisions: reactivate the expired Business Basic, pay with the Visa card on file. */
const admin: AdminChoices = {
  pick(testId) {
    if (testId === 'products-list' || testId.startsWith('row-more-actions-')) return byTestId(`row-more-actions-${EXPIRED}`);
    if (testId.startsWith('row-name-')) return byTestId(`row-name-${EXPIRED}`);
    return null;
  },
  async afterClick(testId, page) {
    if (testId !== 'add-payment-method') return;
    await page.fill(byTestId('payment-card-number'), '4111111111111111');
    await page.click(byTestId('payment-card-add'));
  },
  async doStep(_view: CoachView, page) {
    // "Enter your payment details": the step names no control, the admin fills the form the
    // previous step opened (it may still be opening when the card appears).
    const form = await paymentFormOn(page);
    if (form === 'legacy') {
      await waitUntilStill(page, 'legacy-payment-invoice');
      await page.click(byTestId('legacy-payment-invoice'));
      await until(page, () => !(document.querySelector('[data-testid="legacy-confirm-reactivate"]') as HTMLButtonElement | null)?.disabled, 'the confirm button to be enabled');
      await page.click(byTestId('legacy-confirm-reactivate'));
      await until(page, () => document.querySelector('[data-testid="legacy-payment-details"]') === null, 'the payment dialog to close');
    } else if (form === 'pane') {
      await waitUntilStill(page, 'pane-save');
      if (!(await page.evaluate(() => !(document.querySelector('[data-testid="pane-save"]') as HTMLButtonElement | null)?.disabled, undefined))) {
        await page.click(byTestId('payment-method-dropdown'));
        await page.click(byTestId('payment-option-visa-4242'));
      }
      await page.click(byTestId('pane-save'));
    }
  },
};

/** One tour to walk, and what each numbered step must point at (null: a centred card). */
interface Scenario {
  readonly name: string;
  readonly taskId: string;
  readonly locale: string;
  readonly host: string;
  /** Per step number (1-based): the test ids the coach mark may point at, or null for a card. */
  readonly expected: readonly (RegExp | null)[];
  /** The subscription that must end up Active, and where its status shows; none for tasks that change nothing. */
  readonly reactivates?: { readonly id: string; readonly statusTestId: string };
  /** For the legacy cards: the card whose Reactivate was clicked must end up Active. */
  readonly reactivatesClickedCard?: true;
}

const TO_YOUR_PRODUCTS = /^(nav-billing|nav-your-products|home-link-your-products)$/;
const worldwideActive = { id: EXPIRED, statusTestId: `row-status-${EXPIRED}` };

const SCENARIOS: Scenario[] = [
  {
    name: 'nl-NL Reactivate your subscription, worldwide',
    taskId: REACTIVATE_TASK,
    locale: 'nl-NL',
    host: 'admin.microsoft.com',
    expected: [TO_YOUR_PRODUCTS, /^(tab-products|products-list|row-more-actions-.+|menu-reactivate)$/, /^(add-payment-method|payment-method-dropdown)$/, /^pane-save$/],
    reactivates: worldwideActive,
  },
  ...(['portal.office.de', 'portal.partner.microsoftonline.cn'] as const).map(
    (host): Scenario => ({
      name: `nl-NL Reactivate your subscription, ${host === 'portal.office.de' ? 'Germany' : '21Vianet'}`,
      taskId: REACTIVATE_TASK,
      locale: 'nl-NL',
      host,
      expected: [/^(nav-billing|nav-subscriptions|home-link-your-products)$/, /^legacy-(subscriptions-page|reactivate-.+)$/, null],
      reactivatesClickedCard: true,
    }),
  ),
  ...(['ro-RO', 'nb-NO', 'nl-NL'] as const).map(
    (locale): Scenario => ({
      name: `${locale} Activate or reactivate: reactivate (2020 shape)`,
      taskId: `${ACTIVATE_ARTICLE}/2`,
      locale,
      host: 'admin.microsoft.com',
      expected: [TO_YOUR_PRODUCTS, /^(products-list|row-name-.+|details-reactivate)$/, null],
      reactivates: worldwideActive,
    }),
  ),
  {
    name: 'lv-LV Activate or reactivate: reactivate (2021 shape, five steps)',
    taskId: `${ACTIVATE_ARTICLE}/2`,
    locale: 'lv-LV',
    host: 'admin.microsoft.com',
    // Step 5 names "Reactivate", which the 2021 pane calls Save: the card says so (not found).
    expected: [TO_YOUR_PRODUCTS, /^(tab-products|products-list|row-more-actions-.+)$/, /^(products-list|row-more-actions-.+|menu-reactivate)$/, /^(add-payment-method|payment-method-dropdown)$/, null],
    reactivates: worldwideActive,
  },
  ...(['ro-RO', 'nb-NO', 'nl-NL', 'lv-LV'] as const).flatMap((locale): Scenario[] => [
    {
      name: `${locale} Activate or reactivate: activate (a checklist of things outside the admin center)`,
      taskId: `${ACTIVATE_ARTICLE}/1`,
      locale,
      host: 'admin.microsoft.com',
      expected: [null, null, null],
    },
    {
      name: `${locale} Activate or reactivate: product key (no admin-center controls)`,
      taskId: `${ACTIVATE_ARTICLE}/3`,
      locale,
      host: 'admin.microsoft.com',
      expected: [null, null],
    },
  ]),
];

/** The 1-based step number in "Stap 2 van 4" (any language). */
const stepNumber = (moment: WalkedMoment) => Number(/\d+/.exec(moment.progress)?.[0]);

describe.each(BROWSERS)('tours in $name', (browser) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await browser.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(SCENARIOS)('$name', async (scenario) => {
    const page = await session.newPage();
    try {
      const query = new URLSearchParams({ 'replica-reset': '1', lang: scenario.locale, 'ac-tour': scenario.taskId, 'ac-lang': scenario.locale, 'ac-step': '1' });
      await page.goto(urlOn(scenario.host, `/Adminportal/Home?${query}#/homepage`));
      const moments = await walkTour(page, admin);

      const seen = [...new Set(moments.map(stepNumber))];
      expect(seen, JSON.stringify(moments)).toEqual(scenario.expected.map((_, index) => index + 1));
      for (const moment of moments) {
        const expected = scenario.expected[stepNumber(moment) - 1];
        if (expected === null) expect(moment.targetTestId, JSON.stringify(moment)).toBe('');
        else if (moment.targetTestId !== '') expect(moment.targetTestId, JSON.stringify(moment)).toMatch(expected as RegExp);
      }
      // Every labelled step pointed at something at least once.
      scenario.expected.forEach((expected, index) => {
        if (expected) expect(moments.some((m) => stepNumber(m) === index + 1 && m.targetTestId !== ''), `step ${index + 1}: ${JSON.stringify(moments)}`).toBe(true);
      });

      if (scenario.reactivatesClickedCard) {
        const id = moments.map((m) => /^legacy-reactivate-(.+)$/.exec(m.clicked)?.[1]).find(Boolean);
        expect(id, JSON.stringify(moments)).toBeTruthy();
        await page.goto(urlOn(scenario.host, `/Adminportal/Home?lang=${scenario.locale}#/subscriptions`));
        await page.waitForVisible(byTestId(`legacy-status-${id}`));
        expect(await page.text(byTestId(`legacy-status-${id}`))).toBe(STRINGS[scenario.locale as keyof typeof STRINGS].statusActive);
      }
      if (scenario.reactivates) {
        await page.goto(urlOn(scenario.host, `/Adminportal/Home?lang=${scenario.locale}#/subscriptions`));
        await page.waitForVisible(byTestId(scenario.reactivates.statusTestId));
        const language = scenario.locale as keyof typeof STRINGS;
        expect(await page.text(byTestId(scenario.reactivates.statusTestId))).toBe(STRINGS[language].statusActive);
      }
    } finally {
      await page.close();
    }
  });
});
