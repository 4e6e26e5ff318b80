/**
 * The seed tours as scenarios for the end-to-end tests (tours.test.ts walks each on the
 * replica; shapes.test.ts walks each over every replica shape): which task, language and
 * host, what each labelled step must point at (replica test ids), what the admin decides
 * where the tour leaves it to them, and what must end up Active.
 */
import type { CoachView } from './coach';
import type { TestPage } from './types';
import type { AdminChoices, WalkedMoment } from './walk';
import { DEMO_IDS } from '../../portal/src/state/subscriptions';

export const ACTIVATE_ARTICLE = 'activate-or-reactivate-a-subscription';
export const REACTIVATE_TASK = 'reactivate-your-subscription/reactivate-a-subscription';
export const EXPIRED = DEMO_IDS.businessBasic;

export const byTestId = (id: string) => `[data-testid="${id}"]`;
export const exists = (page: TestPage, id: string) => page.evaluate((wanted) => document.querySelector(wanted) !== null, byTestId(id));

/**
 * Waits until a dialog's control has stopped moving and nothing covers it (Fluent animates
 * dialogs in, and the coach mark docks away from a dialog as it opens; a click before that
 * can land on the light-dismiss overlay or the card, which no admin does, being slower).
 */
export async function waitUntilStill(page: TestPage, id: string): Promise<void> {
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
export async function until(page: TestPage, condition: () => boolean, what: string): Promise<void> {
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
export async function paymentFormOn(page: TestPage): Promise<'legacy' | 'pane' | null> {
  for (let tries = 0; tries < 30; tries++) {
    if (await exists(page, 'legacy-payment-details')) return 'legacy';
    if (await exists(page, 'pane-reactivate')) return 'pane';
    if (!(await page.evaluate(() => location.hash.toLowerCase().startsWith('#/subscriptions'), undefined))) return null;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return null;
}

/** The admin's own decisions: reactivate the expired Business Basic, pay with the Visa card on file. */
export const admin: AdminChoices = {
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
export interface Scenario {
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

export const TO_YOUR_PRODUCTS = /^(nav-billing|nav-your-products|home-link-your-products)$/;
const worldwideActive = { id: EXPIRED, statusTestId: `row-status-${EXPIRED}` };

export const SCENARIOS: Scenario[] = [
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
export const stepNumber = (moment: WalkedMoment) => Number(/\d+/.exec(moment.progress)?.[0]);

