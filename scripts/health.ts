/**
 * `npm run health`: guide health over the replica's shapes, in the seed tours' languages.
 * For every shape (tests/portal/src/shape/shapes.ts) and every reactivation seed tour, it opens
 * a share link to each step on the page the step starts from (Home for the first, Your
 * products for the rest) and reads what the coach mark does there, without clicking anything:
 * found (the element the step means, by test id), wrong (another element), not found, or a
 * card (a step that names nothing). It prints the shape × tour table, with the step where each
 * tour stops, and writes it to dist/health.md.
 *
 * Steps that happen in a pane an earlier step opens (the payment choice) are "not found" on a
 * fresh page: the table says where a tour needs the admin's earlier clicks, which the walks of
 * tests/e2e/shapes.test.ts do.
 *
 * Options: `--shapes a,b+c` (`+` joins shapes into one combination; default: the default page
 * and every shape), `ADMIN_COACH_BROWSERS=chromium|firefox` (default both). Needs the builds
 * (`npm run build && npm run portal:build`) and port 443 (as the end-to-end tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BROWSERS, PATIENCE_MS, urlOn } from '../tests/e2e/harness';
import { readCoach, settled, waitForCoach } from '../tests/e2e/harness/coach';
import { E2E_PORT } from '../tests/e2e/harness/hosts';
import { SCENARIOS, type Scenario } from '../tests/e2e/harness/seed-tours';
import { expectedOn } from '../tests/e2e/harness/shape-walk';
import type { BrowserSession } from '../tests/e2e/harness/types';
import { startPortalServer } from '../tests/portal/server';
import { SHAPE_NAMES } from '../tests/portal/src/shape/shapes';

/** What one step does on a fresh page. */
type StepOutcome = 'found' | 'wrong' | 'not found' | 'card';

/** Opens a share link to step `step` (1-based) of `scenario` on `shape` and reads the coach mark. */
async function checkStep(session: BrowserSession, scenario: Scenario, shape: string, step: number): Promise<StepOutcome> {
  const page = await session.newPage();
  try {
    const query = new URLSearchParams({ 'replica-reset': '1', shape, lang: scenario.locale, 'ac-tour': scenario.taskId, 'ac-lang': scenario.locale, 'ac-step': String(step) });
    const start = step === 1 ? '#/homepage' : '#/subscriptions';
    await page.goto(urlOn(scenario.host, `/Adminportal/Home?${query}${start}`));
    const atStep = (progress: string) => Number(/\d+/.exec(progress)?.[0]) === step;
    await waitForCoach(page, (view) => settled(view) && atStep(view.progress), PATIENCE_MS).catch(() => null);
    // A late target (a list that loads) or a late "not found" (after 3 s of searching).
    await new Promise((wait) => setTimeout(wait, 3500));
    const view = await readCoach(page);
    const expected = expectedOn(shape, scenario.expected[step - 1] ?? null);
    if (view.targetTestId === '') return expected === null ? 'card' : 'not found';
    return expected?.test(view.targetTestId) ? 'found' : 'wrong';
  } finally {
    await page.close();
  }
}

/** A table cell: the count found and where the tour stops ("3/4, stops at 3"). */
function cellOf(outcomes: readonly StepOutcome[]): string {
  const stop = outcomes.findIndex((o) => o === 'wrong' || o === 'not found');
  const targeted = outcomes.filter((o) => o !== 'card').length;
  const found = outcomes.filter((o) => o === 'found').length;
  if (stop < 0) return `${found}/${targeted} found`;
  return `${found}/${targeted}, ${outcomes[stop]} at ${stop + 1}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { shapes: { type: 'string' } } });
  const shapes = values.shapes !== undefined ? values.shapes.split(',').map((s) => s.replaceAll('+', ',').replace(/^default$/, '')) : ['', ...SHAPE_NAMES];
  const tours = SCENARIOS.filter((s) => s.reactivates !== undefined || s.reactivatesClickedCard === true);
  const server = await startPortalServer({ port: E2E_PORT, host: '::' });
  const lines: string[] = [];
  try {
    for (const browser of BROWSERS) {
      const session = await browser.launch();
      try {
        lines.push(`### ${browser.name}`, '', `| shape | ${tours.map((t) => `${t.locale} ${t.name.split(': ')[1] ?? t.name.split(', ')[1] ?? ''}`.trim()).join(' | ')} |`, `|---|${tours.map(() => '---').join('|')}|`);
        for (const shape of shapes) {
          const cells: string[] = [];
          for (const tour of tours) {
            const outcomes: StepOutcome[] = [];
            for (let step = 1; step <= tour.expected.length; step++) outcomes.push(await checkStep(session, tour, shape, step));
            cells.push(cellOf(outcomes));
          }
          const row = `| ${shape || 'default'} | ${cells.join(' | ')} |`;
          lines.push(row);
          console.log(row);
        }
        lines.push('');
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  const report = ['# Guide health on the replica (no clicks: each step opened by share link on its starting page)', '', ...lines].join('\n');
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/health.md', `${report}\n`);
  console.log(`\n${report}\nWritten to dist/health.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
