import type { i18n } from 'i18next';
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../../_locales/en/messages.json';
import { createI18n } from '../i18n/i18n';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/locales';

/**
 * The popup's words: an i18next instance per UI language (src/i18n/i18n.ts, resources from
 * `_locales/<lang>/messages.json`), handed down through a Preact context. Switching the
 * language swaps the context value, so every component re-renders in the new language at
 * once, without a reload.
 */

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseKey<K> = K extends `${infer Base}_${Plural}` ? Base : K;

/**
 * A message key of `_locales/en/messages.json`, plural forms by their base (`stepCount` for
 * `stepCount_one`/`stepCount_other`): a typo is a type error.
 */
export type MessageKey = BaseKey<keyof typeof en>;

/** Values interpolated into a message (`{{count}}` also picks the plural form). */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The popup's translator in one UI language. */
export interface Translator {
  readonly language: UiLanguage;
  /** Writing direction of the language, for `dir` attributes. */
  readonly dir: 'ltr' | 'rtl';
  /** The message for `key` with `values` interpolated; English when the language lacks it. */
  t(key: MessageKey, values?: MessageValues): string;
}

const translators = new Map<UiLanguage, Translator>();

/** The translator for a UI language; made once per language and kept (a stable context value). */
export function translatorFor(language: UiLanguage): Translator {
  const known = translators.get(language);
  if (known) return known;
  const instance: i18n = createI18n(language);
  const made: Translator = {
    language,
    dir: instance.dir(language) === 'rtl' ? 'rtl' : 'ltr',
    t: (key, values) => instance.t(key, values ?? {}),
  };
  translators.set(language, made);
  return made;
}

const TranslatorContext = createContext<Translator>(translatorFor(UI_LANGUAGES[0]));

/** Provides the translator of `language` to everything below it. */
export function TranslationProvider({ language, children }: { language: UiLanguage; children: ComponentChildren }) {
  return <TranslatorContext.Provider value={translatorFor(language)}>{children}</TranslatorContext.Provider>;
}

/** The translator of the nearest TranslationProvider (English outside one). */
export function useTranslation(): Translator {
  return useContext(TranslatorContext);
}
