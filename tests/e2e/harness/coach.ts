import { PATIENCE_MS } from './patience';
import type { TestPage } from './types';

/** What the admin sees of the tour at one moment, read from the overlay's shadow root. */
export interface CoachView {
  /** Whether a coach mark (dialog) is on screen. */
  readonly open: boolean;
  /** Its accessible-name text: "Admin Coach: <task title>". */
  readonly title: string;
  /** "Step 2 of 4" in the tour's UI language. */
  readonly progress: string;
  /** The step's text as shown. */
  readonly body: string;
  /** The status line (searching / not found / complete), '' when none. */
  readonly status: string;
  /** Whether the coach mark is docked (no target) rather than beside a target. */
  readonly docked: boolean;
  /** The value of the page's `data-admin-coach-target` marker, '' when none. */
  readonly marker: string;
  /** `data-testid` of the marked element (the replica's), '' when none. */
  readonly targetTestId: string;
  /** The texts of the coach mark's buttons, in order. */
  readonly buttons: readonly string[];
  /** The `lang` of the coach mark. */
  readonly lang: string;
  /** Whether it is the completion card shown after the last step. */
  readonly complete: boolean;
}

/** Reads the coach mark (see CoachView). */
export function readCoach(page: TestPage): Promise<CoachView> {
  return page.evaluate(() => {
    const root = document.querySelector('admin-coach-overlay')?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]');
    const marked = document.querySelector('[data-admin-coach-target]');
    return {
      open: Boolean(dialog),
      title: dialog?.querySelector('.title')?.textContent ?? '',
      progress: dialog?.querySelector('.progress')?.textContent ?? '',
      body: dialog?.querySelector('.body')?.textContent ?? '',
      status: dialog?.querySelector('.status')?.textContent ?? '',
      docked: dialog?.classList.contains('docked') ?? false,
      marker: marked?.getAttribute('data-admin-coach-target') ?? '',
      targetTestId: marked?.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
      buttons: Array.from(dialog?.querySelectorAll('button') ?? []).map((button) => button.textContent ?? ''),
      lang: dialog?.getAttribute('lang') ?? '',
      complete: Boolean(dialog?.querySelector('.status.success')),
    };
  }, undefined);
}

/**
 * Waits until the coach mark satisfies `ready` (polling every 100 ms).
 * @throws after `timeoutMs` with the last view seen, so a failure says what was on screen.
 */
export async function waitForCoach(
  page: TestPage,
  ready: (view: CoachView) => boolean,
  timeoutMs = PATIENCE_MS,
  what = 'The coach mark did not reach the expected state',
): Promise<CoachView> {
  const deadline = Date.now() + timeoutMs;
  let last: CoachView | null = null;
  while (Date.now() < deadline) {
    last = await readCoach(page).catch(() => null);
    if (last && ready(last)) return last;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${what} within ${timeoutMs} ms; last seen: ${JSON.stringify(last)}`);
}

/** A coach mark that has settled: pointing at a target, or on a docked card (not searching). */
export const settled = (view: CoachView): boolean => view.open && (view.marker !== '' || (view.docked && !/…/.test(view.status)));

/** Clicks a button of the coach mark by its visible text (a real click at its position). */
export async function clickCoachButton(page: TestPage, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('admin-coach-overlay')?.shadowRoot;
    const button = Array.from(root?.querySelectorAll('button') ?? []).find((candidate) => candidate.textContent?.trim() === wanted);
    button?.click();
    return Boolean(button);
  }, text);
  if (!found) throw new Error(`The coach mark has no button "${text}"`);
}

/** Clicks the element the coach mark points at (the page's `data-admin-coach-target`). */
export async function clickTarget(page: TestPage): Promise<void> {
  await page.click('[data-admin-coach-target]');
}
