/**
 * The background's memory of the organisation's policy (./settings-memory.ts): answered from
 * the last copy while storage.managed keeps the first read waiting, then storage.managed's own
 * answer; a change read again at once. webextension-polyfill's storage is a small fake; the
 * policy reading itself is the real one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  /** The pending storage.managed reads' resolvers, oldest first. */
  managedReads: [] as Array<(contents: Record<string, unknown>) => void>,
  changeListeners: [] as Array<(changes: Record<string, unknown>, area: string) => void>,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      onChanged: { addListener: (listener: (changes: Record<string, unknown>, area: string) => void) => fake.changeListeners.push(listener) },
      local: {
        get: async (key: string) => (fake.local.has(key) ? { [key]: structuredClone(fake.local.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) fake.local.set(key, structuredClone(value));
        },
      },
      managed: { get: () => new Promise((resolve) => fake.managedReads.push(resolve)) },
    },
  },
}));

const { MANAGED_COPY_KEY, MANAGED_GRACE_MS } = await import('../settings/policy');

type Memory = typeof import('./settings-memory');
let memory: Memory;

beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  fake.local.clear();
  fake.managedReads = [];
  fake.changeListeners = [];
  // A background that starts: nothing in memory.
  memory = await import('./settings-memory');
  memory.watchSettings();
});
afterEach(() => vi.useRealTimers());

describe('policyFromMemory', () => {
  it("answers from the last copy while storage.managed keeps the read waiting, then from storage.managed's answer", async () => {
    fake.local.set(MANAGED_COPY_KEY, { acceptShareLinks: false });
    const first = memory.policyFromMemory();
    await vi.advanceTimersByTimeAsync(MANAGED_GRACE_MS);
    await expect(first).resolves.toMatchObject({ acceptShareLinks: false });
    fake.managedReads[0]?.({ acceptShareLinks: true, allowOtherClouds: false });
    await vi.advanceTimersByTimeAsync(0);
    await expect(memory.policyFromMemory()).resolves.toMatchObject({ acceptShareLinks: true, allowOtherClouds: false });
    expect(fake.managedReads).toHaveLength(1);
  });

  it("reads a changed policy again at once, and a slower earlier read's answer does not overwrite it", async () => {
    fake.local.set(MANAGED_COPY_KEY, {});
    void memory.policyFromMemory();
    await vi.advanceTimersByTimeAsync(MANAGED_GRACE_MS);
    for (const listener of fake.changeListeners) listener({ allowedTasks: { newValue: ['a/b'] } }, 'managed');
    expect(fake.managedReads).toHaveLength(2);
    fake.managedReads[1]?.({ allowedTasks: ['a/b'] });
    fake.managedReads[0]?.({});
    await vi.advanceTimersByTimeAsync(0);
    await expect(memory.policyFromMemory()).resolves.toMatchObject({ allowedTasks: ['a/b'] });
    expect(fake.local.get(MANAGED_COPY_KEY)).toEqual({ allowedTasks: ['a/b'] });
  });
});
