/**
 * The replica's UI languages and how one is chosen: `?lang=` (tests) wins, then the admin's
 * choice in Settings (localStorage), then en-US.
 */
import { enUS } from './locales/en-US';
import { lvLV } from './locales/lv-LV';
import { nbNO } from './locales/nb-NO';
import { nlNL } from './locales/nl-NL';
import { roRO } from './locales/ro-RO';
import type { UiStrings } from './strings';

/** The UI languages (BCP 47), in the order the language picker lists them. */
export const LANGUAGES = ['en-US', 'nl-NL', 'nb-NO', 'lv-LV', 'ro-RO'] as const;

/** One of `LANGUAGES`. */
export type Language = (typeof LANGUAGES)[number];

/** Each language's strings. */
export const STRINGS: Readonly<Record<Language, UiStrings>> = {
  'en-US': enUS,
  'nl-NL': nlNL,
  'nb-NO': nbNO,
  'lv-LV': lvLV,
  'ro-RO': roRO,
};

/** Each language's name in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  'en-US': 'English (United States)',
  'nl-NL': 'Nederlands (Nederland)',
  'nb-NO': 'Norsk bokmål (Norge)',
  'lv-LV': 'Latviešu (Latvija)',
  'ro-RO': 'Română (România)',
};

/** localStorage key of the admin's display language. */
export const LANGUAGE_KEY = 'admin-replica:language';

/** Narrows any string to a supported language, case-insensitively; undefined otherwise. */
export function asLanguage(value: string | null | undefined): Language | undefined {
  if (!value) return undefined;
  return LANGUAGES.find((lang) => lang.toLowerCase() === value.toLowerCase());
}

/**
 * The language to show.
 * @param search `location.search`; `?lang=nl-NL` wins (not persisted).
 * @param storage usually `window.localStorage`.
 */
export function initialLanguage(search: string, storage: Storage): Language {
  return asLanguage(new URLSearchParams(search).get('lang')) ?? asLanguage(storage.getItem(LANGUAGE_KEY)) ?? 'en-US';
}
