/**
 * Tours in one language on an admin center in another, end to end in both browsers: the
 * admin center's language is each admin's own setting, so a Dutch tour must find its targets
 * on the replica shown in English or Norwegian, through the steps' aligned translations
 * (docs/finding-targets.md, "The tour's language and the page's"). Each walk must anchor every
 * labelled step on the element the step means (the replica's test ids, as tours.test.ts) and,
 * for a reactivation, end Active after a reload, wherever the catalog has the task in the
 * admin center's language. Where it has not, the tour keeps to what does not depend on words
 * (its route links): it must never anchor a wrong element, and says honestly, on a card,
 * what it cannot find; the matrix counts those steps.
 *
 * Where the page's word differs from the tour's, the coach mark's (Dutch) text names it inline:
 * "Selecteer Meer acties (More actions)".
 *
 * `npm test` walks a representative slice (the worldwide Dutch reactivation on the English and
 * the Norwegian admin center); `npm run test:matrix` (ADMIN_COACH_MATRIX=full) walks every
 * worldwide seed tour on the replica in every UI language. Both print the matrix
 * (tour × UI language: right / wrong / not found).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCatalog, findArticleFiles, readArticleSources } from '../../src/catalog';
import { languageOf } from '../../src/i18n/locales';
import { LANGUAGES } from '../portal/src/i18n/languages';
import { BROWSERS, type BrowserSession, PATIENCE_MS, urlOn } from './harness';
import { settled, waitForCoach } from './harness/coach';
import { REACTIVATE_TASK, SCENARIOS, type Scenario } from './harness/seed-tours';
import { matrixTable, walkOnShape } from './harness/shape-walk';

const FULL = process.env.ADMIN_COACH_MATRIX === 'full';
/** The worldwide tours (the replica's UI languages are the worldwide admin center's). */
const WORLDWIDE = SCENARIOS.filter((scenario) => scenario.host === 'admin.microsoft.com');
/**
 * The en-US tours, made from the bilingual seeds' English originals: the same revisions as the
 * Dutch reactivation and checklists and as the Latvian five-step (2021) article, so the same
 * steps must point at the same elements.
 */
const IN_ENGLISH = WORLDWIDE.filter(
  (scenario) => (scenario.locale === 'nl-NL' && !scenario.name.includes('2020 shape')) || (scenario.locale === 'lv-LV' && scenario.name.includes('2021 shape')),
).map((scenario): Scenario => ({ ...scenario, name: scenario.name.replace(/^(nl-NL|lv-LV)/, 'en-US'), locale: 'en-US' }));
const TOURS_RUN = FULL ? [...WORLDWIDE, ...IN_ENGLISH] : WORLDWIDE.filter((scenario) => scenario.taskId === REACTIVATE_TASK);
const UI_LANGUAGES_RUN: readonly string[] = FULL ? LANGUAGES : ['en-US', 'nb-NO'];

/** The catalog the build bundles, compiled here to know which tours have words in which language. */
const articles = resolve('src/articles');
const catalog = compileCatalog(readArticleSources(findArticleFiles(articles), resolve('.')));
/**
 * Whether the tour has the page's words for every step that names a control: it is in the
 * page's language, or every such step aligned with a translation in it (Step.translations).
 * A different revision aligns only where it agrees, so its steps may rightly have none.
 */
const hasWordsIn = (scenario: Scenario, language: string): boolean => {
  if (languageOf(scenario.locale) === languageOf(language)) return true;
  const task = catalog.articles.find((article) => article.locale === scenario.locale)?.tasks.find((candidate) => candidate.id === scenario.taskId);
  if (!task) return false;
  const variant = task.variants.find((candidate) => candidate.cloud === 'worldwide') ?? task.variants.find((candidate) => candidate.cloud === 'any');
  return (variant?.steps ?? [])
    .filter((step) => step.labels.length > 0)
    .every((step) => Object.keys(step.translations ?? {}).some((locale) => languageOf(locale) === languageOf(language)));
};

describe.each(BROWSERS)('tours on an admin center in another language, in $name', (browser) => {
  let session: BrowserSession;
  const cells = new Map<string, string>();
  beforeAll(async () => {
    session = await browser.launch();
  });
  afterAll(async () => {
    await session?.close();
    console.log(
      matrixTable(
        `Tour × admin center language in ${browser.name} (rows: the replica's UI language)`,
        UI_LANGUAGES_RUN,
        TOURS_RUN.map((scenario) => scenario.name),
        cells,
        'admin center in',
      ),
    );
  });

  it('a Dutch tour on the English admin center names the page’s word inline: “Meer acties (More actions)”', async () => {
    const page = await session.newPage();
    try {
      const query = new URLSearchParams({ 'replica-reset': '1', lang: 'en-US', 'ac-tour': REACTIVATE_TASK, 'ac-lang': 'nl-NL', 'ac-step': '2' });
      await page.goto(urlOn('admin.microsoft.com', `/Adminportal/Home?${query}#/subscriptions`));
      const coach = await waitForCoach(page, (view) => settled(view) && view.marker !== '', PATIENCE_MS, 'The Dutch step 2 did not point at the English page');
      expect(coach.lang).toBe('nl-NL');
      expect(coach.body).toContain('Selecteer Meer acties (More actions) (drie puntjes)');
      // The page's word is marked as English (screen readers say it in English) and the status line does not repeat it.
      const inline = await page.evaluate(() => {
        const root = document.querySelector('admin-coach-overlay')?.shadowRoot;
        const dialog = root?.querySelector('[role="dialog"]');
        const body = root?.getElementById(dialog?.getAttribute('aria-describedby') ?? '');
        return {
          english: [...(dialog?.querySelectorAll('[lang="en-US"]') ?? [])].map((element) => element.textContent),
          description: body?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        };
      }, undefined);
      expect(inline.english).toContain('(More actions)');
      expect(inline.description).toContain('Meer acties (More actions)');
      expect(coach.status).not.toContain('More actions');
    } finally {
      await page.close();
    }
  });

  const walks = UI_LANGUAGES_RUN.flatMap((uiLanguage) => TOURS_RUN.map((scenario) => ({ uiLanguage, scenario, name: `${scenario.name} on the admin center in ${uiLanguage}` })));
  it.each(walks)('$name', async ({ uiLanguage, scenario }) => {
    const walk = await walkOnShape(session, scenario, '', uiLanguage);
    const notFound = walk.missing.filter((line) => line.endsWith('never anchored')).length;
    // "not found (1 step, not Active)": steps that never anchored, and whether the reactivation
    // stopped short (a step anchored, but its action had no words on this page).
    const stopped = walk.missing.includes('not Active after reload') ? ', not Active' : '';
    cells.set(`${uiLanguage}\n${scenario.name}`, walk.cell === 'not found' ? `not found (${notFound} steps${stopped})` : walk.cell);
    expect(walk.wrong, JSON.stringify(walk.moments)).toEqual([]);
    if (hasWordsIn(scenario, uiLanguage)) expect(walk.missing, JSON.stringify(walk.moments)).toEqual([]);
    // No words in the page's language: the step that links its page still leads there
    // (a checklist of things outside the admin center has nothing to point at).
    else if (scenario.expected.some((expected) => expected !== null))
      expect(walk.moments.some((moment) => moment.targetTestId !== ''), JSON.stringify(walk.moments)).toBe(true);
  });
});
