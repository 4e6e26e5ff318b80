/**
 * Walks one seed tour on one replica shape and sorts the outcome into a matrix cell: the
 * shape × tour table of shapes.test.ts (and the note it prints). Reuses the walker and the
 * seed scenarios of tours.test.ts.
 */
import { STRINGS } from '../../portal/src/i18n/languages';
import { urlOn } from './hosts';
import { PATIENCE_MS } from './patience';
import { admin, byTestId, type Scenario, stepNumber } from './seed-tours';
import type { BrowserSession, TestPage } from './types';
import { type WalkedMoment, walkTour } from './walk';

/** A cell of the matrix: every labelled step anchored right / some anchor wrong / a step never anchored or the tour stalled. */
export type Cell = 'right' | 'wrong' | 'not found';

/** What one walk showed. */
export interface ShapeWalk {
  readonly cell: Cell;
  /** The settled moments (what each coach mark pointed at). */
  readonly moments: readonly WalkedMoment[];
  /** Anchors outside the step's expected test ids: `step N: <test id>`. */
  readonly wrong: readonly string[];
  /** Labelled steps that never anchored, or the walk's error. */
  readonly missing: readonly string[];
  /** Whether the reactivated subscription shows Active after a reload (null: the tour changes nothing). */
  readonly activeAfterReload: boolean | null;
}

/**
 * The test ids a step may anchor on a shape: the scenario's, plus the overflow "…" button
 * that reveals the details page's Reactivate where the command bar hides it.
 */
export function expectedOn(shape: string, expected: RegExp | null): RegExp | null {
  if (!expected || !shape.includes('command-overflow') || !expected.source.includes('details-reactivate')) return expected;
  return new RegExp(`^(?:${expected.source.slice(1, -1)}|details-more-commands)$`);
}

/** The label of the reactivated subscription's status after a reload, or null when it is not shown. */
async function statusAfterReload(page: TestPage, scenario: Scenario, moments: readonly WalkedMoment[], uiLanguage: string): Promise<boolean | null> {
  let statusTestId: string | null = null;
  if (scenario.reactivatesClickedCard) {
    const id = moments.map((m) => /^legacy-reactivate-(.+)$/.exec(m.clicked)?.[1]).find(Boolean);
    if (!id) return false;
    statusTestId = `legacy-status-${id}`;
  } else if (scenario.reactivates) statusTestId = scenario.reactivates.statusTestId;
  if (!statusTestId) return null;
  try {
    // The same tab: the replica keeps reactivations (and the shape) in sessionStorage.
    await page.goto(urlOn(scenario.host, `/Adminportal/Home?lang=${uiLanguage}#/subscriptions`));
    await page.waitForVisible(byTestId(statusTestId), PATIENCE_MS);
    return (await page.text(byTestId(statusTestId))) === STRINGS[uiLanguage as keyof typeof STRINGS].statusActive;
  } catch {
    return false;
  }
}

/**
 * Starts the scenario's tour by share link on the home page of `shape` (a comma list, '' for
 * the default replica), with the replica in `uiLanguage` (default: the tour's own language),
 * and walks it as an admin would.
 * @returns the cell and its evidence; never throws for a stalled tour (that is `not found`).
 */
export async function walkOnShape(session: BrowserSession, scenario: Scenario, shape: string, uiLanguage = scenario.locale): Promise<ShapeWalk> {
  const page = await session.newPage();
  let moments: WalkedMoment[] = [];
  const missing: string[] = [];
  try {
    const query = new URLSearchParams({ 'replica-reset': '1', shape, lang: uiLanguage, 'ac-tour': scenario.taskId, 'ac-lang': scenario.locale, 'ac-step': '1' });
    await page.goto(urlOn(scenario.host, `/Adminportal/Home?${query}#/homepage`));
    moments = await walkTour(page, admin);
  } catch (error) {
    missing.push(`walk: ${(error as Error).message.slice(0, 400)}`);
  }
  const wrong: string[] = [];
  for (const moment of moments) {
    const expected = expectedOn(shape, scenario.expected[stepNumber(moment) - 1] ?? null);
    if (moment.targetTestId === '') continue;
    if (expected === null || !expected.test(moment.targetTestId)) wrong.push(`step ${stepNumber(moment)}: ${moment.targetTestId}`);
  }
  scenario.expected.forEach((expected, index) => {
    if (expected && !moments.some((m) => stepNumber(m) === index + 1 && m.targetTestId !== '')) missing.push(`step ${index + 1} never anchored`);
  });
  const activeAfterReload = missing.length === 0 ? await statusAfterReload(page, scenario, moments, uiLanguage) : null;
  await page.close();
  if (activeAfterReload === false) missing.push('not Active after reload');
  const cell: Cell = wrong.length > 0 ? 'wrong' : missing.length > 0 ? 'not found' : 'right';
  return { cell, moments, wrong, missing, activeAfterReload };
}

/** The matrix as a Markdown table: one row per shape (or other `rowHeader`), one column per tour. */
export function matrixTable(title: string, shapes: readonly string[], tours: readonly string[], cells: ReadonlyMap<string, string>, rowHeader = 'shape'): string {
  const lines = [`${title}`, '', `| ${rowHeader} | ${tours.join(' | ')} |`, `|---|${tours.map(() => '---').join('|')}|`];
  for (const shape of shapes) lines.push(`| ${shape || 'default'} | ${tours.map((tour) => cells.get(`${shape}\n${tour}`) ?? '–').join(' | ')} |`);
  return lines.join('\n');
}
