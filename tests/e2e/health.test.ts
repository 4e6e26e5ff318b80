import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserSession, OTHER_HOST, PATIENCE_MS, type TestPage, urlOn } from './harness';
import { readCoach, settled, waitForCoach } from './harness/coach';
import { openProbe, popupUrl, tabIdOf } from './harness/probe';
import { SCENARIOS } from './harness/seed-tours';
import { compileCatalog, findArticleFiles, readArticleSources } from '../../src/catalog';

/**
 * The popup's "Check this tour" end to end, in Chromium and Firefox: on the replica (the
 * default page, Your products, and Home with the navigation collapsed), the popup opened
 * beside the admin tab checks the reactivation tour with the keyboard only, shows one list
 * item per step with its state in text, is clean under axe-core, and changes nothing on the
 * page. Then the tour is started at each step in turn on the same page, and what its coach
 * mark does is compared with what the check listed: the same element (by accessible name,
 * computed by axe-core, an implementation independent of the product's), the same way to
 * another page, the same "not found", the same card, the same step passed.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MESSAGES = ['en', 'nl', 'nb', 'lv', 'ro'].map((language) => JSON.parse(readFileSync(`_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>);
/** A message in any of the five UI languages, as a whole-text pattern. */
const anyLanguage = (key: string) => new RegExp(`^(${MESSAGES.map((messages) => (messages[key]?.message ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
const NOT_FOUND_TITLES = MESSAGES.map((messages) => messages.coachNotFoundTitle?.message ?? '').filter(Boolean);

const TOUR = SCENARIOS.find((scenario) => scenario.name === 'nl-NL Reactivate your subscription, worldwide');
if (!TOUR) throw new Error('The nl-NL worldwide reactivation seed tour is missing from tests/e2e/harness/seed-tours.ts');

const CATALOG = compileCatalog(readArticleSources(findArticleFiles(`${process.cwd()}/src/articles`), `${process.cwd()}/`));

/** The titles the popup lists the tour under in a locale: its article's and its own. */
function titlesOf(locale: string): { article: string; task: string } {
  const article = CATALOG.articles.find((candidate) => candidate.locale === locale && candidate.tasks.some((task) => task.id === TOUR?.taskId));
  const task = article?.tasks.find((candidate) => candidate.id === TOUR?.taskId);
  if (!article || !task) throw new Error(`The tour ${TOUR?.taskId} has no ${locale} article`);
  return { article: article.title, task: task.title };
}

/** The pages checked: the tour in the page's language, on Home, on Your products, and on Home with the nav collapsed. */
const PAGES = [
  { name: 'Home, en-US', locale: 'en-US', query: 'lang=en-US', route: '#/homepage' },
  { name: 'Your products, en-US', locale: 'en-US', query: 'lang=en-US', route: '#/subscriptions' },
  { name: 'Home with the nav collapsed and no shortcuts, nl-NL', locale: 'nl-NL', query: 'lang=nl-NL&shape=nav-collapsed%2Chome-no-shortcuts', route: '#/homepage' },
];

/** One list item of the popup's results. */
interface ListedStep {
  readonly kind: string;
  readonly text: string;
}

/** What the tour's coach mark does at one step, read from the page. */
interface TourMoment {
  readonly step: number;
  readonly complete: boolean;
  readonly notFound: boolean;
  readonly docked: boolean;
  /** Role and accessible name of the marked element (axe-core), null when nothing is marked. */
  readonly marked: { readonly role: string | null; readonly name: string } | null;
}

/** Sends a popup command to the background from the probe (an extension page, as the popup is). */
async function command(probe: TestPage, message: Record<string, unknown>): Promise<unknown> {
  return probe.evaluate(async (request) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.runtime.sendMessage(request);
  }, message);
}

/** The focused control's accessible text (its label, or its text). */
function focusedText(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return ((element?.labels?.[0]?.textContent ?? element?.textContent) || '').trim();
  }, undefined);
}

/** Presses Tab until the focused control's text matches `pattern`. @throws when it never does. */
async function tabTo(page: TestPage, pattern: RegExp, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.press('Tab');
    if (pattern.test(await focusedText(page))) return;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

/**
 * Presses Tab until the focus is on the Check this tour button of the task titled `titles.task`
 * under the article titled `titles.article` (keyboard only).
 * @throws when Tab never gets there.
 */
async function tabToCheckOf(page: TestPage, titles: { article: string; task: string }, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.press('Tab');
    const there = await page.evaluate((wanted) => {
      const button = document.activeElement;
      const item = button?.closest('li');
      const article = item?.closest('section')?.querySelector('h3')?.textContent;
      return button?.tagName === 'BUTTON' && item?.querySelector('h4')?.textContent === wanted.task && article === wanted.article ? (button.textContent ?? '') : null;
    }, titles);
    if (there !== null && anyLanguage('checkStart').test(there.trim())) return;
  }
  throw new Error(`Tab never reached Check this tour of ${titles.task}`);
}

/** Waits until `read` returns a value, polling every 100 ms. @throws with `what` after `timeoutMs`. */
async function waitFor<T>(read: () => Promise<T | null>, what: string, timeoutMs = PATIENCE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== null) return value;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

/** The popup's result list, null while there is none. */
function listedSteps(popup: TestPage): Promise<ListedStep[] | null> {
  return popup.evaluate(() => {
    const list = document.querySelector('.check-results ol');
    if (!list) return null;
    return [...list.querySelectorAll('li')].map((item) => ({ kind: item.getAttribute('data-kind') ?? '', text: (item.textContent ?? '').trim() }));
  }, undefined);
}

/** Runs axe-core in a page. */
async function axeViolations(page: TestPage): Promise<string[]> {
  const script = `${AXE_SOURCE}\n;axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;
  return page.evaluate(script as never, undefined) as Promise<string[]>;
}

