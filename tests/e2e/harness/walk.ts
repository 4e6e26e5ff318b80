import { type CoachView, clickCoachButton, settled, waitForCoach } from './coach';
import { PATIENCE_MS } from './patience';
import type { TestPage } from './types';

/** One settled moment of a walked tour: what the coach mark showed. */
export interface WalkedMoment {
  /** "Step 2 of 4" in the tour's UI language. */
  readonly progress: string;
  /** The marked element's data-testid ('' on a docked card). */
  readonly targetTestId: string;
  /** The card's status line ('' when none): not found, complete. */
  readonly status: string;
  /** The data-testid of what the walk clicked on the page ('' for a coach-mark button). */
  readonly clicked: string;
}

/**
 * What the admin decides where the tour leaves it to them: which of several equivalent
 * controls to click (the subscription to reactivate), and the input a step asks for
 * (payment details). Both are keyed by the data-testid the coach mark points at.
 */
export interface AdminChoices {
  /** The selector to click when the coach mark points at `testId` (default: the marked element). */
  pick?(testId: string): string | null;
  /** Runs after clicking the marked element (typing a card number into the form it opened). */
  afterClick?(testId: string, page: TestPage): Promise<void>;
  /** Does an untargeted or not-found step by hand before Next (filling payment details). */
  doStep?(view: CoachView, page: TestPage): Promise<void>;
}

const changed = (before: CoachView, after: CoachView) =>
  !after.open || after.progress !== before.progress || after.marker !== before.marker || after.targetTestId !== before.targetTestId || after.status !== before.status || after.docked !== before.docked;

/**
 * Walks a running tour to its end as an admin would: clicks what the coach mark points at
 * (or the admin's pick among equivalent rows), does untargeted steps by hand, presses Next
 * on cards, and Done at the end. Records each settled moment.
 * @throws when the coach mark gets stuck (no change within 10 s) or the walk exceeds `maxMoves`.
 */
export async function walkTour(page: TestPage, choices: AdminChoices = {}, maxMoves = 24): Promise<WalkedMoment[]> {
  const moments: WalkedMoment[] = [];
  await waitForCoach(page, (v) => v.open, PATIENCE_MS, 'No coach mark appeared');
  for (let move = 0; move < maxMoves; move++) {
    const view = await waitForCoach(page, (v) => settled(v) || !v.open, PATIENCE_MS, 'The coach mark did not settle');
    if (!view.open) return moments;
    if (view.marker) {
      const selector = choices.pick?.(view.targetTestId) ?? '[data-admin-coach-target]';
      const clicked = await page.evaluate((wanted) => document.querySelector(wanted)?.closest('[data-testid]')?.getAttribute('data-testid') ?? '', selector);
      moments.push({ progress: view.progress, targetTestId: view.targetTestId, status: view.status, clicked });
      await page.click(selector);
      await choices.afterClick?.(view.targetTestId, page);
    } else {
      moments.push({ progress: view.progress, targetTestId: '', status: view.status, clicked: '' });
      if (!view.complete) await choices.doStep?.(view, page);
      const primary = view.buttons[view.buttons.length - 1];
      if (!primary) throw new Error(`The card has no buttons: ${JSON.stringify(view)}`);
      await clickCoachButton(page, primary);
    }
    await waitForCoach(page, (after) => changed(view, after), PATIENCE_MS, `Nothing happened after acting on ${JSON.stringify(view)}`);
  }
  throw new Error(`The tour did not end within ${maxMoves} moves: ${JSON.stringify(moments)}`);
}
