/**
 * The headless half of `npm start`: walks one tour on the replica as an admin would and
 * saves a screenshot of every settled coach mark. Uses only the e2e harness's browser-neutral
 * surface (TestPage, coach.ts), so what it shows is what the tests see.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type CoachView, clickCoachButton, clickTarget, readCoach, settled } from '../tests/e2e/harness/coach';
import type { TestPage } from '../tests/e2e/harness/types';

/** The tour the demo walks: the worldwide "Reactivate a subscription" task (seed 004, nl-NL). */
export const DEMO_TASK = 'reactivate-your-subscription/reactivate-a-subscription';

/** The tour's locale; the replica's UI is set to the same language (`?lang=`). */
export const DEMO_LOCALE = 'nl-NL';

/** The replica's expired subscription (tests/portal/README.md, `DEMO_IDS.businessBasic`). */
const EXPIRED_ID = '2f1b7c3e-0a4d-4e8f-9b21-5c6d7e8f0002';

/** A test card number; the replica accepts 12+ digits. */
const CARD_NUMBER = '4111111111111111';

/**
 * The share link (docs/architecture.md, "Share link") that starts the demo tour at step 1 on a
 * fresh replica (`replica-reset=1` forgets earlier reactivations, so the subscription is Expired
 * again).
 */
export function demoShareLink(host = 'admin.microsoft.com'): string {
  const query = new URLSearchParams({ 'replica-reset': '1', lang: DEMO_LOCALE, 'ac-tour': DEMO_TASK, 'ac-lang': DEMO_LOCALE, 'ac-step': '1' });
  return `https://${host}/Adminportal/Home?${query}#/homepage`;
}

/** One screenshot the walk took. */
export interface DemoShot {
  /** Absolute path of the PNG. */
  readonly path: string;
  /** What the coach mark showed: progress ("Stap 2 van 4") or status, and the target's test id. */
  readonly caption: string;
}

const byTestId = (id: string) => `[data-testid="${id}"]`;
const pause = (ms: number) => new Promise((wait) => setTimeout(wait, ms));

/** The coach mark moved on: another step, target, status or buttons, or it closed. */
const changedFrom = (before: CoachView) => (after: CoachView) =>
  !after.open ||
  after.progress !== before.progress ||
  after.marker !== before.marker ||
  after.targetTestId !== before.targetTestId ||
  after.status !== before.status ||
  after.buttons.join('|') !== before.buttons.join('|');

async function poll(page: TestPage, ready: (view: CoachView) => boolean, timeoutMs: number, what: string): Promise<CoachView> {
  const deadline = Date.now() + timeoutMs;
  let last: CoachView | null = null;
  while (Date.now() < deadline) {
    last = await readCoach(page).catch(() => null);
    if (last && ready(last)) return last;
    await pause(100);
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s; the coach mark last showed ${JSON.stringify(last)}`);
}

/** Types text key by key, as an admin would (React ignores a value set from outside). */
async function typeInto(page: TestPage, selector: string, text: string): Promise<void> {
  await page.click(selector);
  for (const key of text) await page.press(key);
}

/**
 * Does what the admin does at a coach mark pointing at an element: clicks it, except that
 * where the mark points at the whole subscription list (or another row's More actions) the
 * admin picks the expired subscription, and after Add payment method they enter a card.
 */
async function actOnTarget(page: TestPage, view: CoachView): Promise<void> {
  if (view.targetTestId === 'products-list' || view.targetTestId.startsWith('row-more-actions-')) {
    await page.click(byTestId(`row-more-actions-${EXPIRED_ID}`));
    return;
  }
  await clickTarget(page);
  if (view.targetTestId === 'add-payment-method') {
    await typeInto(page, byTestId('payment-card-number'), CARD_NUMBER);
    await page.click(byTestId('payment-card-add'));
  }
}

/**
 * Walks the running tour on `page` to its end, saving `step-N.png` (N from 1, one per settled
 * coach mark, the completion card included) in `outDir` after removing older `step-*.png`.
 * @param maxMoves guards against a tour that never ends.
 * @throws when the coach mark does not settle within 15 s, does not react to an action within
 *   10 s, or the tour has not ended after `maxMoves` coach marks; the message shows the last view.
 */
export async function walkDemoTour(page: TestPage, outDir: string, maxMoves = 16): Promise<DemoShot[]> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  for (const old of await readdir(dir)) if (/^step-\d+\.png$/.test(old)) await rm(join(dir, old));
  const shots: DemoShot[] = [];
  for (let move = 1; move <= maxMoves; move++) {
    const view = await poll(page, (v) => settled(v) || (move > 1 && !v.open), 15_000, `The coach mark did not settle (move ${move})`);
    if (!view.open) return shots;
    // Floating UI places the mark a frame after the target appears, and the replica animates
    // panes in: let both finish so the picture shows where the mark finally sits.
    await pause(600);
    const path = join(dir, `step-${move}.png`);
    await page.screenshot(path);
    const where = view.marker ? `→ ${view.targetTestId || view.marker}` : '(card without a target)';
    shots.push({ path, caption: [view.progress, view.status, where].filter(Boolean).join(' ') });
    if (view.marker) {
      await actOnTarget(page, view);
    } else {
      // A card without a target: the completion card (Done) or a step the resolver could
      // not place (Next). Its last button is the one that moves on.
      const primary = view.buttons[view.buttons.length - 1];
      if (!primary) throw new Error(`The coach mark has no button to move on with: ${JSON.stringify(view)}`);
      await clickCoachButton(page, primary);
    }
    await poll(page, changedFrom(view), 10_000, `Nothing changed after acting on step ${move}`);
  }
  throw new Error(`The demo tour did not end within ${maxMoves} coach marks`);
}
