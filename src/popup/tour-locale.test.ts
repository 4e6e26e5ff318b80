import { describe, expect, it } from 'vitest';
import { initialTourLocale } from './tour-locale';

const AVAILABLE = ['lv-LV', 'nb-NO', 'nl-NL', 'ro-RO'];
const none = { running: null, stored: null, page: null, browser: null };

describe('initialTourLocale', () => {
  it('prefers the running tour, then the remembered choice', () => {
    expect(initialTourLocale({ ...none, running: 'ro-RO', stored: 'nl-NL', page: 'nb-NO' }, AVAILABLE)).toBe('ro-RO');
    expect(initialTourLocale({ ...none, stored: 'nl-NL', page: 'nb-NO' }, AVAILABLE)).toBe('nl-NL');
  });
  it('then the admin center’s language when an article exists in it (no → nb)', () => {
    expect(initialTourLocale({ ...none, page: 'nb-NO', browser: 'ro' }, AVAILABLE)).toBe('nb-NO');
    expect(initialTourLocale({ ...none, page: 'no', browser: 'ro' }, AVAILABLE)).toBe('nb-NO');
  });
  it('then the browser’s language, then English, then the first', () => {
    expect(initialTourLocale({ ...none, page: 'en-US', browser: 'ro' }, AVAILABLE)).toBe('ro-RO');
    expect(initialTourLocale({ ...none, page: 'en-US', browser: 'en-US' }, [...AVAILABLE, 'en-US'])).toBe('en-US');
    // An English browser on an admin center in a language with no tour: English, not Latvian.
    expect(initialTourLocale({ ...none, page: 'de-DE', browser: 'en-GB' }, ['lv-LV', 'en-US', 'nb-NO'])).toBe('en-US');
    expect(initialTourLocale({ ...none, page: 'de-DE', browser: 'fr-FR' }, ['lv-LV', 'en-US'])).toBe('en-US');
    expect(initialTourLocale({ ...none, page: 'en-US', browser: 'en-US' }, AVAILABLE)).toBe('lv-LV');
    expect(initialTourLocale(none, [])).toBeNull();
  });
  it('ignores a remembered locale the catalog no longer has', () => {
    expect(initialTourLocale({ ...none, stored: 'de-DE', browser: 'nl-BE' }, AVAILABLE)).toBe('nl-NL');
  });
});
