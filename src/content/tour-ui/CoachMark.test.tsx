// @vitest-environment happy-dom
/**
 * The coach mark of a tour read in one language on an admin center in another: the step's
 * text stays in the tour's language and names the page's word beside each label, inline
 * ("Selecteer Meer acties (More actions)"), in the dialog's accessible description too; where
 * the catalog pairs no words, a status line names the page's word for the target instead.
 * Steps come from the compiled seed articles.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tourWordsFor } from '../../background/tour-words';
import { compileCatalog, findArticleFiles, readArticleSources } from '../../catalog';
import type { TourView } from '../../messaging/protocol';
import type { Step } from '../../tour/model';
import { type CoachActions, CoachMark } from './CoachMark';
import type { RunnerSnapshot } from './runner';
import { translatorFor } from './words';

// happy-dom replaces the global URL, so the path is made with node:path.
const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;
const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));

/** The worldwide steps of a task in a locale, from the compiled seeds. */
function stepsOf(locale: string, taskId: string): readonly Step[] {
  const task = catalog.articles
    .filter((article) => article.locale === locale)
    .flatMap((article) => article.tasks)
    .find((candidate) => candidate.id === taskId);
  const variant = task?.variants.find((candidate) => candidate.cloud === 'worldwide' || candidate.cloud === 'any');
  if (!variant) throw new Error(`no ${locale} ${taskId} in the seeds`);
  return variant.steps;
}

const REACTIVATE = 'reactivate-your-subscription/reactivate-a-subscription';
const ACTIVATE = 'activate-or-reactivate-a-subscription/2';
const actions: CoachActions = { next() {}, back() {}, close() {}, checkTarget() {} };
let container: HTMLElement;

function show(locale: string, taskId: string, step: number, snapshot: Partial<RunnerSnapshot>): HTMLElement {
  const view: TourView = { taskId, locale, uiLanguage: 'nl', title: 'Tour', cloud: 'worldwide', steps: [...stepsOf(locale, taskId)], step };
  const full: RunnerSnapshot = { view, step, phase: 'searching', target: null, label: null, ...snapshot };
  render(<CoachMark snapshot={full} t={translatorFor(tourWordsFor('nl'))} actions={actions} shared={null} />, container);
  return container.querySelector('[role="dialog"]') as HTMLElement;
}

/** The dialog's accessible description: the text of the elements its aria-describedby names. */
const descriptionOf = (dialog: HTMLElement) =>
  (dialog.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
});
afterEach(() => render(null, container));

describe('the coach mark on an admin center in another language', () => {
  it('names the page’s word beside the tour’s, in the text and its accessible description', () => {
    const dialog = show('nl-NL', REACTIVATE, 1, { label: 'More actions', wordsLocale: 'en-US' });
    expect(descriptionOf(dialog)).toContain('Selecteer Meer acties (More actions) (drie puntjes)');
    const word = [...dialog.querySelectorAll('[lang="en-US"]')].map((element) => element.textContent);
    expect(word).toContain('(More actions)');
    // The step's own words stay Dutch: the dialog's language is the tour's.
    expect(dialog.getAttribute('lang')).toBe('nl-NL');
  });

  it('names each part of a breadcrumb, the link into the admin center included', () => {
    const dialog = show('nl-NL', REACTIVATE, 0, { label: 'Billing', wordsLocale: 'en-US' });
    expect(descriptionOf(dialog)).toContain('Facturering (Billing) > Mijn producten (Your products)');
  });

  it('adds nothing on an admin center in the tour’s own language', () => {
    const dialog = show('nl-NL', REACTIVATE, 1, { label: 'Meer acties', wordsLocale: 'nl-NL' });
    expect(descriptionOf(dialog)).not.toContain('(More actions)');
    expect(dialog.querySelector('[lang="en-US"]')).toBeNull();
  });

  it('says the page’s word on a status line, not inline, where the catalog pairs no words (a breadcrumb in one bold, written as one label)', () => {
    const dialog = show('lv-LV', ACTIVATE, 0, { phase: 'shown', label: 'Your products', wordsLocale: 'en-US' });
    expect(dialog.querySelector('[lang="en-US"]')).toBeNull();
    expect(dialog.querySelector('.status')?.textContent).toBe(translatorFor(tourWordsFor('nl'))('coachOnPage', { label: 'Your products' }));
  });

  it('shows no status line when the text already names the target’s page word', () => {
    const dialog = show('nl-NL', REACTIVATE, 1, { phase: 'shown', label: 'More actions', wordsLocale: 'en-US' });
    expect(dialog.querySelector('.status')).toBeNull();
    expect(descriptionOf(dialog)).toContain('(More actions)');
  });
});
