/**
 * Where the extension runs, as an admin notices it (docs/architecture.md, "Data flow"): a
 * share link on every admin-center host, in each casing of `/adminportal` the content script
 * is given (src/portal/match-patterns.ts), opens its tour and leaves no `ac-` parameter in
 * the address bar; on another host, and on the My account page of an admin host, the same
 * parameters stay where they are and no tour starts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_HOSTS } from '../../src/portal/clouds';
import { ADMIN_PORTAL_PATHS } from '../../src/portal/match-patterns';
import { BROWSERS, type BrowserSession, OTHER_HOST, PATIENCE_MS, type TestPage, urlOn } from './harness';
import { readCoach, waitForCoach } from './harness/coach';

const REACTIVATE = 'reactivate-your-subscription/reactivate-a-subscription';
const SHARE_QUERY = `?${new URLSearchParams({ 'ac-tour': REACTIVATE, 'ac-lang': 'nl-NL', 'ac-step': '1' })}`;

/** Each admin host with an admin-center path on it, the paths' casings taken in turn. */
const ADMIN_PAGES = ADMIN_HOSTS.map(({ host }, index) => ({ host, path: `/${ADMIN_PORTAL_PATHS[index % ADMIN_PORTAL_PATHS.length]}/Home` }));

const shareParamsIn = (url: string): string[] => [...new URL(url).searchParams.keys()].filter((name) => name.startsWith('ac-'));

describe.each(BROWSERS)('smoke in $name', (browser) => {
  let session: BrowserSession;
  const pages: TestPage[] = [];
  const newPage = async (): Promise<TestPage> => {
    const page = await session.newPage();
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    session = await browser.launch();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(ADMIN_PAGES)('a share link on $host at $path opens the tour and leaves the address bar', async ({ host, path }) => {
    const page = await newPage();
    await page.goto(urlOn(host, `${path}${SHARE_QUERY}#/subscriptions`));
    // The link's language and task; the step may already have moved on (the page is on its route).
    const coach = await waitForCoach(page, (view) => view.open && view.lang === 'nl-NL', PATIENCE_MS);
    expect(coach.title).toContain('Een abonnement opnieuw activeren');
    expect(shareParamsIn(page.url())).toEqual([]);
    expect(new URL(page.url()).hash).toBe('#/subscriptions');
  });

  it.each([
    { where: 'an https page of another host', url: urlOn(OTHER_HOST, `/${SHARE_QUERY}`) },
    { where: 'the My account page of an admin host', url: urlOn('portal.office.com', `/account/${SHARE_QUERY}`) },
  ])('on $where the share parameters stay and no tour starts', async ({ url }) => {
    const page = await newPage();
    await page.goto(url);
    // Long enough for a content script at document_start and the background's reply.
    await new Promise((wait) => setTimeout(wait, 2000));
    expect(shareParamsIn(page.url())).toEqual(['ac-tour', 'ac-lang', 'ac-step']);
    expect((await readCoach(page)).open).toBe(false);
  });
});
