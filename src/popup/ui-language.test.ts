import { describe, expect, it } from 'vitest';
import { popupLanguageOf } from './ui-language';

describe('popupLanguageOf', () => {
  it('follows the browser in the languages the extension speaks, any region', () => {
    expect(popupLanguageOf(null, 'en-US')).toBe('en');
    expect(popupLanguageOf(null, 'nl-BE')).toBe('nl');
    expect(popupLanguageOf(null, 'nb-NO')).toBe('nb');
    expect(popupLanguageOf(null, 'no')).toBe('nb');
    expect(popupLanguageOf(null, 'lv')).toBe('lv');
    expect(popupLanguageOf(null, 'ro-RO')).toBe('ro');
  });

  it('speaks English to a browser in another language, never the first locale (Latvian)', () => {
    expect(popupLanguageOf(null, 'de-DE')).toBe('en');
    expect(popupLanguageOf(null, 'pt_BR')).toBe('en');
    expect(popupLanguageOf(null, null)).toBe('en');
  });

  it('keeps the admin’s own choice over the browser’s language', () => {
    expect(popupLanguageOf('lv', 'en-US')).toBe('lv');
    expect(popupLanguageOf('en', 'ro-RO')).toBe('en');
  });
});