/** The role and accessible name of the element the coach mark marks, by axe-core's own accname; null when none. */
async function markedElement(admin: TestPage): Promise<TourMoment['marked']> {
  const script = `(() => {
    if (!window.axe) { ${AXE_SOURCE}\n }
    const element = document.querySelector('[data-admin-coach-target]');
    if (!element) return null;
    axe.setup(document);
    try {
      return { role: axe.commons.aria.getRole(element) ?? null, name: axe.commons.text.accessibleText(element).trim() };
    } finally {
      axe.teardown();
    }
  })()`;
  return admin.evaluate(script as never, undefined) as Promise<TourMoment['marked']>;
}

/**
 * What a click or a change would alter on the page: the address, what is expanded, selected,
 * checked or open as a dialog, and where the focus is. (Not the markup's size: the replica's
 * virtualised list draws other rows when its tab goes to the background.)
 */
function pageFingerprint(admin: TestPage): Promise<string> {
  return admin.evaluate(() => {
    const count = (selector: string) => document.querySelectorAll(selector).length;
    const active = document.activeElement;
    return [location.href, count('[aria-expanded="true"]'), count('[aria-selected="true"]'), count('[aria-checked="true"], input:checked'), count('[role="dialog"], dialog[open]'), `${active?.tagName}:${active?.getAttribute('data-testid') ?? ''}`].join('\n');
  }, undefined);
}

