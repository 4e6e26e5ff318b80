import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LocaleSchema, TaskIdSchema } from './session';
import { encodeShareLink, readShareLink, readShareParams, type ShareRequest } from './share-link';
import { MAX_SHARE_PARAM_LENGTH, rawShareParams, SHARE_PARAMS, withoutShareParams } from './share-params';

/**
 * The share-link codec (docs/architecture.md, "Share link") against arbitrary input: links come
 * from outside, so any string must give a request or a clear refusal, never an exception; what we
 * encode must read back unchanged; and removing the parameters must leave the rest of the admin's
 * URL alone.
 */

const RUNS = { numRuns: 3000 };
const SHARE_NAMES = new Set<string>(Object.values(SHARE_PARAMS));
const PROBLEMS = ['linkMalformed', 'linkTooLong'];

const taskId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,120}$/);
const locale = fc.stringMatching(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/);
const request: fc.Arbitrary<ShareRequest> = fc.record({ taskId, locale, stepIndex: fc.integer({ min: 0, max: 998 }) });
const host = fc.constantFrom('admin.microsoft.com', 'admin.cloud.microsoft', 'portal.office.de', 'portal.partner.microsoftonline.cn', 'portal.office365.us');
const path = fc.constantFrom('/', '/Adminportal/Home', '/adminportal/home', '/AdminPortal/Home/');
const route = fc.stringMatching(/^#\/[A-Za-z0-9/_-]{1,40}$/);
/** Query pieces as an admin's URL may carry them, written raw (the URL parser encodes what it must). */
const piece = fc.oneof(
  fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 })).map(([name, value]) => `${name}=${value}`),
  fc.constantFrom('lang=nl-NL', 'replica-reset=1', 'flag', 'q=a+b%20c', 'x=%7E', '', 'ref=users', 'AC-TOUR=x', 'ac-tour2=y'),
  fc.tuple(fc.constantFrom(...SHARE_NAMES, 'ac%2Dtour', 'ac-%6cang'), fc.string({ maxLength: 30 })).map(([name, value]) => `${name}=${value}`),
);
const hash = fc.oneof(fc.constant(''), route, fc.string({ maxLength: 30 }).map((text) => `#${text}`), fc.constantFrom('#/x?#y', '#/x?', '#/subscriptions?ac-tour=z'));
/** A whole admin-center URL with arbitrary other parameters, maybe share parameters, and a fragment. */
const adminUrl = fc
  .tuple(host, path, fc.array(piece, { maxLength: 6 }), hash)
  .map(([name, at, pieces, fragment]) => new URL(`https://${name}${at}${pieces.length > 0 ? `?${pieces.join('&')}` : ''}${fragment.replace(/^#?/, fragment ? '#' : '')}`));

/** A reading has one of the three shapes, and a request only ever holds valid values. */
function expectWellFormed(reading: ReturnType<typeof readShareLink>): void {
  if (reading.kind === 'request') {
    expect(v.is(TaskIdSchema, reading.request.taskId)).toBe(true);
    expect(v.is(LocaleSchema, reading.request.locale)).toBe(true);
    expect(Number.isInteger(reading.request.stepIndex) && reading.request.stepIndex >= 0 && reading.request.stepIndex <= 998).toBe(true);
  } else if (reading.kind === 'invalid') {
    expect(PROBLEMS).toContain(reading.problem);
  } else {
    expect(reading).toEqual({ kind: 'none' });
  }
}

describe('reading any input', () => {
  it('any string gives none, a valid request or a named problem, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.webUrl({ withQueryParameters: true, withFragments: true })), (text) => {
        expectWellFormed(readShareLink(text));
      }),
      RUNS,
    );
  });

  it('a URL with arbitrary ac-* values decodes to exactly those values or to a named problem', () => {
    const value = fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), taskId, locale, fc.integer().map(String)), { nil: null });
    fc.assert(
      fc.property(fc.tuple(value, value, value), fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), ([tour, lang, step], junk) => {
        const url = new URL('https://admin.microsoft.com/Adminportal/Home#/homepage');
        for (const text of junk) url.searchParams.append('x', text);
        if (tour !== null) url.searchParams.set(SHARE_PARAMS.tour, tour);
        if (lang !== null) url.searchParams.set(SHARE_PARAMS.lang, lang);
        if (step !== null) url.searchParams.set(SHARE_PARAMS.step, step);
        const reading = readShareLink(url.href);
        expectWellFormed(reading);
        if (tour === null && lang === null && step === null) expect(reading.kind).toBe('none');
        else expect(reading.kind).not.toBe('none');
        if (reading.kind === 'request') {
          expect(reading.request).toEqual({ taskId: tour, locale: lang, stepIndex: step === null ? 0 : Number(step) - 1 });
        }
        // The content script's path (rawShareParams → readShareParams) agrees with the whole-URL reading.
        const raw = rawShareParams(url);
        expect(raw === null ? { kind: 'none' } : readShareParams(raw.tour, raw.lang, raw.step)).toEqual(reading);
      }),
      RUNS,
    );
  });

  it('raw values of any length never throw; over-long values are "too long", also after the content script cut them', () => {
    const value = fc.option(fc.string({ unit: 'binary', maxLength: 600 }), { nil: null });
    fc.assert(
      fc.property(value, value, value, (tour, lang, step) => {
        const reading = readShareParams(tour, lang, step);
        expectWellFormed(reading);
        const long = [tour, lang, step].some((text) => (text?.length ?? 0) > MAX_SHARE_PARAM_LENGTH);
        if (long) expect(reading).toEqual({ kind: 'invalid', problem: 'linkTooLong' });
      }),
      RUNS,
    );
    const huge = new URL(`https://admin.microsoft.com/?ac-tour=${'a'.repeat(100_000)}&ac-lang=nl-NL`);
    const raw = rawShareParams(huge);
    expect(raw?.tour?.length).toBe(MAX_SHARE_PARAM_LENGTH + 1);
    expect(readShareParams(raw?.tour ?? null, raw?.lang ?? null, raw?.step ?? null)).toEqual({ kind: 'invalid', problem: 'linkTooLong' });
    expect(readShareLink(huge.href)).toEqual({ kind: 'invalid', problem: 'linkTooLong' });
  });
});

