import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tourWordsFor } from '../background/tour-words';
import { PLURAL_CATEGORIES, TOUR_UI_KEYS } from '../i18n/tour-words';
import { parseMessage, TourViewChanged, TourViewReply } from './protocol';
import { readTourUiPayload, readTourViewChanged } from './tour-ui-payload';

/**
 * The tour UI's hand-written check agrees with the valibot schemas it stands in for
 * (protocol.ts TourViewReply, TourViewChanged): on well-formed payloads, on payloads with a
 * field made wrong anywhere in them, and on arbitrary values, it passes the same values and
 * returns the same copy, or refuses like them.
 */

/** Mostly `good`, sometimes a wrong value, sometimes missing. */
const usually = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 12, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', -1, 1.5, Number.NaN, true, {}, [], 'x'.repeat(300)) },
  );

const href = fc.constantFrom('https://learn.microsoft.com/x', 'http://example.com/', 'https://', '/relative', 'https://a b', 'javascript:alert(1)');
const routeValue = fc.constantFrom(null, '#/subscriptions', 'subscriptions', '');
const inline: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('text'), value: usually(fc.string({ minLength: 1, maxLength: 8 })) }),
    fc.record({ type: fc.constant('strong'), children: usually(fc.array(tie('node'), { maxLength: 2 })) }),
    fc.record({ type: fc.constant('code'), value: usually(fc.string({ maxLength: 5 })) }),
    fc.record({ type: fc.constant('link'), href: usually(href), route: usually(routeValue), children: usually(fc.array(tie('node'), { maxLength: 2 })) }),
    fc.record({ type: usually(fc.constantFrom('break', 'html')) }),
  ),
})).node;
const nonEmpty = usually(fc.string({ minLength: 1, maxLength: 6 }));
/** A word or character range: mostly `[start, end)` with start ≤ end, sometimes reversed or not a pair. */
const range = usually(
  fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.nat(3), fc.nat(3)).map(([start, length]) => [start, start + length]) },
    { weight: 1, arbitrary: fc.constantFrom([2, 1], [0], [0, 1, 2], [-1, 0], [0, 0.5]) },
  ),
);
const target = fc.record({
  label: nonEmpty,
  labelIndex: usually(fc.constantFrom(-1, 0, 2)),
  kind: usually(fc.constantFrom('crumb', 'control', 'tab', 'choice', 'button')),
  words: usually(fc.array(nonEmpty, { minLength: 1, maxLength: 2 })),
  at: usually(fc.oneof(fc.constant(null), range)),
  chars: usually(fc.oneof(fc.constant(null), range)),
  segment: range,
  roles: usually(fc.array(nonEmpty, { maxLength: 2 })),
  route: usually(routeValue),
});
const wording = {
  content: usually(fc.array(inline, { maxLength: 3 })),
  text: nonEmpty,
  labels: usually(fc.array(nonEmpty, { maxLength: 2 })),
  route: usually(routeValue),
  words: usually(fc.array(nonEmpty, { maxLength: 2 })),
  muted: usually(fc.array(range, { maxLength: 1 })),
  targets: usually(fc.array(target, { maxLength: 1 })),
};
const step = fc.record(
  {
    ...wording,
    alerts: usually(fc.array(fc.record({ kind: usually(fc.constantFrom('note', 'warning', 'danger')), content: usually(fc.array(inline, { maxLength: 2 })) }), { maxLength: 2 })),
    images: usually(fc.array(nonEmpty, { maxLength: 2 })),
    // The same step in other locales; 'x' is no locale.
    translations: usually(fc.dictionary(fc.constantFrom('en-US', 'nb-NO', 'x'), fc.record(wording), { maxKeys: 2 })),
  },
  { requiredKeys: ['content', 'text', 'labels', 'route', 'words', 'muted', 'targets', 'alerts', 'images'] },
);
const view = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 6,
    arbitrary: fc.record({
      taskId: usually(fc.constantFrom('2d59f23f/reactivate', 'a', '-bad', 'x/'.repeat(120))),
      locale: usually(fc.constantFrom('nl-NL', 'nb-NO', 'zh-Hans-CN', 'english', 'e')),
      uiLanguage: usually(fc.constantFrom('nl', 'en', 'a-very-long-language')),
      title: usually(fc.string({ maxLength: 10 })),
      cloud: usually(fc.constantFrom('any', 'worldwide', 'gcc-high')),
      steps: usually(fc.array(step, { maxLength: 3 })),
      step: usually(fc.constantFrom(0, 2, -1, 0.5, Number.POSITIVE_INFINITY)),
    }),
  },
);
const notice = usually(fc.oneof(fc.constant(null), fc.record({ reason: usually(fc.constantFrom('linkMalformed', 'linkTaskNotAllowed', 'linkGone')), recovered: usually(fc.boolean()) })));
const words = fc.oneof(
  fc.constant(null),
  fc.constantFrom('en', 'lv', 'ro').map((language) => tourWordsFor(language) as unknown),
  fc.record({
    language: usually(fc.constantFrom('ro', 'xx-too-long-x')),
    messages: fc.record(
      Object.fromEntries(
        TOUR_UI_KEYS.map((key) => [
          key,
          usually(fc.oneof(fc.string({ maxLength: 4 }), fc.record(Object.fromEntries(PLURAL_CATEGORIES.map((c) => [c, usually(fc.string({ maxLength: 3 }))])), { requiredKeys: ['other'] }))),
        ]),
      ),
    ),
  }),
);
const hops = fc.option(fc.record({ contentSent: usually(fc.double()), backgroundReceived: usually(fc.double()), backgroundReplied: usually(fc.double()) }, { requiredKeys: [] }), { nil: undefined });
const payload = fc.record({ view: usually(view), notice, words: usually(words), hops }, { requiredKeys: ['view', 'notice', 'words'] });

