/** Primary languages written right to left (CLDR character order `right-to-left`). */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ug', 'ckb', 'sd']);

/** `rtl` for a right-to-left locale or language (`ar-SA`, `he`), else `ltr`. */
export function textDirectionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
