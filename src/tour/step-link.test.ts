import { describe, expect, it } from 'vitest';
import { readShareLink } from './share-link';
import { shareLinkForStep } from './step-link';

/** The worldwide reactivation's routes: step 1 leads to Your products, the others happen there. */
const REACTIVATION = [{ route: '#/subscriptions' }, { route: null }, { route: null }];
const HOME = 'https://admin.microsoft.com/Adminportal/Home#/homepage';

describe('shareLinkForStep', () => {
  it('counts the step from 1 and reads back as the same request', () => {
    const link = shareLinkForStep('a/b', 'nb-NO', REACTIVATION, 1, HOME);
    expect(new URL(link).searchParams.get('ac-step')).toBe('2');
    expect(readShareLink(link)).toEqual({ kind: 'request', request: { taskId: 'a/b', locale: 'nb-NO', stepIndex: 1 } });
  });

  it('opens the route where the step happens when the page is elsewhere', () => {
    expect(new URL(shareLinkForStep('a', 'nl-NL', REACTIVATION, 0, HOME)).hash).toBe('#/subscriptions');
    expect(new URL(shareLinkForStep('a', 'nl-NL', REACTIVATION, 2, HOME)).hash).toBe('#/subscriptions');
  });

  it('keeps the page’s own, more precise route when it is within that route', () => {
    const details = 'https://admin.microsoft.com/Adminportal/Home#/subscriptions/assets/42';
    expect(new URL(shareLinkForStep('a', 'nl-NL', REACTIVATION, 2, details)).hash).toBe('#/subscriptions/assets/42');
  });

  it('keeps the page’s route when the tour does not say where the step happens', () => {
    const users = 'https://admin.microsoft.com/Adminportal/Home#/users';
    expect(new URL(shareLinkForStep('a', 'nl-NL', [{ route: null }], 0, users)).hash).toBe('#/users');
  });

  it('keeps the page’s host, path and other parameters, and replaces its own share parameters', () => {
    const page = 'https://portal.office.de/adminportal/Home?x=1&ac-step=9#/homepage';
    expect(shareLinkForStep('a', 'nb-NO', REACTIVATION, 1, page)).toBe(
      'https://portal.office.de/adminportal/Home?x=1&ac-step=2&ac-tour=a&ac-lang=nb-NO#/subscriptions',
    );
  });

  it('refuses a page that is not an absolute URL', () => {
    expect(() => shareLinkForStep('a', 'nl-NL', REACTIVATION, 0, '/Adminportal/Home')).toThrow(TypeError);
  });
});
