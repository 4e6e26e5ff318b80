/**
 * The seed tours over the replica's shapes (tests/portal/src/shape/shapes.ts): markup the real
 * admin center shows or has shown, unlike the replica's own. Each walk must anchor every
 * labelled step on the element the step means (test ids), never on another, and a tour whose
 * action the shape offers must leave the subscription Active after a reload. The run prints
 * the matrix (shape × tour: right / wrong / not found).
 *
 * The default run walks a representative slice (the shapes in DEFAULT_SLICE, the reactivation
 * tours); `npm run test:matrix` (ADMIN_COACH_MATRIX=full) walks every seed tour over every
 * shape and the combinations, which takes long; ADMIN_COACH_SHAPES picks shapes.
 *
 * Also: a share link to each step of each reactivation tour, opened on the home page with the
 * navigation collapsed and no shortcut on the page, first points at the way there.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAPE_NAMES } from '../portal/src/shape/shapes';
import { BROWSERS, type BrowserSession, PATIENCE_MS, urlOn } from './harness';
import { readCoach, settled, waitForCoach } from './harness/coach';
import { SCENARIOS, type Scenario } from './harness/seed-tours';
import { type Cell, matrixTable, walkOnShape } from './harness/shape-walk';

const FULL = process.env.ADMIN_COACH_MATRIX === 'full';

/** Shapes walked in the default run: the default page and combinations covering every group. */
const DEFAULT_SLICE = ['', 'nav-collapsed,home-no-shortcuts,list-cards,more-hidden-text,command-overflow', 'nav-buttons,list-table,more-title,dialog,list-labelled'];

/** Every shape alone, then combinations of one of each group. */
const ALL_SHAPES = [
  '',
  ...SHAPE_NAMES,
  'nav-collapsed,nav-tree,list-labelled,more-aria,details-command',
  ...DEFAULT_SLICE.slice(1),
];

/** `ADMIN_COACH_SHAPES=a+b,c` walks those shapes instead (`+` combines), e.g. while working on one. */
const ASKED = process.env.ADMIN_COACH_SHAPES?.split(',').map((shape) => shape.replaceAll('+', ',').replace(/^default$/, ''));
const SHAPES_RUN = ASKED ?? (FULL ? ALL_SHAPES : DEFAULT_SLICE);
const isReactivation = (scenario: Scenario) => scenario.reactivates !== undefined || scenario.reactivatesClickedCard === true;
const TOURS_RUN = FULL ? SCENARIOS : SCENARIOS.filter(isReactivation);

/** A short column name: locale and what the tour does. */
function shortName(scenario: Scenario): string {
  const locale = scenario.locale.slice(0, 2);
  if (scenario.taskId.endsWith('/1')) return `${locale} activate`;
  if (scenario.taskId.endsWith('/3')) return `${locale} key`;
  if (scenario.taskId.endsWith('/2')) return `${locale} reactivate`;
  return `${locale} ${scenario.host === 'portal.office.de' ? 'germany' : scenario.host === 'portal.partner.microsoftonline.cn' ? '21vianet' : 'worldwide'}`;
}

/** "Not found" titles of the coach mark in every UI language (_locales). */
const NOT_FOUND_TITLES = ['en', 'nl', 'nb', 'lv', 'ro'].map(
  (language) => (JSON.parse(readFileSync(`_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>).coachNotFoundTitle?.message ?? '',
);

/** The ways to Your products / Subscriptions from anywhere with the nav collapsed and no shortcuts. */
const WAY_THERE = /^(nav-collapse|nav-billing|nav-your-products|nav-subscriptions)$/;

describe.each(BROWSERS)('shapes in $name', (browser) => {
  let session: BrowserSession;
  const cells = new Map<string, Cell>();
  beforeAll(async () => {
    session = await browser.launch();
  });
  afterAll(async () => {
    await session?.close();
    const tours = TOURS_RUN.map(shortName);
    console.log(`\n${matrixTable(`Shape × tour in ${browser.name} (${ASKED ? 'ADMIN_COACH_SHAPES' : FULL ? 'full matrix' : 'default slice'})`, SHAPES_RUN, tours, cells)}\n`);
  });

  describe.each(SHAPES_RUN)('shape "%s"', (shape) => {
    it.each(TOURS_RUN)('$name', async (scenario) => {
      const walk = await walkOnShape(session, scenario, shape);
      cells.set(`${shape}\n${shortName(scenario)}`, walk.cell);
      const evidence = JSON.stringify({ wrong: walk.wrong, missing: walk.missing, moments: walk.moments });
      expect(walk.wrong, evidence).toEqual([]);
      expect(walk.missing, evidence).toEqual([]);
      expect(walk.cell).toBe('right');
    });
  });

  const shareLinks = SCENARIOS.filter(isReactivation).flatMap((scenario) => scenario.expected.map((_, index) => ({ scenario, step: index + 1, label: `${scenario.name}, step ${index + 1}` })));
  it.each(shareLinks)('share link to $label, opened on Home with the nav collapsed, first points at the way there', async ({ scenario, step }) => {
    const page = await session.newPage();
    try {
      const query = new URLSearchParams({ 'replica-reset': '1', shape: 'nav-collapsed,home-no-shortcuts', lang: scenario.locale, 'ac-tour': scenario.taskId, 'ac-lang': scenario.locale, 'ac-step': String(step) });
      await page.goto(urlOn(scenario.host, `/Adminportal/Home?${query}#/homepage`));
      const first = await waitForCoach(page, (view) => settled(view) && Number(/\d+/.exec(view.progress)?.[0]) === step, PATIENCE_MS, `Step ${step} did not settle`);
      // Give a late "not found" its time (the runner says so after 3 s of searching).
      await new Promise((wait) => setTimeout(wait, 3500));
      const later = await readCoach(page);
      for (const view of [first, later]) {
        expect(NOT_FOUND_TITLES.some((title) => title !== '' && view.status.includes(title)), JSON.stringify(view)).toBe(false);
        expect(view.targetTestId, JSON.stringify(view)).toMatch(WAY_THERE);
      }
    } finally {
      await page.close();
    }
  });
});
