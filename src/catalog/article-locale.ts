import { basename, dirname } from 'node:path';
import { textDirectionOf } from '../i18n/direction';
import type { TextDirection } from '../tour/model';

/** The locale of an article that names none, by any rule: the source repositories are English. */
export const DEFAULT_ARTICLE_LOCALE = 'en-US';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The locale a folder name stands for, canonically cased (`nl-nl` → `nl-NL`), or null.
 * Only `<language>-<subtags>` (`nl-NL`, `zh-Hans-CN`) or a bare two-letter language (`he`)
 * counts, and only a language Intl knows, so folders such as `src`, `tmp` or `docs` never do.
 */
export function localeOfFolderName(name: string): string | null {
  if (!/^[a-z]{2}(-[a-z0-9]{2,8})*$|^[a-z]{3}(-[a-z0-9]{2,8})+$/i.test(name)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(name);
    return canonical !== undefined && languageNames.of(canonical) !== undefined ? canonical : null;
  } catch {
    return null;
  }
}

/** The locale of the folder an article file sits in (`src/articles/nl-NL/x.md` → `nl-NL`), or null. */
export function localeOfPath(file: string): string | null {
  return localeOfFolderName(basename(dirname(file)));
}

/**
 * Text direction of a BCP 47 locale (`ar-SA`, `he-IL`, `fa-IR`, `ur-PK` → rtl): the rule the
 * coach mark uses for its `dir` (src/i18n/direction.ts), so catalog and card always agree.
 */
export function directionOf(locale: string): TextDirection {
  return textDirectionOf(locale);
}
