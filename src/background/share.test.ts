import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CLOUDS } from '../portal/clouds';
import type { Prefs } from '../settings/prefs';
import { readShareLink, readShareParams } from '../tour/share-link';
import { resolveShareLink } from './share';

// The background reads the catalog the build bundles; here the same articles are compiled
// in Node, so the tests see the real tasks, locales and variants.
vi.mock('virtual:admin-coach/catalog', async () => {
  const { compileCatalog, findArticleFiles, readArticleSources } = await import('../catalog');
  const root = process.cwd();
  return { default: compileCatalog(readArticleSources(findArticleFiles(`${root}/src/articles`), root)), locales: [] };
});

const REACTIVATE = 'reactivate-your-subscription/reactivate-a-subscription';
const ACTIVATE = 'activate-or-reactivate-a-subscription/2';
/** The same tasks' ids in links made before task ids began with the article's slug. */
const OLD_REACTIVATE = '23aa9dd5-a2b0-42f5-8893-9541d2f3761f/reactivate-a-subscription';
const OLD_ACTIVATE = '2d59f23f-7aad-4b57-9039-0bd2bbf929a3/activate-or-reactivate-a-subscription/2';
const NO_PREFS: Prefs = { tourLocale: null, uiLanguage: null, lastCloud: null };

/** A read link to the step numbered `stepNumber` (from 1, as in `ac-step`). */
const request = (taskId: string, locale: string, stepNumber: number) => ({ kind: 'request', request: { taskId, locale, stepIndex: stepNumber - 1 } }) as const;

describe('resolveShareLink', () => {
  it('opens the task at the link’s step (0-based in the session) in the link’s language, without a notice', () => {
    expect(resolveShareLink(request(REACTIVATE, 'nl-NL', 3), 'worldwide', NO_PREFS, 'en-US')).toEqual({
      session: { taskId: REACTIVATE, locale: 'nl-NL', step: 2 },
      notice: null,
    });
  });

  it('takes the language in any casing and keeps the catalog’s spelling', () => {
    expect(resolveShareLink(request(REACTIVATE, 'NL-nl', 1), 'worldwide', NO_PREFS, 'en-US').session?.locale).toBe('nl-NL');
  });

  it('starts nothing for a link it cannot read, and says why', () => {
    expect(resolveShareLink({ kind: 'invalid', problem: 'linkMalformed' }, 'worldwide', NO_PREFS, 'en-US')).toEqual({
      session: null,
      notice: { reason: 'linkMalformed', recovered: false },
    });
    expect(resolveShareLink({ kind: 'none' }, 'worldwide', NO_PREFS, 'en-US')).toEqual({ session: null, notice: null });
  });

  it('starts nothing for a task it does not have', () => {
    expect(resolveShareLink(request('no-such/task', 'nl-NL', 1), 'worldwide', NO_PREFS, 'en-US')).toEqual({
      session: null,
      notice: { reason: 'linkUnknownTask', recovered: false },
    });
  });

  it('opens a language the task lacks in the nearest one: the same language elsewhere, the admin’s, then the first', () => {
    // The reactivation exists in Dutch and English only: a German link in a French browser opens the first.
    expect(resolveShareLink(request(REACTIVATE, 'de-DE', 2), 'worldwide', NO_PREFS, 'fr-FR')).toEqual({
      session: { taskId: REACTIVATE, locale: 'nl-NL', step: 1 },
      notice: { reason: 'linkLanguageMissing', recovered: true },
    });
    // nl-BE is not in the catalog, nl-NL is: same language.
    expect(resolveShareLink(request(ACTIVATE, 'nl-BE', 1), null, NO_PREFS, 'en-US').session?.locale).toBe('nl-NL');
    // The admin's tour language wins over the browser's.
    expect(resolveShareLink(request(ACTIVATE, 'de-DE', 1), null, { ...NO_PREFS, tourLocale: 'ro-RO' }, 'nb-NO').session?.locale).toBe('ro-RO');
    expect(resolveShareLink(request(ACTIVATE, 'de-DE', 1), null, NO_PREFS, 'nb-NO').session?.locale).toBe('nb-NO');
    // An English browser gets the English original (from the bilingual revisions); another, the first locale.
    expect(resolveShareLink(request(ACTIVATE, 'de-DE', 1), null, NO_PREFS, 'en-US').session?.locale).toBe('en-US');
    expect(resolveShareLink(request(ACTIVATE, 'de-DE', 1), null, NO_PREFS, 'fr-FR').session?.locale).toBe('lv-LV');
  });

  it('starts a step the cloud’s variant lacks at step 1, with a notice', () => {
    // Worldwide has 4 steps, Germany 3.
    expect(resolveShareLink(request(REACTIVATE, 'nl-NL', 4), 'worldwide', NO_PREFS, 'en-US').session?.step).toBe(3);
    expect(resolveShareLink(request(REACTIVATE, 'nl-NL', 4), 'germany', NO_PREFS, 'en-US')).toEqual({
      session: { taskId: REACTIVATE, locale: 'nl-NL', step: 0 },
      notice: { reason: 'linkStepOutOfRange', recovered: true },
    });
  });

  it('tells about the language first when both language and step are off', () => {
    expect(resolveShareLink(request(REACTIVATE, 'fr-FR', 99), 'worldwide', NO_PREFS, 'fr-FR')).toEqual({
      session: { taskId: REACTIVATE, locale: 'nl-NL', step: 0 },
      notice: { reason: 'linkLanguageMissing', recovered: true },
    });
  });

  it('never throws and never starts a step outside the task, whatever the link says', () => {
    const raw = fc.option(fc.oneof(fc.string(), fc.constantFrom(REACTIVATE, ACTIVATE, 'nl-NL', 'de', '1', '4', '999')), { nil: null });
    const cloud = fc.constantFrom(...CLOUDS, null);
    fc.assert(
      fc.property(raw, raw, raw, cloud, (tour, lang, step, where) => {
        const outcome = resolveShareLink(readShareParams(tour, lang, step), where, NO_PREFS, 'en-US');
        if (outcome.session) {
          expect(outcome.session.taskId).toBe(tour);
          expect(outcome.session.step).toBeGreaterThanOrEqual(0);
          expect(outcome.session.step).toBeLessThan(4);
        } else if (tour !== null || lang !== null || step !== null) {
          expect(outcome.notice?.recovered).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the design’s example link end to end', () => {
    const link = `https://admin.microsoft.com/Adminportal/Home?ac-tour=${REACTIVATE}&ac-lang=nl-NL&ac-step=2#/subscriptions`;
    expect(resolveShareLink(readShareLink(link), 'worldwide', NO_PREFS, 'en-US').session).toEqual({ taskId: REACTIVATE, locale: 'nl-NL', step: 1 });
  });

  it('a link with a task id of an earlier build (`<ms.assetid>/…`) starts the same task under its id of today, with no notice', () => {
    const link = `https://admin.microsoft.com/Adminportal/Home?ac-tour=${encodeURIComponent(OLD_ACTIVATE)}&ac-lang=lv-LV&ac-step=4#/subscriptions`;
    expect(resolveShareLink(readShareLink(link), 'worldwide', NO_PREFS, 'en-US')).toEqual({ session: { taskId: ACTIVATE, locale: 'lv-LV', step: 3 }, notice: null });
    expect(resolveShareLink(request(OLD_REACTIVATE, 'nl-NL', 2), 'germany', NO_PREFS, 'en-US').session).toEqual({ taskId: REACTIVATE, locale: 'nl-NL', step: 1 });
  });
});
