/**
 * The enterprise policy's reading (src/settings/policy-parse.ts): each field validated on its
 * own, invalid values ignored with a warning, and managed_schema.json in step with the code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { isTaskAllowed, NO_POLICY, parsePolicy, POLICY_KEYS } from './policy-parse';

describe('parsePolicy', () => {
  it('is no policy for nothing, a non-object, or an empty object', () => {
    for (const raw of [undefined, null, 'x', 42, [], {}]) expect(parsePolicy(raw)).toEqual(NO_POLICY);
  });

  it('takes every valid field and names it as managed', () => {
    const policy = parsePolicy({ defaultLanguage: 'nl-NL', allowedTasks: ['a/b', 'c/d/2'], acceptShareLinks: false, allowOtherClouds: false, unknown: 1 });
    expect(policy).toEqual({
      defaultLanguage: 'nl-NL',
      allowedTasks: ['a/b', 'c/d/2'],
      acceptShareLinks: false,
      allowOtherClouds: false,
      managed: ['defaultLanguage', 'allowedTasks', 'acceptShareLinks', 'allowOtherClouds'],
    });
    expect(Object.isFrozen(policy.allowedTasks)).toBe(true);
  });

  it('ignores each invalid value with a warning naming the field, keeping the others', () => {
    const warn = vi.fn();
    const policy = parsePolicy({ defaultLanguage: 'not a locale!', allowedTasks: 'a/b', acceptShareLinks: 'false', allowOtherClouds: false }, warn);
    expect(policy).toEqual({ ...NO_POLICY, allowOtherClouds: false, managed: ['allowOtherClouds'] });
    expect(warn.mock.calls.map((call) => call[0])).toEqual(['policy-defaultLanguage', 'policy-allowedTasks', 'policy-acceptShareLinks']);
  });

  it('an empty allow list offers nothing; no list offers everything', () => {
    expect(isTaskAllowed(parsePolicy({ allowedTasks: [] }), 'a/b')).toBe(false);
    expect(isTaskAllowed(NO_POLICY, 'a/b')).toBe(true);
    expect(isTaskAllowed(parsePolicy({ allowedTasks: ['a/b'] }), 'a/b')).toBe(true);
  });

  it('does not read inherited properties (a polluted prototype is not a policy)', () => {
    const raw = Object.create({ acceptShareLinks: false }) as object;
    expect(parsePolicy(raw)).toEqual(NO_POLICY);
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as {
    type: string;
    properties: Record<string, { type: string; items?: { type: string } }>;
  };

  it('declares exactly the fields the code reads, with their types (Chrome publishes only what matches)', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    expect(schema.properties.defaultLanguage?.type).toBe('string');
    expect(schema.properties.allowedTasks).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema.properties.acceptShareLinks?.type).toBe('boolean');
    expect(schema.properties.allowOtherClouds?.type).toBe('boolean');
  });
});
