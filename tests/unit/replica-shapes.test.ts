/** The replica's `?shape=` switch (tests/portal/src/shape/shapes.ts): parsing, groups, persistence. */
import { describe, expect, it } from 'vitest';
import { initialShape, parseShapes, SHAPE_KEY } from '../portal/src/shape/shapes';
import { DEMO_IDS, manySubscriptionsLapsedLast, ONE_SUBSCRIPTION } from '../portal/src/state/subscriptions';

/** A Storage in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('?shape=', () => {
  it('combines shapes of different groups; within a group the later wins', () => {
    expect([...parseShapes('nav-collapsed, list-table,more-title')]).toEqual(['nav-collapsed', 'list-table', 'more-title']);
    expect([...parseShapes('list-table,list-cards,nav-links,nav-tree')]).toEqual(['list-cards', 'nav-tree']);
    expect(parseShapes('').size).toBe(0);
    expect(parseShapes('default').size).toBe(0);
  });

  it('rejects an unknown shape, naming it and the known ones', () => {
    expect(() => parseShapes('nav-collapsed,sideways')).toThrow(/unknown shape "sideways" \(known: nav-collapsed, /);
  });

  it('is kept for the tab, and cleared by an empty ?shape=', () => {
    const storage = memoryStorage();
    expect([...initialShape('?shape=dialog', storage)]).toEqual(['dialog']);
    expect(storage.getItem(SHAPE_KEY)).toBe('dialog');
    expect([...initialShape('?lang=nl-NL', storage)]).toEqual(['dialog']);
    expect(initialShape('?shape=', storage).size).toBe(0);
    expect(storage.getItem(SHAPE_KEY)).toBeNull();
    expect(initialShape('', storage).size).toBe(0);
  });

  it('tenants: one expired subscription; 300 with the lapsed ones last', () => {
    expect(ONE_SUBSCRIPTION.map((s) => [s.id, s.status])).toEqual([[DEMO_IDS.businessBasic, 'expired']]);
    const many = manySubscriptionsLapsedLast();
    expect(many).toHaveLength(300);
    expect(many.findIndex((s) => s.status !== 'active')).toBeGreaterThan(290);
    expect(new Set(many.map((s) => s.id)).size).toBe(300);
  });
});
