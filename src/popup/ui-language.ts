import { type UiLanguage, uiLanguageOf } from '../i18n/locales';

/**
 * The language the popup speaks: the one the admin chose in its "Extension language" picker
 * (prefs.uiLanguage), else the browser's own UI language when the extension speaks it (en, nl,
 * nb, lv, ro; `no`/`nn` read as `nb`), else English, the manifest's `default_locale`. The tour
 * language plays no part: a Dutch tour chosen in an English browser leaves the popup English.
 * @param choice the stored choice, null when the admin made none (or chose the browser's).
 * @param browserLanguage the browser's UI language tag (`en-US`, `nb`), as runtime i18n reports it.
 */
export function popupLanguageOf(choice: UiLanguage | null, browserLanguage: string | null): UiLanguage {
  return choice ?? uiLanguageOf(browserLanguage);
}
