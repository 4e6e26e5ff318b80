/**
 * Every task of every seed article, walked on the replica in the article's language and on
 * its cloud's host, by clicking only what the coach mark points at (or, where it points at
 * a list of equivalent rows, the row the admin wants) and doing by hand what a step leaves
 * to the admin. Each labelled step must point at the replica element
 * the step means; reactivations must leave the subscription Active after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../portal/src/i18n/languages';
import { BROWSERS, type BrowserSession, urlOn } from './harness';
import { admin, byTestId, SCENARIOS, stepNumber } from './harness/seed-tours';
import { walkTour } from './harness/walk';

describe.each(BROWSERS)('tours in $name', (browser) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await browser.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(SCENARIOS)('$name', async (scenario) => {
    const page = await session.newPage();
    try {
      const query = new URLSearchParams({ 'replica-reset': '1', lang: scenario.locale, 'ac-tour': scenario.taskId, 'ac-lang': scenario.locale, 'ac-step': '1' });
      await page.goto(urlOn(scenario.host, `/Adminportal/Home?${query}#/homepage`));
      const moments = await walkTour(page, admin);

      const seen = [...new Set(moments.map(stepNumber))];
      expect(seen, JSON.stringify(moments)).toEqual(scenario.expected.map((_, index) => index + 1));
      for (const moment of moments) {
        const expected = scenario.expected[stepNumber(moment) - 1];
        if (expected === null) expect(moment.targetTestId, JSON.stringify(moment)).toBe('');
        else if (moment.targetTestId !== '') expect(moment.targetTestId, JSON.stringify(moment)).toMatch(expected as RegExp);
      }
      // Every labelled step pointed at something at least once.
      scenario.expected.forEach((expected, index) => {
        if (expected) expect(moments.some((m) => stepNumber(m) === index + 1 && m.targetTestId !== ''), `step ${index + 1}: ${JSON.stringify(moments)}`).toBe(true);
      });

      if (scenario.reactivatesClickedCard) {
        const id = moments.map((m) => /^legacy-reactivate-(.+)$/.exec(m.clicked)?.[1]).find(Boolean);
        expect(id, JSON.stringify(moments)).toBeTruthy();
        await page.goto(urlOn(scenario.host, `/Adminportal/Home?lang=${scenario.locale}#/subscriptions`));
        await page.waitForVisible(byTestId(`legacy-status-${id}`));
        expect(await page.text(byTestId(`legacy-status-${id}`))).toBe(STRINGS[scenario.locale as keyof typeof STRINGS].statusActive);
      }
      if (scenario.reactivates) {
        await page.goto(urlOn(scenario.host, `/Adminportal/Home?lang=${scenario.locale}#/subscriptions`));
        await page.waitForVisible(byTestId(scenario.reactivates.statusTestId));
        const language = scenario.locale as keyof typeof STRINGS;
        expect(await page.text(byTestId(scenario.reactivates.statusTestId))).toBe(STRINGS[language].statusActive);
      }
    } finally {
      await page.close();
    }
  });
});
