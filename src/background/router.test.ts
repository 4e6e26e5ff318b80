/**
 * The background's message router: who may send what (docs/architecture.md, "Messages"). Messages
 * from another extension, from a page that is not the admin center, from a subframe, or not of
 * the protocol's shape are dropped and logged once; valid ones act. The enterprise policy
 * (src/settings/policy.ts) refuses share links and tasks the organisation does not offer.
 *
 * webextension-polyfill is replaced by a small in-memory browser, the catalog by two tasks.
 */
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TourViewReply } from '../messaging/protocol';
import { compileTargets } from '../catalog/targets';
import type { Inline, Step, Task } from '../tour/model';

const OUR_ID = 'admin-coach-test-id';
const POPUP = `chrome-extension://${OUR_ID}/src/popup/index.html`;
const ADMIN = 'https://admin.microsoft.com/Adminportal/Home#/subscriptions';

/** The fake browser's state, shared by the polyfill mock and the tests. */
const fake = vi.hoisted(() => ({
  session: new Map<string, unknown>(),
  local: new Map<string, unknown>(),
  /** storage.managed contents; 'unavailable' rejects like Firefox without a policy. */
  managed: {} as Record<string, unknown> | 'unavailable',
  tabs: new Map<number, { id: number; url: string }>(),
  created: [] as string[],
  injected: [] as number[],
  sentToTabs: [] as Array<{ tabId: number; message: unknown }>,
}));