const RUNS = 1500;
/** Thousands of runs on a loaded machine take seconds; the default 5 s is for unit tests of one case. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe('readTourUiPayload', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('agrees with the TourViewReply schema on payloads with anything wrong anywhere', () => {
    let passed = 0;
    fc.assert(
      fc.property(payload, (input) => {
        const expected = parseMessage(TourViewReply, input);
        expect(readTourUiPayload(input)).toEqual(expected);
        if (expected) passed++;
      }),
      { numRuns: RUNS },
    );
    // Both outcomes are exercised: a fair share of the payloads is valid.
    expect(passed).toBeGreaterThan(RUNS / 30);
  });

  it('agrees with it on arbitrary values, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (input) => {
        expect(readTourUiPayload(input)).toEqual(parseMessage(TourViewReply, input));
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a copy without fields the schema does not know', () => {
    const input = { view: null, notice: { reason: 'linkMalformed', recovered: false, extra: 1 }, words: tourWordsFor('en'), hops: { contentSent: 1, other: 2 }, more: true };
    expect(readTourUiPayload(input)).toEqual({ view: null, notice: { reason: 'linkMalformed', recovered: false }, words: tourWordsFor('en'), hops: { contentSent: 1 } });
  });

  it('refuses a sparse array where a list must be', () => {
    const steps = [{ content: [{ type: 'text', value: 'a' }], text: 'a', labels: [], route: null, words: ['a'], muted: [], targets: [], alerts: [], images: [] }];
    const sparse = [{ type: 'text', value: 'a' }];
    sparse.length = 3;
    const viewOf = (content: unknown[]) => ({ taskId: 'a/b', locale: 'nl-NL', uiLanguage: 'nl', title: 'T', cloud: 'any', steps: [{ ...steps[0], content }], step: 0 });
    expect(readTourUiPayload({ view: viewOf(steps[0]?.content ?? []), notice: null, words: null })).not.toBeNull();
    expect(readTourUiPayload({ view: viewOf(sparse), notice: null, words: null })).toBeNull();
  });
});

describe('readTourViewChanged', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('agrees with the TourViewChanged schema', () => {
    const message = fc.record({ type: usually(fc.constant('tourViewChanged')), view: usually(view), words: usually(words) });
    fc.assert(
      fc.property(fc.oneof(message, fc.anything()), (input) => {
        expect(readTourViewChanged(input)).toEqual(parseMessage(TourViewChanged, input));
      }),
      { numRuns: RUNS },
    );
  });
});
