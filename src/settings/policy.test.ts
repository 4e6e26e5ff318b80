/**
 * Reading the policy (src/settings/policy.ts): storage.managed's answer when it comes in time,
 * the last copy while Chromium's storage.managed keeps a read waiting after a browser start,
 * and the copy kept up to date.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  /** What storage.managed.get answers: contents, 'unavailable' (rejects), or 'pending' (answers when `answer` is called). */
  managed: {} as Record<string, unknown> | 'unavailable' | 'pending',
  answer: (_contents: Record<string, unknown>) => {},
  writes: 0,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (fake.local.has(key) ? { [key]: structuredClone(fake.local.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          fake.writes++;
          for (const [key, value] of Object.entries(items)) fake.local.set(key, structuredClone(value));
        },
      },
      managed: {
        get: () => {
          if (fake.managed === 'unavailable') return Promise.reject(new Error('Managed storage manifest not found'));
          if (fake.managed === 'pending') return new Promise((resolve) => (fake.answer = resolve));
          return Promise.resolve(structuredClone(fake.managed));
        },
      },
    },
  },
}));

const { MANAGED_COPY_KEY, MANAGED_GRACE_MS, NO_POLICY, startPolicyRead } = await import('./policy');

/** Lets the fake storage's promises settle (they take no time). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  fake.local.clear();
  fake.managed = {};
  fake.writes = 0;
});
afterEach(() => vi.useRealTimers());

describe('startPolicyRead', () => {
  it("answers with storage.managed's policy when it answers in time, and keeps a copy", async () => {
    fake.managed = { acceptShareLinks: false };
    const read = startPolicyRead();
    await settle();
    await expect(read.first).resolves.toMatchObject({ acceptShareLinks: false, managed: ['acceptShareLinks'] });
    expect(fake.local.get(MANAGED_COPY_KEY)).toEqual({ acceptShareLinks: false });
  });

  it('while storage.managed keeps the read waiting, answers from the last copy after the grace time, then storage.managed says the rest', async () => {
    fake.local.set(MANAGED_COPY_KEY, { allowedTasks: ['a/b'] });
    fake.managed = 'pending';
    const read = startPolicyRead();
    let first: unknown;
    void read.first.then((policy) => (first = policy));
    await vi.advanceTimersByTimeAsync(MANAGED_GRACE_MS - 1);
    expect(first).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(first).toMatchObject({ allowedTasks: ['a/b'], managed: ['allowedTasks'] });
    fake.answer({ allowedTasks: ['c/d'] });
    await expect(read.managed).resolves.toMatchObject({ allowedTasks: ['c/d'] });
    await settle();
    expect(fake.local.get(MANAGED_COPY_KEY)).toEqual({ allowedTasks: ['c/d'] });
  });

  it('without a copy (the first start ever), waits for storage.managed however long it takes', async () => {
    fake.managed = 'pending';
    const read = startPolicyRead();
    let first: unknown;
    void read.first.then((policy) => (first = policy));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(first).toBeUndefined();
    fake.answer({ acceptShareLinks: false });
    await settle();
    expect(first).toMatchObject({ acceptShareLinks: false });
  });

  it("validates the copy as it reads it: an invalid value in it is ignored, the others apply", async () => {
    fake.local.set(MANAGED_COPY_KEY, { allowOtherClouds: 'no', acceptShareLinks: false });
    fake.managed = 'pending';
    const read = startPolicyRead();
    await vi.advanceTimersByTimeAsync(MANAGED_GRACE_MS);
    await expect(read.first).resolves.toEqual({ ...NO_POLICY, acceptShareLinks: false, managed: ['acceptShareLinks'] });
  });

  it('copies "no managed storage" as no policy, and writes the copy only when it changed', async () => {
    fake.managed = 'unavailable';
    await expect(startPolicyRead().first).resolves.toEqual(NO_POLICY);
    await settle();
    expect(fake.local.get(MANAGED_COPY_KEY)).toBeNull();
    expect(fake.writes).toBe(1);
    await startPolicyRead().first;
    await settle();
    expect(fake.writes).toBe(1);
    fake.managed = 'pending';
    const read = startPolicyRead();
    await vi.advanceTimersByTimeAsync(MANAGED_GRACE_MS);
    await expect(read.first).resolves.toEqual(NO_POLICY);
  });

  it('warns of an invalid value in storage.managed once per read, not again for the copy', async () => {
    const warn = vi.fn();
    fake.managed = { acceptShareLinks: 'false' };
    await startPolicyRead(warn).first;
    await settle();
    fake.managed = 'pending';
    const read = startPolicyRead(warn);
    await vi.advanceTimersByTimeAsync(MANAGED_GRACE_MS);
    await expect(read.first).resolves.toEqual(NO_POLICY);
    expect(warn.mock.calls.map((call) => call[0])).toEqual(['policy-acceptShareLinks']);
  });
});
