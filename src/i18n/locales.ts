/**
 * Locale codes in one place (docs/architecture.md, "Vocabulary": locale, UI language):
 * article locales are BCP 47 with a region (`nb-NO`), the extension's UI languages are the
 * browsers' `_locales` folder names (`nb`), and each has a fallback chain ending in English.
 */

/** The UI languages the extension speaks, as `_locales/<lang>` folder names. */
export const UI_LANGUAGES = ['en', 'nl', 'nb', 'lv', 'ro'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The language the extension falls back to last (manifest `default_locale`). */
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

/**
 * Languages that stand in for another: Norwegian Bokmål is often reported as the macro
 * language `no` (older Chrome and Windows settings), so `no` and `nn` lead to `nb`.
 */
const ALIASES: Readonly<Record<string, UiLanguage>> = { no: 'nb', nn: 'nb' };

/**
 * The language of a tag, whatever the extension speaks: its primary subtag in lower case, with
 * Norwegian's aliases folded into `nb` (`nb-NO`, `no`, `nn` → `nb`; `de-AT` → `de`).
 */
export function languageOf(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[primary] ?? primary;
}

/**
 * The UI language for a locale or language tag: `nb-NO` → `nb`, `no` → `nb`, `nl-BE` → `nl`,
 * anything unknown → `en`. Case-insensitive; `_` accepted for `-` (Chrome's `pt_BR` style).
 */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if ((UI_LANGUAGES as readonly string[]).includes(primary)) return primary as UiLanguage;
  return ALIASES[primary] ?? DEFAULT_UI_LANGUAGE;
}

/**
 * The fallback chain i18next walks for a UI language: `nb` → `no` → `en` (Norwegian Bokmål
 * is often reported as the macro language `no`, see ALIASES), others
 * straight to `en`.
 */
export function fallbackChainOf(language: string): string[] {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return ['nb', 'no', 'en'];
  return primary === 'en' ? ['en'] : [primary, 'en'];
}

/**
 * The best of `available` locales (BCP 47, e.g. the catalog's) for the `wanted` tags in
 * order of preference: an exact match first, then the same primary language (Norwegian
 * aliases included), else null.
 */
export function bestLocale(wanted: readonly (string | null | undefined)[], available: readonly string[]): string | null {
  const lower = available.map((locale) => locale.toLowerCase());
  for (const tag of wanted) {
    if (!tag) continue;
    const exact = lower.indexOf(tag.toLowerCase().replace('_', '-'));
    if (exact >= 0) return available[exact] ?? null;
  }
  for (const tag of wanted) {
    if (!tag) continue;
    const language = uiLanguageOf(tag);
    if (language === DEFAULT_UI_LANGUAGE && !tag.toLowerCase().startsWith('en')) continue;
    const same = available.find((locale) => uiLanguageOf(locale) === language);
    if (same) return same;
  }
  return null;
}
