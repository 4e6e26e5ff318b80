/**
 * Names of languages for the popup, from the browser's own data (Intl.DisplayNames), so
 * no list of names needs translating. Falls back to the code where a browser lacks the data.
 */

function displayName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * A locale's name in its own language, capitalised: `nb-NO` → "Norsk bokmål (Norge)". Used in
 * the language pickers so everyone finds their own language whatever the popup speaks.
 */
export function endonymOf(locale: string): string {
  return capitalise(displayName(locale, locale), locale);
}

/**
 * The languages of some locales, named in the UI language and joined as a list
 * (`["nb-NO", "ro-RO"]` in en → "Norwegian Bokmål and Romanian"). Regions are left out and
 * repeats collapsed: the task list shows languages, not countries.
 * @param uiLanguage the popup's UI language (`en`).
 */
export function languageListOf(locales: readonly string[], uiLanguage: string): string {
  const names = [...new Set(locales.map((locale) => locale.split('-')[0] ?? locale))].map((language) =>
    displayName(language, uiLanguage),
  );
  try {
    return new Intl.ListFormat(uiLanguage, { type: 'conjunction', style: 'long' }).format(names);
  } catch {
    return names.join(', ');
  }
}