describe.each(BROWSERS)('Check this tour in $name', (browser) => {
  let session: BrowserSession;
  let probe: TestPage;
  let admin: TestPage;
  let adminTab: number;

  beforeAll(async () => {
    session = await browser.launch();
    probe = await openProbe(session);
    admin = await session.newPage();
    await admin.goto(urlOn('admin.microsoft.com', '/Adminportal/Home?replica-reset=1&lang=en-US#/homepage'));
    adminTab = await tabIdOf(probe, 'https://admin.microsoft.com/*');
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(PAGES)('on $name: the listed results equal what the tour then does, step by step; axe clean; nothing changed', async (where) => {
    await admin.goto(urlOn('admin.microsoft.com', `/Adminportal/Home?replica-reset=1&${where.query}${where.route}`));
    await admin.waitForVisible('nav, [role="navigation"]', PATIENCE_MS);
    // The page as drawn: the replica's list loads after its navigation, so wait until it stops changing.
    let before = await pageFingerprint(admin);
    for (let polls = 0; polls < 50; polls += 1) {
      await new Promise((wait) => setTimeout(wait, 400));
      const now = await pageFingerprint(admin);
      if (now === before) break;
      before = now;
    }

    // The tour language the admin chose last wins over the page's: choose this page's (no tour runs, so only the choice is kept).
    await command(probe, { type: 'tourLocaleSet', tabId: adminTab, locale: where.locale });
    const popup = await session.newPage();
    try {
      await popup.goto(popupUrl(session, adminTab));
      await popup.waitForVisible('main:not([aria-busy]) select', PATIENCE_MS);
      await tabToCheckOf(popup, titlesOf(where.locale));
      await popup.press('Enter');
      const listed = await waitFor(() => listedSteps(popup), 'The check listed no results').catch(async (error: Error) => {
        throw new Error(`${error.message}; the popup's check section shows: ${await popup.text('.check-results')}`);
      });
      const kinds = listed.map((entry) => entry.kind);
      expect(listed.length).toBe(TOUR.expected.length);
      for (const [index, entry] of listed.entries()) expect(entry.text).toMatch(new RegExp(`${index + 1}`));
      expect(await axeViolations(popup)).toEqual([]);
      expect(await pageFingerprint(admin), 'the check changed the page').toBe(before);
      expect(await admin.evaluate(() => document.querySelector('[data-admin-coach-target], admin-coach-overlay') === null, undefined), 'the check showed a coach mark').toBe(true);
      const report = listed.map((entry) => entry.text);

      // The same page, the tour started at each step in turn (as the popup's Start does).
      for (const [index, entry] of listed.entries()) {
        const step = index + 1;
        await command(probe, { type: 'tourStart', tabId: adminTab, taskId: TOUR.taskId, locale: where.locale, step: index });
        const first = await waitForCoach(admin, (view) => view.open && (view.complete || (settled(view) && Number(/\d+/.exec(view.progress)?.[0]) >= step)), PATIENCE_MS, `Step ${step} did not settle`);
        // A late "not found" is said after 3 s of searching.
        if (first.marker === '' && !first.complete) await new Promise((wait) => setTimeout(wait, 3500));
        const view = await readCoach(admin);
        const moment: TourMoment = {
          step: Number(/\d+/.exec(view.progress)?.[0] ?? 0),
          complete: view.complete,
          notFound: NOT_FOUND_TITLES.some((title) => view.status.includes(title) || view.title.includes(title)),
          docked: view.docked,
          marked: view.marker === '' ? null : await markedElement(admin),
        };
        const evidence = JSON.stringify({ listed: report[index], entry, moment, view });
        switch (entry.kind) {
          case 'found':
          case 'elsewhere': {
            const named = /“([^”]*)”|«([^»]*)»|„([^”]*)”/g;
            const names = [...entry.text.matchAll(named)].map((match) => match[1] ?? match[2] ?? match[3]);
            if (entry.kind === 'elsewhere' && names.length === 0) {
              // No way there on this page: the tour says it cannot find the step.
              expect(moment.marked, evidence).toBeNull();
              expect(moment.notFound, evidence).toBe(true);
              break;
            }
            expect(moment.step, evidence).toBe(step);
            expect(moment.marked?.name, evidence).toBe(names.at(-1));
            break;
          }
          case 'not-found':
            expect(moment.step, evidence).toBe(step);
            expect(moment.marked, evidence).toBeNull();
            expect(moment.notFound, evidence).toBe(true);
            break;
          case 'untargeted':
            expect(moment.step, evidence).toBe(step);
            expect(moment.marked, evidence).toBeNull();
            expect(moment.notFound, evidence).toBe(false);
            break;
          case 'satisfied':
            // Already done here: the tour passes it (the next step, or the end).
            expect(moment.complete || moment.step > step, evidence).toBe(true);
            break;
          default:
            throw new Error(`Unknown result kind ${entry.kind}: ${evidence}`);
        }
        await command(probe, { type: 'tourStop', tabId: adminTab });
        await waitFor(() => readCoach(admin).then((coach) => (coach.open ? null : true)), 'The tour did not stop');
      }
      console.log(`Check this tour, ${browser.name}, ${where.name}: ${kinds.join(', ')}\n  ${report.join('\n  ')}`);
    } finally {
      await popup.close();
    }
  });

  it('on a tab that is not the admin center, says so in an alert', async () => {
    const otherTab = await probe.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const tab = await api.tabs.create({ url, active: false });
      return tab.id ?? -1;
    }, urlOn(OTHER_HOST, '/'));
    const popup = await session.newPage();
    try {
      await popup.goto(popupUrl(session, otherTab));
      await popup.waitForVisible('main:not([aria-busy]) select', PATIENCE_MS);
      await tabTo(popup, anyLanguage('checkStart'));
      await popup.press('Enter');
      const alert = await waitFor(() => popup.text('.check-results [role="alert"]'), 'No alert appeared');
      expect(alert).toMatch(anyLanguage('errorNotAdminTab'));
      expect(await axeViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
  });
});
