import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserSession, OTHER_HOST, type TestPage, urlOn } from './harness';
import { askContentScript, openProbe } from './harness/probe';

describe.each(BROWSERS)('smoke in $name', (browser) => {
  let session: BrowserSession;
  let probe: TestPage;

  beforeAll(async () => {
    session = await browser.launch();
    probe = await openProbe(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs on the worldwide admin center and knows the page and cloud', async () => {
    const result = await askContentScript(probe, urlOn('admin.microsoft.com', '/Adminportal/Home#/homepage'));
    expect(result).toEqual({
      answered: true,
      reply: { page: { host: 'admin.microsoft.com', cloud: 'worldwide', route: '#/homepage', page: 'home' } },
    });
  });

  it('knows the Germany cloud on portal.office.de', async () => {
    const result = await askContentScript(probe, urlOn('portal.office.de', '/adminportal/Home#/homepage'));
    expect(result).toEqual({
      answered: true,
      reply: { page: { host: 'portal.office.de', cloud: 'germany', route: '#/homepage', page: 'home' } },
    });
  });

  it('does not run on an https page of another host', async () => {
    const result = await askContentScript(probe, urlOn(OTHER_HOST, '/'), undefined, 1500);
    expect(result.answered).toBe(false);
  });

  it('does not run on the My account page of an admin host', async () => {
    const result = await askContentScript(probe, urlOn('portal.office.com', '/account/'), undefined, 1500);
    expect(result.answered).toBe(false);
  });
});
