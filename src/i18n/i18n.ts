import i18next, { type i18n, type Resource } from 'i18next';
import { fallbackChainOf, UI_LANGUAGES } from './locales';

/**
 * The extension's own words through i18next, read from `_locales/<lang>/messages.json`, the
 * single source the browsers also read for the manifest (docs/architecture.md, "Choices"). Each
 * entry's `message` is an i18next string: `{{name}}` interpolation, plurals as `key_one` /
 * `key_other`. Keys are flat (messages.json allows no dots), so i18next's key separator is off.
 */

/** The shape of one `_locales/<lang>/messages.json`. */
type MessagesJson = Record<string, { message: string; description?: string }>;

const files = import.meta.glob<MessagesJson>('../../_locales/*/messages.json', { eager: true, import: 'default' });

/** i18next resources from every `_locales` file: `{ nb: { translation: { key: text } } }`. */
export function resourcesFromLocales(): Resource {
  const resources: Resource = {};
  for (const [path, messages] of Object.entries(files)) {
    const language = /_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1];
    if (!language) continue;
    const translation: Record<string, string> = {};
    for (const [key, entry] of Object.entries(messages)) translation[key] = entry.message;
    resources[language] = { translation };
  }
  return resources;
}

/**
 * A new i18next instance in `language` (a UI language such as `nb`; unknown ones fall back
 * along src/i18n/locales.ts). Synchronous: the resources are bundled.
 */
export function createI18n(language: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: resourcesFromLocales(),
    lng: language,
    supportedLngs: [...UI_LANGUAGES, 'no'],
    fallbackLng: (code: string) => fallbackChainOf(code),
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // Preact renders text nodes, never HTML
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
