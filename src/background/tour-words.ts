import type { i18n } from 'i18next';
import { createI18n } from '../i18n/i18n';
import { PLURAL_CATEGORIES, TOUR_UI_KEYS, type TourWord, type TourWords } from '../i18n/tour-words';

/** i18next instances by UI language, made once per background lifetime (6–9 ms each). */
const instances = new Map<string, i18n>();
/** The tour UI's words by UI language, resolved once per background lifetime. */
const cache = new Map<string, TourWords>();

/**
 * Resolves `keys` in `language` with i18next (the project's i18n engine, src/i18n/i18n.ts,
 * its fallback chain included), `{{placeholders}}` left for the receiver to fill. A key that
 * has plural forms (`key_one`, `key_other` …) becomes one text per plural category the
 * language uses (Intl.PluralRules, as i18next picks them); a form the language lacks falls
 * back to `_other`.
 */
export function resolveWords<K extends string>(language: string, keys: readonly K[]): { language: string; messages: Record<K, TourWord> } {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[]);
  const text = (key: string) => instance.t(key, { skipInterpolation: true });
  const messages = {} as Record<K, TourWord>;
  for (const key of keys) {
    if (!instance.exists(`${key}_other`)) {
      messages[key] = text(key);
      continue;
    }
    const forms: { [category: string]: string } = {};
    for (const category of PLURAL_CATEGORIES) {
      if (categories.has(category)) forms[category] = text(instance.exists(`${key}_${category}`) ? `${key}_${category}` : `${key}_other`);
    }
    messages[key] = forms;
  }
  return { language, messages };
}

/** The tour UI's words (src/i18n/tour-words.ts) in UI language `language` (`nb`), from memory after the first time. */
export function tourWordsFor(language: string): TourWords {
  let words = cache.get(language);
  if (!words) {
    words = resolveWords(language, TOUR_UI_KEYS);
    cache.set(language, words);
  }
  return words;
}
