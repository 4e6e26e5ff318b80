/**
 * The background's part of "Check this tour": the tab judged by its URL, the task's steps for
 * the tab's cloud injected as JSON text, the checker's answer validated before it reaches the
 * popup. webextension-polyfill's scripting and the catalog are replaced by small fakes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdminPage } from '../portal/page';

const fake = vi.hoisted(() => ({
  calls: [] as Array<{ files?: string[]; args?: unknown[] }>,
  checkerAnswer: null as unknown,
  scriptingFails: false,
  allowed: true,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    scripting: {
      executeScript: async (details: { files?: string[]; args?: unknown[] }) => {
        if (fake.scriptingFails) throw new Error('Cannot access contents of the page');
        fake.calls.push(details);
        return [{ frameId: 0, result: details.files ? null : fake.checkerAnswer }];
      },
    },
  },
}));

const STEPS = [
  { text: 'Go to Billing > Your products.', labels: ['Billing', 'Your products'], route: '#/subscriptions', content: [], alerts: [], images: [] },
  { text: 'Select More actions.', labels: ['More actions'], route: null, content: [], alerts: [], images: [] },
];

vi.mock('./catalog', () => ({
  currentTaskId: (id: string) => id,
  taskAliases: {},
  findTask: (id: string, locale: string) => (id === 'task/1' && locale === 'en-US' ? { task: { id }, locale } : undefined),
  variantFor: () => ({ cloud: 'any', steps: STEPS }),
}));
vi.mock('./settings-memory', () => ({ policyFromMemory: async () => ({}) }));
vi.mock('../settings/policy', () => ({ isTaskAllowed: () => fake.allowed }));

const { checkTourInTab, TOUR_CHECK_FILE } = await import('./tour-check');

const PAGE: AdminPage = { host: 'admin.microsoft.com', cloud: 'worldwide', route: '#/subscriptions', page: 'your-products' } as AdminPage;
const REQUEST = { type: 'tourCheck' as const, tabId: 7, taskId: 'task/1', locale: 'en-US' };
const REPORT = [{ kind: 'satisfied' }, { kind: 'found', target: { role: 'button', name: 'More actions' }, reveals: false }];

beforeEach(() => {
  fake.calls = [];
  fake.checkerAnswer = { ok: true, steps: REPORT };
  fake.scriptingFails = false;
  fake.allowed = true;
});

describe('checkTourInTab', () => {
  it('injects the checker into the top frame, sends the steps as JSON with their null routes, and passes the report on', async () => {
    expect(await checkTourInTab(REQUEST, PAGE)).toEqual({ ok: true, steps: REPORT });
    expect(fake.calls[0]?.files).toEqual([TOUR_CHECK_FILE]);
    const json = fake.calls[1]?.args?.[1];
    expect(typeof json).toBe('string');
    expect(JSON.parse(json as string)).toEqual({ steps: STEPS, locale: 'en-US' });
  });

  it.each([
    ['the tab is not an admin-center page', null, {}, 'errorNotAdminTab'],
    ['the task is unknown', PAGE, { taskId: 'task/9' }, 'errorUnknownTask'],
  ])('refuses when %s, injecting nothing', async (_, page, change, error) => {
    expect(await checkTourInTab({ ...REQUEST, ...change }, page)).toEqual({ ok: false, error });
    expect(fake.calls).toEqual([]);
  });

  it('refuses a task the organisation does not offer', async () => {
    fake.allowed = false;
    expect(await checkTourInTab(REQUEST, PAGE)).toEqual({ ok: false, error: 'errorTaskNotAllowed' });
  });

  it.each([
    ['says the page is not ready', { ok: false, error: 'pageNotReady' }, 'errorPageNotReady'],
    ['answers something else', { ok: true, steps: [{ kind: 'found' }] }, 'errorCheckFailed'],
    ['answers for fewer steps than the task has', { ok: true, steps: [{ kind: 'untargeted' }] }, 'errorCheckFailed'],
    ['is not there (no answer)', null, 'errorCheckFailed'],
  ])('reports an error when the checker %s', async (_, answer, error) => {
    fake.checkerAnswer = answer;
    expect(await checkTourInTab(REQUEST, PAGE)).toEqual({ ok: false, error });
  });

  it('reports a failed check when the tab cannot be scripted', async () => {
    fake.scriptingFails = true;
    expect(await checkTourInTab(REQUEST, PAGE)).toEqual({ ok: false, error: 'errorCheckFailed' });
  });
});