vi.mock('webextension-polyfill', () => {
  const area = (map: Map<string, unknown>) => ({
    get: async (key: string | null) => (key === null ? Object.fromEntries(map) : map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) map.set(key, structuredClone(value));
    },
    remove: async (key: string) => {
      map.delete(key);
    },
  });
  const browser = {
    runtime: { id: OUR_ID, getURL: (path: string) => `chrome-extension://${OUR_ID}/${path}` },
    i18n: { getUILanguage: () => 'en-US' },
    storage: {
      onChanged: { addListener: () => {} },
      session: area(fake.session),
      local: area(fake.local),
      managed: {
        get: async () => {
          if (fake.managed === 'unavailable') throw new Error('Managed storage manifest not found');
          return structuredClone(fake.managed);
        },
      },
    },
    tabs: {
      get: async (tabId: number) => {
        const tab = fake.tabs.get(tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}`);
        return tab;
      },
      create: async ({ url }: { url: string }) => {
        fake.created.push(url);
        return { id: 500 + fake.created.length, url };
      },
      sendMessage: async (tabId: number, message: unknown) => {
        fake.sentToTabs.push({ tabId, message });
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
    scripting: {
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        fake.injected.push(target.tabId);
        return [];
      },
    },
  };
  return { default: browser };
});

const step = (text: string, route: string | null = null): Step => {
  const content: Inline[] = [{ type: 'text', value: text }];
  return { content, text, labels: [], route, ...compileTargets({ content, text, labels: [], route }), alerts: [], images: [] };
};
const task = (id: string, title: string, steps: number): Task => ({
  id,
  title,
  kind: 'steps',
  intro: [],
  prerequisites: [],
  alerts: [],
  variants: [{ cloud: 'any', steps: Array.from({ length: steps }, (_, index) => step(`Step ${index + 1}`, index === 0 ? '#/subscriptions' : null)) }],
});
const TASK_A = 'aaaa/reactivate';
const TASK_B = 'bbbb/assign-licenses';

vi.mock('./catalog', async () => {
  const { variantFor } = await import('../tour/variant');
  const tasks: Record<string, Task[]> = {
    'nl-NL': [task(TASK_A, 'Abonnement opnieuw activeren', 3), task(TASK_B, 'Licenties toewijzen', 2)],
    'lv-LV': [task(TASK_A, 'Abonementa atkārtota aktivizēšana', 3)],
  };
  return {
    variantFor,
    currentTaskId: (taskId: string) => taskId,
    taskAliases: {},
    findTask: (taskId: string, locale: string) => {
      const found = tasks[locale]?.find((candidate) => candidate.id === taskId);
      return found ? { article: { locale, tasks: tasks[locale] }, task: found } : undefined;
    },
    localesOfTask: (taskId: string) => Object.keys(tasks).filter((locale) => tasks[locale]?.some((candidate) => candidate.id === taskId)),
  };
});

type Route = typeof import('./router').route;
let route: Route;
let warn: { mock: { calls: unknown[][] }; mockRestore(): void };

beforeEach(async () => {
  fake.session.clear();
  fake.local.clear();
  fake.managed = {};
  fake.tabs = new Map([
    [7, { id: 7, url: ADMIN }],
    [8, { id: 8, url: 'https://example.com/' }],
  ]);
  fake.created = [];
  fake.injected = [];
  fake.sentToTabs = [];
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // warnOnce remembers per background lifetime: a fresh module graph per test.
  vi.resetModules();
  ({ route } = await import('./router'));
});
afterEach(() => warn.mockRestore());

const fromAdminTab = (overrides: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: OUR_ID,
  url: ADMIN,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  frameId: 0,
  ...overrides,
});
const fromPopup = (overrides: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: OUR_ID, url: POPUP, ...overrides });
const sessionOf = (tabId: number) => fake.session.get(`tab:${tabId}`);
const warnings = (): string[] => warn.mock.calls.map((call) => String(call[0]));

describe('messages the router drops, logging each kind of drop once', () => {
  it('drops messages from another extension, even well-formed ones from an admin page', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect(await route({ type: 'tourStart', tabId: 7, taskId: TASK_A, locale: 'nl-NL' }, fromAdminTab({ id: 'evil-extension' }))).toBeUndefined();
    }
    expect(sessionOf(7)).toBeUndefined();
    expect(warnings()).toEqual(['Admin Coach: foreign-sender: evil-extension']);
  });

  it.each([
    ['a web page', 'https://evil.example/Adminportal/Home#/subscriptions'],
    ['plain http on an admin host', 'http://admin.microsoft.com/Adminportal/Home'],
    ['a user page on portal.office.com', 'https://portal.office.com/account/'],
    ['a look-alike host', 'https://admin.microsoft.com.evil.example/'],
  ])('drops tour-UI messages from %s (judged by sender.url)', async (_name, url) => {
    fake.session.set('tab:7', { taskId: TASK_A, locale: 'nl-NL', step: 0 });
    expect(await route({ type: 'tourViewGet' }, fromAdminTab({ url }))).toBeUndefined();
    expect(await route({ type: 'tourClose' }, fromAdminTab({ url }))).toBeUndefined();
    expect(sessionOf(7)).toEqual({ taskId: TASK_A, locale: 'nl-NL', step: 0 });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/^Admin Coach: not-an-admin-tab: tourViewGet from /);
  });

  it('drops messages from a subframe of an admin page, and from no tab at all', async () => {
    fake.session.set('tab:7', { taskId: TASK_A, locale: 'nl-NL', step: 0 });
    expect(await route({ type: 'tourStepSet', step: 2 }, fromAdminTab({ frameId: 3 }))).toBeUndefined();
    expect(await route({ type: 'tourStepSet', step: 2 }, fromAdminTab({ tab: undefined }))).toBeUndefined();
    expect(sessionOf(7)).toEqual({ taskId: TASK_A, locale: 'nl-NL', step: 0 });
    expect(warnings()).toHaveLength(1);
  });

  it('drops popup commands sent from an admin page (a content script cannot start or stop tours)', async () => {
    expect(await route({ type: 'tourStart', tabId: 7, taskId: TASK_A, locale: 'nl-NL' }, fromAdminTab())).toBeUndefined();
    expect(await route({ type: 'popupStateGet', tabId: 7 }, fromAdminTab())).toBeUndefined();
    expect(sessionOf(7)).toBeUndefined();
    expect(warnings()).toEqual(['Admin Coach: not-an-extension-page: tourStart from https://admin.microsoft.com/Adminportal/Home#/subscriptions']);
  });

  it.each([
    ['an unknown kind', { type: 'runScript', code: 'alert(1)' }],
    ['a negative step', { type: 'tourStepSet', step: -1 }],
    ['a fractional step', { type: 'tourStepSet', step: 1.5 }],
    ['a task id with a script', { type: 'tourStart', tabId: 7, taskId: '<img src=x onerror=alert(1)>', locale: 'nl-NL' }],
    ['a non-string locale', { type: 'tourLocaleSet', tabId: 7, locale: { toString: 'nl-NL' } }],
    ['an oversized share parameter', { type: 'shareLinkOpened', tour: 'a'.repeat(5000), lang: null, step: null }],
    ['a string', 'tourClose'],
    ['null', null],
  ])('drops a malformed message: %s', async (_name, message) => {
    expect(await route(message, fromAdminTab())).toBeUndefined();
    expect(await route(message, fromPopup())).toBeUndefined();
    expect(fake.session.size + fake.created.length + fake.injected.length).toBe(0);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/^Admin Coach: invalid-message: /);
  });
});

describe('valid messages', () => {
  it('the popup starts a tour in an admin tab, the tour UI moves it on and closes it', async () => {
    expect(await route({ type: 'tourStart', tabId: 7, taskId: TASK_A, locale: 'nl-NL' }, fromPopup())).toEqual({ ok: true, tabId: 7 });
    expect(sessionOf(7)).toEqual({ taskId: TASK_A, locale: 'nl-NL', step: 0 });
    expect(fake.injected).toEqual([7]);
    await route({ type: 'tourStepSet', step: 2 }, fromAdminTab());
    const reply = (await route({ type: 'tourViewGet' }, fromAdminTab())) as { view: { step: number; title: string } };
    expect(reply.view).toMatchObject({ step: 2, title: 'Abonnement opnieuw activeren' });
    await route({ type: 'tourClose' }, fromAdminTab());
    expect(sessionOf(7)).toBeUndefined();
    expect(warnings()).toEqual([]);
  });

  it('answers a tab’s first message with its tour’s view and words in the admin’s language, injecting the tour UI meanwhile', async () => {
    fake.session.set('tab:7', { taskId: TASK_A, locale: 'nl-NL', step: 1 });
    const reply = (await route({ type: 'contentReady', sentAt: 1000 }, fromAdminTab())) as TourViewReply;
    expect(fake.injected).toEqual([7]);
    expect(reply.view).toMatchObject({ taskId: TASK_A, step: 1, title: 'Abonnement opnieuw activeren', uiLanguage: 'nl' });
    expect(reply.words?.language).toBe('nl');
    expect(reply.words?.messages.coachNext).toBe('Volgende');
    expect(reply.words?.messages.coachStepOf).toBe('Stap {{current}} van {{total}}');
    expect(reply.hops?.contentSent).toBe(1000);
    expect(reply.hops?.backgroundReplied).toBeGreaterThanOrEqual(reply.hops?.backgroundReceived ?? Number.POSITIVE_INFINITY);
    // A tab without a tour gets no reply and no tour UI.
    expect(await route({ type: 'contentReady' }, fromAdminTab({ tab: { id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false } }))).toBeUndefined();
    expect(fake.injected).toEqual([7]);
  });

  it('a share link’s reply carries the tour it started, so the tour UI needs no second message', async () => {
    const reply = (await route({ type: 'shareLinkOpened', tour: TASK_A, lang: 'lv-LV', step: '2' }, fromAdminTab())) as TourViewReply;
    expect(reply.view).toMatchObject({ taskId: TASK_A, locale: 'lv-LV', step: 1, uiLanguage: 'lv' });
    expect(reply.words?.messages.coachBack).toBe('Atpakaļ');
  });

  it('switching the tour language pushes the view with the new language’s words', async () => {
    fake.session.set('tab:7', { taskId: TASK_A, locale: 'nl-NL', step: 0 });
    expect(await route({ type: 'tourLocaleSet', tabId: 7, locale: 'lv-LV' }, fromPopup())).toEqual({ ok: true });
    const pushed = fake.sentToTabs.at(-1)?.message as { view: { locale: string }; words: { language: string } };
    expect(pushed.view.locale).toBe('lv-LV');
    expect(pushed.words.language).toBe('lv');
  });

  it('a share link starts its tour at its step in its tab', async () => {
    await route({ type: 'shareLinkOpened', tour: TASK_A, lang: 'lv-LV', step: '2' }, fromAdminTab());
    expect(sessionOf(7)).toEqual({ taskId: TASK_A, locale: 'lv-LV', step: 1 });
    expect(fake.injected).toEqual([7]);
  });

  it('the popup starting a tour from a non-admin tab opens the admin center where the task begins', async () => {
    expect(await route({ type: 'tourStart', tabId: 8, taskId: TASK_B, locale: 'nl-NL' }, fromPopup())).toMatchObject({ ok: true });
    expect(fake.created).toEqual(['https://admin.microsoft.com/Adminportal/Home#/subscriptions']);
  });
});

describe('the enterprise policy', () => {
  it('refuses share links when acceptShareLinks is false, with a notice for the admin', async () => {
    fake.managed = { acceptShareLinks: false };
    const reply = (await route({ type: 'shareLinkOpened', tour: TASK_A, lang: 'nl-NL', step: '1' }, fromAdminTab())) as TourViewReply;
    expect(sessionOf(7)).toBeUndefined();
    expect(reply.view).toBeNull();
    expect(reply.notice).toEqual({ reason: 'linkRefusedByPolicy', recovered: false });
    // No language chosen, tour language none: the browser's (en-US) words.
    expect(reply.words?.messages.linkRefusedByPolicy).toBe('Opening tours from links is turned off by your organization.');
    expect(fake.injected).toEqual([7]);
  });

  it('offers only the allowed tasks: the popup and share links cannot start another', async () => {
    fake.managed = { allowedTasks: [TASK_B] };
    expect(await route({ type: 'tourStart', tabId: 7, taskId: TASK_A, locale: 'nl-NL' }, fromPopup())).toEqual({ ok: false, error: 'errorTaskNotAllowed' });
    const reply = (await route({ type: 'shareLinkOpened', tour: TASK_A, lang: 'nl-NL', step: '1' }, fromAdminTab())) as TourViewReply;
    expect(sessionOf(7)).toBeUndefined();
    expect(reply.notice).toEqual({ reason: 'linkTaskNotAllowed', recovered: false });
    expect(await route({ type: 'tourStart', tabId: 7, taskId: TASK_B, locale: 'nl-NL' }, fromPopup())).toEqual({ ok: true, tabId: 7 });
  });

  it('ends a running tour whose task the policy stopped offering', async () => {
    fake.session.set('tab:7', { taskId: TASK_A, locale: 'nl-NL', step: 1 });
    fake.managed = { allowedTasks: [TASK_B] };
    expect(await route({ type: 'tourViewGet' }, fromAdminTab())).toEqual({ view: null, notice: null, words: null });
    expect(sessionOf(7)).toBeUndefined();
  });

  it('uses defaultLanguage when a share link’s language is missing and the admin chose none', async () => {
    fake.managed = { defaultLanguage: 'lv-LV' };
    await route({ type: 'shareLinkOpened', tour: TASK_A, lang: 'ro-RO', step: '1' }, fromAdminTab());
    expect(sessionOf(7)).toEqual({ taskId: TASK_A, locale: 'lv-LV', step: 0 });
  });

  it('with allowOtherClouds false, never guesses a cloud: refuses until the admin center was seen, then opens that cloud', async () => {
    fake.managed = { allowOtherClouds: false };
    expect(await route({ type: 'tourStart', tabId: 8, taskId: TASK_A, locale: 'nl-NL' }, fromPopup())).toEqual({ ok: false, error: 'errorOpenAdminCenterFirst' });
    expect(fake.created).toEqual([]);
    await route({ type: 'contentReady' }, fromAdminTab({ url: 'https://portal.office.de/Adminportal/Home#/homepage' }));
    expect(await route({ type: 'tourStart', tabId: 8, taskId: TASK_A, locale: 'nl-NL' }, fromPopup())).toMatchObject({ ok: true });
    expect(fake.created).toEqual(['https://portal.office.de/Adminportal/Home#/subscriptions']);
  });

  it('ignores invalid values with one warning each and keeps the valid ones', async () => {
    fake.managed = { acceptShareLinks: 'no', allowedTasks: [TASK_B, 42], defaultLanguage: 'lv-LV' };
    await route({ type: 'shareLinkOpened', tour: TASK_A, lang: 'xx-XX', step: '1' }, fromAdminTab());
    await route({ type: 'shareLinkOpened', tour: TASK_A, lang: 'xx-XX', step: '1' }, fromAdminTab());
    expect(sessionOf(7)).toEqual({ taskId: TASK_A, locale: 'lv-LV', step: 0 });
    expect(warnings().map((line) => line.split(':')[1]?.trim())).toEqual(['policy-allowedTasks', 'policy-acceptShareLinks']);
  });

  it('treats unavailable managed storage (Firefox without a policy) as no policy', async () => {
    fake.managed = 'unavailable';
    expect(await route({ type: 'tourStart', tabId: 7, taskId: TASK_A, locale: 'nl-NL' }, fromPopup())).toEqual({ ok: true, tabId: 7 });
    expect(warnings()).toEqual([]);
  });
});

describe('properties', () => {
  it('never throws and never acts on arbitrary JSON, from any sender', async () => {
    const senders = [fromAdminTab(), fromPopup(), fromAdminTab({ url: 'https://evil.example/' }), fromAdminTab({ id: 'other' })];
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(...senders), async (message, sender) => {
        await expect(route(message, sender)).resolves.toBeUndefined();
        expect(fake.session.size + fake.created.length + fake.injected.length).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});
