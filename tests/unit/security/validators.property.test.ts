/**
 * Fuzzing the validators at the trust boundaries (docs/architecture.md, "Messages"): the message
 * protocol (src/messaging/protocol.ts) and the enterprise policy (src/settings/policy-parse.ts).
 * Arbitrary JSON never makes them throw; only well-formed values pass, and what passes is of the
 * promised shape. Thousands of runs each, well under a second or two.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BackgroundRequest, parseMessage, TourViewChanged, TourViewReply } from '../../../src/messaging/protocol';
import { CheckerResult, TourCheckReply } from '../../../src/messaging/tour-check';
import { NO_POLICY, parsePolicy, POLICY_KEYS } from '../../../src/settings/policy-parse';
import { MAX_STEP_INDEX } from '../../../src/tour/step-number';

const KINDS = ['contentReady', 'shareLinkOpened', 'tourViewGet', 'tourStepSet', 'tourClose', 'popupStateGet', 'tourStart', 'tourStop', 'tourLocaleSet', 'tourCheck'];
const RUNS = 5000;

const taskId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,60}$/);
const locale = fc.constantFrom('nl-NL', 'nb-NO', 'lv-LV', 'ro-RO', 'en', 'zh-Hans-CN');
const tabId = fc.nat({ max: 2 ** 31 - 1 });
const step = fc.integer({ min: 0, max: MAX_STEP_INDEX });
const rawParam = fc.option(fc.string({ maxLength: 100 }), { nil: null });

/** Every kind of request, well formed. */
const validRequest = fc.oneof(
  fc.constant({ type: 'contentReady' }),
  fc.record({ type: fc.constant('shareLinkOpened'), tour: rawParam, lang: rawParam, step: rawParam }),
  fc.constant({ type: 'tourViewGet' }),
  fc.record({ type: fc.constant('tourStepSet'), step }),
  fc.constant({ type: 'tourClose' }),
  fc.record({ type: fc.constant('popupStateGet'), tabId: fc.option(tabId, { nil: null }) }),
  fc.record({ type: fc.constant('tourStart'), tabId: fc.option(tabId, { nil: null }), taskId, locale, step }),
  fc.record({ type: fc.constant('tourStop'), tabId }),
  fc.record({ type: fc.constant('tourLocaleSet'), tabId, locale }),
  fc.record({ type: fc.constant('tourCheck'), tabId, taskId, locale }),
);

/** A well-formed request with one field made wrong. */
const brokenRequest: fc.Arbitrary<Record<string, unknown>> = validRequest.chain((request): fc.Arbitrary<Record<string, unknown>> => {
  const fields = Object.keys(request).filter((key) => key !== 'type' && !(key === 'tabId' && request.type === 'tourStart') && !(key === 'tabId' && request.type === 'popupStateGet'));
  const bad = fc.oneof(fc.constant(-1), fc.constant(1.5), fc.constant({}), fc.constant([]), fc.constant(true), fc.constant('x'.repeat(3000)));
  if (fields.length === 0) return fc.constant<Record<string, unknown>>({ ...request, type: `${request.type}!` });
  return fc.tuple(fc.constantFrom(...fields), bad).map(([field, value]) => ({ ...request, [field]: value }));
});

describe('the message protocol', () => {
  it('never throws on arbitrary values, and what passes has a known kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (message) => {
        const parsed = parseMessage(BackgroundRequest, message);
        if (parsed !== null) expect(KINDS).toContain(parsed.type);
        parseMessage(TourViewChanged, message);
        parseMessage(TourViewReply, message);
        parseMessage(CheckerResult, message);
        parseMessage(TourCheckReply, message);
      }),
      { numRuns: RUNS },
    );
  });

  it('passes every well-formed request unchanged', () => {
    fc.assert(
      fc.property(validRequest, (request) => {
        const parsed = parseMessage(BackgroundRequest, request);
        expect(parsed).not.toBeNull();
        expect(parsed).toMatchObject(request);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a request with any field of the wrong shape', () => {
    fc.assert(
      fc.property(brokenRequest, (request) => {
        const result = v.safeParse(BackgroundRequest, request);
        // A too-long raw share param is still a string: only those may pass, and only when capped.
        if (result.success) {
          expect(request.type).toBe('shareLinkOpened');
          expect(Object.values(request).every((value) => value === null || (typeof value === 'string' && value.length <= 2048))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses requests of a kind it does not know, whatever else they carry', () => {
    fc.assert(
      fc.property(fc.string().filter((kind) => !KINDS.includes(kind)), fc.dictionary(fc.string(), fc.jsonValue()), (type, rest) => {
        expect(parseMessage(BackgroundRequest, { ...rest, type })).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the enterprise policy', () => {
  const validPolicy = fc.record(
    {
      defaultLanguage: locale,
      allowedTasks: fc.array(taskId, { maxLength: 20 }),
      acceptShareLinks: fc.boolean(),
      allowOtherClouds: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('never throws on arbitrary values and always yields a policy of the promised shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...POLICY_KEYS, 'other'), fc.jsonValue())), (raw) => {
        const warned: string[] = [];
        const policy = parsePolicy(raw, (kind) => warned.push(kind));
        expect(policy.defaultLanguage === null || typeof policy.defaultLanguage === 'string').toBe(true);
        expect(policy.allowedTasks === null || policy.allowedTasks.every((id) => typeof id === 'string')).toBe(true);
        expect(typeof policy.acceptShareLinks).toBe('boolean');
        expect(typeof policy.allowOtherClouds).toBe('boolean');
        // Every set field is either managed or warned about, never silently dropped.
        if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
          const set = POLICY_KEYS.filter((key) => Object.hasOwn(raw, key) && (raw as Record<string, unknown>)[key] !== undefined);
          expect([...policy.managed, ...warned.map((kind) => kind.replace('policy-', ''))].sort()).toEqual([...set].sort());
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('takes every valid policy as written, marking exactly its fields as managed', () => {
    fc.assert(
      fc.property(validPolicy, (raw) => {
        const policy = parsePolicy(raw, () => {
          throw new Error('no warning expected');
        });
        expect(policy).toEqual({ ...NO_POLICY, ...raw, managed: POLICY_KEYS.filter((key) => key in raw) });
      }),
      { numRuns: RUNS },
    );
  });
});