describe('round trip', () => {
  it('decode(encode(x)) = x for every valid request, on any admin page, with or without a route', () => {
    fc.assert(
      fc.property(request, adminUrl, fc.option(route, { nil: null }), (wanted, page, stepRoute) => {
        const link = encodeShareLink(wanted, page.href, stepRoute);
        expect(readShareLink(link)).toEqual({ kind: 'request', request: wanted });
        const opened = new URL(link);
        expect(opened.host).toBe(page.host);
        expect(opened.pathname).toBe(page.pathname);
        expect(opened.hash).toBe(stepRoute ?? page.hash);
      }),
      RUNS,
    );
  });

  it('a link made on a page that already carried a share link replaces it', () => {
    const link = encodeShareLink(
      { taskId: 'a/b', locale: 'nl-NL', stepIndex: 1 },
      'https://admin.microsoft.com/Adminportal/Home?ac-tour=old&ac-step=9&ac-step=8&lang=nl-NL',
      '#/subscriptions',
    );
    expect(link).toBe('https://admin.microsoft.com/Adminportal/Home?ac-tour=a%2Fb&ac-step=2&lang=nl-NL&ac-lang=nl-NL#/subscriptions');
    expect(readShareLink(link)).toEqual({ kind: 'request', request: { taskId: 'a/b', locale: 'nl-NL', stepIndex: 1 } });
  });
});

describe('step numbers', () => {
  it('a link counts steps from 1 and the request from 0, up to the 999th step; other numbers are malformed', () => {
    const read = (step: string) => readShareParams('a/b', 'nl-NL', step);
    expect(read('1')).toEqual({ kind: 'request', request: { taskId: 'a/b', locale: 'nl-NL', stepIndex: 0 } });
    expect(read('999')).toEqual({ kind: 'request', request: { taskId: 'a/b', locale: 'nl-NL', stepIndex: 998 } });
    for (const bad of ['0', '01', '1000', '-1', '2.0', ' 2']) expect(read(bad)).toEqual({ kind: 'invalid', problem: 'linkMalformed' });
    expect(encodeShareLink({ taskId: 'a', locale: 'nl-NL', stepIndex: 0 }, 'https://admin.microsoft.com/', null)).toBe('https://admin.microsoft.com/?ac-tour=a&ac-lang=nl-NL&ac-step=1');
  });
});

describe('withoutShareParams', () => {
  it('removes every share parameter and keeps the rest of the URL', () => {
    fc.assert(
      fc.property(adminUrl, (url) => {
        const cleaned = new URL(withoutShareParams(url));
        expect(rawShareParams(cleaned)).toBeNull();
        expect(cleaned.origin).toBe(url.origin);
        expect(cleaned.pathname).toBe(url.pathname);
        expect(cleaned.hash).toBe(url.hash);
        expect([...cleaned.searchParams]).toEqual([...url.searchParams].filter(([name]) => !SHARE_NAMES.has(name)));
        if (rawShareParams(url) === null) expect(withoutShareParams(url)).toBe(url.href);
        expect(withoutShareParams(cleaned)).toBe(cleaned.href);
      }),
      RUNS,
    );
  });

  it('keeps the other parameters byte for byte and leaves no bare "?"', () => {
    const cases: [string, string][] = [
      [
        'https://admin.microsoft.com/Adminportal/Home?ac-tour=x&ac-lang=nl-NL&ac-step=2#/subscriptions',
        'https://admin.microsoft.com/Adminportal/Home#/subscriptions',
      ],
      ['https://admin.microsoft.com/?q=a+b%20c&ac-step=1&flag&lang=nl-NL#/x?#y', 'https://admin.microsoft.com/?q=a+b%20c&flag&lang=nl-NL#/x?#y'],
      ['https://admin.microsoft.com/?ac-tour=x#/x?', 'https://admin.microsoft.com/#/x?'],
      ['https://admin.microsoft.com/?ac%2Dtour=x&ac-%6cang=y&ac-tour2=z', 'https://admin.microsoft.com/?ac-tour2=z'],
    ];
    for (const [input, expected] of cases) expect(withoutShareParams(new URL(input))).toBe(expected);
  });
});
