import { describe, expect, it } from 'vitest';
import { resolveWords, tourWordsFor } from '../../background/tour-words';
import { createI18n } from '../../i18n/i18n';
import { UI_LANGUAGES } from '../../i18n/locales';
import { TOUR_UI_KEYS } from '../../i18n/tour-words';
import { translatorFor } from './words';

/**
 * The tour UI's `t` over the words the background resolved gives exactly what i18next gives
 * for the same key and values, in every UI language: the words travel without i18next.
 */
const VALUES = { title: 'Reactivate a subscription', label: 'Save', link: 'https://admin.microsoft.com/#/x', current: 2, total: 5 };
const COUNTS = [0, 1, 2, 3, 5, 10, 11, 12, 19, 20, 21, 22, 100, 101, 111];

describe('the tour UI’s words', () => {
  it.each(UI_LANGUAGES)('%s: every tour UI key reads as i18next reads it', (language) => {
    const i18n = createI18n(language);
    const t = translatorFor(tourWordsFor(language));
    for (const key of TOUR_UI_KEYS) {
      expect(t(key, VALUES), `${language}: ${key}`).toBe(i18n.t(key, VALUES));
      expect(t(key, VALUES)).not.toMatch(/\{\{/);
    }
  });

  it.each(UI_LANGUAGES)('%s: plurals pick the form i18next picks, for counts 0–111', (language) => {
    const i18n = createI18n(language);
    // The plural keys of _locales (popup words), resolved the same way as the tour UI's.
    const words = resolveWords(language, ['stepCount', 'resultCount'] as const);
    const t = translatorFor(words as unknown as Parameters<typeof translatorFor>[0]) as (key: string, values?: object) => string;
    for (const key of ['stepCount', 'resultCount']) {
      for (const count of COUNTS) expect(t(key, { count }), `${language}: ${key} ${count}`).toBe(i18n.t(key, { count }));
    }
  });

  it('a Norwegian alias falls back as i18next does (nb → no → en)', () => {
    expect(translatorFor(tourWordsFor('no'))('coachNext')).toBe(createI18n('no').t('coachNext'));
  });

  it('leaves a placeholder without a value as it is, and puts values in as text', () => {
    const t = translatorFor(tourWordsFor('en'));
    expect(t('coachLooking')).toBe('Looking for “{{label}}”…');
    expect(t('coachLooking', { label: '<b>Save</b>' })).toBe('Looking for “<b>Save</b>”…');
  });
});
